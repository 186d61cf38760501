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

/// A question with two buttons: `yes` (focused; Enter) runs `onYes` after the dialog closes;
/// Esc and `no` just close it. ←→ or Tab move between the buttons.
std::unique_ptr<Scene> makeConfirmScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::string yes, std::string no,
                                        std::function<void()> onYes);

} // namespace rc::ui
