#pragma once
// The estimate asked before an investigation (issue #19, practice, the profile's "Ask for my
// estimate before each investigation"): a small dialog over the encounter, one row per diagnosis
// with − / + in steps of 5. Enter orders with the estimates, Esc without. The rows, the clamping
// and the action sent are play::EstimatePrompt's; this scene draws it and routes input.
#include "game/engine/action.hpp"
#include "game/play/estimate_prompt.hpp"
#include "game/ui/core/scene.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace rc::ui {

class SceneStack;

/// The dialog for `prompt`; `send` receives the order (with or without estimates) after the
/// dialog has closed. `logged` (autoplay): the log's order, shown with its estimates and sent as
/// logged.
std::unique_ptr<Scene> makeEstimateScene(Context& ctx, SceneStack& stack,
                                         play::EstimatePrompt prompt,
                                         std::function<void(const rc::Action&)> send,
                                         std::optional<rc::Action> logged = std::nullopt);

} // namespace rc::ui
