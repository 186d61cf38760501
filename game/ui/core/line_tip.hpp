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
    /// The pointer moved to `p` (window px) over what `drawn` holds; true when the tip changed
    /// (the frame is redrawn).
    bool pointer(sf::Vector2f p, const DrawnText& drawn);
    /// The pointer left the window, or the scene changed: no tip; true if one was shown.
    bool hide();
    /// After a redraw: the line under the pointer may have changed; true if the tip did.
    bool recheck(const DrawnText& drawn) { return pointer(pointer_, drawn); }
    /// Draws the tip (if any) over everything, kept inside a window of `size`. Returns its box
    /// (empty when none).
    sf::FloatRect draw(sf::RenderTarget& t, const FontSet& fonts, const Theme& th,
                       sf::Vector2f size) const;
    const std::string& text() const { return text_; }

  private:
    sf::Vector2f pointer_{-1, -1};
    std::string text_;    ///< the whole line (empty: no tip)
    sf::FloatRect under_; ///< the shortened line's ink
};

} // namespace rc::ui
