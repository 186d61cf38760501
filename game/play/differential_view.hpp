#pragma once
// What the encounter's Differential tab shows of the likelihood-ratio differential (issue #19):
// which bars, their labels and figures, and the one line that names the latest finding. Decided
// here without SFML so it is tested without a display; the scene only draws it.
#include "game/engine/session.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// One bar: a diagnosis of the case's priors, or the rest ("Other").
struct DxBar {
    std::string dx;    ///< diagnosis id (empty for "Other")
    std::string label; ///< the catalogue's label without its parenthesis, or "Other"
    double p = 0;      ///< probability now, 0..1
    double prior = 0;  ///< before any finding
    bool other = false;
};

/// The computed differential as the Differential tab shows it.
struct DifferentialView {
    bool shown = false;      ///< practice mode and the case gives priors; otherwise nothing
    std::vector<DxBar> bars; ///< highest first, then "Other"
    /// The latest counted finding and what it did ("Femoral nerve stretch positive: LR+ 5.7 for
    /// L3 radiculopathy → 34 % to 71 %"); empty before any finding counts.
    std::string latest;
};

/// The assumption behind the figures, to be shown beside them.
const char* differentialAssumption();
/// How to read the bars (they are not shares of one whole).
const char* differentialReading();

/// A probability as a whole percentage: "34 %" ("<1 %" for a trace).
std::string percentText(double p);

/// The view of `s` in `mode` ("exam" shows nothing: neither in a case, a challenge nor a live
/// class, whose plays all start with the challenge's mode).
DifferentialView differentialView(const rc::Session& s, const std::string& mode);

/// The debrief's panel on the computed differential (practice only): the findings that moved it
/// most, and where the case's diagnosis ended.
struct DifferentialReview {
    bool shown = false;
    std::vector<std::string> movers; ///< "Prone knee bend positive: LR+ 7.0 for L3 … 15 % → 55 %"
    std::string end; ///< "At the end: L3 radiculopathy (the case's diagnosis) 87 %, 1st of 6"
    /// When the case's diagnosis does not lead at the end: the case's <priors><caveat>, what the
    /// bars cannot show, with its sources ("" when it leads or the case gives none).
    std::string caveat;
};

/// The review of a finished (or any) session: the `n` largest moves. Exam mode: nothing.
DifferentialReview differentialReview(const rc::Session& s, const std::string& mode,
                                      std::size_t n = 5);

} // namespace rc::play
