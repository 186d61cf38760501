#include "game/ui/kit/text_area.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

namespace {
bool blank(sf::Uint32 c) {
    return c == ' ' || c == '\t';
}
} // namespace

void TextArea::wrapText(const TextStyle& st, float width) {
    const sf::String& s = edit_.text();
    lines_.clear();
    const std::size_t n = s.getSize();
    std::size_t from = 0;
    while (true) {
        std::size_t end = from;
        while (end < n && s[end] != '\n')
            ++end;
        std::size_t start = from, i = from;
        float x = 0;
        while (edit_.multiline() && i < end) {
            std::size_t j = i;
            const bool sp = blank(s[i]);
            while (j < end && blank(s[j]) == sp)
                ++j;
            const float w = measure(st, s.substring(i, j - i));
            if (!sp && x > 0 && x + w > width) {
                lines_.push_back({start, i});
                start = i, x = 0;
            }
            if (!sp && w > width) { // a word wider than the line: cut at characters
                for (std::size_t k = i; k < j; ++k) {
                    const float cw = measure(st, sf::String(s[k]));
                    if (k > start && x + cw > width) lines_.push_back({start, k}), start = k, x = 0;
                    x += cw;
                }
            } else {
                x += w;
            }
            i = j;
        }
        lines_.push_back({start, end});
        if (end >= n) break;
        from = end + 1;
    }
}

void TextArea::draw(const Painter& p, const sf::FloatRect& box, const TextStyle& st, bool focused,
                    const std::string& placeholder) {
    const Theme& th = p.theme;
    box_ = box;
    style_ = st;
    lineH_ = Theme::lineHeight(st.size);
    const float barRoom = edit_.multiline() ? th.px(8) : 0;
    wrapText(st, box.width - barRoom);
    edit_.setLines(lines_);
    const sf::String& s = edit_.text();
    // Which line the caret is on, and its x.
    std::size_t cl = 0;
    for (std::size_t k = 0; k < lines_.size(); ++k)
        if (edit_.caret() >= lines_[k].first && (edit_.caret() <= lines_[k].second) &&
            (k + 1 == lines_.size() || edit_.caret() < lines_[k + 1].first)) {
            cl = k;
            break;
        }
    const float total = lineH_ * static_cast<float>(lines_.size());
    const float viewH = edit_.multiline() ? box.height : lineH_;
    if (edit_.caret() != followed_) { // the caret moved: keep it in view
        followed_ = edit_.caret();
        const float top = lineH_ * static_cast<float>(cl);
        if (top < scroll_) scroll_ = top;
        if (top + lineH_ > scroll_ + viewH) scroll_ = top + lineH_ - viewH;
    }
    scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, total - viewH));
    const float y0 = edit_.multiline() ? box.top - scroll_ : box.top + (box.height - lineH_) / 2;
    ClipScope clip(p.target, box);
    if (s.isEmpty()) {
        TextStyle ph = st;
        ph.color = th.c.textDisabled;
        drawParagraph(p.target, ph, utf8(placeholder),
                      {box.left, y0, box.width - barRoom, box.height});
    }
    const auto [from, to] = edit_.selection();
    for (std::size_t k = 0; k < lines_.size(); ++k) {
        const float y = y0 + lineH_ * static_cast<float>(k);
        if (y + lineH_ < box.top || y > box.top + box.height) continue;
        const auto [a, b] = lines_[k];
        if (focused && from < to && from <= b && to > a) {
            const std::size_t sa = std::max(from, a), sb = std::min(to, b);
            const float x1 = measure(st, s.substring(a, sa - a));
            float x2 = measure(st, s.substring(a, sb - a));
            if (to > b) x2 += th.px(4); // the line's end is selected too
            roundedRect(p.target, {box.left + x1, y, std::max(x2 - x1, 1.0f), lineH_}, 0,
                        th.c.accentSoft);
        }
        drawLine(p.target, st, s.substring(a, b - a), box.left, y + lineH_ / 2);
    }
    if (focused) {
        const auto [a, b] = lines_[cl];
        (void)b;
        const float x = std::min(measure(st, s.substring(a, edit_.caret() - a)),
                                 box.width - barRoom - th.px(2));
        roundedRect(p.target,
                    {box.left + x, y0 + lineH_ * static_cast<float>(cl) + th.px(2), th.px(2),
                     lineH_ - th.px(4)},
                    0, th.c.accent);
    }
    if (edit_.multiline() && total > box.height + 1) {
        const float trackX = box.left + box.width - th.px(4);
        roundedRect(p.target, {trackX, box.top, th.px(4), box.height}, th.px(2), th.c.divider);
        const float thumbH = std::max(th.px(24), box.height * box.height / total);
        const float thumbY = box.top + (box.height - thumbH) * scroll_ / (total - box.height);
        roundedRect(p.target, {trackX, thumbY, th.px(4), thumbH}, th.px(2), th.c.textDisabled);
    }
}

bool TextArea::click(sf::Vector2f at, bool extend) {
    if (!box_.contains(at) || lines_.empty() || !style_.font) return false;
    const float y0 = edit_.multiline() ? box_.top - scroll_ : box_.top;
    const float row = std::floor((at.y - y0) / lineH_);
    const std::size_t k =
        static_cast<std::size_t>(std::clamp(row, 0.0f, static_cast<float>(lines_.size() - 1)));
    const auto [a, b] = lines_[k];
    const sf::String& s = edit_.text();
    std::size_t best = a;
    float x = 0;
    for (std::size_t i = a; i < b; ++i) {
        const float w = measure(style_, sf::String(s[i]));
        if (box_.left + x + w / 2 > at.x) break;
        x += w;
        best = i + 1;
    }
    edit_.setCaret(best, extend);
    return true;
}

bool TextArea::wheel(float notches) {
    const float before = scroll_;
    const float total = lineH_ * static_cast<float>(lines_.size());
    scroll_ = std::clamp(scroll_ - notches * lineH_ * 3, 0.0f, std::max(0.0f, total - box_.height));
    return scroll_ != before;
}

} // namespace rc::ui
