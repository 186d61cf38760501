#pragma once
// A vertical list with headings, keyboard focus, hover, mouse-wheel scrolling and clipping.
// Row heights are design pixels (scaled by the theme). The list keeps no text: the caller
// draws each visible row.
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <functional>
#include <vector>

namespace rc::ui {

struct ListItem {
    bool heading = false; ///< not focusable
    float height = 36;    ///< design px
};

class ListView {
  public:
    /// Replace the rows (keeps the focus index when it is still valid).
    void setItems(std::vector<ListItem> items);
    const std::vector<ListItem>& items() const { return items_; }
    void setRect(const sf::FloatRect& r, float scale);
    const sf::FloatRect& rect() const { return rect_; }

    int focused() const { return focus_; }
    /// Focus a row (headings are skipped forward); -1 clears. Scrolls it into view.
    void setFocused(int i);
    /// Move focus by ±1 to the next focusable row; false at the ends.
    bool move(int delta);
    /// Scroll by a number of wheel notches; true if the offset changed.
    bool wheel(float notches);
    /// The row under a point (-1 for none or a heading when `focusableOnly`).
    int hit(sf::Vector2f p, bool focusableOnly = true) const;
    /// Rect of row i on screen (before clipping).
    sf::FloatRect rowRect(int i) const;
    float contentHeight() const;
    float scroll() const { return scroll_; }
    void scrollToEnd();

    /// Draw the visible rows through `row(i, rect)`, clipped to the list, plus a scrollbar.
    void draw(sf::RenderTarget& t, const Theme& th,
              const std::function<void(int, const sf::FloatRect&)>& row) const;

  private:
    void clampScroll();
    void ensureVisible(int i);
    std::vector<ListItem> items_;
    sf::FloatRect rect_;
    float scale_ = 1, scroll_ = 0;
    int focus_ = -1;
};

} // namespace rc::ui
