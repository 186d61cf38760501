#pragma once
// When the host's board grades the class, and the grading kept off the frame thread. Grading
// re-scores every results file (300 students of the 21 bundled cases: 0.75-0.8 s), so the board
// grades once when the challenge ends and again only when the results themselves change (a
// student's attempt, finished state or total), never for a student leaving or a line of the
// host's log; the grade runs on a thread of its own and the board polls it each frame, showing
// "grading…" meanwhile. What grading is (game/grading) is handed in as a function: the play
// layer only decides when. No SFML.
#include "game/net/hosted_class.hpp"

#include <functional>
#include <future>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace rc::play {

/// What grading the results folder gave the board.
struct ClassGrade {
    std::vector<std::string> lines; ///< the highlights, as the projector and stdout show them
    std::string note;               ///< why there are none ("" when there are)
    bool graded = false;            ///< false: nothing to grade (`note` says why)
};

/// What a grade of the class depends on: per student, the attempt, whether it is finished and
/// the total. Equal keys, equal results folders.
struct ResultsKey {
    std::vector<std::tuple<std::string, int, bool, double>> rows; ///< id, attempt, finished, total
    bool operator==(const ResultsKey& o) const { return rows == o.rows; }
    bool operator!=(const ResultsKey& o) const { return !(*this == o); }
};

/// The results key of the host's board.
ResultsKey resultsKey(const rc::net::ClassSnapshot& s);

/// Grades the class at the end and when its results change, one grade at a time, off the
/// calling thread. Destroying it waits for a grade still running.
class ClassGrading {
  public:
    using Grader = std::function<ClassGrade()>;
    /// `grade` runs on a thread of its own: it must only read what does not change meanwhile.
    explicit ClassGrading(Grader grade) : grade_(std::move(grade)) {}
    ClassGrading(const ClassGrading&) = delete;
    ClassGrading& operator=(const ClassGrading&) = delete;
    ~ClassGrading();

    /// The board as the host has it now (call a few times a second). Before the end nothing is
    /// graded; once ended, a grade starts when the results differ from those last graded (or
    /// being graded), after the one running if there is one. True when a grade started.
    bool observe(const rc::net::ClassSnapshot& s);
    /// Each frame: true when a grade finished since the last call (read it with latest()). Starts
    /// the grade owed when the results changed during the one that finished.
    bool poll();
    /// A grade is running or owed: the board says "grading…".
    bool busy() const { return running_.valid() || owed_.has_value(); }
    /// The last grade finished (none before the first).
    const std::optional<ClassGrade>& latest() const { return latest_; }
    /// Grades started so far.
    int started() const { return started_; }

  private:
    void start(ResultsKey key);

    Grader grade_;
    std::future<ClassGrade> running_;
    std::optional<ResultsKey> graded_; ///< the results of the grade running or last finished
    std::optional<ResultsKey> owed_;   ///< results seen while a grade ran, to grade next
    std::optional<ClassGrade> latest_;
    int started_ = 0;
};

} // namespace rc::play
