#include "game/ui/scenes/hands_on_launch.hpp"

#include "game/engine/content.hpp"
#include "game/engine/session.hpp"
#include "game/play/hands_on_target.hpp"
#include "game/ui/scenes/hands_on_scene.hpp"

#include <iostream>

namespace rc::ui {

std::string pushHandsOnFromCommandLine(Context& ctx, SceneStack& stack, const std::string& text,
                                       const rc::Content& content, std::optional<int> autoAngle) {
    play::HandsOnTarget target;
    if (std::string err = play::parseHandsOnTarget(text, target); !err.empty()) return err;
    const rc::Case* kase = content.findCase(target.caseId);
    if (!kase) {
        std::string known;
        for (const rc::Case& c : content.cases)
            known += (known.empty() ? "" : ", ") + c.id;
        return "--hands-on: no case '" + target.caseId + "' in " + content.dir +
               (known.empty() ? std::string(" (no cases loaded)") : " (cases: " + known + ")");
    }
    if (!content.catalog.exam(target.examId))
        return "--hands-on: no exam '" + target.examId + "' in the catalogue";
    // The scene copies what it needs from the session, which may go out of scope here.
    const rc::Session session(*kase, content.catalog, 1);
    stack.push(makeHandsOnScene(
        ctx, stack, session, target.examId, target.side,
        [](const rc::Action& a) { std::cout << "hands-on: " << a.str() << std::endl; }, autoAngle));
    return "";
}

std::string pushHandsOnFromCommandLine(Context& ctx, SceneStack& stack, const std::string& text,
                                       const std::string& contentDir,
                                       std::optional<int> autoAngle) {
    rc::Diagnostics diags;
    const rc::Content content = rc::loadContent(contentDir, diags);
    return pushHandsOnFromCommandLine(ctx, stack, text, content, autoAngle);
}

} // namespace rc::ui
