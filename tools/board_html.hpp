#pragma once
// rootcause-board, part 5: the HTML report. One self-contained file: no network references,
// no scripts, inline CSS. Charts are SVG embedded as data: URIs in <img> (the HTML 4 parser
// of libxml2 2.9, which checks the report, rejects inline <svg> tags); each chart also has
// its figures as alt text and in a table. Okabe-Ito colours (colour-blind safe).
//
// The order is the instructor's: problems (and files held back) first, then the leaderboard
// with flagged students marked, the charts, the item analysis (items most deserving a look
// first, each decision by its catalogue label), and each student's path beside the expert's.
// Text from results files is untrusted: escaped, repaired to valid UTF-8, isolated for
// right-to-left scripts and shortened (the whole in a tooltip), so no name can break the page.
#include "game/grading/board_items.hpp"
#include "game/grading/board_rescore.hpp"

#include <cstddef>
#include <string>

namespace rc::board {

/// Characters of a name shown in the tables; the whole name is in the tooltip.
inline constexpr std::size_t kNameChars = 48;
/// Characters of a tooltip: a megabyte-long name must not be copied whole into the page.
inline constexpr std::size_t kTooltipChars = 1000;

/// The whole report.
std::string htmlReport(const Board& b, const std::vector<CaseItems>& items);

/// Text escaped for HTML/XML content and attribute values, as valid UTF-8 (a byte that is not
/// part of a valid sequence becomes U+FFFD; control characters other than tab and newline go).
std::string escapeHtml(const std::string& s);
/// At most `maxChars` code points of `s`, cut on a character boundary, "…" appended when cut.
std::string shortText(const std::string& s, std::size_t maxChars);
/// Standard base64 (RFC 4648) of some bytes.
std::string base64(const std::string& bytes);
/// The histogram of totals (ten bins of 10 points) as an SVG document. The pass-mark label
/// sits in a band of its own above the bars, inside the chart whatever the pass mark.
std::string histogramSvg(const Board& b);
/// Mean score per domain as horizontal bars, as an SVG document.
std::string domainSvg(const Board& b);

} // namespace rc::board
