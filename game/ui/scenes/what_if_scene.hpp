#pragma once
// "What if…" from the debrief (practice only): the chooser of a decision and another choice
// (play/what_if.hpp builds both lists), and the flow of a branch: start it (the case replayed up
// to the decision, then live in the real scenes), go back to the student's own debrief, and end
// it when the student leaves for the library. Nothing of a branch is scored or saved.
#include "game/ui/core/scene.hpp"

#include <cstddef>
#include <memory>

namespace rc::ui {

/// The chooser over the debrief, opened at decision point `point` (-1: the first plan). With
/// `autoChoose` (--what-if) it shows the point and alternative given, then plays the branch.
std::unique_ptr<Scene> makeWhatIfScene(Context& ctx, SceneStack& stack, int point,
                                       int alternative = -1, bool autoChoose = false);

/// Plays the branch of decision point `point`'s alternative `alternative` of the finished play:
/// the follow-up when it ended a visit, else the encounter. A message when it does not play.
void startWhatIf(Context& ctx, SceneStack& stack, std::size_t point, std::size_t alternative);
/// From a branch (its debrief, or Esc in its scenes): the student's own debrief again.
void leaveWhatIf(Context& ctx, SceneStack& stack);
/// The branch is over for good (the student leaves for the library): the autosave is on again.
void endWhatIf(Context& ctx);

} // namespace rc::ui
