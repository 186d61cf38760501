#include "game/play/board_pager.hpp"

#include <algorithm>

namespace rc::play {

void BoardPager::setCounts(int rows, int perPage) {
    rows_ = std::max(rows, 0);
    perPage_ = std::max(perPage, 1);
    clamp();
}

void BoardPager::clamp() {
    first_ = std::clamp(first_, 0, std::max(0, rows_ - perPage_));
}

void BoardPager::scroll(int by) {
    first_ += by;
    clamp();
    idle_ = 0;
    sinceTurn_ = 0;
}

bool BoardPager::tick(double dt) {
    idle_ += dt;
    if (!paged() || idle_ < kIdleSeconds) return false;
    sinceTurn_ += dt;
    if (sinceTurn_ < kTurnSeconds) return false;
    sinceTurn_ = 0;
    const int before = first_;
    // The next page; after the last, back to the top (the last page is filled to the bottom).
    first_ = end() >= rows_ ? 0 : first_ + perPage_;
    clamp();
    return first_ != before;
}

std::string BoardPager::label() const {
    if (!paged()) return {};
    return "Students " + std::to_string(first_ + 1) + "–" + std::to_string(end()) + " of " +
           std::to_string(rows_);
}

} // namespace rc::play
