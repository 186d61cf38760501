#pragma once
#include <optional>
#include <string>
#include <vector>

#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/engine/results.hpp"
#include "game/engine/session.hpp"

namespace rc {

/// A student's pass through a challenge: the cases in order, and the results file it makes.
/// The game drives it; it holds no UI state.
class ChallengeRun {
  public:
    ChallengeRun(const Challenge& ch, const Content& content, std::string player,
                 std::string studentId, std::string email = {});

    const Challenge& challenge() const { return *ch_; }
    /// The case to play now (nullptr when every case is done or a case is missing).
    const Case* currentCase() const;
    int index() const { return static_cast<int>(current().cases.size()); }
    /// The attempt being played (1 on a first play; earlier ones kept by keepEarlierAttempts).
    int attemptNumber() const { return current().number; }
    const Attempt& current() const { return results_.attempts.back(); }
    int count() const { return static_cast<int>(ch_->cases.size()); }
    bool done() const { return index() >= count(); }
    /// Seconds allowed for the current case (0: no limit).
    double timeLimitSeconds() const;
    /// A fresh session for the current case, seeded by the challenge.
    Session startCase() const;

    /// Keeps the attempts of an earlier results file of this student for this challenge in
    /// `dir`, so playing again adds an attempt instead of overwriting one. A file that cannot
    /// be read is never overwritten: it is moved aside and `note` says where. False with
    /// `note` set when the earlier file belongs to someone else or another challenge version
    /// (it is moved aside too).
    bool keepEarlierAttempts(const std::string& dir, std::string& note);

    /// Sets when the current attempt started (ISO 8601): a host stamps its own clock.
    void setStarted(std::string started) { results_.attempts.back().started = std::move(started); }
    /// Starts a new attempt after the current one (a retake the instructor allows); the
    /// earlier attempts stay in the results file. False when the file holds kMaxAttempts.
    bool newAttempt(std::string started);

    /// Records the current case as played: its log with time stamps, the score shown (none
    /// when the case is an exam pack's copy, which cannot be scored), and the real time spent;
    /// moves on to the next case.
    void finishCase(const Session& s, std::optional<double> shownScore, double seconds);

    /// The weighted total of the current attempt's recorded scores (cases not played, or
    /// recorded without a score, count 0), one decimal, as the board computes it.
    double total() const;

    /// The results file as it stands (`written` is the ISO 8601 time to stamp it with).
    ResultsFile results(const std::string& written) const;
    /// `<dir>/<challenge>-<student>.xml`, with unsafe characters of the id replaced.
    std::string resultsPath(const std::string& dir) const;
    /// Writes the results file atomically (creating `dir`); false + error on failure.
    bool write(const std::string& dir, const std::string& written, std::string& error) const;

  private:
    const Challenge* ch_;
    const Content* content_;
    ResultsFile results_;
};

/// The current UTC time as ISO 8601 (2026-11-24T10:00:00Z).
std::string isoNow();

} // namespace rc
