#pragma once
#include <string>

#include "game/engine/debrief.hpp"

namespace rc {

/// The debrief as a JSON document (rootcause-replay --json).
std::string debriefJson(const Debrief& d, const Session& s);

} // namespace rc
