#pragma once
// rootcause-board, part 2: item analysis. Each scoring rule of a case (and its diagnosis) is
// an item; for each: how many students made the decision, the difficulty index (proportion
// correct) and the discrimination index D = p(upper) - p(lower), upper and lower being the
// top and bottom 27% of the students by challenge total. Items come ordered by how much they
// deserve the instructor's attention, each with a one-line reason.
#include "game/grading/board_rescore.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rc::board {

/// Share of students in each of the upper and lower groups (Kelley's 27%).
inline constexpr double kGroupShare = 0.27;

/// Why an item deserves the instructor's look, most deserving first: the order of the item
/// tables. A very easy or very hard item cannot discriminate much (when 95% get it right, the
/// groups can differ by little), so its low D is no flaw: it ranks below the items whose low D
/// says something about the item.
enum class Attention {
    NegativeD,   ///< the weaker students did better: the rule or the case may be wrong
    NobodyRight, ///< no student got it right: too hard, unclear, or unreachable in the case
    LowD,        ///< 0 <= D < 0.2 with room to discriminate: barely separates the groups
    Critical,    ///< a critical decision some students got wrong
    Unmeasured,  ///< scored, but D undefined: a group never reached the item's visit
    Extreme,     ///< p >= 0.9 or p <= 0.1 with a low D: easy or hard, not flawed
    Good,        ///< D >= 0.2
    NotScored,   ///< neutral: neither right nor wrong
};

/// Below this discrimination index an item "deserves a look" (Ebel's rule of thumb).
inline constexpr double kLowDiscrimination = 0.2;
/// Difficulty beyond which (p >= 0.9 or p <= 0.1) an item is too easy or too hard to discriminate.
inline constexpr double kExtremeDifficulty = 0.9;

/// One decision of a case, across the class.
struct Item {
    std::string label; ///< the rule's pattern ("ask bladder-bowel") or "diagnose l3-... right"
    std::string visit; ///< the visit the rule is limited to ("" = any)
    std::string tag;   ///< essential, indicated, neutral, unnecessary, harmful; "diagnosis"
    std::string domain;
    bool critical = false;
    int n = 0;        ///< students for whom the item counted (its visit reached)
    int made = 0;     ///< students who took the action
    double share = 0; ///< made / n
    /// Proportion correct: did it (essential, indicated, diagnosis) or avoided it
    /// (unnecessary, harmful). None for neutral items or n == 0.
    std::optional<double> difficulty;
    std::optional<double> discrimination; ///< p(upper) - p(lower); none when undefined
    int upperN = 0, lowerN = 0;           ///< group sizes among students the item counted for
    int upperRight = 0, lowerRight = 0;   ///< of those, how many got it right
    bool expertTook = false;              ///< the expert path meets the rule (as the score judges)
    Attention attention = Attention::NotScored;
    std::string reason; ///< one line saying why the item deserves a look ("" for a good item)

    /// Someone took the action, student or expert: the report lists the others apart.
    bool takenByAnyone() const { return made > 0 || expertTook; }
    /// The item is listed among those that deserve a look (highlighted in the report).
    bool needsLook() const { return attention <= Attention::Critical; }
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
    int students = 0;  ///< students whose result for the case counted
    int groupSize = 0; ///< size of the upper and of the lower group
    std::vector<Item> items;
    std::vector<Tally> wrongChoices;   ///< most common first
    std::vector<Tally> missedRedFlags; ///< most often missed first
};

/// Item analysis of every case, items most deserving of attention first; `top` limits the
/// wrong-choice and red-flag lists.
std::vector<CaseItems> itemAnalysis(const Board& b, std::size_t top = 5);

/// Sets an item's attention and reason from its figures (exposed for the tests).
void judgeAttention(Item& it);
/// Orders items by attention, then lowest D, then lowest p; ties keep their order.
void sortByAttention(std::vector<Item>& items);

/// Size of the upper (and lower) group for n students: round(0.27 n), at least 1 when n >= 2.
int groupSize(int n);

} // namespace rc::board
