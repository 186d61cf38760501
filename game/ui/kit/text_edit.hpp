#pragma once
// An editable text field's content: the text, a caret and a selection, edited by SFML's key and
// text events (typing, Backspace, Delete, arrows with Shift to select and Ctrl by word, Home and
// End, Ctrl+A, Ctrl+C / Ctrl+X / Ctrl+V, Enter for a new line when multi-line). One line (the
// player's name) or many (the case notes). It never holds more than its limits, control
// characters (but a pasted tab and, multi-line, line feeds) or bidirectional overrides.
// Drawing is in text_area.hpp.
#include <SFML/System/String.hpp>
#include <SFML/Window/Event.hpp>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace rc::ui {

/// Where copied text goes and pasted text comes from (the system clipboard by default).
struct ClipboardAccess {
    std::function<sf::String()> get;
    std::function<void(const sf::String&)> set;
    static ClipboardAccess system();
};

class TextEdit {
  public:
    /// `maxChars` characters and `maxBytes` bytes of UTF-8 at most.
    TextEdit(std::size_t maxChars, std::size_t maxBytes, bool multiline);

    /// What an event did.
    enum class Result { Ignored, Moved, Edited };
    /// A KeyPressed or TextEntered event. Keys the field does not use (Esc, Tab, Enter on one
    /// line, F-keys) are Ignored, for the scene; everything typed is the field's.
    Result handle(const sf::Event& e);

    void set(const std::string& utf8); ///< replaces the text (cut to the limits), caret at end
    std::string str() const;           ///< the text as UTF-8
    const sf::String& text() const { return text_; }
    bool multiline() const { return multiline_; }

    std::size_t caret() const { return caret_; }
    std::size_t anchor() const { return anchor_; }
    bool hasSelection() const { return caret_ != anchor_; }
    /// The selection as [from, to).
    std::pair<std::size_t, std::size_t> selection() const;
    /// Put the caret at `i` (clamped); `extend` keeps the anchor (a Shift+click).
    void setCaret(std::size_t i, bool extend = false);
    void selectAll();
    /// Insert at the caret, replacing the selection; characters the field refuses are dropped
    /// ("\r\n" becomes "\n"; one line: line feeds become spaces). False if nothing was inserted.
    bool insert(const sf::String& s);

    /// The lines as drawn, [start, end) per line, set by the drawing (for Up / Down / Home /
    /// End); empty: the text's own lines.
    void setLines(std::vector<std::pair<std::size_t, std::size_t>> lines) {
        lines_ = std::move(lines);
    }
    void setClipboard(ClipboardAccess c) { clip_ = std::move(c); }

  private:
    bool erase(bool forward, bool word);
    std::size_t wordStep(std::size_t from, int dir) const;
    std::size_t lineOf(std::size_t i) const;
    std::vector<std::pair<std::size_t, std::size_t>> lines() const;
    bool allowed(sf::Uint32 c) const;
    std::size_t bytes() const;

    sf::String text_;
    std::size_t caret_ = 0, anchor_ = 0;
    std::size_t maxChars_, maxBytes_;
    bool multiline_;
    std::vector<std::pair<std::size_t, std::size_t>> lines_;
    ClipboardAccess clip_ = ClipboardAccess::system();
};

/// Bytes of a code point in UTF-8.
std::size_t utf8Bytes(sf::Uint32 c);

} // namespace rc::ui
