#pragma once
// Moves between the game's scenes that more than one scene makes: start a case, resume the
// autosave, what follows a decision, and leaving a case or a debrief. A classroom challenge takes
// some of them over (challenge_flow.hpp).
#include "game/ui/core/scene.hpp"

#include <string>

namespace rc {
struct Case;
}

namespace rc::ui {

/// Start a fresh play of a case and show the encounter.
void beginCase(Context& ctx, SceneStack& stack, const rc::Case& c, const std::string& caseFile);
/// Show the case's briefing over the library (its Back returns there, its Start calls beginCase).
void briefCase(Context& ctx, SceneStack& stack, const rc::Case& c, const std::string& caseFile);
/// Leave the case in progress for the library, asking first when something was done (the
/// autosave keeps it to resume); in the tutorial, asks whether to skip it.
void confirmLeaveCase(Context& ctx, SceneStack& stack);
/// Resume the autosave (message scene on failure). True when a play was restored.
bool resumeSaved(Context& ctx, SceneStack& stack);
/// Apply the decision scene's actions' aftermath: follow-up transition or debrief.
void afterAdvance(Context& ctx, SceneStack& stack);
/// Back to the title and the case library (debrief done, or the case was left).
void toLibrary(Context& ctx, SceneStack& stack);
/// A new player's first launch (nothing played, the tutorial neither played nor skipped, no saved
/// case, no notice for the title): the tutorial's briefing over the title. True when shown.
bool offerTutorial(Context& ctx, SceneStack& stack);

} // namespace rc::ui
