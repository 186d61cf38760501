#include "game/ui/core/bindings.hpp"

namespace rc::ui {

Bindings::Bindings() {
    using K = sf::Keyboard;
    bind(K::Up, false, false, Input::Up);
    bind(K::Down, false, false, Input::Down);
    bind(K::Left, false, false, Input::Left);
    bind(K::Right, false, false, Input::Right);
    bind(K::Tab, false, false, Input::Next);
    bind(K::Tab, false, true, Input::Prev);
    bind(K::Enter, false, false, Input::Activate);
    bind(K::Space, false, false, Input::Activate);
    bind(K::Escape, false, false, Input::Back);
    bind(K::Num1, false, false, Input::Tab1);
    bind(K::Num2, false, false, Input::Tab2);
    bind(K::Num3, false, false, Input::Tab3);
    bind(K::Num4, false, false, Input::Tab4);
    bind(K::Num5, false, false, Input::Tab5);
    for (bool shift : {false, true}) {
        bind(K::Equal, true, shift, Input::ScaleUp);
        bind(K::Add, true, shift, Input::ScaleUp);
        bind(K::Hyphen, true, shift, Input::ScaleDown);
        bind(K::Subtract, true, shift, Input::ScaleDown);
    }
    bind(K::Num0, true, false, Input::ScaleReset);
    bind(K::F12, false, false, Input::Screenshot);
    bind(K::Delete, false, false, Input::Remove);
    bind(K::F11, false, false, Input::Fullscreen);
    bindAlt(K::Enter, Input::Fullscreen);
}

void Bindings::bindAlt(sf::Keyboard::Key key, Input in) {
    alt_[static_cast<int>(key)] = in;
}

void Bindings::bind(sf::Keyboard::Key key, bool ctrl, bool shift, Input in) {
    table_[{static_cast<int>(key), ctrl, shift}] = in;
}

std::optional<Input> Bindings::map(const sf::Event::KeyEvent& e) const {
    if (e.alt)
        if (auto a = alt_.find(static_cast<int>(e.code)); a != alt_.end()) return a->second;
    auto it = table_.find({static_cast<int>(e.code), e.control, e.shift});
    if (it == table_.end()) return std::nullopt;
    return it->second;
}

} // namespace rc::ui
