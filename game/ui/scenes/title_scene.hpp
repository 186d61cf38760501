#pragma once
// The title screen: the player's name, settings (UI scale, fullscreen, reduced motion,
// colour-blind-safe palette), Resume when an autosave exists, the case library, and the
// classroom challenge.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeTitleScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
