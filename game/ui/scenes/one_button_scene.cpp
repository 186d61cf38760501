#include "game/ui/scenes/one_button_scene.hpp"

#include "game/play/challenge_play.hpp"
#include "game/ui/scenes/challenge_flow.hpp"

namespace rc::ui {

bool OneButtonScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseMoved) {
        const bool h =
            button_.contains(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        if (h != hover_) hover_ = h, invalidate();
        return true;
    }
    if (e.type == sf::Event::MouseButtonPressed &&
        button_.contains(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)))
        press();
    return true;
}

void OneButtonScene::update(float dt) {
    age_ += dt;
    auto ch = challengeOf(ctx_);
    if (ch && !ch->autoplayDir.empty() && age_ > 0.5f) press();
}

} // namespace rc::ui
