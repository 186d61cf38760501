#pragma once
// rootcause-board, part 5: the HTML report. One self-contained file: no network references,
// no scripts, inline CSS. Charts are SVG embedded as data: URIs in <img> (the HTML 4 parser
// of libxml2 2.9, which checks the report, rejects inline <svg> tags); each chart also has
// its figures as alt text and in a table. Okabe-Ito colours (colour-blind safe).
#include <string>

#include "tools/board_items.hpp"
#include "tools/board_rescore.hpp"

namespace rc::board {

/// The whole report.
std::string htmlReport(const Board& b, const std::vector<CaseItems>& items);

/// Text escaped for HTML/XML content and attribute values.
std::string escapeHtml(const std::string& s);
/// Standard base64 (RFC 4648) of some bytes.
std::string base64(const std::string& bytes);
/// The histogram of totals (ten bins of 10 points) as an SVG document.
std::string histogramSvg(const Board& b);
/// Mean score per domain as horizontal bars, as an SVG document.
std::string domainSvg(const Board& b);

} // namespace rc::board
