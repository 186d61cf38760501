#pragma once
// rootcause-board, part 4: the grade file for an LMS gradebook import (Moodle).
// Header row; `Student ID` and `Email address` (from the results file, else the roster; the
// column only when someone has one); one column per case (the case id), `Total` and `Status`
// ("ok", or "flagged: <reasons>"), each score 0-100 with one decimal and '.' as separator.
// UTF-8, CRLF line ends, fields quoted per RFC 4180 where needed. A cell a spreadsheet would
// run as a formula (it starts with =, +, -, @, tab or CR) is written with a leading ' .
// With a roster, students not on it are left out (one unknown id makes Moodle refuse the
// whole import); with onlyClean, flagged students are left out too.
#include "game/grading/board_rescore.hpp"

#include <string>

namespace rc::board {

struct CsvOptions {
    bool onlyClean = false; ///< --only-clean: leave flagged students out
};

/// The CSV text and what was done to make it safe.
struct GradesCsv {
    std::string text;
    int rows = 0;         ///< students written
    int leftOut = 0;      ///< students left out (not on the roster, or flagged with onlyClean)
    int defused = 0;      ///< cells given a leading ' so no spreadsheet runs them
};

/// The whole CSV file, in rank order.
GradesCsv gradesCsv(const Board& b, const CsvOptions& o = {});
/// One field quoted per RFC 4180 if it holds a comma, a double quote, CR or LF.
std::string csvField(const std::string& s);
/// A cell a spreadsheet would take for a formula, defused with a leading ' (`defused` counts).
std::string safeCell(const std::string& s, int& defused);

} // namespace rc::board
