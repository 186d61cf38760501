#pragma once
// A line the kit shortened with "…" is shown whole in a tip while the pointer rests on it, in
// every scene: the frame loop records what the top scene drew (DrawnText) and draws the tip over
// the frame, as it draws the save banner.
#include "game/ui/kit/drawn_text.hpp"
#include "game/ui/kit/font_set.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <string>

namespace rc::ui {

class LineTip {
  public:
    /// What the top scene draws is recorded here (the theme's text styles report to it).
    DrawnText& drawn() { return drawn_; }
    /// The pointer moved to `p` (window px); true when the tip changed (the frame is redrawn).
    bool pointer(sf::Vector2f p);
    /// The pointer left the window, or the scene changed: no tip; true if one was shown.
    bool hide();
    /// After a whole redraw: the line under the pointer may have changed; true if the tip did.
    bool recheck() { return pointer(pointer_); }
    /// Draws the tip (if any) over everything, kept inside a window of `size`.
    void draw(sf::RenderTarget& t, const FontSet& fonts, const Theme& th, sf::Vector2f size) const;
    const std::string& text() const { return text_; }

  private:
    DrawnText drawn_;
    sf::Vector2f pointer_{-1, -1};
    std::string text_;    ///< the whole line (empty: no tip)
    sf::FloatRect under_; ///< the shortened line's ink
};

} // namespace rc::ui
