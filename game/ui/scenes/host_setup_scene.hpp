#pragma once
// The title menu's "Host a class": choose one of the bundled challenges, then the projector view
// (host_board_scene).
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeHostSetupScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
