#pragma once
// A classroom challenge being played: the pack, the engine's ChallengeRun (cases in order, the
// results file), the real-time clock of the current case and the results folder. No SFML: the
// challenge scenes (game/ui/scenes/challenge_*) drive it.
#include "game/engine/challenge_run.hpp"
#include "game/play/cues.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rc::play {

class LivePlay;

/// What `rootcause --challenge` was given on the command line (also filled by the title menu).
struct ChallengeOptions {
    std::string file;        ///< --challenge: a challenge file (or the id of a bundled challenge)
    std::string studentId;   ///< --student-id
    std::string email;       ///< --email
    std::string resultsDir;  ///< --results-dir (default userDataDir()/results)
    std::string autoplayDir; ///< --autoplay-dir: <case-id>.log for each case, played in order
    bool exitAfter = false;  ///< --exit-after-challenge
    double timeScale = 1;    ///< --time-scale (tests): challenge seconds per real second
};

class ChallengePlay {
  public:
    ChallengePlay(rc::Challenge ch, const rc::Content& content, std::string player,
                  std::string studentId, std::string email, std::string resultsDir);
    ChallengePlay(const ChallengePlay&) = delete;
    ChallengePlay& operator=(const ChallengePlay&) = delete;

    const rc::Challenge& challenge() const { return ch_; }
    rc::ChallengeRun& run() { return run_; }
    const rc::ChallengeRun& run() const { return run_; }
    bool exam() const { return ch_.mode == "exam"; }
    const std::string& player() const { return player_; }
    const std::string& studentId() const { return studentId_; }
    /// Where the results file is (or will be) written.
    std::string resultsPath() const { return run_.resultsPath(resultsDir_); }

    /// The current case starts now, `alreadyElapsed` seconds into its time (a live class's
    /// host says how much is left); its clock runs until `record`.
    void startClock(double alreadyElapsed = 0);
    /// True between startClock and record.
    bool caseOpen() const { return open_; }
    /// Challenge seconds since the current case started (scaled by `timeScale`).
    double elapsed() const;
    /// Seconds left for the current case; negative when there is no limit.
    double remaining() const;
    bool timeUp() const { return open_ && run_.timeLimitSeconds() > 0 && remaining() <= 0; }
    /// Every frame: true the one time the open case's last two minutes begin (the timer cue).
    bool timerWarningDue() { return timerWarning_.update(open_ ? remaining() : -1); }

    /// Records the current case (finishCase) and writes the results file atomically (none
    /// when the results folder is "": a live class, whose host keeps the results).
    /// False (and `writeError()`) if the file could not be written; the case counts anyway.
    bool record(const rc::Session& s, std::optional<double> shownScore, bool timedOut);
    const std::string& writeError() const { return writeError_; }
    /// Whether the i-th recorded case ran out of time.
    bool timedOut(int i) const {
        return i >= 0 && i < static_cast<int>(timedOut_.size()) && timedOut_[i];
    }

    /// The weighted total of the shown scores (cases not played count 0), one decimal, as the
    /// board computes it.
    double total() const;
    bool passed() const { return total() >= ch_.mastery; }
    /// False when the cases are an exam pack's copies: they carry no key, so the game shows
    /// no score or debrief; the instructor's board scores the results file.
    bool scorable() const { return scorable_; }
    void setScorable(bool s) { scorable_ = s; }
    /// Set by keepEarlierAttempts: which attempt this is, and where the earlier ones are.
    const std::string& attemptNote() const { return attemptNote_; }

    double timeScale = 1;
    std::string autoplayDir;
    bool exitAfter = false;
    float autoWait = 0;            ///< autoplay: seconds a practice debrief has been shown
    bool reviewing = false;        ///< a debrief opened from the summary is on top
    std::string savedAutosavePath; ///< the normal autosave path, restored when the challenge ends
    std::shared_ptr<LivePlay>
        live;          ///< a live class: the host feeds the cases and keeps the results
    int firstCase = 0; ///< live: cases the host recorded before this run joined
    /// The case being played (0-based) and the number of cases, as the student counts them
    /// (a live class rejoined mid-challenge counts the cases recorded before).
    int shownIndex() const { return firstCase + run_.index(); }
    int shownCount() const { return firstCase + run_.count(); }

  private:
    rc::Challenge ch_; // before run_: the run points at it
    rc::ChallengeRun run_;
    std::string player_, studentId_, resultsDir_, writeError_, attemptNote_;
    bool scorable_ = true;
    std::chrono::steady_clock::time_point start_{};
    bool open_ = false;
    TimerWarning timerWarning_; ///< rearmed by startClock
    std::vector<bool> timedOut_;
};

/// The challenge `fileOrId` names: a challenge file, else the id of a challenge in `content`.
/// nullopt with `error` (the loader's diagnostics included) when there is none or it has errors.
std::optional<rc::Challenge> resolveChallenge(const std::string& fileOrId,
                                              const rc::Content& content, std::string& error);

/// Why `ch` cannot be played from `content` ("" when it can): an exam pack's copies of the
/// cases carry no answer key, so only an exam challenge can play them.
std::string packRefusal(const rc::Challenge& ch, const rc::Content& content);
/// What the game says when a practice case is an exam pack's copy.
inline constexpr const char* kPracticeNeedsFullCase =
    "This case is an exam pack's copy: it has no answer key, so it can only be played in its exam "
    "challenge. Practice needs the full case (the game's bundled content, or your instructor's "
    "copy).";

/// "14:05" for a number of seconds (rounded up, never negative).
std::string clockText(double seconds);
/// "20 min", "20–25 min", "up to 20 min" (some cases have none) or "none" for a challenge's
/// per-case time limits.
std::string timeLimitsText(const rc::Challenge& ch);
/// "Exam" or "Practice", and what that means for the player ("no feedback until the end").
std::string modeWord(const rc::Challenge& ch);
std::string modeExplained(const rc::Challenge& ch);
/// "1 case", "3 cases".
std::string casesWord(std::size_t n);
/// The patient of a challenge case without giving the diagnosis away ("Maria Costa, 52"); the
/// reference itself when `content` has no such case.
std::string patientOf(const rc::Content& content, const std::string& ref);

} // namespace rc::play
