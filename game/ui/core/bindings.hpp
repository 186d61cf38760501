#pragma once
#include "game/play/input.hpp"

#include <SFML/Window/Event.hpp>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace rc::ui {

/// Abstract inputs scenes respond to (game/play/input.hpp, so the play layer can name them).
using Input = play::Input;

/// A key press with its modifiers, as bound.
struct Chord {
    sf::Keyboard::Key key = sf::Keyboard::Unknown;
    bool ctrl = false, shift = false, alt = false;
};

/// How a key is written for a player ("Enter", "F1", "↑", "Ctrl+0").
std::string keyName(sf::Keyboard::Key key);
std::string chordName(const Chord& c);

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
    /// Every chord that maps to `in` now, in the order bound (a rebinding shows; a chord that
    /// differs from another only by Shift is left out). The help overlay writes its keys from it.
    std::vector<Chord> chordsFor(Input in) const;
    /// The chords of `in` as a player reads them, joined by " / " ("Enter / Space"); empty when
    /// no key maps to it.
    std::string keysFor(Input in) const;

  private:
    std::map<std::tuple<int, bool, bool>, Input> table_;
    std::map<int, Input> alt_; ///< keys whose meaning changes with Alt
    std::vector<Chord> order_; ///< every chord in the order bound (for chordsFor)
};

} // namespace rc::ui
