#pragma once
// `rootcause --hands-on CASE:EXAM:SIDE`: opens the hands-on scene directly on the first visit of a
// case (screenshots, benchmarks and tests). The recorded action is printed as
// "hands-on: exam pkb right 70" (nothing is printed if the student cancels).
#include "game/ui/core/context.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <optional>
#include <string>

namespace rc {
struct Content;
}

namespace rc::ui {

/// Starts the case (from loaded `content`) at its first visit and pushes the hands-on scene for
/// `text` (CASE:EXAM:SIDE). Returns an error message, or an empty string on success.
std::string pushHandsOnFromCommandLine(Context& ctx, SceneStack& stack, const std::string& text,
                                       const rc::Content& content, std::optional<int> autoAngle);

/// Loads the content in `contentDir`, starts the case at its first visit and pushes the hands-on
/// scene for `text` (CASE:EXAM:SIDE). Returns an error message, or an empty string on success.
std::string pushHandsOnFromCommandLine(Context& ctx, SceneStack& stack, const std::string& text,
                                       const std::string& contentDir, std::optional<int> autoAngle);

} // namespace rc::ui
