#pragma once
// The title menu's "Classroom challenge": the bundled challenges, the player's name, id and email;
// Start shows the challenge's intro.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeChallengePickerScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
