#pragma once
// The live classroom's authority: every student's session runs here, against the full cases.
// No sockets: messages in, messages out, with the time given by the caller (the host's clock),
// so tests drive it directly and the server (host_server.hpp) only moves bytes.
//
// A student's game sends action-log lines; the host applies them to its own Session, stamps
// them with its own clock, journals them (fsync) and only then acknowledges. What goes back is
// what a student may see: in exam mode the student copy of the current case (no expert path,
// rules, feedback, truth or learning points), in practice mode the full case. Scores reach a
// student in exam mode only when the instructor ends the challenge.
#include "game/engine/challenge_run.hpp"
#include "game/engine/scoring.hpp"
#include "game/net/journal.hpp"
#include "game/net/protocol.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rc::net {

/// A connection, as the server numbers them (0: none).
using ConnId = std::uint64_t;

/// One student of the class list (the LMS export): only they may join when a roster is given.
struct ClassMember {
    std::string id, name, email;
};

struct HostOptions {
    std::string code;                ///< the join code students type
    bool allowRetake = false;        ///< a student who finished may start a new attempt
    std::vector<ClassMember> roster; ///< empty: anyone with the code may join
    std::string resultsDir;          ///< where results files are written ("" : none)
    std::uint64_t salt = 0;          ///< seals the student copies' diagnosis tables
};

/// A message to send; `close` asks the server to close the connection once it is sent.
struct Outgoing {
    ConnId to = 0;
    Message msg;
    bool close = false;
};

/// What the instructor's board shows of one student.
struct BoardRow {
    std::string id, name;
    bool connected = false;
    bool finished = false; ///< every case of the current attempt played
    int caseIndex = 0;     ///< cases finished in the current attempt
    int cases = 0;
    int attempt = 1;
    double total = 0; ///< weighted total so far (the instructor's eyes only)
};

class ClassHost {
  public:
    /// `challenge` and `content` (the full cases) must outlive the host; `journal` may be null
    /// (tests), otherwise every accepted change is appended to it before it is acknowledged.
    ClassHost(const Challenge& challenge, const Content& content, HostOptions options,
              Journal* journal);

    /// Rebuilds the class from journal records (a restart). False with `error` on a record
    /// that does not replay (the journal belongs to another challenge, or was edited).
    bool restore(const std::vector<Message>& records, std::string& error);

    /// A message from a connection; `peer` names it in the log.
    std::vector<Outgoing> onMessage(ConnId from, const std::string& peer, const Message& m,
                                    double now);
    /// A connection closed (the student stays in the class and may rejoin).
    void onClose(ConnId conn);
    /// Timers: a case whose time is up is ended. Call a few times a second.
    std::vector<Outgoing> tick(double now);
    /// The instructor ends the challenge: every connected student is told their result.
    std::vector<Outgoing> endChallenge(double now);
    bool ended() const { return ended_; }

    std::vector<BoardRow> board() const;
    /// Writes every student's results file; false with `error` on the first failure.
    bool writeAllResults(double now, std::string& error) const;
    /// Forces what was journaled to the disk; send the replies of a batch only after this.
    bool sync(std::string& error) { return !journal_ || journal_->sync(error); }
    /// Lines for the host's own log (refusals, joins); taken and cleared.
    std::vector<std::string> takeLog();

    const Challenge& challenge() const { return *ch_; }
    /// The journal's first record: which challenge (and copy of it) the journal is of, the
    /// join code and the salt of the student copies, so a restart is the same class.
    static Message hostRecord(const Challenge& ch, const std::string& code, std::uint64_t salt);
    /// Cases of the challenge the content lacks (the host cannot serve them).
    std::vector<std::string> missingCases() const;
    bool exam() const { return ch_->mode == "exam"; }

  private:
    struct Student {
        std::string id, name, email, secret;
        std::unique_ptr<ChallengeRun> run;
        std::optional<Session> session; ///< the case being played
        double caseStart = 0;           ///< host time the current case started
        ConnId conn = 0;
    };

    std::vector<Outgoing> hello(ConnId from, const std::string& peer, const Message& m, double now);
    std::vector<Outgoing> next(Student& s, double now);
    std::vector<Outgoing> act(Student& s, const Message& m, double now);
    std::vector<Outgoing> stop(Student& s, double now, const char* reason);
    std::vector<Outgoing> retake(Student& s, double now);
    Message welcome(const Student& s) const;
    Message doneMessage(const Student& s) const;
    Message endedMessage(const Student& s) const;
    /// Starts the current case of `s` at `now` (journal replay and live).
    void startCase(Student& s, double now);
    /// Ends the current case of `s`: recorded with the host's score, results written.
    void finishCase(Student& s, double seconds, double now);
    double score(const Session& s) const;
    double total(const Student& s) const;
    bool record(const Message& r, std::string& error);
    Student* byConn(ConnId c);
    Outgoing refuse(ConnId to, const std::string& peer, const std::string& why, const char* code);
    void writeResults(const Student& s, double now);

    const Challenge* ch_;
    const Content* content_;
    HostOptions opt_;
    Journal* journal_;
    std::map<std::string, Student> students_;
    std::map<std::string, Ledger> ledgers_;     ///< expert ledger of each case id
    std::map<std::string, std::string> copies_; ///< what a student gets of each case id
    std::string challengeText_;
    bool ended_ = false;
    bool replaying_ = false;
    std::vector<std::string> log_;
};

/// ISO 8601 UTC of an epoch time, seconds precision ("2026-03-02T09:00:00Z").
std::string isoUtc(double epochSeconds);
/// A fresh random secret (32 hex digits) for a student's rejoin.
std::string newSecret();

} // namespace rc::net
