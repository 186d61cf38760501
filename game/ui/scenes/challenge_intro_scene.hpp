#pragma once
// A classroom challenge's intro: what it is and how it runs (cases, mode, time limits, pass mark,
// the results file); Start plays its first case, Esc leaves the challenge.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeChallengeIntroScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
