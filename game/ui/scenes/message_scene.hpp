#pragma once
// A dialog with a title, a message and one button, drawn over the scene below.
#include "game/ui/core/scene.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rc::ui {

/// A message with one button (errors, notices). `onClose` runs when it is dismissed.
std::unique_ptr<Scene> makeMessageScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::function<void()> onClose = {});

} // namespace rc::ui
