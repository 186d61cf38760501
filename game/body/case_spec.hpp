#pragma once
#include <optional>

#include "game/body/manoeuvre.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/session.hpp"

namespace rc::body {

/// The hands-on spec of an exam at the session's current visit (or `visitIndex`), from the
/// case's finding and the catalogue; nullopt if the exam is not a hands-on manoeuvre or is
/// not done on one side. `side` is the leg examined, as in the action log: for the crossed
/// SLR that is the leg raised, and the symptoms appear in the other leg.
std::optional<ManoeuvreSpec> specFor(const rc::Session& s, int visitIndex, const std::string& exam,
                                     rc::Side side);

} // namespace rc::body
