#include "game/ui/core/line_tip.hpp"

#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/text.hpp"

#include <algorithm>

namespace rc::ui {

bool LineTip::pointer(sf::Vector2f p, const DrawnText& drawn) {
    pointer_ = p;
    const DrawnText::Line* l = drawn.shortenedAt(p);
    const std::string now = l ? l->full : std::string();
    if (now == text_ && (!l || l->box == under_)) return false;
    text_ = now;
    if (l) under_ = l->box;
    return true;
}

bool LineTip::hide() {
    pointer_ = {-1, -1};
    if (text_.empty()) return false;
    text_.clear();
    return true;
}

sf::FloatRect LineTip::draw(sf::RenderTarget& t, const FontSet& fonts, const Theme& th,
                            sf::Vector2f size) const {
    if (text_.empty()) return {};
    const TextStyle st = style(fonts, th, TextSize::Body, Weight::Regular, th.c.text);
    const float pad = th.px(10), margin = th.px(8);
    const float maxW = std::min(th.px(520), size.x - 2 * margin - 2 * pad);
    const Paragraph para = layout(st, utf8(text_), maxW);
    float w = 0;
    for (const auto& line : para.lines)
        w = std::max(w, measure(st, line));
    const float h = para.height();
    // Below the line, its left edge under the line's; above it when there is no room below.
    float x = std::clamp(under_.left - pad, margin, size.x - margin - w - 2 * pad);
    float y = under_.top + under_.height + th.px(8);
    if (y + h + 2 * pad > size.y - margin) y = under_.top - th.px(8) - h - 2 * pad;
    y = std::max(margin, y);
    const sf::FloatRect box(x, y, w + 2 * pad, h + 2 * pad);
    roundedRect(t, {box.left, box.top + th.px(2), box.width, box.height}, th.px(6),
                withAlpha(th.c.text, 40), sf::Color::Transparent, 0);
    roundedRect(t, box, th.px(6), th.c.panel, th.c.border, 1);
    float ly = box.top + pad;
    for (const auto& line : para.lines) {
        drawLine(t, st, line, box.left + pad, ly + para.lineHeight / 2);
        ly += para.lineHeight;
    }
    return box;
}

} // namespace rc::ui
