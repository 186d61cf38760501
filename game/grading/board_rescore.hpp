#pragma once
// rootcause-board, part 1: re-scoring and validation of classroom results files.
// Every result is re-scored from its action log against the instructor's copy of the cases;
// the score written in a results file is never trusted, only compared.
#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/results.hpp"
#include "game/engine/scoring.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace rc::board {

/// How far the score shown in a results file may be from the re-scored one (rounding).
inline constexpr double kScoreTolerance = 0.05;

/// One case of the challenge as the instructor has it, with what re-scoring needs.
struct KeyCase {
    const Case* kase = nullptr;
    double weight = 1;
    Ledger expertLedger;                 ///< what stewardship is measured against
    std::vector<std::string> expertPath; ///< the expert's decisions (no repeats)
    std::vector<int> expertVisits;       ///< visit index of each expert decision
};

/// One case of one student, re-scored.
struct PlayedCase {
    bool present = false;  ///< the results file has this case
    bool counted = false;  ///< re-scored and counted in the total (false: scored 0)
    bool legal = true;     ///< every action of the log was accepted
    bool finished = false; ///< the re-played session reached an outcome
    double score = 0;      ///< re-scored total, 0..100, one decimal
    double shown = 0;      ///< the score the results file claims
    double seconds = 0;    ///< real time the student spent
    std::array<double, kDomainCount> domains{};
    std::string outcomeStatus;
    std::vector<std::string> path; ///< the student's decisions (no repeats)
    int divergence = -1;           ///< first student step the expert never takes
    int expertDivergence = -1;     ///< first expert step the student never took
    /// Per scoring rule of the case: -1 not in scope (its visit was not reached), 0 not
    /// done, 1 done, 2 done but a hands-on test stopped short.
    std::vector<signed char> ruleHits;
    std::string diagnosis;       ///< the last `diagnose` action ("" if none)
    bool diagnosisRight = false; ///< the true diagnosis on the right side
    /// Choices judged wrong: unnecessary or harmful rules met, actions no rule names, a
    /// wrong diagnosis. Each is {key, judgement}.
    std::vector<std::pair<std::string, std::string>> wrongChoices;
    std::vector<std::string> missedRedFlags; ///< critical or safety essentials missed
    std::vector<Action> log;                 ///< the actions as handed in (copy detection)
};

/// One student's hand-in, re-scored.
struct Student {
    std::string file, player, studentId, email, written;
    std::vector<PlayedCase> cases; ///< in challenge order
    double total = 0;              ///< weighted by case weights, 0..100, one decimal
    double seconds = 0;            ///< time over all cases
    int rank = 0;                  ///< 1-based; ties share a rank
    int attempt = 1;               ///< the attempt of the file that counts (1-based)
    int attempts = 1;              ///< attempts recorded in the file
    /// Reasons (Problem::reason) of the problems found with this student's file; empty when
    /// the file is clean. A flagged student still counts: the instructor decides.
    std::vector<std::string> flags;
    bool flagged() const { return !flags.empty(); }
};

/// Something wrong with a results file; the file's other content still counts where it can.
struct Problem {
    std::string file, student;
    std::string studentId; ///< the student id the file names ("" when unreadable)
    std::string reason;    ///< short, stable: "score mismatch", "unreadable file", ...
    std::string detail;    ///< what exactly, for the instructor
};

/// Which attempt of a results file counts (--attempt).
enum class AttemptRule {
    FirstFinished, ///< the first attempt that played every case (else the first attempt)
    Best,          ///< the attempt with the highest re-scored total
    Last           ///< the latest attempt
};

/// One student of the class list the LMS exports (Moodle: ID number, names, e-mail).
struct RosterEntry {
    std::string id, name, email;
};

/// The whole classroom: the challenge, the key, every student, every problem.
struct Board {
    AttemptRule attemptRule = AttemptRule::FirstFinished;
    /// Files the instructor chose among files sharing a student id (--accept), as given.
    std::vector<std::string> accepted;
    /// The class list (--roster); empty: no roster given.
    std::vector<RosterEntry> roster;
    /// Every re-scored file, before finish() sorts them into students and held.
    std::vector<Student> pending;
    const Challenge* challenge = nullptr;
    const Content* content = nullptr;
    std::vector<KeyCase> cases;    ///< in challenge order
    std::vector<Student> students; ///< counted, ranked (best first) after finish()
    /// Re-scored but not counted: files sharing a student id, none of which counts until the
    /// instructor accepts one (--accept FILE).
    std::vector<Student> held;
    std::vector<Problem> problems;
};

/// Prepares a board: resolves each challenge case in `content` (errors go to `diags`: a
/// case the instructor does not have makes the board unusable) and plays each expert path.
bool startBoard(Board& b, const Challenge& ch, const Content& content, Diagnostics& diags);

/// Re-scores one case log with the challenge's seed (the same rules as the game).
PlayedCase rescoreCase(const KeyCase& k, const Catalog& cat, std::uint64_t seed,
                       const std::vector<Action>& actions, std::string* illegal = nullptr);

/// Adds a parsed results file (checks challenge, duplicates, case hashes, scores).
void addResults(Board& b, const ResultsFile& r);
/// Reads, parses and adds a results file; an unreadable or truncated file becomes a problem
/// with the parser's diagnostics.
void addResultsFile(Board& b, const std::string& path);
/// Applies the class-wide rules (game/grading/board_rules.cpp): files sharing a student id are held
/// unless one is accepted, identical logs under different ids are flagged, the roster is
/// checked, each student gets the flags of their file; then ranks the counted students (ties
/// share a rank: 1, 2, 2, 4). Call once after adding everything.
void finish(Board& b);

/// Records a problem with a file (studentId "" when the file could not be read).
void problem(Board& b, const std::string& file, const std::string& student,
             const std::string& studentId, std::string reason, std::string detail);

/// The roster entry for a student id, or nullptr (ids compare exactly after trimming).
const RosterEntry* rosterEntry(const Board& b, const std::string& studentId);

/// The weighted total of some case scores (weights from the board), one decimal.
double weightedTotal(const Board& b, const std::vector<PlayedCase>& cases);

/// Seconds as "m:ss" (or "h:mm:ss").
std::string clock(double seconds);

} // namespace rc::board
