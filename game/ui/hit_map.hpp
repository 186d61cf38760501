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

  private:
    std::vector<Hit> hits_;
};

} // namespace rc::ui
