#pragma once
// rootcause --layout-check: visits every scene of every bundled case at the window's size and
// UI scale — each case's expert path autoplayed through the encounter (its tabs and panels), the
// hands-on examinations, the decision, the follow-up and the debrief (its tabs) — and the title,
// library, join and host screens and a message; every second case with a classroom countdown in
// the top bar. It prints each text cut with no way to read the rest, each pair of texts drawn
// over each other and each text off the window, once per scene, and ends with
// "layout: N problems". No frame is shown and nothing is saved (no autosave, no profile).
#include "game/ui/core/context.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <iosfwd>

namespace rc::ui {

/// Runs the check; returns 0 when it found no problem, 1 otherwise.
int runLayoutCheck(Context& ctx, SceneStack& stack, std::ostream& out);

} // namespace rc::ui
