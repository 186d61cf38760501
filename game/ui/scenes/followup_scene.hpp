#pragma once
// The passage of time between visits: weeks passed, how the patient is doing, what arrived.
// After the last visit it shows the outcome and leads to the debrief.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeFollowUpScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
