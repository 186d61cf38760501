#pragma once
// The transcript on screen (the encounter's side panel, the debrief's Transcript tab): one
// block per entry — the clock and what was done, the question, exam or test as the encounter
// labels it, the answer, finding or report wrapped in full — in a list that scrolls with the
// mouse wheel and the keys (↑↓, Page Up / Page Down, Home / End), newest at the bottom.
#include "game/play/transcript.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/widgets.hpp"

#include <SFML/Window/Event.hpp>
#include <vector>

namespace rc::ui {

class TranscriptPanel {
  public:
    /// Replace the entries; when there are more than before, the newest is scrolled into view.
    void setEntries(std::vector<play::TranscriptEntry> entries);
    const std::vector<play::TranscriptEntry>& entries() const { return entries_; }
    /// Where it is drawn (window px).
    void setRect(const sf::FloatRect& r) { rect_ = r; }
    const sf::FloatRect& rect() const { return rect_; }
    /// Draws the entries (wrapping them to the width when it or the entries changed).
    void draw(const Painter& p);
    /// Scrolls by wheel notches (+ up); true if the view moved.
    bool wheel(float notches) { return list_.wheel(notches); }
    /// ↑↓ Page Up / Page Down / Home / End; true if the key was one of them and was used.
    bool key(const sf::Event::KeyEvent& k);

  private:
    void measure(const Painter& p);
    std::vector<play::TranscriptEntry> entries_;
    ListView list_;
    sf::FloatRect rect_;
    float measuredWidth_ = -1, measuredScale_ = 0;
    bool follow_ = true; ///< scroll to the newest entry at the next drawing
};

} // namespace rc::ui
