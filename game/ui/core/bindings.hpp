#pragma once
#include <SFML/Window/Event.hpp>
#include <map>
#include <optional>
#include <tuple>

namespace rc::ui {

/// Abstract inputs scenes respond to; keys map to them through Bindings (rebindable).
enum class Input {
    Up,
    Down,
    Left,
    Right, ///< arrows: move within a list or grid
    Next,
    Prev,     ///< Tab / Shift-Tab: move between regions
    Activate, ///< Enter / Space: choose
    Back,     ///< Esc
    Tab1,
    Tab2,
    Tab3,
    Tab4,
    Tab5, ///< 1–5: switch tabs
    ScaleUp,
    ScaleDown,
    ScaleReset, ///< Ctrl+= / Ctrl+- / Ctrl+0
    Screenshot, ///< F12
    Remove,     ///< Delete: withdraw the focused item (cancel a pending order)
    Fullscreen, ///< F11 or Alt+Enter: fullscreen on or off (never Enter's Activate)
};

/// Key (with Ctrl/Shift state) → Input table.
class Bindings {
  public:
    /// The default keyboard layout (UI.md §Keyboard).
    Bindings();
    /// Bind a key with modifiers to an input (replacing any previous binding).
    void bind(sf::Keyboard::Key key, bool ctrl, bool shift, Input in);
    /// Bind a key pressed with Alt (Alt+Enter); other keys map alike with or without Alt.
    void bindAlt(sf::Keyboard::Key key, Input in);
    /// The input a key press maps to, if any.
    std::optional<Input> map(const sf::Event::KeyEvent& e) const;

  private:
    std::map<std::tuple<int, bool, bool>, Input> table_;
    std::map<int, Input> alt_; ///< keys whose meaning changes with Alt
};

} // namespace rc::ui
