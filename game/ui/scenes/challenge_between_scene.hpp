#pragma once
// Between a classroom challenge's cases: "case recorded" (an exam shows nothing more), or the
// case's time ran out; the button goes on to the next case or the summary.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

/// `timedOut`: the case just recorded ran out of time.
std::unique_ptr<Scene> makeChallengeBetweenScene(Context& ctx, SceneStack& stack, bool timedOut);

} // namespace rc::ui
