#pragma once
// Factories of the game's scenes (each scene's class stays private to its file).
#include "game/ui/core/scene.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rc {
struct Case;
}

namespace rc::ui {

std::unique_ptr<Scene> makeTitleScene(Context& ctx, SceneStack& stack);
std::unique_ptr<Scene> makeLibraryScene(Context& ctx, SceneStack& stack);
std::unique_ptr<Scene> makeEncounterScene(Context& ctx, SceneStack& stack);
std::unique_ptr<Scene> makeDecisionScene(Context& ctx, SceneStack& stack);
std::unique_ptr<Scene> makeFollowUpScene(Context& ctx, SceneStack& stack);
std::unique_ptr<Scene> makeDebriefScene(Context& ctx, SceneStack& stack);
/// A message with one button (errors, notices). `onClose` runs when it is dismissed.
std::unique_ptr<Scene> makeMessageScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::function<void()> onClose = {});

/// Start a fresh play of a case and show the encounter.
void beginCase(Context& ctx, SceneStack& stack, const rc::Case& c, const std::string& caseFile);
/// Resume the autosave (message scene on failure). True when a play was restored.
bool resumeSaved(Context& ctx, SceneStack& stack);
/// Apply the decision scene's actions' aftermath: follow-up transition or debrief.
void afterAdvance(Context& ctx, SceneStack& stack);
/// Back to the title and the case library (debrief done, or the case was left).
void toLibrary(Context& ctx, SceneStack& stack);

} // namespace rc::ui
