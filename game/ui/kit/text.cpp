#include "game/ui/kit/text.hpp"

#include "game/ui/kit/drawn_text.hpp"

#include <SFML/Graphics/Text.hpp>
#include <SFML/OpenGL.hpp>
#include <cmath>

namespace rc::ui {

namespace {

/// Turns the scissor test off while glyphs are loaded. SFML grows a font's glyph page by
/// copying the old page into a larger one with a framebuffer blit, and the scissor test clips
/// blits: a glyph first loaded during a partial repaint (scissor on, see the runner) kept only
/// the repainted part of the old page, and every other glyph of that font and size went blank
/// for the rest of the run. Every glyph is loaded here (measuring comes before drawing).
class ScissorOff {
  public:
    ScissorOff() : was_(glIsEnabled(GL_SCISSOR_TEST) == GL_TRUE) {
        if (was_) glDisable(GL_SCISSOR_TEST);
    }
    ~ScissorOff() {
        if (was_) glEnable(GL_SCISSOR_TEST);
    }
    ScissorOff(const ScissorOff&) = delete;
    ScissorOff& operator=(const ScissorOff&) = delete;

  private:
    bool was_;
};

} // namespace

sf::String utf8(const std::string& s) {
    return sf::String::fromUtf8(s.begin(), s.end());
}

float measure(const TextStyle& st, const sf::String& s) {
    const ScissorOff glyphsLoadWhole;
    float w = 0;
    sf::Uint32 prev = 0;
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        const sf::Uint32 c = s[i];
        if (prev) w += st.font->getKerning(prev, c, st.size);
        w += st.font->getGlyph(c, st.size, false).advance;
        prev = c;
    }
    return w;
}

namespace {

bool isSpace(sf::Uint32 c) {
    return c == ' ' || c == '\t';
}

/// Wrap one paragraph with no '\n'.
void wrapLine(const TextStyle& st, const sf::String& s, float width, std::vector<sf::String>& out) {
    sf::String line;
    std::size_t i = 0;
    const std::size_t n = s.getSize();
    while (i < n) {
        // Next word (with its leading spaces folded into a single separator).
        while (i < n && isSpace(s[i]))
            ++i;
        std::size_t j = i;
        while (j < n && !isSpace(s[j]))
            ++j;
        if (i >= n) break;
        sf::String word = s.substring(i, j - i);
        sf::String candidate = line.isEmpty() ? word : line + " " + word;
        if (measure(st, candidate) <= width) {
            line = candidate;
        } else if (!line.isEmpty() && measure(st, word) <= width) {
            out.push_back(line);
            line = word;
        } else {
            // A word longer than the line: cut it at characters.
            if (!line.isEmpty()) {
                out.push_back(line);
                line.clear();
            }
            sf::String piece;
            for (std::size_t k = 0; k < word.getSize(); ++k) {
                sf::String next = piece + word[k];
                if (!piece.isEmpty() && measure(st, next) > width) {
                    out.push_back(piece);
                    piece = sf::String(word[k]);
                } else {
                    piece = next;
                }
            }
            line = piece;
        }
        i = j;
    }
    out.push_back(line);
}

} // namespace

std::vector<sf::String> wrap(const TextStyle& st, const sf::String& s, float width) {
    std::vector<sf::String> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.getSize(); ++i) {
        if (i == s.getSize() || s[i] == '\n') {
            wrapLine(st, s.substring(start, i - start), width, out);
            start = i + 1;
        }
    }
    return out;
}

namespace {

sf::String ellipsizeQuietly(const TextStyle& st, const sf::String& s, float width) {
    // One pass over the string: the width of every prefix, then the longest prefix (not
    // ending in a space) that leaves room for the ellipsis. Re-measuring the whole string per
    // dropped character made long lists spend most of a frame here.
    const ScissorOff glyphsLoadWhole;
    const std::size_t n = s.getSize();
    std::vector<float> prefix(n + 1, 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
        const float kern = i ? st.font->getKerning(s[i - 1], s[i], st.size) : 0.0f;
        prefix[i + 1] = prefix[i] + kern + st.font->getGlyph(s[i], st.size, false).advance;
    }
    if (prefix[n] <= width) return s;
    const sf::Uint32 dots = 0x2026;
    const float dotsWidth = st.font->getGlyph(dots, st.size, false).advance;
    for (std::size_t k = n; k-- > 1;) {
        if (isSpace(s[k - 1])) continue; // no dangling space before the ellipsis
        if (prefix[k] + st.font->getKerning(s[k - 1], dots, st.size) + dotsWidth <= width)
            return s.substring(0, k) + sf::String(dots);
    }
    return dotsWidth <= width ? sf::String(dots) : sf::String();
}

} // namespace

sf::String ellipsize(const TextStyle& st, const sf::String& s, float width) {
    sf::String out = ellipsizeQuietly(st, s, width);
    if (st.drawn && out != s) st.drawn->cut(s);
    return out;
}

Paragraph layout(const TextStyle& st, const sf::String& s, float width, int maxLines) {
    Paragraph p;
    p.lineHeight = Theme::lineHeight(st.size);
    p.lines = wrap(st, s, width);
    if (maxLines > 0 && static_cast<int>(p.lines.size()) > maxLines) {
        p.lines.resize(static_cast<std::size_t>(maxLines));
        p.truncated = true;
        sf::String& last = p.lines.back();
        last = ellipsizeQuietly(st, last + sf::String(sf::Uint32(0x2026)), width);
    }
    return p;
}

namespace {

/// drawLine, telling the theme's DrawnText the whole text (`full`) when `shown` is shortened.
float drawShown(sf::RenderTarget& t, const TextStyle& st, const sf::String& shown, float x,
                float centreY, Align align, const sf::String* full) {
    const float w = measure(st, shown);
    if (align == Align::Centre) x -= w / 2;
    if (align == Align::Right) x -= w;
    sf::Text text(shown, *st.font, st.size);
    text.setFillColor(st.color);
    // SFML puts the baseline about one character size below the position; centre the cap height.
    text.setPosition(std::round(x), std::round(centreY - 0.64f * static_cast<float>(st.size)));
    t.draw(text);
    if (st.drawn) st.drawn->drew(t, text.getGlobalBounds(), shown, full);
    return w;
}

} // namespace

float drawLine(sf::RenderTarget& t, const TextStyle& st, const sf::String& s, float x,
               float centreY, Align align, float maxWidth) {
    const sf::String shown = maxWidth > 0 ? ellipsizeQuietly(st, s, maxWidth) : s;
    return drawShown(t, st, shown, x, centreY, align, shown != s ? &s : nullptr);
}

void drawLines(sf::RenderTarget& t, const TextStyle& st, const Paragraph& p, const sf::String& full,
               float x, float top, Align align) {
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        const bool last = i + 1 == p.lines.size();
        drawShown(t, st, p.lines[i], x, top + p.lineHeight * (static_cast<float>(i) + 0.5f), align,
                  last && p.truncated ? &full : nullptr);
    }
}

float drawParagraph(sf::RenderTarget& t, const TextStyle& st, const sf::String& s,
                    const sf::FloatRect& box, Align align) {
    const float lh = Theme::lineHeight(st.size);
    const int fit = std::max(1, static_cast<int>(std::floor((box.height + 0.5f) / lh)));
    // A box too low for one line still gets one (cut, with its tip), drawn past the box's foot.
    if (st.drawn && box.height + 0.5f < lh) st.drawn->overflow(s);
    const Paragraph p = layout(st, s, box.width, fit);
    const float x = align == Align::Left    ? box.left
                    : align == Align::Right ? box.left + box.width
                                            : box.left + box.width / 2;
    drawLines(t, st, p, s, x, box.top, align);
    return p.height();
}

TextStyle style(const FontSet& f, const Theme& th, TextSize size, Weight w, sf::Color c) {
    return TextStyle{&f.get(w), th.size(size), c, th.drawn};
}

} // namespace rc::ui
