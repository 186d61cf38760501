#pragma once
// A student's side of the live-classroom protocol: one connection, blocking calls with
// timeouts (a bot thread or the game's network thread calls them).
#include "game/net/protocol.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rc::net {

class ClassClient {
  public:
    ClassClient();
    ~ClassClient();
    ClassClient(const ClassClient&) = delete;
    ClassClient& operator=(const ClassClient&) = delete;

    /// Connects to `address`:`port` within `timeoutSeconds`.
    bool connect(const std::string& address, unsigned short port, double timeoutSeconds,
                 std::string& error);
    bool send(const Message& m, std::string& error);
    /// The next message, waiting at most `timeoutSeconds`; false with `error` on a timeout, a
    /// closed connection or a malformed message (then the connection is closed).
    bool receive(Message& m, double timeoutSeconds, std::string& error);
    void close();
    bool connected() const;
    /// Called with every message received (a log of what reached the student).
    std::function<void(const Message&)> onReceived;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace rc::net
