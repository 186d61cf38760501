#include "game/ui/scenes/flow.hpp"

#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/scenes/briefing_scene.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/coach_panel.hpp"
#include "game/ui/scenes/debrief_scene.hpp"
#include "game/ui/scenes/encounter_scene.hpp"
#include "game/ui/scenes/followup_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"
#include "game/ui/scenes/what_if_scene.hpp"

#include <filesystem>
#include <iostream>

namespace rc::ui {

void beginCase(Context& ctx, SceneStack& stack, const rc::Case& c, const std::string& caseFile) {
    play::Game& g = *ctx.game;
    if (c.studentCopy) {
        stack.push(makeMessageScene(ctx, stack, "This case needs its full copy",
                                    play::kPracticeNeedsFullCase));
        return;
    }
    // The tutorial is always practice: its coach explains the feedback as it comes.
    g.play.start(c, g.content.catalog, caseFile, g.profile.name,
                 c.tutorial() ? std::string("practice") : ctx.settings.mode);
    g.startCoach(); // the tutorial's coach, or none
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeEncounterScene(ctx, stack));
}

void briefCase(Context& ctx, SceneStack& stack, const rc::Case& c, const std::string& caseFile) {
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeLibraryScene(ctx, stack));
    stack.push(makeBriefingScene(ctx, stack, c, caseFile));
}

void confirmLeaveCase(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    g.play.saveNotes();
    if (g.challenge) { // a challenge has its own way out (the next case, not the library)
        toLibrary(ctx, stack);
        return;
    }
    if (g.whatIf && g.whatIf->inBranch) { // a what-if branch keeps nothing: your debrief again
        leaveWhatIf(ctx, stack);
        return;
    }
    if (g.play.active() && g.play.kase().tutorial()) { // Esc in the tutorial: skip it?
        confirmSkipTutorial(ctx, stack);
        return;
    }
    // Nothing done yet (no action, no notes): nothing to lose or resume, so no question.
    if (!g.play.active() || (g.play.session().taken().empty() && g.play.notes().empty())) {
        toLibrary(ctx, stack);
        return;
    }
    const std::string who = g.play.kase().patient.name;
    stack.push(makeConfirmScene(
        ctx, stack, "Leave this case?",
        "The case is saved as it is with " + who +
            ": resume it from the title screen, or start it again from the library.",
        "Leave", "Stay", [&ctx, &stack] { toLibrary(ctx, stack); }));
}

bool resumeSaved(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    std::optional<rc::SavedGame> saved;
    rc::Diagnostics diags;
    std::string aside;
    const rc::LoadStatus st = rc::loadSavedGame(g.play.autosavePath(), saved, diags, &aside);
    std::string error;
    if (st == rc::LoadStatus::Missing)
        error = "There is no saved game to resume.";
    else if (st == rc::LoadStatus::Corrupt)
        error =
            "The saved game could not be read, so a fresh start is needed. " +
            (aside.empty() ? std::string() : "The damaged file was kept as " + aside + ".\n\n") +
            diags.str();
    else if (!g.play.restore(*saved, g.content, error))
        error += "";
    if (!error.empty()) {
        std::cerr << "rootcause: resume: " << error << "\n";
        stack.push(makeMessageScene(ctx, stack, "Could not resume", error));
        return false;
    }
    g.startCoach(); // a tutorial resumes at the step its actions reached
    if (g.autoplaying && !g.autoplay.skipPlayed(g.play.session().log().actions)) {
        std::cerr << "rootcause: --autoplay: the saved game is not a prefix of the autoplay log; "
                     "autoplay off\n";
        g.autoplaying = false;
    }
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    if (g.play.session().finished())
        stack.push(makeDebriefScene(ctx, stack));
    else
        stack.push(makeEncounterScene(ctx, stack));
    return true;
}

void afterAdvance(Context& ctx, SceneStack& stack) {
    if (challengeAfterAdvance(ctx, stack)) return; // exam: "case recorded", not the outcome
    stack.replace(makeFollowUpScene(ctx, stack));
}

bool offerTutorial(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    const rc::Case* tutorial = play::tutorialCase(g.content);
    std::error_code ec;
    // Not over a notice the title must show first (content problems, a profile set aside).
    if (!tutorial || !g.profile.isNew() || !g.notice.empty() ||
        std::filesystem::exists(g.play.autosavePath(), ec))
        return false;
    stack.push(makeWelcomeScene(ctx, stack, *tutorial));
    return true;
}

void toLibrary(Context& ctx, SceneStack& stack) {
    endWhatIf(ctx); // a what-if branch, if any, is over: the autosave is on again
    if (challengeLeave(ctx, stack)) return; // in a challenge: the next case, not the library
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeLibraryScene(ctx, stack));
}

} // namespace rc::ui
