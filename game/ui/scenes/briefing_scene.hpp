#pragma once
// The case briefing before a case starts from the library: who the patient is, why they came (the
// opening complaint in full), the mode, the time budget and what the top bar's ledger counts.
// Start (Enter) begins the case; Back to the library (Esc) returns. A start from the command line
// under --autoplay, --monkey or --watch skips it. The text comes from play/briefing. A new
// player's first launch opens the tutorial's briefing by itself (makeWelcomeScene).
#include "game/ui/core/scene.hpp"

#include <memory>
#include <string>

namespace rc {
struct Case;
}

namespace rc::ui {

/// The briefing for `c` (which must outlive the scene) in the mode of ctx.settings; `caseFile`
/// as beginCase takes it (set when the case was loaded from a path).
std::unique_ptr<Scene> makeBriefingScene(Context& ctx, SceneStack& stack, const rc::Case& c,
                                         const std::string& caseFile);

/// The tutorial's briefing as a new player's first launch opens it over the title: a welcome
/// line, Start the tutorial (Enter) or Skip the tutorial (Esc), which the profile keeps.
std::unique_ptr<Scene> makeWelcomeScene(Context& ctx, SceneStack& stack, const rc::Case& tutorial);

} // namespace rc::ui
