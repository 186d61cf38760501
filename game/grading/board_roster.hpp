#pragma once
// rootcause-board: the class list (--roster) and CSV reading. An LMS exports the class as CSV
// (Moodle: "First name","Last name","ID number",...,"Email address"); the board checks the
// results against it both ways. The file is hostile input: bounded, a regular file, valid
// UTF-8 without control characters, and parsed as RFC 4180.
#include "game/grading/board_rescore.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rc::board {

/// RFC 4180 CSV: records of fields; quoted fields may hold commas, quotes ("") and line
/// breaks. CRLF or LF line ends. False and `error` (with the line) when a quote is not closed
/// or text follows a closing quote.
bool parseCsv(const std::string& text, std::vector<std::vector<std::string>>& rows,
              std::string& error);

/// Reads a roster CSV. The header row names the columns: the id is "ID number", "Student ID",
/// "Username" or "id"; the name "Full name"/"Name" or "First name" + "Last name"/"Surname";
/// the e-mail "Email address"/"Email"/"E-mail" (case-insensitive). Empty ids are refused.
std::optional<std::vector<RosterEntry>> loadRoster(const std::string& path, std::string& error);

} // namespace rc::board
