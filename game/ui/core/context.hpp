#pragma once
#include "game/play/autoplay.hpp"
#include "game/ui/core/bindings.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/font_set.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <functional>
#include <string>

namespace rc {
struct Content;
}
namespace rc::play {
struct Game;
}

namespace rc::ui {

class Runner;
class SoundBank;

/// What the player chose on the command line or in settings.
struct Settings {
    std::string player = "Student"; ///< --player
    std::string mode = "practice";  ///< practice (feedback as you go) or exam
    std::string screenshotDir;      ///< --screenshot-dir: PNG of each scene when first shown
    std::string autoplayFile;       ///< --autoplay: action log to drive the UI
    float autoplayPace = play::kDefaultAutoplayPace; ///< seconds between autoplayed actions
    bool exitAfterDebrief = false;                   ///< --exit-after-debrief
    std::string whatIf; ///< --what-if N:ALTERNATIVE: branch the debrief (cleared once used)
    bool bench = false;                              ///< --bench: print frame times
    bool watch = false; ///< --watch: reload the case file when it changes
    bool mute = false;  ///< --mute: no sound at all, no sound object created
    bool loopbackOnly =
        false; ///< live classes stay on this machine (--monkey, ROOTCAUSE_LOOPBACK_ONLY=1)
};

/// Shared services handed to every scene (no singletons).
struct Context {
    sf::RenderWindow& window;             ///< the one window
    const FontSet& fonts;                 ///< loaded fonts
    Theme& theme;                         ///< tokens, scale and accessibility switches
    Bindings& bindings;                   ///< key → input table
    Settings& settings;                   ///< options
    const rc::Content* content = nullptr; ///< loaded content (null in the gallery)
    Runner* runner = nullptr;             ///< the frame loop (screenshots, quit)
    play::Game* game = nullptr; ///< profile, play in progress, autoplay (null in the gallery)
    std::function<void(float)> onFrame =
        {};                   ///< every frame before the top scene's update (a challenge's clock)
    Countdown countdown = {}; ///< a classroom challenge's countdown for the top bar (empty: none)
    SoundBank* sounds = nullptr; ///< the cues' sounds (null: --mute or none found; silent)
};

} // namespace rc::ui
