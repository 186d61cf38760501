#pragma once
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/diagnostics.hpp"

#include <string>
#include <vector>

namespace rc {

/// Where one plan choice leads: the expert path up to its plan at a visit, then the expert's
/// plan (for its own pathway) or another pathway alone (no parts), the same at every later
/// visit until the case ends.
struct PlanOutcome {
    std::string visit;   ///< id of the visit the plan is made at
    std::string pathway; ///< the pathway tried
    std::string plan;    ///< the plan action as played
    std::string outcome; ///< the outcome reached; empty if the case did not end
    std::string error;   ///< the refused action, if one was
};

/// Every pathway of the catalogue tried at every plan of the expert path, in order.
std::vector<PlanOutcome> planOutcomes(const Case& c, const Catalog& cat);

/// The outcome graph as text (rootcause-lint --outcomes): for each visit of the expert path,
/// which pathway leads to which outcome, and the outcome's status.
std::string outcomeReport(const Case& c, const Catalog& cat);

/// Warns (`same-outcome`) where very different plans at one visit (conservative care against a
/// surgical or urgent referral) end in the same outcome, or in outcomes with the same text.
void lintOutcomes(const Case& c, const Catalog& cat, Diagnostics& diags);

} // namespace rc
