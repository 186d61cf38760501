#pragma once
// rootcause-board, part 2: item analysis. Each scoring rule of a case (and its diagnosis) is
// an item; for each: how many students made the decision, the difficulty index (proportion
// correct) and the discrimination index D = p(upper) - p(lower), upper and lower being the
// top and bottom 27% of the students by challenge total.
#include <optional>
#include <string>
#include <vector>

#include "tools/board_rescore.hpp"

namespace rc::board {

/// Share of students in each of the upper and lower groups (Kelley's 27%).
inline constexpr double kGroupShare = 0.27;

/// One decision of a case, across the class.
struct Item {
    std::string label;  ///< the rule's pattern ("ask bladder-bowel") or "diagnose l3-... right"
    std::string visit;  ///< the visit the rule is limited to ("" = any)
    std::string tag;    ///< essential, indicated, neutral, unnecessary, harmful; "diagnosis"
    std::string domain;
    bool critical = false;
    int n = 0;          ///< students for whom the item counted (its visit reached)
    int made = 0;       ///< students who took the action
    double share = 0;   ///< made / n
    /// Proportion correct: did it (essential, indicated, diagnosis) or avoided it
    /// (unnecessary, harmful). None for neutral items or n == 0.
    std::optional<double> difficulty;
    std::optional<double> discrimination; ///< p(upper) - p(lower); none when undefined
    int upperN = 0, lowerN = 0;           ///< group sizes among students the item counted for
};

/// A choice (wrong or missed) and how many students made it.
struct Tally {
    std::string key, judgement;
    int students = 0;
    double share = 0; ///< of the students who played the case
};

/// The item analysis of one case of the challenge.
struct CaseItems {
    std::string caseId, title;
    int students = 0; ///< students whose result for the case counted
    int groupSize = 0; ///< size of the upper and of the lower group
    std::vector<Item> items;
    std::vector<Tally> wrongChoices;   ///< most common first
    std::vector<Tally> missedRedFlags; ///< most often missed first
};

/// Item analysis of every case; `top` limits the wrong-choice and red-flag lists.
std::vector<CaseItems> itemAnalysis(const Board& b, std::size_t top = 5);

/// Size of the upper (and lower) group for n students: round(0.27 n), at least 1 when n >= 2.
int groupSize(int n);

} // namespace rc::board
