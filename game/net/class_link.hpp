#pragma once
// A student's game joined to a live class: one network thread owns the connection (rejoining
// with the host's secret when it drops); the game asks for cases and sends actions through
// short waits on a mutex-protected inbox, and polls what the host says unprompted (a case's
// time is up, the instructor ended the challenge). No SFML: tests drive it against an
// in-process host.
#include "game/engine/action.hpp"
#include "game/net/class_client.hpp"
#include "game/net/protocol.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rc::net {

/// Where a student joins, and who they are.
struct JoinRequest {
    std::string address;     ///< the host's IP address
    unsigned short port = 0; ///< the host's TCP port
    std::string code, studentId, name, email;
};

/// A case as the host offers it (a fresh start or a rejoin mid-case).
struct CaseOffer {
    int index = 0; ///< 0-based position in the challenge
    int cases = 0;
    std::string caseId;
    double timeLimit = 0; ///< seconds (0: none)
    double remaining = 0; ///< seconds left on the host's clock when it answered
    std::uint64_t seed = 1;
    std::string caseXml;            ///< the student copy (exam) or the full case (practice)
    std::vector<rc::Action> played; ///< actions the host already has, with its time stamps
};

/// The host's answer to one action.
struct ActReply {
    bool ok = false;
    double t = 0;      ///< the host's time stamp (seconds since the case started)
    std::string error; ///< why it was refused, or why there was no answer
    std::string text;  ///< the reply (empty in an exam when the case reached its outcome)
};

/// The file keeping a student's secret for a class: one per host address, join code and
/// student id (not the port: a host restarted on another port is the same class). "" when
/// `dir` is empty.
std::string secretFile(const std::string& dir, const JoinRequest& r);

class ClassLink {
  public:
    /// `secretDir`: where secrets are kept between runs ("" : not kept); `timeoutSeconds`: how
    /// long a request waits for its answer.
    explicit ClassLink(std::string secretDir, double timeoutSeconds = 5);
    ~ClassLink();
    ClassLink(const ClassLink&) = delete;
    ClassLink& operator=(const ClassLink&) = delete;

    /// Connects and says hello (with the kept secret, if any); on the host's welcome starts the
    /// network thread. False with the host's reason (or the network's) otherwise.
    bool join(const JoinRequest& r, std::string& error);
    /// The host's welcome: challenge, mode, index, state ("playing" or "finished"); its body is
    /// the challenge file.
    Message welcome() const;
    bool exam() const { return welcome().value("mode") == "exam"; }

    /// Asks for the current case. False with `error`; `done` set (and false returned) when
    /// every case of the attempt is played.
    bool nextCase(CaseOffer& out, bool& done, std::string& error);
    /// Sends one action line and waits for the host's ack; a dropped connection is rejoined
    /// and, when the host already has the action, its time is taken from the resumed log.
    ActReply act(const std::string& line, std::size_t playedBefore);
    /// Messages the host sent unprompted (case-end, done, ended, denied, bye, refused), taken.
    std::vector<Message> poll();
    /// "" while connected; otherwise what the network thread is doing about it.
    std::string status() const;
    /// Says bye and stops the network thread.
    void leave();

  private:
    void loop();
    bool connectAndHello(Message& reply, std::string& error);
    void send(Message m);
    /// Waits until the inbox holds a message `want` accepts (removed into `out`: true), or a
    /// rejoin happened since `rejoins` (false, `rejoined` set), or the time is up (false).
    template <class Want>
    bool waitFor(Want want, Message& out, std::uint64_t rejoins, bool& rejoined, double seconds);

    JoinRequest req_;
    std::string secretDir_, secret_;
    double timeout_;
    mutable std::mutex mu_;
    std::condition_variable cv_;
    Message welcome_;
    std::deque<Message> inbox_, outbox_;
    std::string status_;
    bool quit_ = false;
    long long seq_ = 0;
    std::uint64_t rejoins_ = 0; ///< welcomes after a drop (the network thread counts them)
    bool gaveUp_ = false;       ///< the host refused a rejoin: no more tries
    ClassClient client_;        ///< join() uses it before the thread starts, then the thread
    std::thread thread_;
};

} // namespace rc::net
