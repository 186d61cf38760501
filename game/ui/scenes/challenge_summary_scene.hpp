#pragma once
// A classroom challenge's summary: every case with its score and time, the weighted total, pass or
// not, and the results file to hand in (or the live class's host); a finished case's debrief can
// be reviewed from here.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeChallengeSummaryScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
