// The text field's editing (the title's name, the case notes): typing, Backspace and Delete,
// Enter for a new line, arrows with Shift and Ctrl, Home / End, Ctrl+A, copy, cut and paste,
// the limits and the characters it refuses. Events only, no window.
#include "game/ui/kit/text_edit.hpp"

#include <doctest/doctest.h>

using namespace rc::ui;
using R = TextEdit::Result;

namespace {
sf::Event key(sf::Keyboard::Key k, bool ctrl = false, bool shift = false) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = k;
    e.key.control = ctrl;
    e.key.shift = shift;
    return e;
}
sf::Event text(sf::Uint32 c) {
    sf::Event e{};
    e.type = sf::Event::TextEntered;
    e.text.unicode = c;
    return e;
}
/// Types `s` as a keyboard would: characters as text, a line feed as the Enter key.
void type(TextEdit& t, const std::string& s) {
    for (const sf::Uint32 c : sf::String::fromUtf8(s.begin(), s.end()))
        t.handle(c == '\n' ? key(sf::Keyboard::Enter) : text(c));
}
/// A clipboard in memory (the tests have no display).
struct FakeClipboard {
    sf::String held;
    ClipboardAccess access() {
        return {[this] { return held; }, [this](const sf::String& s) { held = s; }};
    }
};
} // namespace

TEST_CASE("typing, Backspace, Delete and Enter edit at the caret") {
    TextEdit t(1000, 4000, true);
    type(t, "knee pain");
    CHECK(t.str() == "knee pain");
    CHECK(t.handle(key(sf::Keyboard::BackSpace)) == R::Edited);
    CHECK(t.str() == "knee pai");
    CHECK(t.handle(key(sf::Keyboard::Enter)) == R::Edited);
    type(t, "L3?");
    CHECK(t.str() == "knee pai\nL3?");
    t.handle(key(sf::Keyboard::Home));
    CHECK(t.caret() == 9);
    t.handle(key(sf::Keyboard::Delete));
    CHECK(t.str() == "knee pai\n3?");
    // Ctrl+Backspace takes the word before the caret.
    t.handle(key(sf::Keyboard::End, true));
    t.handle(key(sf::Keyboard::BackSpace, true));
    CHECK(t.str() == "knee pai\n");
    // Control characters typed (Ctrl+A's 0x01, Enter's CR, Tab) are not text.
    CHECK(t.handle(text(1)) == R::Ignored);
    CHECK(t.handle(text('\r')) == R::Ignored);
    CHECK(t.handle(text('\t')) == R::Ignored);
    CHECK(t.str() == "knee pai\n");
}

TEST_CASE("arrows move by character, Ctrl by word, Shift selects, Up and Down by line") {
    TextEdit t(1000, 4000, true);
    type(t, "one two\nthree");
    t.handle(key(sf::Keyboard::Up));
    CHECK(t.caret() == 5); // column 5 of "one two"
    t.handle(key(sf::Keyboard::Left, true));
    CHECK(t.caret() == 4);
    t.handle(key(sf::Keyboard::Right, false, true));
    t.handle(key(sf::Keyboard::Right, false, true));
    CHECK(t.hasSelection());
    CHECK(t.selection().first == 4);
    CHECK(t.selection().second == 6);
    // A plain arrow collapses the selection at its end.
    t.handle(key(sf::Keyboard::Right));
    CHECK_FALSE(t.hasSelection());
    CHECK(t.caret() == 6);
    t.handle(key(sf::Keyboard::Down));
    CHECK(t.caret() == 13); // column 6 of "three" is past its end
    t.handle(key(sf::Keyboard::Down));
    CHECK(t.caret() == 13); // the last line: to the end
    t.handle(key(sf::Keyboard::Up));
    CHECK(t.caret() == 5);
    // Typing over a selection replaces it.
    t.handle(key(sf::Keyboard::Home, false, true));
    type(t, "3");
    CHECK(t.str() == "3wo\nthree");
}

TEST_CASE("Ctrl+A selects all, Ctrl+C copies, Ctrl+X cuts, Ctrl+V pastes cleaned text") {
    FakeClipboard clip;
    TextEdit t(1000, 4000, true);
    t.setClipboard(clip.access());
    type(t, "SLR right 45");
    CHECK(t.handle(key(sf::Keyboard::A, true)) == R::Moved);
    CHECK(t.selection().first == 0);
    CHECK(t.selection().second == 12);
    t.handle(key(sf::Keyboard::C, true));
    CHECK(clip.held == "SLR right 45");
    t.handle(key(sf::Keyboard::X, true));
    CHECK(t.str().empty());
    const std::string pasted = "a\r\nb\x1b[2J\tc\xE2\x80\xAE";
    clip.held = sf::String::fromUtf8(pasted.begin(), pasted.end());
    CHECK(t.handle(key(sf::Keyboard::V, true)) == R::Edited);
    CHECK(t.str() == "a\nb[2J\tc"); // CRLF a line feed; ESC and the bidi override dropped
    // A plain 'a' key is text (its TextEntered types it), not select-all.
    CHECK(t.handle(key(sf::Keyboard::A)) == R::Moved);
    CHECK_FALSE(t.hasSelection());
}

TEST_CASE("one line: Enter and Up are the scene's, pasted line feeds become spaces") {
    FakeClipboard clip;
    TextEdit t(32, 128, false);
    t.setClipboard(clip.access());
    type(t, "Ana");
    CHECK(t.handle(key(sf::Keyboard::Enter)) == R::Ignored);
    CHECK(t.handle(key(sf::Keyboard::Up)) == R::Ignored);
    CHECK(t.handle(key(sf::Keyboard::Escape)) == R::Ignored);
    CHECK(t.handle(key(sf::Keyboard::Tab)) == R::Ignored);
    clip.held = " Lima\nSilva";
    t.handle(key(sf::Keyboard::V, true));
    CHECK(t.str() == "Ana Lima Silva");
    // Digits and Space are typed, never shortcuts: their key presses are the field's.
    CHECK(t.handle(key(sf::Keyboard::Num1)) == R::Moved);
    CHECK(t.handle(key(sf::Keyboard::Space)) == R::Moved);
}

TEST_CASE("the field never holds more than its limits") {
    TextEdit chars(5, 100, false);
    type(chars, "abcdefgh");
    CHECK(chars.str() == "abcde");
    TextEdit bytes(100, 7, true);
    type(bytes, "ééé€"); // 2 + 2 + 2 bytes, then 3 more would make 9
    CHECK(bytes.str() == "ééé");
    bytes.set("€€€€");
    CHECK(bytes.str() == "€€");
    CHECK(bytes.caret() == 2);
    // Replacing a selection frees its room first.
    bytes.selectAll();
    type(bytes, "abcdefg");
    CHECK(bytes.str() == "abcdefg");
}
