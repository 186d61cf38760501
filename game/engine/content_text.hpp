#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rc {

/// True if `s` is a valid content id: [a-z][a-z0-9-]*.
bool isValidId(std::string_view s);
/// The words of a space-separated list ("mri-lumbar xray-knee"); runs of spaces count as one.
std::vector<std::string> splitWords(std::string_view s);
/// `v` rounded to one decimal, half away from zero: the one rounding of every score, grade and
/// time the game, the host and the board show or store.
double round1(double v);
/// A figure with one decimal ("59.0"), rounded as round1(), never "-0.0": as scores, points,
/// grades and doses are shown and written.
std::string oneDecimal(double v);
/// The blanks `istream >> std::string` skips in the "C" locale (space, tab, line feed, vertical
/// tab, form feed, carriage return): words are split without a stream.
bool isBlank(unsigned char c);
/// Collapses whitespace runs to one space and trims.
std::string collapseSpace(std::string_view s);
/// Appends `piece` to `out` with whitespace collapsed. `space` carries a pending blank from one
/// piece to the next (start with false), so collapsing piece by piece gives the same as
/// collapseSpace() of the pieces joined.
void appendCollapsed(std::string& out, bool& space, std::string_view piece);
/// True if `s` is valid UTF-8 holding no control characters but tab, line feed and carriage
/// return, and no bidirectional overrides or isolates (they spoof names on screen). Otherwise
/// false, with `why` naming the first offending byte offset.
bool isPlainText(std::string_view s, std::string& why);
/// Where isPlainText() fails: the offset of the first offending byte and `what` it is ("invalid
/// UTF-8", "a control character", "a bidirectional override"); npos when `s` is plain text.
std::size_t firstNotPlain(std::string_view s, const char*& what);
/// `s` safe to print on a terminal: every control character but tab and line feed (ESC, BEL,
/// C1 controls) and every bidirectional override becomes '?'; invalid UTF-8 bytes too.
std::string terminalSafe(std::string_view s);

} // namespace rc
