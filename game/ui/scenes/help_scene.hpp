#pragma once
// The help overlay (F1, or ? outside a text field): the keys of the screen under it, written
// from the real bindings, and what the screen's parts mean (play/help_pages). Esc, F1, ?, Close
// or a click outside close it; a page longer than the window scrolls.
#include "game/play/help_pages.hpp"
#include "game/ui/core/scene.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rc::ui {

/// One row of the overlay's scrolling text.
struct HelpRow {
    enum class Kind { Intro, Heading, Key, Part, Note } kind = Kind::Intro;
    std::string left;  ///< Key: the keys ("Enter / Space"); Part: its name; Heading: the title
    std::string right; ///< Key: what they do; Part: what it means; Intro, Note: the text
};

/// The rows of a page: its intro, "Keys on this screen" (each key written from `b`; a row none
/// of whose inputs has a key is left out, never shown keyless), "Anywhere" (the global keys),
/// "What you see" and a closing note on how to scroll and close.
std::vector<HelpRow> helpRows(const play::HelpPage& page, const Bindings& b);

/// The keys of a help line as a player reads them: each input's chords from `b`, inputs joined
/// by ", " ("↑, ↓"); empty when none of them has a key.
std::string helpKeys(const play::HelpKey& k, const Bindings& b);

/// `text` with the help's key (its first chord, "F1") where the page wrote play::kHelpKeyMark.
std::string withHelpKey(std::string text, const Bindings& b);

/// The overlay over a scene of kind `under`. It says "help: <screen>" on stdout when opened and
/// "help: closed" when closed (the UI test reads both).
std::unique_ptr<Scene> makeHelpScene(Context& ctx, SceneStack& stack, SceneKind under);

} // namespace rc::ui
