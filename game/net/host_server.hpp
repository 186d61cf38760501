#pragma once
// The host's network side: accepts students on TCP, splits their bytes into messages, hands
// them to the ClassHost and sends its replies. Standalone Asio (libasio-dev), single-threaded.
//
// Asio rather than SFML's network module: the host must restart on the same port at once
// after a crash (SO_REUSEADDR, which sf::TcpListener does not set and SFML declined to add),
// write to hundreds of students without blocking on a slow one, and end cleanly on SIGINT and
// SIGTERM; Asio's acceptor, async writes and signal_set give all three portably.
#include "game/net/class_host.hpp"
#include "game/net/discovery.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rc::net {

struct ServerOptions {
    std::string address = "0.0.0.0"; ///< where to listen (tests: 127.0.0.1)
    unsigned short port = 0;         ///< 0: any free port (printed)
    int perAddress = 8;              ///< open connections one address may hold
    double helloSeconds = 10;        ///< a connection must say hello within this
    double rate = 20;                ///< messages a second a connection may send, sustained
    double burst = 60;               ///< ... and in a burst
    /// Where to send a beacon every two seconds ("ADDR:PORT", such as the broadcast address
    /// 255.255.255.255:7421; "" sends none). Its port is filled in by listen().
    std::string announce;
    HostBeacon beacon;
    bool handleSignals = true; ///< SIGINT/SIGTERM handled by run() (the tool; not the game)
};

/// Seconds since the epoch on the host's clock: every time a class records (results files,
/// journal) is the host's, never a student's.
double hostClockNow();

/// Splits "ADDR:PORT" (IPv6 as "[::1]:PORT"); false on anything else.
bool splitEndpoint(const std::string& s, std::string& address, unsigned short& port);

class HostServer {
  public:
    /// `log` receives one line for each refusal, join, rejoin and departure.
    HostServer(ClassHost& host, ServerOptions options, std::function<void(const std::string&)> log);
    ~HostServer();
    HostServer(const HostServer&) = delete;
    HostServer& operator=(const HostServer&) = delete;

    /// Binds and listens (address reuse on, so a restarted host gets its port back).
    bool listen(std::string& error);
    /// "ADDR:PORT" actually listened on.
    std::string endpoint() const;
    /// Serves until SIGINT (which ends the challenge, telling every student), SIGTERM (which
    /// only stops hosting: a restart with the same journal resumes) or stop(). `onTick` runs
    /// about four times a second.
    void run(const std::function<void()>& onTick);
    /// Ends run() from a handler or another thread (the class can resume from its journal).
    void stop();
    /// The instructor ends the challenge (students told their results), from any thread;
    /// run() goes on serving until stop().
    void endChallenge();
    /// Runs `f` on the server's thread, where the ClassHost may be read (a game's projector
    /// view copies the board this way).
    void post(std::function<void()> f);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace rc::net
