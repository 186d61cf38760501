#include "game/ui/core/bindings.hpp"

#include <algorithm>

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
    bind(K::F1, false, false, Input::Help);
    bind(K::PageUp, false, false, Input::PageUp);
    bind(K::PageDown, false, false, Input::PageDown);
    bind(K::N, false, false, Input::Neck);
    bind(K::D, false, false, Input::Ankle);
    bind(K::M, false, false, Input::Mode);
    bind(K::W, false, false, Input::WhatIf);
}

void Bindings::bindAlt(sf::Keyboard::Key key, Input in) {
    alt_[static_cast<int>(key)] = in;
    order_.push_back({key, false, false, true});
}

void Bindings::bind(sf::Keyboard::Key key, bool ctrl, bool shift, Input in) {
    table_[{static_cast<int>(key), ctrl, shift}] = in;
    order_.push_back({key, ctrl, shift, false});
}

std::vector<Chord> Bindings::chordsFor(Input in) const {
    std::vector<Chord> out;
    auto maps = [this](const Chord& c) -> std::optional<Input> {
        if (c.alt) {
            const auto a = alt_.find(static_cast<int>(c.key));
            return a == alt_.end() ? std::nullopt : std::optional<Input>(a->second);
        }
        const auto it = table_.find({static_cast<int>(c.key), c.ctrl, c.shift});
        return it == table_.end() ? std::nullopt : std::optional<Input>(it->second);
    };
    for (const Chord& c : order_) {
        // Rebound since; or the same chord without Shift does the same (Shift changes nothing).
        if (maps(c) != in) continue;
        if (c.shift && maps({c.key, c.ctrl, false, false}) == in) continue;
        const bool seen = std::any_of(out.begin(), out.end(), [&c](const Chord& o) {
            return o.key == c.key && o.ctrl == c.ctrl && o.shift == c.shift && o.alt == c.alt;
        });
        if (!seen) out.push_back(c);
    }
    return out;
}

std::string Bindings::keysFor(Input in) const {
    std::string s;
    for (const Chord& c : chordsFor(in))
        s += (s.empty() ? "" : " / ") + chordName(c);
    return s;
}

std::string keyName(sf::Keyboard::Key key) {
    using K = sf::Keyboard;
    if (key >= K::A && key <= K::Z) return std::string(1, static_cast<char>('A' + (key - K::A)));
    if (key >= K::Num0 && key <= K::Num9)
        return std::string(1, static_cast<char>('0' + (key - K::Num0)));
    if (key >= K::Numpad0 && key <= K::Numpad9)
        return "Keypad " + std::string(1, static_cast<char>('0' + (key - K::Numpad0)));
    if (key >= K::F1 && key <= K::F15) return "F" + std::to_string(key - K::F1 + 1);
    switch (key) {
    case K::Up:
        return "\u2191";
    case K::Down:
        return "\u2193";
    case K::Left:
        return "\u2190";
    case K::Right:
        return "\u2192";
    case K::Tab:
        return "Tab";
    case K::Enter:
        return "Enter";
    case K::Space:
        return "Space";
    case K::Escape:
        return "Esc";
    case K::BackSpace:
        return "Backspace";
    case K::Delete:
        return "Delete";
    case K::Insert:
        return "Insert";
    case K::Home:
        return "Home";
    case K::End:
        return "End";
    case K::PageUp:
        return "PgUp";
    case K::PageDown:
        return "PgDn";
    case K::Equal:
        return "=";
    case K::Hyphen:
        return "\u2212";
    case K::Add:
        return "Keypad +";
    case K::Subtract:
        return "Keypad \u2212";
    case K::Slash:
        return "/";
    case K::Comma:
        return ",";
    case K::Period:
        return ".";
    default:
        return "key " + std::to_string(static_cast<int>(key));
    }
}

std::string chordName(const Chord& c) {
    return std::string(c.ctrl ? "Ctrl+" : "") + (c.alt ? "Alt+" : "") + (c.shift ? "Shift+" : "") +
           keyName(c.key);
}

std::optional<Input> Bindings::map(const sf::Event::KeyEvent& e) const {
    if (e.alt)
        if (auto a = alt_.find(static_cast<int>(e.code)); a != alt_.end()) return a->second;
    auto it = table_.find({static_cast<int>(e.code), e.control, e.shift});
    if (it == table_.end()) return std::nullopt;
    return it->second;
}

} // namespace rc::ui
