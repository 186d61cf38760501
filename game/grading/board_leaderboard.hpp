#pragma once
// rootcause-board, part 3: the terminal leaderboard and the list of problems.
#include "game/grading/board_rescore.hpp"

#include <string>

namespace rc::board {

/// Leaderboard as text: rank, name, weighted total, per-case scores, time. Shows the
/// students ranked `top` or better (so a tie at the cut-off shows everyone tied).
std::string leaderboardText(const Board& b, int top = 10);
/// The "Problems" section ("" when there are none).
std::string problemsText(const Board& b);
/// Number of Unicode code points in UTF-8 text (for column widths).
std::size_t displayWidth(const std::string& utf8);

} // namespace rc::board
