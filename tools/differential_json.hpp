#pragma once
#include "game/engine/session.hpp"

#include <nlohmann/json.hpp>

namespace rc {

/// The likelihood-ratio differential of a session as JSON (rootcause-replay --json, key
/// "differential"): the priors, the probability trail (per examination: the finding, the LR
/// used for each diagnosis and before -> after), the final ranking, the student's estimates
/// beside the computed probabilities, and the findings that moved a probability most.
/// Null when the case has no <priors>.
nlohmann::json differentialJson(const Session& s);

} // namespace rc
