// The debrief's Transcript tab: the encounter's transcript as it was played (every question and
// answer, exam and finding, report, decision and visit) beside the student's notes.
#include "game/play/game.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

namespace rc::ui {

void DebriefScene::drawTranscriptTab(const Painter& p) {
    const Theme& th = p.theme;
    const float gap = th.padding();
    // Side by side when there is room; in a narrow window the notes go under the transcript.
    const bool wide = body_.width >= th.px(720);
    const sf::FloatRect left =
        wide ? sf::FloatRect(body_.left, body_.top, std::round(body_.width * 0.62f), body_.height)
             : sf::FloatRect(body_.left, body_.top, body_.width, std::round(body_.height * 0.55f));
    const sf::FloatRect right = wide ? sf::FloatRect(left.left + left.width + gap, body_.top,
                                                     body_.width - left.width - gap, body_.height)
                                     : sf::FloatRect(body_.left, left.top + left.height + gap,
                                                     body_.width, body_.height - left.height - gap);
    const auto head = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const float headH = th.px(30);
    panel(p.target, th, left);
    sf::FloatRect in = inset(left, th.padding());
    drawLine(p.target, head, utf8("Transcript"), in.left, in.top + th.px(10));
    transcript_.setRect({in.left, in.top + headH, in.width, in.height - headH});
    transcript_.draw(p);
    panel(p.target, th, right);
    in = inset(right, th.padding());
    drawLine(p.target, head, utf8("Your notes"), in.left, in.top + th.px(10));
    const sf::FloatRect box(in.left, in.top + headH, in.width, in.height - headH);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    if (notes_.edit().text().isEmpty())
        drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                      utf8("You took no notes in this case. The Notes panel of the encounter "
                           "keeps them with the case."),
                      box);
    else
        notes_.draw(p, box, body, false, "");
}

bool DebriefScene::transcriptEvent(const sf::Event& e) {
    if (e.type == sf::Event::MouseWheelScrolled) {
        const sf::Vector2f at(static_cast<float>(e.mouseWheelScroll.x),
                              static_cast<float>(e.mouseWheelScroll.y));
        bool moved = false;
        if (transcript_.rect().contains(at)) moved = transcript_.wheel(e.mouseWheelScroll.delta);
        if (notes_.box().contains(at)) moved = notes_.wheel(e.mouseWheelScroll.delta);
        if (moved) invalidate();
        return true;
    }
    if (e.type == sf::Event::KeyPressed && transcript_.key(e.key)) {
        invalidate();
        return true;
    }
    return false;
}

} // namespace rc::ui
