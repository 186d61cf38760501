#pragma once
// rootcause --layout-check: visits every scene of every bundled case at the window's size and
// UI scale — each case's expert path autoplayed through the encounter (its tabs and panels), the
// hands-on examinations, the decision, the follow-up and the debrief (its tabs) — and the title,
// briefing and first-launch welcome, library, join and host screens and a message; every second
// case with a classroom countdown in the top bar; then the classroom (dev/layout_tour.hpp): the
// challenge picker, each bundled challenge played from its intro to its summary, and the host's
// board on loopback, empty, with a room of thirty and ended. It prints each text cut with no way
// to read the rest, each pair of texts drawn over each other and each text off the window, once
// per scene, and ends with "layout: N problems". No frame is shown and nothing is kept (no
// autosave, no profile; a challenge's results and the host's journal go to a temporary folder,
// removed after). With --screenshot-dir it photographs each scene, each state of it, each problem.
#include "game/ui/core/context.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <iosfwd>

namespace rc::ui {

/// Runs the check; returns 0 when it found no problem, 1 otherwise.
int runLayoutCheck(Context& ctx, SceneStack& stack, std::ostream& out);

} // namespace rc::ui
