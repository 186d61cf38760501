#pragma once
#include "game/ui/core/scene.hpp"

#include <memory>
#include <vector>

namespace rc::ui {

/// A thin stack of scenes. push/pop/replace are queued and applied after the frame's loop,
/// so a scene may replace itself from inside its own handler.
class SceneStack {
  public:
    void push(std::unique_ptr<Scene> s);
    void pop();
    void replace(std::unique_ptr<Scene> s); ///< pop then push
    void clear();
    /// Apply queued changes; new scenes get `layout(size)`. Returns true if anything changed.
    bool apply(sf::Vector2f size);

    bool empty() const { return scenes_.empty(); }
    Scene* top() const { return scenes_.empty() ? nullptr : scenes_.back().get(); }
    /// Scenes to draw this frame, bottom first (the top, plus those under overlays).
    std::vector<Scene*> visible() const;
    /// Call `layout` and invalidate on every scene (window resized or UI scale changed).
    void relayout(sf::Vector2f size);

  private:
    enum class Op { Push, Pop, Clear };
    struct Pending {
        Op op;
        std::unique_ptr<Scene> scene;
    };
    std::vector<std::unique_ptr<Scene>> scenes_;
    std::vector<Pending> pending_;
};

} // namespace rc::ui
