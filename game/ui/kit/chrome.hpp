#pragma once
// Screen furniture shared by the game's scenes: the top bar with the patient and the ledger, the
// bottom bar, and the keyboard-shortcut caption.
#include "game/ui/kit/widgets.hpp"

#include <string>

namespace rc {
class Session;
}

namespace rc::ui {

/// A classroom challenge's countdown ("Case 1 of 3 · Time left 14:05"); `caution` in the last
/// minutes (the text then says so too). Empty: none.
struct Countdown {
    std::string text;
    bool caution = false;
};

/// Top bar: "Root Cause · <title>" on the left; with a session, the ledger (clock, money,
/// radiation) on the right, and before it the challenge's countdown, if any (the one the Context
/// holds). `reserveRight` px at the right are left to the scene (the debrief's score). Returns its
/// height.
float drawTopBar(const Painter& p, float width, const std::string& title, const rc::Session* s,
                 const Countdown* countdown = nullptr, float reserveRight = 0);
/// Width of the help hint (a keycap with the help's key, then "Help"); 0 when the theme names
/// no key.
float helpHintWidth(const Painter& p);
/// The help hint ending at `right`, centred on the line `cy`. Returns its width. The top bar
/// draws it when the title still fits whole beside it.
float drawHelpHint(const Painter& p, float right, float cy);
/// The bottom bar's background (white, hairline above). Returns its rect.
sf::FloatRect drawBottomBar(const Painter& p, sf::Vector2f size);
/// "Maria Costa, 52, Warehouse picker".
std::string patientLine(const rc::Session& s);
/// A caption of keyboard shortcuts, right-aligned at `right` on the line `cy`. Returns its width.
float drawShortcuts(const Painter& p, float right, float cy, const std::string& text, float maxW);
/// "ask" → the label of what an action names ("Where is the pain?", "Straight leg raise (right)").
std::string actionLabel(const rc::Session& s, const std::string& actionText);

} // namespace rc::ui
