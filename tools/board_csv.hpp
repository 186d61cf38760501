#pragma once
// rootcause-board, part 4: the grade file for an LMS gradebook import (Moodle).
// Header row; `Student ID` (and `Email address` when any student gave one); one column per
// case (the case id) and `Total`, each 0-100 with one decimal and '.' as separator. UTF-8,
// CRLF line ends, fields quoted per RFC 4180 where needed. Nothing else.
#include <string>

#include "tools/board_rescore.hpp"

namespace rc::board {

/// The whole CSV file, in rank order.
std::string gradesCsv(const Board& b);
/// One field quoted per RFC 4180 if it holds a comma, a double quote, CR or LF.
std::string csvField(const std::string& s);

} // namespace rc::board
