#include "game/ui/kit/list_view.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>

namespace rc::ui {

void ListView::setItems(std::vector<ListItem> items) {
    items_ = std::move(items);
    if (focus_ >= static_cast<int>(items_.size())) focus_ = -1;
    clampScroll();
}

void ListView::setRect(const sf::FloatRect& r, float scale) {
    rect_ = r;
    scale_ = scale;
    clampScroll();
}

float ListView::contentHeight() const {
    float h = 0;
    for (const auto& it : items_)
        h += it.height * scale_;
    return h;
}

void ListView::clampScroll() {
    const float maxScroll = std::max(0.0f, contentHeight() - rect_.height);
    scroll_ = std::clamp(scroll_, 0.0f, maxScroll);
}

void ListView::scrollToEnd() {
    scroll_ = contentHeight();
    clampScroll();
}

sf::FloatRect ListView::rowRect(int i) const {
    float y = rect_.top - scroll_;
    for (int k = 0; k < i && k < static_cast<int>(items_.size()); ++k)
        y += items_[k].height * scale_;
    const float h = i < static_cast<int>(items_.size()) ? items_[i].height * scale_ : 0;
    return {rect_.left, y, rect_.width, h};
}

void ListView::ensureVisible(int i) {
    if (i < 0) return;
    sf::FloatRect r = rowRect(i);
    // Show the heading above the first row of a group too.
    if (i > 0 && items_[i - 1].heading) {
        const sf::FloatRect h = rowRect(i - 1);
        r.height += r.top - h.top, r.top = h.top;
    }
    if (r.top < rect_.top)
        scroll_ -= rect_.top - r.top;
    else if (r.top + r.height > rect_.top + rect_.height)
        scroll_ += r.top + r.height - rect_.top - rect_.height;
    clampScroll();
}

void ListView::setFocused(int i) {
    const int n = static_cast<int>(items_.size());
    if (i < 0 || n == 0) {
        focus_ = -1;
        return;
    }
    i = std::min(i, n - 1);
    while (i < n && items_[i].heading)
        ++i;
    if (i >= n) {
        i = n - 1;
        while (i >= 0 && items_[i].heading)
            --i;
    }
    focus_ = i;
    ensureVisible(i);
}

bool ListView::move(int delta) {
    const int n = static_cast<int>(items_.size());
    if (focus_ < 0) {
        setFocused(delta > 0 ? 0 : n - 1);
        return focus_ >= 0;
    }
    for (int i = focus_ + delta; i >= 0 && i < n; i += delta)
        if (!items_[i].heading) {
            focus_ = i;
            ensureVisible(i);
            return true;
        }
    if (delta < 0) scroll_ = 0; // show the heading above the first row
    return false;
}

bool ListView::wheel(float notches) {
    const float before = scroll_;
    scroll_ -= notches * 48 * scale_;
    clampScroll();
    return scroll_ != before;
}

int ListView::hit(sf::Vector2f p, bool focusableOnly) const {
    if (!rect_.contains(p)) return -1;
    float y = rect_.top - scroll_;
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
        const float h = items_[i].height * scale_;
        if (p.y >= y && p.y < y + h) return focusableOnly && items_[i].heading ? -1 : i;
        y += h;
    }
    return -1;
}

void ListView::draw(sf::RenderTarget& t, const Theme& th,
                    const std::function<void(int, const sf::FloatRect&)>& row) const {
    {
        ClipScope clip(t, rect_);
        float y = rect_.top - scroll_;
        const float barRoom = contentHeight() > rect_.height ? th.px(10) : 0;
        for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
            const float h = items_[i].height * scale_;
            if (y + h >= rect_.top && y <= rect_.top + rect_.height)
                row(i, {rect_.left, y, rect_.width - barRoom, h});
            y += h;
        }
    }
    const float total = contentHeight();
    if (total > rect_.height + 1) {
        const float trackX = rect_.left + rect_.width - th.px(5);
        roundedRect(t, {trackX, rect_.top, th.px(4), rect_.height}, th.px(2), th.c.divider);
        const float thumbH = std::max(th.px(24), rect_.height * rect_.height / total);
        const float thumbY = rect_.top + (rect_.height - thumbH) * scroll_ / (total - rect_.height);
        roundedRect(t, {trackX, thumbY, th.px(4), thumbH}, th.px(2), th.c.textDisabled);
    }
}

} // namespace rc::ui
