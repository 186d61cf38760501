#pragma once
// The debrief's score breakdown: what each decision, each miss and each rule of the policy added
// to or took from a domain's score, in the domain's own unit (points out of 100, to a tenth), so
// that the lines of a domain add up exactly to the score shown (FORMAT.md §2.6, "The debrief").
#include "game/engine/scoring.hpp"

#include <array>
#include <string>
#include <vector>

namespace rc {

/// What a line of a domain's breakdown stands for.
enum class LineKind {
    Earned,   ///< an essential or indicated item done: its share earned (all of it, or part)
    Missed,   ///< an essential or indicated item never done: earns 0 of its share
    Penalty,  ///< an unnecessary or harmful action: its points taken off
    Neutral,  ///< an action that earns and costs nothing in the domain
    Base,     ///< a domain with nothing to earn starts at 100
    Floor,    ///< penalties beyond 0: a domain never goes below 0
    Critical, ///< a critical miss or harm sets the domain to 0
    Computed  ///< diagnosis credit, precision, stewardship
};

/// "earned", "missed", "penalty", "neutral", "base", "floor", "critical", "computed".
const char* lineKindName(LineKind k);

/// One line of a domain's breakdown.
struct ScoreLine {
    LineKind kind = LineKind::Neutral;
    std::string label; ///< what a student reads: labels from the catalogue, never ids
    int visit =
        0; ///< 1-based visit on the player's path (a miss: where the expert did it); 0: none
    int tenths = 0;    ///< signed share of the domain's score, in tenths of a point (of 100)
    int ofTenths = 0;  ///< the share it could earn (0: nothing to earn)
    int decision = -1; ///< index in Score::decisions (-1: a line of the domain itself)
    /// Further decisions shown as this one line: two rules that judged the same action at the
    /// same visit (a rule for any visit and one for that visit) read as one row, their points
    /// added.
    std::vector<int> merged;
};

/// A domain's score and the lines it is made of: the lines' `tenths` add up to `tenths`.
struct DomainBreakdown {
    Domain domain = Domain::History;
    int tenths = 0;               ///< the domain's score shown, in tenths (rounded to one decimal)
    std::vector<ScoreLine> lines; ///< decisions in play order, misses, then the domain's own lines
    std::string reason;           ///< one line saying why, when the domain is under 50; else empty
};

/// The breakdown of every domain, in domain order. `expert` is the expert path played on the
/// same case (it places a miss at the visit where the expert did it); `decisionVisits` gives,
/// per Score::decisions entry, its 1-based visit (0: any visit).
std::array<DomainBreakdown, kDomainCount> scoreBreakdown(const Session& s, const Score& sc,
                                                         const std::vector<int>& decisionVisits,
                                                         const std::vector<std::string>& labels);

/// Tenths as a student reads a score: "25", "12.5" (no ".0"); `sign` adds + or − (U+2212).
std::string tenthsText(int tenths, bool sign = false);

/// Shares `exact` (tenths, any sign) out as whole tenths that add up to `target` exactly: each
/// is its value rounded down, and the tenths left over go to the largest remainders.
std::vector<int> apportionTenths(const std::vector<double>& exact, int target);

} // namespace rc
