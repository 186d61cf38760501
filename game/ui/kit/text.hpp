#pragma once
#include "game/ui/kit/font_set.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/String.hpp>
#include <string>
#include <vector>

namespace rc::ui {

class DrawnText;

/// How a run of text looks: face, character size in px and colour.
struct TextStyle {
    const sf::Font* font = nullptr; ///< never null when drawn
    unsigned size = 16;             ///< character size in px (already scaled)
    sf::Color color = sf::Color::Black;
    DrawnText* drawn = nullptr; ///< told what is drawn and cut (the theme's; null: nobody)
};

/// Horizontal alignment inside a box.
enum class Align { Left, Centre, Right };

/// UTF-8 (as in the content files) to an SFML string.
sf::String utf8(const std::string& s);

/// Width in px of a single line of text.
float measure(const TextStyle& st, const sf::String& s);

/// Break text into lines no wider than `width` (explicit '\n' always breaks; a word wider than
/// the line is cut at a character).
std::vector<sf::String> wrap(const TextStyle& st, const sf::String& s, float width);

/// Shorten a line with a trailing "…" so that it fits `width`. Drawn as it is, no tip can show the
/// rest: draw with drawLine's maxWidth instead (--layout-check reports a cut made here).
sf::String ellipsize(const TextStyle& st, const sf::String& s, float width);

/// Wrapped text limited to `maxLines` lines (0 = unlimited); the last kept line is ellipsized
/// when text was cut.
struct Paragraph {
    std::vector<sf::String> lines; ///< the lines to draw
    float lineHeight = 0;          ///< px between baselines
    bool truncated = false;        ///< true when text was cut to fit
    float height() const { return lineHeight * static_cast<float>(lines.size()); }
};
Paragraph layout(const TextStyle& st, const sf::String& s, float width, int maxLines = 0);

/// Draw one line vertically centred on `centreY`, starting at (or centred on / ending at) `x`.
/// The line is ellipsized to `maxWidth` if given (> 0), and then shows whole under the pointer
/// (the frame loop's tip). Returns the drawn width.
float drawLine(sf::RenderTarget& t, const TextStyle& st, const sf::String& s, float x,
               float centreY, Align align = Align::Left, float maxWidth = 0);

/// Draw a laid-out paragraph from `top`, lines aligned at `x`; when it was cut (truncated), its
/// last line, ending in "…", shows `full` (the text laid out) under the pointer (a tip).
void drawLines(sf::RenderTarget& t, const TextStyle& st, const Paragraph& p, const sf::String& full,
               float x, float top, Align align = Align::Left);

/// Draw wrapped text inside `box` from its top; lines that do not fit the box height are dropped
/// and the last visible line gets an ellipsis (and shows the whole text under the pointer).
/// Returns the height used.
float drawParagraph(sf::RenderTarget& t, const TextStyle& st, const sf::String& s,
                    const sf::FloatRect& box, Align align = Align::Left);

/// Convenience: a TextStyle from the theme's fonts.
TextStyle style(const FontSet& f, const Theme& th, TextSize size, Weight w, sf::Color c);

} // namespace rc::ui
