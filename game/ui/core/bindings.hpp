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
    Tab4, ///< 1–4: switch tabs
    ScaleUp,
    ScaleDown,
    ScaleReset, ///< Ctrl+= / Ctrl+- / Ctrl+0
    Screenshot, ///< F12
    Remove,     ///< Delete: withdraw the focused item (cancel a pending order)
};

/// Key (with Ctrl/Shift state) → Input table.
class Bindings {
  public:
    /// The default keyboard layout (UI.md §Keyboard).
    Bindings();
    /// Bind a key with modifiers to an input (replacing any previous binding).
    void bind(sf::Keyboard::Key key, bool ctrl, bool shift, Input in);
    /// The input a key press maps to, if any.
    std::optional<Input> map(const sf::Event::KeyEvent& e) const;

  private:
    std::map<std::tuple<int, bool, bool>, Input> table_;
};

} // namespace rc::ui
