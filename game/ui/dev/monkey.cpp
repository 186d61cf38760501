#include "game/ui/dev/monkey.hpp"

#include "game/ui/core/scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

#include <cstdio>

namespace rc::ui {

void Monkey::beforeUpdate() {
    const sf::Vector2u size = ctx_.window.getSize();
    const int count = 1 + static_cast<int>(pick(2));
    for (int k = 0; k < count; ++k) {
        sf::Event e{};
        const int x = static_cast<int>(pick(size.x)), y = static_cast<int>(pick(size.y));
        const unsigned kind = pick(100);
        if (kind < 40) {
            e.type = sf::Event::MouseMoved;
            e.mouseMove = {x, y};
        } else if (kind < 58) {
            e.type = sf::Event::MouseButtonPressed;
            e.mouseButton = {pick(10) == 0 ? sf::Mouse::Right : sf::Mouse::Left, x, y};
            inject(e);
            e.type = sf::Event::MouseButtonReleased;
        } else if (kind < 66) {
            e.type = sf::Event::MouseWheelScrolled;
            e.mouseWheelScroll = {sf::Mouse::VerticalWheel, pick(2) ? 1.0f : -1.0f, x, y};
        } else {
            static const sf::Keyboard::Key keys[] = {
                sf::Keyboard::Tab,      sf::Keyboard::Tab,    sf::Keyboard::Up,
                sf::Keyboard::Down,     sf::Keyboard::Left,   sf::Keyboard::Right,
                sf::Keyboard::Enter,    sf::Keyboard::Space,  sf::Keyboard::Escape,
                sf::Keyboard::Num1,     sf::Keyboard::Num2,   sf::Keyboard::Num3,
                sf::Keyboard::Num4,     sf::Keyboard::Add,    sf::Keyboard::Equal,
                sf::Keyboard::Subtract, sf::Keyboard::Hyphen, sf::Keyboard::BackSpace,
                sf::Keyboard::F1,       sf::Keyboard::Slash,  sf::Keyboard::PageUp,
                sf::Keyboard::PageDown, sf::Keyboard::Delete, sf::Keyboard::A,
                sf::Keyboard::Z};
            const unsigned n = sizeof keys / sizeof keys[0];
            sf::Keyboard::Key key = keys[pick(n)];
            if (key == sf::Keyboard::Z)
                key = static_cast<sf::Keyboard::Key>(sf::Keyboard::A + static_cast<int>(pick(26)));
            e.type = sf::Event::KeyPressed;
            e.key.code = key;
            // Shift+/ types '?', which opens the help outside a text field.
            e.key.shift = (key == sf::Keyboard::Tab && pick(2)) || key == sf::Keyboard::Slash;
            e.key.control = (key == sf::Keyboard::Add || key == sf::Keyboard::Equal ||
                             key == sf::Keyboard::Subtract || key == sf::Keyboard::Hyphen) &&
                            pick(3) == 0;
            // Never quit by itself: Esc (Back) on the title closes the game.
            const Scene* top = stack_.top();
            if (top && top->kind() == SceneKind::Title && ctx_.bindings.map(e.key) == Input::Back)
                continue;
            if (e.key.control && pick(4))
                continue; // scale changes: rarer (each relays out everything)
            inject(e);
            if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z) {
                e = sf::Event{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = static_cast<sf::Uint32>('a' + (key - sf::Keyboard::A));
            } else if (key == sf::Keyboard::BackSpace) {
                e = sf::Event{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = 8;
            } else if (key == sf::Keyboard::Slash) {
                e = sf::Event{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = '?';
            } else {
                continue;
            }
        }
        inject(e);
    }
}

void Monkey::afterApply() {
    if (!stack_.empty() || !ctx_.window.isOpen()) return;
    stack_.push(makeTitleScene(ctx_, stack_)); // a scene left the game: start again
    stack_.apply(sf::Vector2f(ctx_.window.getSize()));
}

bool Monkey::keepRunning() {
    ++frames_;
    const auto sec = static_cast<std::size_t>(clock_.getElapsedTime().asSeconds());
    if (framesPerSecond_.size() <= sec) framesPerSecond_.resize(sec + 1, 0);
    ++framesPerSecond_[sec];
    return clock_.getElapsedTime().asSeconds() < seconds_;
}

void Monkey::finished(int& status) {
    // Every whole second of the run produced frames.
    bool responsive = !framesPerSecond_.empty();
    const std::size_t whole = static_cast<std::size_t>(seconds_);
    for (std::size_t i = 0; i < whole; ++i)
        if (i >= framesPerSecond_.size() || framesPerSecond_[i] == 0) responsive = false;
    std::printf("monkey: %ld events, %ld frames, %ld scene changes, %s\n", events_, frames_,
                sceneChanges_, responsive ? "responsive" : "NOT responsive");
    std::fflush(stdout);
    if (!responsive) status = 1;
}

} // namespace rc::ui
