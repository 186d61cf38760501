#pragma once
// Which students the host's board shows when the room is larger than the screen: a window of rows
// the instructor scrolls (arrows, page keys, the wheel) and that turns a page by itself on a
// projector left alone, so every student is on screen in turn and none is lost behind
// "… and 18 more". No SFML: the board scene draws what this says.
#include <string>

namespace rc::play {

class BoardPager {
  public:
    /// Seconds without input before the pages turn by themselves, and between two turns.
    static constexpr double kIdleSeconds = 20, kTurnSeconds = 8;

    /// `rows` students, `perPage` of them fit (at least 1); keeps the first row shown in range.
    void setCounts(int rows, int perPage);
    /// The instructor scrolls `by` rows (negative: up); the pages stop turning for a while.
    void scroll(int by);
    /// A page forward (+1) or back (-1), by the instructor.
    void page(int dir) { scroll(dir * perPage_); }
    /// Time passes: after kIdleSeconds without input (from the start: none yet), a page turns
    /// every kTurnSeconds (after the last page, the first). True when the rows shown changed.
    bool tick(double dt);

    int first() const { return first_; }
    /// One past the last row shown.
    int end() const { return first_ + perPage_ < rows_ ? first_ + perPage_ : rows_; }
    /// True when some students are not on screen.
    bool paged() const { return rows_ > perPage_; }
    /// "Students 13–24 of 30" (empty when every student is shown).
    std::string label() const;

  private:
    void clamp();
    int rows_ = 0, perPage_ = 1, first_ = 0;
    double idle_ = kIdleSeconds, sinceTurn_ = 0;
};

} // namespace rc::play
