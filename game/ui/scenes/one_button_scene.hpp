#pragma once
// The base of a challenge screen with one primary button (the intro, between cases): hover, click,
// Enter, and autoplay (--autoplay-dir) pressing it after half a second.
#include "game/ui/core/scene.hpp"

namespace rc::ui {

class OneButtonScene : public Scene {
  public:
    using Scene::Scene;
    bool event(const sf::Event& e) override;
    void update(float dt) override;

  protected:
    /// What the button (or Enter, or autoplay) does.
    virtual void press() = 0;
    sf::FloatRect button_;
    bool hover_ = false;

  private:
    float age_ = 0;
};

} // namespace rc::ui
