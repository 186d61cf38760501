#include "game/ui/kit/drawn_text.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

namespace {

std::string utf8Of(const sf::String& s) {
    const auto bytes = s.toUtf8();
    return std::string(bytes.begin(), bytes.end());
}

/// The text quoted for a problem line: whole up to 80 characters, then cut (the message's own
/// cut, marked "[…]" so it is not taken for the game's).
std::string quoted(const std::string& s) {
    std::string q;
    std::size_t chars = 0, i = 0;
    for (; i < s.size() && chars < 80; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) ++chars;
        q += c == '\n' ? ' ' : s[i];
    }
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        q += s[i++];
    return "\"" + q + (i < s.size() ? "[…]" : "") + "\"";
}

std::string rect(const sf::FloatRect& r) {
    auto n = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
    return n(r.left) + "," + n(r.top) + " " + n(r.width) + "x" + n(r.height);
}

} // namespace

void DrawnText::begin() {
    lines_.clear();
    cuts_.clear();
    overflows_.clear();
}

void DrawnText::drew(const sf::RenderTarget& t, const sf::FloatRect& bounds,
                     const sf::String& shown, const sf::String* full) {
    if (!recording_ || shown.isEmpty()) return;
    // Target coordinates to pixels through the view in use; a viewport smaller than the target
    // clips (a scrolled list): what it hides is scrolled away, not lost.
    const sf::Vector2i a = t.mapCoordsToPixel({bounds.left, bounds.top});
    const sf::Vector2i b =
        t.mapCoordsToPixel({bounds.left + bounds.width, bounds.top + bounds.height});
    sf::FloatRect box(
        static_cast<float>(std::min(a.x, b.x)), static_cast<float>(std::min(a.y, b.y)),
        static_cast<float>(std::abs(b.x - a.x)), static_cast<float>(std::abs(b.y - a.y)));
    const sf::IntRect vp = t.getViewport(t.getView());
    const sf::Vector2u size = t.getSize();
    if (vp.left > 0 || vp.top > 0 || vp.width < static_cast<int>(size.x) ||
        vp.height < static_cast<int>(size.y)) {
        sf::FloatRect seen;
        if (!box.intersects(sf::FloatRect(vp), seen)) return; // scrolled out of sight
        box = seen;
    }
    lines_.push_back({box, utf8Of(shown), full ? utf8Of(*full) : std::string(), floating_ > 0});
}

void DrawnText::cut(const sf::String& full) {
    if (!recording_) return;
    cuts_.push_back(utf8Of(full));
}

void DrawnText::overflow(const sf::String& full) {
    if (!recording_) return;
    overflows_.push_back(utf8Of(full));
}

const DrawnText::Line* DrawnText::shortenedAt(sf::Vector2f p) const {
    for (auto it = lines_.rbegin(); it != lines_.rend(); ++it) {
        if (it->full.empty()) continue;
        // The ink of a short word is low: the whole line's height answers the pointer.
        const float grow = std::max(2.0f, (24.0f - it->box.height) / 2);
        const sf::FloatRect r(it->box.left - 2, it->box.top - grow, it->box.width + 4,
                              it->box.height + 2 * grow);
        if (r.contains(p)) return &*it;
    }
    return nullptr;
}

std::vector<std::string> DrawnText::problems(sf::Vector2f window) const {
    std::vector<std::string> out;
    for (const std::string& c : cuts_)
        out.push_back("text cut with no way to read the rest: " + quoted(c));
    for (const std::string& c : overflows_)
        out.push_back("a paragraph given no room for a line, drawn past its box: " + quoted(c));
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& l = lines_[i];
        const sf::FloatRect& r = l.box;
        if (r.left < -0.5f || r.top < -0.5f || r.left + r.width > window.x + 0.5f ||
            r.top + r.height > window.y + 0.5f)
            out.push_back("text off the window at " + rect(r) + ": " + quoted(l.text));
        if (l.floating) continue;
        for (std::size_t j = i + 1; j < lines_.size(); ++j) {
            const Line& m = lines_[j];
            if (m.floating || m.text == l.text) continue; // the same words twice: a shadow
            sf::FloatRect both;
            if (!r.intersects(m.box, both) || both.width <= 1.0f || both.height <= 1.0f) continue;
            out.push_back("texts overlap at " + rect(both) + ": " + quoted(l.text) + " and " +
                          quoted(m.text));
        }
    }
    return out;
}

} // namespace rc::ui
