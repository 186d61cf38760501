#include "tools/board_html.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <locale>
#include <sstream>

#include "version.hpp"

namespace rc::board {

namespace {

// Okabe & Ito (2008) colour-blind-safe palette.
constexpr const char* kBlue = "#0072B2";
constexpr const char* kVermillion = "#D55E00";
constexpr std::array<const char*, 7> kDomainColours{"#E69F00", "#56B4E9", "#009E73", "#0072B2",
                                                    "#D55E00", "#CC79A7", "#F0E442"};

std::string num(double v, int decimals) {
    std::ostringstream o;
    o.imbue(std::locale::classic());
    o.precision(decimals);
    o << std::fixed << v + 0.0;
    return o.str();
}

std::string pct(double v) { return num(100.0 * v, 0) + "%"; }

std::string opt2(const std::optional<double>& v) {
    if (!v) return "\xE2\x80\x93"; // en dash
    return num(*v, 2);
}

std::array<int, 10> bins(const Board& b) {
    std::array<int, 10> h{};
    for (const auto& s : b.students) h[static_cast<std::size_t>(std::clamp(int(s.total / 10.0), 0, 9))]++;
    return h;
}

std::array<double, kDomainCount> domainMeans(const Board& b, int& n) {
    std::array<double, kDomainCount> m{};
    n = 0;
    for (const auto& s : b.students)
        for (const auto& p : s.cases) {
            if (!p.counted) continue;
            ++n;
            for (int d = 0; d < kDomainCount; ++d) m[d] += p.domains[d];
        }
    if (n)
        for (auto& v : m) v /= n;
    return m;
}

std::string binLabel(std::size_t i) {
    return std::to_string(i * 10) + "\xE2\x80\x93" + std::to_string(i * 10 + 10);
}

std::string img(const std::string& svg, const std::string& alt, int w, int h) {
    return "<img class=\"chart\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(h) +
           "\" alt=\"" + escapeHtml(alt) + "\" src=\"data:image/svg+xml;base64," + base64(svg) + "\"/>\n";
}

const char* kStyle = R"(
body{font-family:"Inter","DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.4;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #0072B2}
table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#eef4f9}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.pass td.res{color:#006d4f;font-weight:600}tr.fail td.res{color:#a33f00;font-weight:600}
.meta{color:#555}.toc a{margin-right:1em}.chart{display:block;margin:1em 0;max-width:100%;height:auto}
tr.diverge td.p{background:#fde0c8;font-weight:600}td.miss{background:#fde0c8}td.x{color:#a33f00}
.mark{color:#a33f00;font-weight:700}.problem{color:#a33f00}.small{font-size:.9em;color:#555}
.student{margin-bottom:2em}code{font-family:"DejaVu Sans Mono",monospace;font-size:.92em}
)";

} // namespace

std::string escapeHtml(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            // Control characters are not allowed in XML 1.0 text: drop them.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
            out += c;
        }
    }
    return out;
}

std::string base64(const std::string& bytes) {
    static const char* tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += tbl[v >> 18 & 63];
        out += tbl[v >> 12 & 63];
        out += tbl[v >> 6 & 63];
        out += tbl[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = (unsigned char)bytes[i] << 16;
        if (i + 1 < bytes.size()) v |= (unsigned char)bytes[i + 1] << 8;
        out += tbl[v >> 18 & 63];
        out += tbl[v >> 12 & 63];
        out += i + 1 < bytes.size() ? tbl[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

std::string histogramSvg(const Board& b) {
    auto h = bins(b);
    int maxCount = std::max(1, *std::max_element(h.begin(), h.end()));
    const int W = 640, H = 290, left = 50, right = 20, top = 56, bottom = 50;
    const double plotW = W - left - right, plotH = H - top - bottom, bw = plotW / 10.0;
    std::ostringstream o;
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << W << "\" height=\"" << H
      << "\" viewBox=\"0 0 " << W << " " << H << "\" font-family=\"DejaVu Sans,Arial,sans-serif\" font-size=\"12\">";
    o << "<title>Histogram of weighted totals</title>";
    o << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    o << "<text x=\"" << W / 2 << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
      << "Weighted totals (" << b.students.size() << " students)</text>";
    o << "<line x1=\"" << left << "\" y1=\"" << top + plotH << "\" x2=\"" << left + plotW << "\" y2=\""
      << top + plotH << "\" stroke=\"#333\"/>";
    for (std::size_t i = 0; i < 10; ++i) {
        double bh = (plotH - 18) * h[i] / maxCount;
        double x = left + bw * i;
        o << "<rect x=\"" << num(x + 2, 1) << "\" y=\"" << num(top + plotH - bh, 1) << "\" width=\""
          << num(bw - 4, 1) << "\" height=\"" << num(bh, 1) << "\" fill=\"" << kBlue << "\"/>";
        o << "<text x=\"" << num(x + bw / 2, 1) << "\" y=\"" << num(top + plotH - bh - 4, 1)
          << "\" text-anchor=\"middle\">" << h[i] << "</text>";
        o << "<text x=\"" << num(x + bw / 2, 1) << "\" y=\"" << num(top + plotH + 16, 1)
          << "\" text-anchor=\"middle\">" << binLabel(i) << "</text>";
    }
    double mx = left + plotW * std::clamp(b.challenge->mastery, 0.0, 100.0) / 100.0;
    o << "<line x1=\"" << num(mx, 1) << "\" y1=\"" << top - 14 << "\" x2=\"" << num(mx, 1) << "\" y2=\""
      << top + plotH << "\" stroke=\"" << kVermillion << "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>";
    o << "<text x=\"" << num(mx, 1) << "\" y=\"" << top - 18 << "\" text-anchor=\"middle\" fill=\"" << kVermillion
      << "\">pass mark " << num(b.challenge->mastery, 0) << "</text>";
    o << "<text x=\"" << left + plotW / 2 << "\" y=\"" << H - 10 << "\" text-anchor=\"middle\">Total (0\xE2\x80\x93" "100)</text>";
    o << "<text x=\"14\" y=\"" << top + plotH / 2 << "\" text-anchor=\"middle\" transform=\"rotate(-90 14 "
      << top + plotH / 2 << ")\">Students</text>";
    o << "</svg>";
    return o.str();
}

std::string domainSvg(const Board& b) {
    int n = 0;
    auto m = domainMeans(b, n);
    const int W = 640, rowH = 30, top = 40, left = 130, right = 70;
    const int H = top + rowH * kDomainCount + 20;
    const double plotW = W - left - right;
    std::ostringstream o;
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << W << "\" height=\"" << H
      << "\" viewBox=\"0 0 " << W << " " << H << "\" font-family=\"DejaVu Sans,Arial,sans-serif\" font-size=\"12\">";
    o << "<title>Mean score by domain</title>";
    o << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    o << "<text x=\"" << W / 2 << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
      << "Mean score by domain (" << n << " case results)</text>";
    for (int d = 0; d < kDomainCount; ++d) {
        double y = top + rowH * d;
        double bwid = plotW * std::clamp(m[d], 0.0, 100.0) / 100.0;
        o << "<text x=\"" << left - 8 << "\" y=\"" << num(y + 18, 1) << "\" text-anchor=\"end\">"
          << domainLabel(static_cast<Domain>(d)) << "</text>";
        o << "<rect x=\"" << left << "\" y=\"" << num(y + 4, 1) << "\" width=\"" << num(plotW, 1)
          << "\" height=\"20\" fill=\"#f2f2f2\"/>";
        o << "<rect x=\"" << left << "\" y=\"" << num(y + 4, 1) << "\" width=\"" << num(bwid, 1)
          << "\" height=\"20\" fill=\"" << kDomainColours[static_cast<std::size_t>(d)]
          << "\" stroke=\"#333\" stroke-width=\"0.5\"/>";
        o << "<text x=\"" << num(left + plotW + 6, 1) << "\" y=\"" << num(y + 18, 1) << "\">"
          << num(m[d], 1) << "</text>";
    }
    o << "</svg>";
    return o.str();
}

std::string htmlReport(const Board& b, const std::vector<CaseItems>& items) {
    const Challenge& ch = *b.challenge;
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      << "<title>" << escapeHtml("Root Cause challenge report: " + ch.title) << "</title>\n"
      << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
    o << "<h1>" << escapeHtml(ch.title) << "</h1>\n";
    o << "<p class=\"meta\">Challenge <code>" << escapeHtml(ch.id) << "</code> (" << escapeHtml(ch.mode)
      << " mode, seed " << ch.seed << ", pass mark " << num(ch.mastery, 1) << "), "
      << ch.cases.size() << " cases, " << b.students.size() << " students counted, "
      << b.problems.size() << " problems. Every score was re-scored from the students' action "
      << "logs against the instructor's copy of the cases (rootcause-board " << kVersion << ").</p>\n";
    o << "<p class=\"toc\"><a href=\"#leaderboard\">Leaderboard</a><a href=\"#charts\">Charts</a>"
      << "<a href=\"#items\">Item analysis</a><a href=\"#problems\">Problems</a>"
      << "<a href=\"#students\">Students</a></p>\n";

    // Leaderboard.
    o << "<h2 id=\"leaderboard\">Leaderboard</h2>\n<table>\n<thead><tr><th>Rank</th><th>Name</th><th>Student ID</th>"
      << "<th>Total</th>";
    for (const auto& cc : ch.cases) o << "<th>" << escapeHtml(cc.ref) << "</th>";
    o << "<th>Time</th><th>Result</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < b.students.size(); ++i) {
        const Student& s = b.students[i];
        bool pass = s.total >= ch.mastery;
        o << "<tr class=\"" << (pass ? "pass" : "fail") << "\"><td class=\"n\">" << s.rank
          << "</td><td><a href=\"#student-" << i + 1 << "\">" << escapeHtml(s.player) << "</a></td><td>"
          << escapeHtml(s.studentId) << "</td><td class=\"n\">" << fixed1(s.total) << "</td>";
        for (const auto& p : s.cases)
            o << "<td class=\"n\">" << (p.counted ? fixed1(p.score) : "\xE2\x80\x93") << "</td>";
        o << "<td class=\"n\">" << clock(s.seconds) << "</td><td class=\"res\">" << (pass ? "passed" : "failed")
          << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";

    // Charts.
    auto h = bins(b);
    std::string alt = "Histogram of totals:";
    for (std::size_t i = 0; i < 10; ++i)
        alt += " " + binLabel(i) + ": " + std::to_string(h[i]) + (i < 9 ? ";" : ".");
    int n = 0;
    auto m = domainMeans(b, n);
    std::string alt2 = "Mean score by domain:";
    for (int d = 0; d < kDomainCount; ++d)
        alt2 += std::string(" ") + domainLabel(static_cast<Domain>(d)) + " " + num(m[d], 1) +
                (d + 1 < kDomainCount ? ";" : ".");
    o << "<h2 id=\"charts\">Totals and domains</h2>\n";
    o << img(histogramSvg(b), alt, 640, 290);
    o << img(domainSvg(b), alt2, 640, 40 + 30 * kDomainCount + 20);
    o << "<table>\n<thead><tr><th>Domain</th><th>Mean</th></tr></thead>\n<tbody>\n";
    for (int d = 0; d < kDomainCount; ++d)
        o << "<tr><td>" << domainLabel(static_cast<Domain>(d)) << "</td><td class=\"n\">" << num(m[d], 1)
          << "</td></tr>\n";
    o << "</tbody>\n</table>\n";

    // Item analysis.
    o << "<h2 id=\"items\">Item analysis</h2>\n<p class=\"small\">Each scoring rule of a case is an item. "
      << "<em>Made</em>: share of the students (for whom the item counted: its visit reached) who took "
      << "the action. <em>Difficulty p</em>: proportion who got it right (did an essential or indicated "
      << "item, avoided an unnecessary or harmful one, named the diagnosis); a hands-on test stopped short "
      << "is not right. <em>Discrimination D</em> = p(upper) \xE2\x88\x92 p(lower), the groups being "
      << "the top and bottom 27% of students by challenge total. Items with D below 0.2 deserve a look.</p>\n";
    for (const auto& ci : items) {
        o << "<h3 id=\"case-" << escapeHtml(ci.caseId) << "\">" << escapeHtml(ci.title) << " (<code>"
          << escapeHtml(ci.caseId) << "</code>)</h3>\n<p class=\"small\">" << ci.students
          << " students; upper and lower groups of " << ci.groupSize << ".</p>\n";
        o << "<table>\n<thead><tr><th>Decision</th><th>Visit</th><th>Tag</th><th>Domain</th><th>n</th>"
          << "<th>Made</th><th>Difficulty p</th><th>Discrimination D</th></tr></thead>\n<tbody>\n";
        for (const auto& it : ci.items) {
            o << "<tr><td><code>" << escapeHtml(it.label) << "</code>" << (it.critical ? " <span class=\"mark\">critical</span>" : "")
              << "</td><td>" << escapeHtml(it.visit.empty() ? "any" : it.visit) << "</td><td>" << escapeHtml(it.tag)
              << "</td><td>" << escapeHtml(it.domain) << "</td><td class=\"n\">" << it.n << "</td><td class=\"n\">"
              << (it.n ? pct(it.share) : "\xE2\x80\x93") << "</td><td class=\"n\">" << opt2(it.difficulty)
              << "</td><td class=\"n\">" << opt2(it.discrimination) << "</td></tr>\n";
        }
        o << "</tbody>\n</table>\n";
        o << "<p><strong>Most common wrong choices</strong></p>\n";
        if (ci.wrongChoices.empty()) o << "<p class=\"small\">None.</p>\n";
        else {
            o << "<table>\n<thead><tr><th>Choice</th><th>Judged</th><th>Students</th></tr></thead>\n<tbody>\n";
            for (const auto& t : ci.wrongChoices)
                o << "<tr><td><code>" << escapeHtml(t.key) << "</code></td><td>" << escapeHtml(t.judgement)
                  << "</td><td class=\"n\">" << t.students << " (" << pct(t.share) << ")</td></tr>\n";
            o << "</tbody>\n</table>\n";
        }
        o << "<p><strong>Red flags most often missed</strong></p>\n";
        if (ci.missedRedFlags.empty()) o << "<p class=\"small\">None missed.</p>\n";
        else {
            o << "<table>\n<thead><tr><th>Red flag / key feature</th><th>Students who missed it</th></tr></thead>\n<tbody>\n";
            for (const auto& t : ci.missedRedFlags)
                o << "<tr><td><code>" << escapeHtml(t.key) << "</code></td><td class=\"n\">" << t.students
                  << " (" << pct(t.share) << ")</td></tr>\n";
            o << "</tbody>\n</table>\n";
        }
    }

    // Problems.
    o << "<h2 id=\"problems\">Problems</h2>\n";
    if (b.problems.empty()) o << "<p>None: every results file was usable and every score matched.</p>\n";
    else {
        o << "<table>\n<thead><tr><th>File</th><th>Student</th><th>Problem</th><th>Detail</th></tr></thead>\n<tbody>\n";
        for (const auto& p : b.problems) {
            std::string d = escapeHtml(p.detail);
            for (std::size_t i = 0; (i = d.find('\n', i)) != std::string::npos;) d.replace(i, 1, "<br/>");
            o << "<tr><td><code>" << escapeHtml(p.file) << "</code></td><td>" << escapeHtml(p.student)
              << "</td><td class=\"problem\">" << escapeHtml(p.reason) << "</td><td>" << d << "</td></tr>\n";
        }
        o << "</tbody>\n</table>\n";
    }

    // Students.
    o << "<h2 id=\"students\">Students</h2>\n";
    for (std::size_t si = 0; si < b.students.size(); ++si) {
        const Student& s = b.students[si];
        o << "<div class=\"student\" id=\"student-" << si + 1 << "\">\n<h3>" << s.rank << ". "
          << escapeHtml(s.player) << " <span class=\"small\">(" << escapeHtml(s.studentId) << ")</span>: "
          << fixed1(s.total) << "</h3>\n";
        for (std::size_t ci = 0; ci < s.cases.size(); ++ci) {
            const PlayedCase& p = s.cases[ci];
            const KeyCase& k = b.cases[ci];
            o << "<h4>" << escapeHtml(ch.cases[ci].ref) << ": ";
            if (!p.counted) {
                o << "not counted</h4>\n";
                continue;
            }
            o << fixed1(p.score) << " <span class=\"small\">(" << escapeHtml(p.outcomeStatus) << ", "
              << clock(p.seconds) << ")</span></h4>\n";
            o << "<table>\n<thead><tr><th>#</th><th>Student's path</th><th>Expert's path</th></tr></thead>\n<tbody>\n";
            std::size_t rows = std::max(p.path.size(), k.expertPath.size());
            for (std::size_t i = 0; i < rows; ++i) {
                bool div = static_cast<int>(i) == p.divergence;
                bool ediv = static_cast<int>(i) == p.expertDivergence;
                o << "<tr" << (div ? " class=\"diverge\"" : "") << "><td class=\"n\">" << i + 1 << "</td><td class=\"p\">";
                if (i < p.path.size()) o << "<code>" << escapeHtml(p.path[i]) << "</code>";
                if (div) o << " <span class=\"mark\">\xE2\x86\x90 first divergence</span>";
                o << "</td><td" << (ediv ? " class=\"miss\"" : "") << ">";
                if (i < k.expertPath.size()) o << "<code>" << escapeHtml(k.expertPath[i]) << "</code>";
                if (ediv) o << " <span class=\"mark\">first expert step not taken</span>";
                o << "</td></tr>\n";
            }
            o << "</tbody>\n</table>\n";
        }
        o << "<p class=\"small\"><a href=\"#leaderboard\">Back to the leaderboard</a></p>\n</div>\n";
    }
    o << "</body>\n</html>\n";
    return o.str();
}

} // namespace rc::board
