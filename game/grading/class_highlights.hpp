#pragma once
// What the class found hard, in a few lines for the projector once a live class has ended: the
// safety-critical steps most often missed (critical or safety essentials: red-flag questions,
// neurological tests, urgent referrals), then the harmful choices, wrong diagnoses and unneeded
// tests most often made, each with how many students and which case. Drawn from the item analysis
// (board_items), worded as the report words decisions (board_labels). No SFML.
#include "game/grading/board_items.hpp"

#include <string>
#include <vector>

namespace rc::board {

/// A choice at least this share of the students who played a case made (or a step they
/// missed) is a highlight.
inline constexpr double kHighlightShare = 0.25;

/// What a highlight is about, in the order the projector lists them.
enum class HighlightKind {
    SafetyCriticalMissed, ///< a critical or safety essential step not taken
    Harmful,              ///< a choice the case's rules call harmful
    WrongDiagnosis,       ///< a diagnosis judged wrong (or none named)
    OtherWrongChoice,     ///< any other wrong choice (an unneeded test, a wrong plan)
};

struct Highlight {
    int caseNumber = 0; ///< 1-based, in the challenge's order
    std::string text;   ///< "5 of 8 missed a safety-critical step in case 2 (…): Asked: …"
    double share = 0;   ///< of the students who played the case
    HighlightKind kind = HighlightKind::SafetyCriticalMissed;
};

/// The `max` highlights of a graded class, safety-critical misses first, then by kind and share;
/// none when nothing was missed or chosen wrongly by kHighlightShare of a case's students.
std::vector<Highlight> classHighlights(const Board& b, const std::vector<CaseItems>& items,
                                       std::size_t max = 4);

/// Grades the results files in `resultsDir` (the host's folder) against `challenge` and its full
/// cases, then classHighlights. False with `error` when the folder holds nothing to count.
bool highlightsOfResults(const Challenge& challenge, const Content& content,
                         const std::string& resultsDir, std::vector<Highlight>& out,
                         std::string& error, std::size_t max = 4);

} // namespace rc::board
