// The help overlay's keys come from the real bindings: every input a help page lists has a key
// in the default layout, a rebinding shows in the help, a key bound to nothing is left out (never
// shown keyless), and every kind of scene has its own page. No display needed.
#include "game/play/help_pages.hpp"
#include "game/ui/core/bindings.hpp"
#include "game/ui/scenes/help_scene.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace rc::ui;
using rc::play::HelpKey;
using rc::play::Screen;

namespace {
bool anyRow(const std::vector<HelpRow>& rows, HelpRow::Kind kind, const std::string& text) {
    return std::any_of(rows.begin(), rows.end(), [&](const HelpRow& r) {
        return r.kind == kind &&
               (r.left.find(text) != std::string::npos || r.right.find(text) != std::string::npos);
    });
}
} // namespace

TEST_CASE("help: every key a help page lists has a key in the default bindings") {
    const Bindings b;
    std::vector<HelpKey> all = rc::play::globalHelpKeys();
    for (int i = 0; i < rc::play::kScreenCount; ++i) {
        const auto page = rc::play::helpPage(static_cast<Screen>(i));
        all.insert(all.end(), page.keys.begin(), page.keys.end());
    }
    for (const HelpKey& k : all)
        for (const Input in : k.inputs) {
            INFO("input " << static_cast<int>(in) << " (" << k.does << ")");
            CHECK_FALSE(b.keysFor(in).empty());
        }
}

TEST_CASE("help: the default keys as a player reads them") {
    const Bindings b;
    CHECK(b.keysFor(Input::Activate) == "Enter / Space");
    CHECK(b.keysFor(Input::Prev) == "Shift+Tab");
    CHECK(b.keysFor(Input::Fullscreen) == "F11 / Alt+Enter");
    CHECK(b.keysFor(Input::ScaleUp) == "Ctrl+= / Ctrl+Keypad +"); // Shift changes nothing
    CHECK(b.keysFor(Input::ScaleReset) == "Ctrl+0");
    CHECK(b.keysFor(Input::Help) == "F1");
    CHECK(b.keysFor(Input::Up) == "\u2191");
    CHECK(b.keysFor(Input::PageDown) == "PgDn");
    CHECK(helpKeys({{Input::Up, Input::Down}, ""}, b) == "\u2191, \u2193");
}

TEST_CASE("help: a rebound key shows in the help and a key bound to nothing is left out") {
    Bindings b;
    b.bind(sf::Keyboard::F2, false, false, Input::Help);
    CHECK(b.keysFor(Input::Help) == "F1 / F2");
    b.bind(sf::Keyboard::F1, false, false, Input::Screenshot); // F1 no longer opens the help
    CHECK(b.keysFor(Input::Help) == "F2");
    const auto rows = helpRows(rc::play::helpPage(Screen::Encounter), b);
    CHECK(anyRow(rows, HelpRow::Kind::Key, "F2"));
    CHECK(anyRow(rows, HelpRow::Kind::Part, "F2 still opens")); // the {help} mark
    CHECK_FALSE(anyRow(rows, HelpRow::Kind::Part, "{help}"));
    // Delete cancels an order; bound elsewhere, its line goes rather than show no key.
    CHECK(anyRow(rows, HelpRow::Kind::Key, "cancel the focused order"));
    b.bind(sf::Keyboard::Delete, false, false, Input::Up);
    CHECK(b.keysFor(Input::Remove).empty());
    CHECK_FALSE(anyRow(helpRows(rc::play::helpPage(Screen::Encounter), b), HelpRow::Kind::Key,
                       "cancel the focused order"));
}

TEST_CASE("help: a page's rows hold its keys, the keys that work everywhere and its parts") {
    const Bindings b;
    const auto page = rc::play::helpPage(Screen::Debrief);
    const auto rows = helpRows(page, b);
    std::size_t keys = 0, parts = 0, headings = 0;
    for (const HelpRow& r : rows) {
        keys += r.kind == HelpRow::Kind::Key;
        parts += r.kind == HelpRow::Kind::Part;
        headings += r.kind == HelpRow::Kind::Heading;
        CHECK(r.left.find("{help}") == std::string::npos);
        CHECK(r.right.find("{help}") == std::string::npos);
    }
    CHECK(keys == page.keys.size() + rc::play::globalHelpKeys().size());
    CHECK(parts == page.parts.size());
    CHECK(headings == 3u);
    CHECK(anyRow(rows, HelpRow::Kind::Key, "1, 2, 3, 4, 5"));
    CHECK(anyRow(rows, HelpRow::Kind::Note, "Esc")); // how to close, from the bindings
}
