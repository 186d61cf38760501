#pragma once
// A live class hosted from inside the game (the instructor's projector view): the ClassHost,
// its journal and the HostServer, served on a background thread. The view reads a snapshot of
// the board copied under a mutex four times a second. No SFML.
#include "game/net/class_setup.hpp"

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rc::net {

/// The game hosts with the same options as rootcause-host (game/net/class_setup.hpp).
using HostedClassOptions = ClassOptions;

/// What the projector view shows, copied from the server's thread.
struct ClassSnapshot {
    std::vector<BoardRow> rows;   ///< one per student who joined, in id order
    bool ended = false;           ///< the instructor ended the challenge
    std::vector<std::string> log; ///< the host's latest log lines (joins, refusals), oldest first
    std::string error;            ///< the server stopped on an error ("" while it serves)
};

class HostedClass {
  public:
    HostedClass() = default;
    ~HostedClass();
    HostedClass(const HostedClass&) = delete;
    HostedClass& operator=(const HostedClass&) = delete;

    /// Opens (or resumes) the journal in `o.dataDir`, listens and starts serving. `challenge`
    /// and `content` (the full cases) must outlive this object. False with `error`.
    bool start(const Challenge& challenge, const Content& content, const HostedClassOptions& o,
               std::string& error);
    /// The join code (a resumed class keeps its own).
    const std::string& code() const { return class_.code; }
    /// "ADDR:PORT" a student types: this machine's network address when listening on all.
    std::string joinAddress() const { return joinAddress_; }
    std::string resultsDir() const { return class_.resultsDir; }
    /// True when the journal already held a class (a restart).
    bool resumed() const { return class_.resumed; }
    ClassSnapshot snapshot() const;
    /// The instructor ends the challenge: students are told their results.
    void endChallenge();
    /// Stops serving and writes every results file (the class can be resumed later).
    void stop();

  private:
    OpenedClass class_;
    std::unique_ptr<HostServer> server_;
    std::thread thread_;
    mutable std::mutex mu_;
    ClassSnapshot snap_;
    std::string joinAddress_;
};

/// The address other machines reach this one at ("" when it has no network): found by
/// routing a UDP socket, which sends nothing.
std::string lanAddress();

} // namespace rc::net
