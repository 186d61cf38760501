#pragma once
// A text field on screen: a TextEdit drawn in a box, wrapped when multi-line, with its
// selection, a caret when focused, a placeholder when empty, a scrollbar when the text is taller
// than the box (the mouse wheel scrolls it; typing keeps the caret in view), and clicks that put
// the caret where they land (Shift+click selects).
#include "game/ui/kit/text_edit.hpp"
#include "game/ui/kit/widgets.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <string>

namespace rc::ui {

class TextArea {
  public:
    TextArea(std::size_t maxChars, std::size_t maxBytes, bool multiline)
        : edit_(maxChars, maxBytes, multiline) {}

    TextEdit& edit() { return edit_; }
    const TextEdit& edit() const { return edit_; }

    /// Draws the text (no frame: the caller draws the box) inside `box`.
    void draw(const Painter& p, const sf::FloatRect& box, const TextStyle& st, bool focused,
              const std::string& placeholder);
    /// The lines as last drawn: [start, end) of the text per line.
    const std::vector<std::pair<std::size_t, std::size_t>>& lines() const { return lines_; }
    /// The box it was last drawn in.
    const sf::FloatRect& box() const { return box_; }
    /// Puts the caret at a point of the box (from the last drawing); false if outside it.
    bool click(sf::Vector2f at, bool extend);
    /// Scrolls by wheel notches; true if the view moved.
    bool wheel(float notches);

  private:
    void wrapText(const TextStyle& st, float width);
    TextEdit edit_;
    sf::FloatRect box_;
    TextStyle style_;
    std::vector<std::pair<std::size_t, std::size_t>> lines_;
    float lineH_ = 20, scroll_ = 0;
    std::size_t followed_ = static_cast<std::size_t>(-1); ///< caret last kept in view
};

} // namespace rc::ui
