#pragma once
// Clickable areas recorded while a scene draws its static layer, looked up on mouse events.
#include <SFML/Graphics/Rect.hpp>
#include <vector>

namespace rc::ui {

struct Hit {
    sf::FloatRect rect;
    int id = 0;  ///< what it is (scene-defined)
    int sub = 0; ///< which one (row index, side...)
};

class HitMap {
  public:
    void clear() { hits_.clear(); }
    void add(const sf::FloatRect& r, int id, int sub = 0) { hits_.push_back({r, id, sub}); }
    /// The last added area containing the point (drawn on top), or null.
    const Hit* at(sf::Vector2f p) const {
        for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)
            if (it->rect.contains(p)) return &*it;
        return nullptr;
    }
    /// The area last drawn for control `id`/`sub`, or null (not on the screen now).
    const Hit* find(int id, int sub) const {
        for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)
            if (it->id == id && it->sub == sub) return &*it;
        return nullptr;
    }

  private:
    std::vector<Hit> hits_;
};

/// Follows the control under the mouse. When it changes, `repaint` receives the old and the
/// new control's rectangle grown by `margin`, so only they are redrawn; returns true then.
/// `key` identifies the hovered control as id * keyScale + sub (-1: none).
template <class Repaint>
bool trackHover(const HitMap& hits, sf::Vector2f mouse, int keyScale, float margin, int& key,
                sf::FloatRect& rect, Repaint&& repaint) {
    const Hit* h = hits.at(mouse);
    const int now = h ? h->id * keyScale + h->sub : -1;
    if (now == key) return false;
    key = now;
    auto grow = [margin](const sf::FloatRect& r) {
        return sf::FloatRect(r.left - margin, r.top - margin, r.width + 2 * margin,
                             r.height + 2 * margin);
    };
    repaint(grow(rect));
    if (h) repaint(grow(h->rect));
    rect = h ? h->rect : sf::FloatRect();
    return true;
}

} // namespace rc::ui
