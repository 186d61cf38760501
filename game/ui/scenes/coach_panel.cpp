#include "game/ui/scenes/coach_panel.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/drawn_text.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/message_scene.hpp"

#include <algorithm>

namespace rc::ui {

sf::FloatRect coachArea(const Theme& th, sf::Vector2f size, float bottomBar) {
    return {0, th.topBar(), size.x, size.y - th.topBar() - bottomBar};
}

CoachHits drawCoachPanel(const Painter& p, Context& ctx, const sf::FloatRect& area,
                         CoachCorner corner) {
    CoachHits hits;
    const play::Coach& coach = ctx.game ? ctx.game->coach : play::Coach();
    const rc::CoachStep* step = coach.current();
    if (!step) return hits;
    const Theme& th = p.theme;
    const float w = std::min(
        {th.px(380), area.width - th.px(24), static_cast<float>(p.target.getSize().x) * 0.34f});
    // Too narrow to read (the hands-on scene in a small window): none here; the scene before
    // showed the step, and the next one shows it again.
    if (w < th.px(200)) return hits;
    // A panel over the scene on purpose (like a tip): what it covers is not lost, the coach
    // moves on and the panel goes at the debrief's end.
    const DrawnText::Floating floating(th.drawn);
    const float pad = th.px(14);
    const float textW = w - 2 * pad;
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.accent);
    const auto title = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const auto body = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    // Folded (a click on the panel): its heading alone, to see what it covers; a click opens it.
    const bool folded = coach.folded;
    const float titleH =
        folded ? 0 : rc::ui::layout(title, utf8(step->title), textW).height() + th.px(6);
    const float bodyH = folded ? 0 : rc::ui::layout(body, utf8(step->text), textW).height();
    // The last step (on the debrief) has no Skip: the tutorial is done, the debrief leads on.
    const float buttonH = coach.finished() || folded ? 0 : th.px(30);
    const float h = pad + th.px(18) + titleH + bodyH + (buttonH > 0 ? th.px(10) + buttonH : 0) +
                    (folded ? 0 : pad);
    const float x = corner == CoachCorner::BottomRight ? area.left + area.width - w - th.px(12)
                                                       : area.left + th.px(12);
    const float y = corner == CoachCorner::TopLeft ? area.top + th.px(12)
                                                   : area.top + area.height - h - th.px(12);
    hits.panel = {x, y, w, h};
    panel(p.target, th, hits.panel);
    // An accent edge marks the coach apart from the scene's own panels.
    roundedRect(p.target, {x, y, th.px(4), h}, th.px(2), th.c.accent);
    float ty = y + pad;
    drawLine(p.target, head,
             utf8("TUTORIAL  ·  STEP " + std::to_string(coach.index() + 1) + " OF " +
                  std::to_string(coach.count()) + (folded ? "  ·  OPEN" : "")),
             x + pad, ty + th.px(7), Align::Left, textW);
    ty += th.px(18);
    if (!folded) {
        drawParagraph(p.target, title, utf8(step->title), {x + pad, ty, textW, titleH + 1});
        ty += titleH;
        drawParagraph(p.target, body, utf8(step->text), {x + pad, ty, textW, bodyH + 1});
    }
    if (buttonH > 0) {
        const std::string label = "Skip tutorial";
        const float bw = buttonWidth(p, label);
        hits.skip = {x + w - pad - bw, y + h - pad - buttonH, bw, buttonH};
        button(p, hits.skip, label, ButtonKind::Secondary, ControlState{});
    }
    return hits;
}

bool coachClick(Context& ctx, SceneStack& stack, Scene& scene, const CoachHits& hits,
                sf::Vector2f at) {
    if (!hits.panel.contains(at) || !ctx.game || !ctx.game->coach.active()) return false;
    if (hits.skip.contains(at)) {
        confirmSkipTutorial(ctx, stack);
    } else { // anywhere else: fold it to see what it covers, or open it again
        ctx.game->coach.folded = !ctx.game->coach.folded;
        scene.invalidate();
    }
    return true;
}

void confirmSkipTutorial(Context& ctx, SceneStack& stack) {
    stack.push(makeConfirmScene(
        ctx, stack, "Skip the tutorial?",
        "The tutorial will not be offered first again; the title's Tutorial button plays it "
        "whenever you like.",
        "Skip", "Keep going", [&ctx, &stack] {
            ctx.game->skipTutorial();
            toLibrary(ctx, stack);
        }));
}

} // namespace rc::ui
