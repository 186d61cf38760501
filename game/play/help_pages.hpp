#pragma once
// What the help overlay (F1 or ?) says on each screen: the keys the screen answers to and what
// its parts mean. Text only, no SFML: the overlay (game/ui/scenes/help_scene) writes each key
// from the real bindings, so a rebinding or a new key cannot make the help lie.
#include "game/play/input.hpp"
#include "game/play/screen.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// One line of the Keys section: the inputs (written from the bindings, in this order) and what
/// they do on this screen.
struct HelpKey {
    std::vector<Input> inputs;
    std::string does;
};

/// One part of the screen and what it means.
struct HelpPart {
    std::string name;
    std::string meaning;
};

/// A screen's help: a title, a sentence of what the screen is for, its keys and its parts.
/// Where the text names the help's own key it writes `{help}` (kHelpKeyMark): the overlay puts
/// the bound key there, so the text never names a key the bindings do not have.
struct HelpPage {
    std::string title;
    std::string intro;
    std::vector<HelpKey> keys;
    std::vector<HelpPart> parts;
};

inline constexpr const char* kHelpKeyMark = "{help}";

/// The page of a screen.
HelpPage helpPage(Screen s);
/// The keys that work on every screen (help, fullscreen, UI scale, screenshot).
std::vector<HelpKey> globalHelpKeys();
/// A short stable name of a screen ("encounter"), for the overlay's screenshot name and stdout.
const char* screenName(Screen s);

} // namespace rc::play
