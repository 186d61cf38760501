#include "tools/board_html.hpp"

#include "game/engine/content_text.hpp"
#include "game/grading/board_labels.hpp"
#include "version.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <locale>
#include <map>
#include <sstream>

namespace rc::board {

namespace {

// Okabe & Ito (2008) colour-blind-safe palette.
constexpr const char* kBlue = "#0072B2";
constexpr const char* kVermillion = "#D55E00";
constexpr std::array<const char*, 7> kDomainColours{"#E69F00", "#56B4E9", "#009E73", "#0072B2",
                                                    "#D55E00", "#CC79A7", "#F0E442"};
constexpr const char* kDash = "\xE2\x80\x93"; // en dash
constexpr const char* kEllipsis = "\xE2\x80\xA6";

std::string num(double v, int decimals) {
    std::ostringstream o;
    o.imbue(std::locale::classic());
    o.precision(decimals);
    o << std::fixed << v + 0.0;
    return o.str();
}

std::string pct(double v) {
    return num(100.0 * v, 0) + "%";
}

std::string opt2(const std::optional<double>& v) {
    if (!v) return kDash;
    if (*v < -0.005) return "\xE2\x88\x92" + num(-*v, 2); // a true minus sign
    return num(std::fabs(*v), 2);
}

/// Length of the valid UTF-8 sequence starting at s[i] (1 for ASCII), 0 if the byte there does
/// not start one: a bad lead or continuation byte, an overlong form, a surrogate, U+FFFE/FFFF
/// (not allowed in XML) or a code point beyond U+10FFFF.
std::size_t utf8Length(const std::string& s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                    : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    unsigned char c1 = byte(i + 1);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90))
        return 0;
    if (c == 0xEF && c1 == 0xBF && byte(i + 2) >= 0xBE) return 0;
    return n;
}

std::array<int, 10> bins(const Board& b) {
    std::array<int, 10> h{};
    for (const auto& s : b.students)
        h[static_cast<std::size_t>(std::clamp(int(s.total / 10.0), 0, 9))]++;
    return h;
}

std::array<double, kDomainCount> domainMeans(const Board& b, int& n) {
    std::array<double, kDomainCount> m{};
    n = 0;
    for (const auto& s : b.students)
        for (const auto& p : s.cases) {
            if (!p.counted) continue;
            ++n;
            for (int d = 0; d < kDomainCount; ++d)
                m[d] += p.domains[d];
        }
    if (n)
        for (auto& v : m)
            v /= n;
    return m;
}

int passedCount(const Board& b) {
    return static_cast<int>(
        std::count_if(b.students.begin(), b.students.end(),
                      [&](const Student& s) { return s.total >= b.challenge->mastery; }));
}

std::string binLabel(std::size_t i) {
    return std::to_string(i * 10) + kDash + std::to_string(i * 10 + 10);
}

std::string img(const std::string& svg, const std::string& alt, int w, int h) {
    return "<img class=\"chart\" width=\"" + std::to_string(w) + "\" height=\"" +
           std::to_string(h) + "\" alt=\"" + escapeHtml(alt) +
           "\" src=\"data:image/svg+xml;base64," + base64(svg) + "\"/>\n";
}

/// Text without the explicit bidi formatting characters (embeddings, overrides, isolates,
/// marks): an id "\u202E0042S" would otherwise show as "S2400", another student's id.
std::string withoutBidiControls(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto at = [&](std::size_t k) {
            return k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
        };
        unsigned char a = at(i), b = at(i + 1), c = at(i + 2);
        bool mark = a == 0xE2 && b == 0x80 && (c == 0x8E || c == 0x8F || (c >= 0xAA && c <= 0xAE));
        bool isolate = a == 0xE2 && b == 0x81 && c >= 0xA6 && c <= 0xA9;
        if (mark || isolate) {
            i += 2;
            continue;
        }
        if (a == 0xD8 && b == 0x9C) { // U+061C ARABIC LETTER MARK
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

/// Untrusted text (a name, an id, a file name) shortened to `maxChars`, the whole (up to
/// kTooltipChars) in a tooltip when shortened. dir="auto" isolates it, so a right-to-left
/// name (or a stray bidi override) cannot reorder the text around it.
std::string untrusted(const std::string& text, std::size_t maxChars, const char* cls = "nm") {
    const std::string s = withoutBidiControls(text);
    std::string shown = shortText(s, maxChars);
    std::string out = std::string("<span class=\"") + cls + "\" dir=\"auto\"";
    if (shown != s) {
        std::string tip = shortText(s, kTooltipChars);
        if (tip != s) {
            std::size_t chars = 0;
            for (std::size_t i = 0; i < s.size(); i += std::max<std::size_t>(1, utf8Length(s, i)))
                ++chars;
            tip += " (" + std::to_string(chars) + " characters in all)";
        }
        out += " title=\"" + escapeHtml(tip) + "\"";
    }
    return out + ">" + escapeHtml(shown) + "</span>";
}

/// A results file by its name, the whole path in the tooltip: the instructor knows the folder
/// the files were collected in, and a long path would crowd out the columns beside it.
std::string fileHtml(const std::string& file) {
    const std::string path = withoutBidiControls(file);
    std::size_t slash = path.find_last_of("/\\");
    std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string out = "<code class=\"file\" dir=\"auto\" title=\"" +
                      escapeHtml(shortText(path, kTooltipChars)) + "\">" +
                      escapeHtml(shortText(base, 60)) + "</code>";
    return out;
}

std::string nameHtml(const std::string& name) {
    if (name.empty()) return "<span class=\"small\">(no name)</span>";
    return untrusted(name, kNameChars);
}

/// A decision by its catalogue label, the action key in small type after it (beneath it when
/// `below`; inline in the path tables, where steps are many and rows must stay short).
std::string decisionHtml(const std::string& key, const Catalog& cat, bool below = true) {
    return "<span class=\"dl\">" + escapeHtml(decisionLabel(key, cat)) + "</span>" +
           (below ? "<br/>" : " ") + "<code class=\"key\">" + escapeHtml(shortText(key, 200)) +
           "</code>";
}

/// The catalogue the labels come from (none on a board built without content: ids as written).
const Catalog& catalogOf(const Board& b) {
    static const Catalog none;
    return b.content ? b.content->catalog : none;
}

/// Anchor of the first problem naming a student (by id, else by file), "" if none.
std::string problemAnchor(const Board& b, const Student& s) {
    for (std::size_t i = 0; i < b.problems.size(); ++i) {
        const Problem& p = b.problems[i];
        bool byId = !p.studentId.empty() && p.studentId == s.studentId;
        // A problem's file may carry a line ("handins/x.xml:12").
        bool byFile = !s.file.empty() && p.file.compare(0, s.file.size(), s.file) == 0 &&
                      (p.file.size() == s.file.size() || p.file[s.file.size()] == ':');
        if (byId || byFile) return "problem-" + std::to_string(i + 1);
    }
    return "";
}

/// "⚑ flagged: score mismatch, seed differs", linked to the student's first problem.
std::string flagHtml(const Board& b, const Student& s) {
    if (!s.flagged()) return "";
    std::vector<std::string> reasons;
    for (const auto& f : s.flags)
        if (std::find(reasons.begin(), reasons.end(), f) == reasons.end()) reasons.push_back(f);
    std::string text;
    for (const auto& r : reasons)
        text += (text.empty() ? "" : ", ") + r;
    std::string anchor = problemAnchor(b, s);
    return " <a class=\"flag\" href=\"#" + (anchor.empty() ? std::string("problems") : anchor) +
           "\">\xE2\x9A\x91 flagged: " + escapeHtml(shortText(text, 120)) + "</a>";
}

std::string attemptHtml(const Student& s) {
    if (s.attempts <= 1) return "";
    return " <span class=\"small\">attempt " + std::to_string(s.attempt) + " of " +
           std::to_string(s.attempts) + " counts</span>";
}

const char* kStyle = R"(
*{box-sizing:border-box}
body{font-family:"Inter","DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;color:#222;line-height:1.45;padding:1em 1.2em 3em}
h1{font-size:1.6em;margin:.3em 0 .2em}h2{margin-top:1.8em;border-bottom:2px solid #0072B2}h3{margin-top:1.4em}
table{border-collapse:collapse;margin:.6em 0;max-width:100%}th,td{border:1px solid #bbb;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#eef4f9}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.pass td.res{color:#006d4f;font-weight:600}tr.fail td.res{color:#a33f00;font-weight:600}
.nm,.id,code{overflow-wrap:anywhere;unicode-bidi:isolate}
td.file{min-width:10em}td.who{min-width:9em}td.problem{min-width:7em}table.wide{width:100%}
.meta{color:#555}.toc a{margin-right:1em}.chart{display:block;margin:1em 0;max-width:100%;height:auto}
tr.diverge td.p{background:#fde0c8}td.miss{background:#fde0c8}
.mark{color:#a33f00;font-weight:700}.problem{color:#a33f00;font-weight:600}.small{font-size:.86em;color:#555}
.student{margin-bottom:2em}code{font-family:"DejaVu Sans Mono",monospace;font-size:.92em}
code.key{font-size:.78em;color:#555}.dl{font-weight:500}
table.board{font-size:.94em;width:100%}table.board th.case{font-size:.8em;font-weight:600}
table.board .who{min-width:10em}table.board th.who{width:30%}table.board td,table.board th{padding:.2em .35em}
tr.flagged td{background:#fff3e0}a.flag{color:#a33f00;font-weight:700;font-size:.86em;white-space:normal}
table.items,table.path{width:100%}table.items td.d{width:100%}
tr.look td.d{border-left:4px solid #D55E00;background:#fff8f2}
.why{font-size:.86em;color:#666}tr.look .why{color:#a33f00;font-weight:600}
details{margin:.4em 0 1.2em}summary{cursor:pointer;color:#0072B2}
.held td{background:#f4f4f4}
)";

/// Problems first: what the instructor has to decide before the grades mean anything.
void problemsSection(std::ostringstream& o, const Board& b) {
    o << "<h2 id=\"problems\">Problems (" << b.problems.size() << ")</h2>\n";
    if (!b.held.empty()) {
        std::map<std::string, std::vector<const Student*>> byId;
        std::vector<std::string> order;
        for (const auto& s : b.held) {
            if (!byId.count(s.studentId)) order.push_back(s.studentId);
            byId[s.studentId].push_back(&s);
        }
        o << "<h3 id=\"held\">Held, not counted (" << b.held.size() << " files)</h3>\n"
          << "<p>These files name the same student id. None of them counts until you accept one "
          << "(run the board again with <code>--accept FILE</code>); each was re-scored so you can "
          << "compare them.</p>\n<table class=\"held wide\">\n<thead><tr><th>Student "
             "ID</th><th>File</th>"
          << "<th>Name</th><th>Total</th><th>Written</th></tr></thead>\n<tbody>\n";
        for (const auto& id : order) {
            const auto& files = byId[id];
            for (std::size_t k = 0; k < files.size(); ++k) {
                const Student& s = *files[k];
                std::size_t hi = static_cast<std::size_t>(files[k] - b.held.data()) + 1;
                o << "<tr>";
                if (k == 0)
                    o << "<td rowspan=\"" << files.size() << "\">" << untrusted(id, 32, "id")
                      << "</td>";
                o << "<td class=\"file\">" << fileHtml(s.file) << "</td><td class=\"who\">"
                  << "<a href=\"#held-" << hi << "\">" << nameHtml(s.player) << "</a>"
                  << attemptHtml(s) << "</td><td class=\"n\">" << rc::oneDecimal(s.total)
                  << "</td><td class=\"n\">" << escapeHtml(shortText(s.written, 40))
                  << "</td></tr>\n";
            }
        }
        o << "</tbody>\n</table>\n";
    }
    if (b.problems.empty()) {
        o << "<p>None: every results file was usable and every score matched.</p>\n";
        return;
    }
    if (!b.held.empty()) o << "<h3>Every problem (" << b.problems.size() << ")</h3>\n";
    o << "<table "
         "class=\"wide\">\n<thead><tr><th>File</th><th>Student</th><th>Problem</th><th>Detail</"
         "th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < b.problems.size(); ++i) {
        const Problem& p = b.problems[i];
        std::string d = escapeHtml(shortText(withoutBidiControls(p.detail), 800));
        for (std::size_t k = 0; (k = d.find('\n', k)) != std::string::npos;)
            d.replace(k, 1, "<br/>");
        o << "<tr id=\"problem-" << i + 1 << "\"><td class=\"file\">" << fileHtml(p.file)
          << "</td><td class=\"who\">"
          << (p.student.empty() ? "" : untrusted(p.student, kNameChars + 20))
          << "</td><td class=\"problem\">" << escapeHtml(p.reason) << "</td><td class=\"nm\">" << d
          << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
}

void leaderboardSection(std::ostringstream& o, const Board& b) {
    const Challenge& ch = *b.challenge;
    int flagged = static_cast<int>(std::count_if(b.students.begin(), b.students.end(),
                                                 [](const Student& s) { return s.flagged(); }));
    o << "<h2 id=\"leaderboard\">Leaderboard</h2>\n<p class=\"small\">" << b.students.size()
      << " students counted, " << passedCount(b) << " passed (pass mark " << num(ch.mastery, 1)
      << ").";
    if (flagged)
        o << " <span class=\"mark\">\xE2\x9A\x91</span> " << flagged
          << " flagged: their file has a problem listed above; they count until you decide.";
    o << "</p>\n<table class=\"board\">\n<thead><tr><th>Rank</th><th "
         "class=\"who\">Student</th><th>Total</th>";
    for (std::size_t i = 0; i < ch.cases.size(); ++i) {
        // A zero-width space after each hyphen: the ref wraps at its hyphens, never mid-word.
        std::string ref = escapeHtml(ch.cases[i].ref);
        for (std::size_t k = 0; (k = ref.find('-', k)) != std::string::npos; k += 4)
            ref.insert(k + 1, "\xE2\x80\x8B");
        o << "<th class=\"case\">" << ref;
        if (i < b.cases.size() && b.cases[i].weight != 1)
            o << "<br/><span class=\"small\">\xC3\x97" << num(b.cases[i].weight, 1) << "</span>";
        o << "</th>";
    }
    o << "<th>Time</th><th>Result</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < b.students.size(); ++i) {
        const Student& s = b.students[i];
        bool pass = s.total >= ch.mastery;
        o << "<tr class=\"" << (pass ? "pass" : "fail") << (s.flagged() ? " flagged" : "")
          << "\"><td class=\"n\">" << s.rank << "</td><td class=\"who\"><a href=\"#student-"
          << i + 1 << "\">" << nameHtml(s.player) << "</a><br/><span class=\"small\">"
          << untrusted(s.studentId, 24, "id") << "</span>" << flagHtml(b, s) << attemptHtml(s)
          << "</td><td class=\"n\">" << rc::oneDecimal(s.total) << "</td>";
        for (const auto& p : s.cases)
            o << "<td class=\"n\">" << (p.counted ? rc::oneDecimal(p.score) : kDash) << "</td>";
        o << "<td class=\"n\">" << clock(s.seconds) << "</td><td class=\"res\">"
          << (pass ? "passed" : "failed") << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
}

void chartsSection(std::ostringstream& o, const Board& b) {
    auto h = bins(b);
    std::string alt = "Histogram of totals, pass mark " + num(b.challenge->mastery, 0) + ":";
    for (std::size_t i = 0; i < 10; ++i)
        alt += " " + binLabel(i) + ": " + std::to_string(h[i]) + (i < 9 ? ";" : ".");
    int n = 0;
    auto m = domainMeans(b, n);
    std::string alt2 = "Mean score by domain:";
    for (int d = 0; d < kDomainCount; ++d)
        alt2 += std::string(" ") + domainLabel(static_cast<Domain>(d)) + " " + num(m[d], 1) +
                (d + 1 < kDomainCount ? ";" : ".");
    o << "<h2 id=\"charts\">Totals and domains</h2>\n";
    o << img(histogramSvg(b), alt, 640, 300);
    o << img(domainSvg(b), alt2, 640, 40 + 30 * kDomainCount + 20);
    o << "<table>\n<thead><tr><th>Domain</th><th>Mean</th></tr></thead>\n<tbody>\n";
    for (int d = 0; d < kDomainCount; ++d)
        o << "<tr><td>" << domainLabel(static_cast<Domain>(d)) << "</td><td class=\"n\">"
          << num(m[d], 1) << "</td></tr>\n";
    o << "</tbody>\n</table>\n";
}

void itemRow(std::ostringstream& o, const Item& it, const Catalog& cat) {
    o << "<tr" << (it.needsLook() ? " class=\"look\"" : "") << "><td class=\"d\">"
      << decisionHtml(it.label, cat) << " <span class=\"small\">\xC2\xB7 " << escapeHtml(it.domain)
      << (it.visit.empty() ? std::string() : " \xC2\xB7 visit " + escapeHtml(it.visit))
      << (it.expertTook ? " \xC2\xB7 expert \xE2\x9C\x93" : "") << "</span>";
    if (!it.reason.empty()) o << "<div class=\"why\">" << escapeHtml(it.reason) << "</div>";
    o << "</td><td>" << escapeHtml(it.tag)
      << (it.critical ? "<br/><span class=\"mark\">critical</span>" : "")
      << "</td><td class=\"n\">";
    if (it.n)
        o << pct(it.share) << "<br/><span class=\"small\">" << it.made << " of " << it.n
          << "</span>";
    else
        o << kDash;
    o << "</td><td class=\"n\">" << opt2(it.difficulty) << "</td><td class=\"n\">"
      << opt2(it.discrimination) << "</td></tr>\n";
}

void itemTable(std::ostringstream& o, const std::vector<const Item*>& rows, const Catalog& cat) {
    o << "<table class=\"items\">\n<thead><tr><th>Decision</th><th>Judged</th><th>Made</th>"
      << "<th title=\"Difficulty: the proportion who got it right\">p</th>"
      << "<th title=\"Discrimination: p(upper) \xE2\x88\x92 "
         "p(lower)\">D</th></tr></thead>\n<tbody>\n";
    for (const Item* it : rows)
        itemRow(o, *it, cat);
    o << "</tbody>\n</table>\n";
}

void tallyTable(std::ostringstream& o, const std::vector<Tally>& rows, const char* head,
                bool judged, const Catalog& cat) {
    o << "<table class=\"items\">\n<thead><tr><th>" << head << "</th>"
      << (judged ? "<th>Judged</th>" : "") << "<th>Students</th></tr></thead>\n<tbody>\n";
    for (const auto& t : rows) {
        o << "<tr><td class=\"d\">" << decisionHtml(t.key, cat) << "</td>";
        if (judged) o << "<td>" << escapeHtml(t.judgement) << "</td>";
        o << "<td class=\"n\">" << t.students << " (" << pct(t.share) << ")</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
}

void itemsSection(std::ostringstream& o, const Board& b, const std::vector<CaseItems>& items) {
    const Catalog& cat = catalogOf(b);
    o << "<h2 id=\"items\">Item analysis</h2>\n<p class=\"small\">Each scoring rule of a case is "
         "an item. "
      << "<em>Made</em>: share of the students (for whom the item counted: its visit reached) who "
         "took "
      << "the action. <em>Difficulty p</em>: proportion who got it right (did an essential or "
         "indicated "
      << "item, avoided an unnecessary or harmful one, named the diagnosis); a hands-on test "
         "stopped short "
      << "is not right. <em>Discrimination D</em> = p(upper) \xE2\x88\x92 p(lower), the groups "
         "being "
      << "the top and bottom 27% of students by challenge total; \xE2\x9C\x93 marks the expert's "
         "decisions. Listed first, highlighted with the "
      << "reason, are the items that deserve a look: negative D, nobody right, D below "
      << num(kLowDiscrimination, 1)
      << ", critical items some got wrong. Items that no student and not "
      << "the expert took are folded away under each table.</p>\n";
    for (const auto& ci : items) {
        std::vector<const Item*> taken, untaken;
        int look = 0;
        for (const auto& it : ci.items) {
            (it.takenByAnyone() ? taken : untaken).push_back(&it);
            if (it.takenByAnyone() && it.needsLook()) ++look;
        }
        o << "<h3 id=\"case-" << escapeHtml(ci.caseId) << "\">" << escapeHtml(ci.title)
          << " <code class=\"key\">" << escapeHtml(ci.caseId) << "</code></h3>\n<p class=\"small\">"
          << ci.students << " students; upper and lower groups of " << ci.groupSize << ". "
          << taken.size() << " decisions taken by a student or the expert, " << look
          << " of them worth a look.</p>\n";
        itemTable(o, taken, cat);
        if (!untaken.empty()) {
            o << "<details><summary>" << untaken.size() << " more item"
              << (untaken.size() == 1 ? "" : "s") << " nobody took</summary>\n";
            itemTable(o, untaken, cat);
            o << "</details>\n";
        }
        o << "<p><strong>Most common wrong choices</strong></p>\n";
        if (ci.wrongChoices.empty())
            o << "<p class=\"small\">None.</p>\n";
        else
            tallyTable(o, ci.wrongChoices, "Choice", true, cat);
        o << "<p><strong>Red flags most often missed</strong></p>\n";
        if (ci.missedRedFlags.empty())
            o << "<p class=\"small\">None missed.</p>\n";
        else
            tallyTable(o, ci.missedRedFlags, "Red flag / key feature", false, cat);
    }
}

void pathStep(std::ostringstream& o, const std::vector<std::string>& path, std::size_t i,
              const Catalog& cat) {
    if (i < path.size()) o << decisionHtml(path[i], cat, false);
}

void studentBlock(std::ostringstream& o, const Board& b, const Student& s,
                  const std::string& anchor, const std::string& heading) {
    const Challenge& ch = *b.challenge;
    const Catalog& cat = catalogOf(b);
    o << "<div class=\"student\" id=\"" << anchor << "\">\n<h3>" << heading << nameHtml(s.player)
      << " <span class=\"small\">(" << untrusted(s.studentId, 24, "id")
      << ")</span>: " << rc::oneDecimal(s.total) << attemptHtml(s) << flagHtml(b, s) << "</h3>\n";
    for (std::size_t ci = 0; ci < s.cases.size() && ci < b.cases.size(); ++ci) {
        const PlayedCase& p = s.cases[ci];
        const KeyCase& k = b.cases[ci];
        o << "<h4>" << escapeHtml(ch.cases[ci].ref) << ": ";
        if (!p.counted) {
            o << "not counted</h4>\n";
            continue;
        }
        o << rc::oneDecimal(p.score) << " <span class=\"small\">(" << escapeHtml(p.outcomeStatus)
          << ", " << clock(p.seconds) << ")</span></h4>\n";
        // Folded: thirty students' paths open would bury the page; the summary says where the
        // student first left the expert's path, which is what the instructor looks for.
        o << "<details><summary>Path beside the expert's: " << p.path.size() << " decisions";
        const auto di = static_cast<std::size_t>(p.divergence),
                   ei = static_cast<std::size_t>(p.expertDivergence);
        if (p.divergence >= 0 && di < p.path.size())
            o << ", first divergence at step " << di + 1 << ": "
              << escapeHtml(shortText(decisionLabel(p.path[di], cat), 90));
        else if (p.expertDivergence >= 0 && ei < k.expertPath.size())
            o << ", none outside the expert's; first expert step not taken: "
              << escapeHtml(shortText(decisionLabel(k.expertPath[ei], cat), 90));
        else
            o << ", the same as the expert's";
        o << "</summary>\n<table class=\"path\">\n<thead><tr><th>#</th><th>Student's "
             "path</th><th>Expert's path</th></tr></thead>\n<tbody>\n";
        std::size_t rows = std::max(p.path.size(), k.expertPath.size());
        for (std::size_t i = 0; i < rows; ++i) {
            bool div = static_cast<int>(i) == p.divergence;
            bool ediv = static_cast<int>(i) == p.expertDivergence;
            o << "<tr" << (div ? " class=\"diverge\"" : "") << "><td class=\"n\">" << i + 1
              << "</td><td class=\"p\">";
            pathStep(o, p.path, i, cat);
            if (div) o << " <span class=\"mark\">\xE2\x86\x90 first divergence</span>";
            o << "</td><td" << (ediv ? " class=\"miss\"" : "") << ">";
            pathStep(o, k.expertPath, i, cat);
            if (ediv) o << " <span class=\"mark\">first expert step not taken</span>";
            o << "</td></tr>\n";
        }
        o << "</tbody>\n</table>\n</details>\n";
    }
    o << "<p class=\"small\"><a href=\"#leaderboard\">Back to the leaderboard</a></p>\n</div>\n";
}

} // namespace

std::string escapeHtml(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        char c = s[i];
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default: {
            // Control characters are not allowed in XML 1.0 text: drop them. A byte that does
            // not start valid UTF-8 would make the whole page malformed: replace it.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
            std::size_t n = utf8Length(s, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                break;
            }
            out.append(s, i, n);
            i += n;
            continue;
        }
        }
        ++i;
    }
    return out;
}

std::string shortText(const std::string& s, std::size_t maxChars) {
    std::size_t i = 0, chars = 0;
    while (i < s.size() && chars < maxChars) {
        i += std::max<std::size_t>(1, utf8Length(s, i)); // a bad byte counts as one character
        ++chars;
    }
    if (i >= s.size()) return s;
    return s.substr(0, i) + kEllipsis;
}

std::string base64(const std::string& bytes) {
    static const char* tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 |
                     (unsigned char)bytes[i + 2];
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
    // Bands from the top: title, pass-mark label, then the plot. The tallest bar (and its
    // count) stays inside the plot, so nothing a bar draws can reach the label's band.
    const int W = 640, H = 300, left = 50, right = 20, labelY = 44, top = 60, bottom = 50;
    const double plotW = W - left - right, plotH = H - top - bottom, bw = plotW / 10.0;
    std::ostringstream o;
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << W << "\" height=\"" << H
      << "\" viewBox=\"0 0 " << W << " " << H
      << "\" font-family=\"DejaVu Sans,Arial,sans-serif\" font-size=\"12\">";
    o << "<title>Histogram of weighted totals</title>";
    o << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    o << "<text x=\"" << W / 2
      << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
      << "Weighted totals (" << b.students.size() << " students)</text>";
    o << "<line x1=\"" << left << "\" y1=\"" << top + plotH << "\" x2=\"" << left + plotW
      << "\" y2=\"" << top + plotH << "\" stroke=\"#333\"/>";
    for (std::size_t i = 0; i < 10; ++i) {
        double bh = (plotH - 18) * h[i] / maxCount;
        double x = left + bw * i;
        o << "<rect class=\"bar\" x=\"" << num(x + 2, 1) << "\" y=\"" << num(top + plotH - bh, 1)
          << "\" width=\"" << num(bw - 4, 1) << "\" height=\"" << num(bh, 1) << "\" fill=\""
          << kBlue << "\"/>";
        o << "<text x=\"" << num(x + bw / 2, 1) << "\" y=\"" << num(top + plotH - bh - 4, 1)
          << "\" text-anchor=\"middle\">" << h[i] << "</text>";
        o << "<text x=\"" << num(x + bw / 2, 1) << "\" y=\"" << num(top + plotH + 16, 1)
          << "\" text-anchor=\"middle\">" << binLabel(i) << "</text>";
    }
    const double mastery = std::clamp(b.challenge->mastery, 0.0, 100.0);
    double mx = left + plotW * mastery / 100.0;
    o << "<line x1=\"" << num(mx, 1) << "\" y1=\"" << labelY + 4 << "\" x2=\"" << num(mx, 1)
      << "\" y2=\"" << top + plotH << "\" stroke=\"" << kVermillion
      << "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>";
    // The label is centred on the line, but kept whole inside the chart at either end: its
    // width is estimated generously (7.5 px a character at 12 px) and its centre clamped.
    std::string label = "pass mark " + num(b.challenge->mastery, 0) + ": " +
                        std::to_string(passedCount(b)) + " of " +
                        std::to_string(b.students.size()) + " passed";
    double half = 7.5 * static_cast<double>(label.size()) / 2;
    double lx = std::clamp(mx, 4 + half, W - 4 - half);
    o << "<text class=\"pass\" x=\"" << num(lx, 1) << "\" y=\"" << labelY
      << "\" text-anchor=\"middle\" fill=\"" << kVermillion << "\" font-weight=\"bold\">" << label
      << "</text>";
    o << "<text x=\"" << left + plotW / 2 << "\" y=\"" << H - 10
      << "\" text-anchor=\"middle\">Total (0" << kDash << "100)</text>";
    o << "<text x=\"14\" y=\"" << top + plotH / 2
      << "\" text-anchor=\"middle\" transform=\"rotate(-90 14 " << top + plotH / 2
      << ")\">Students</text>";
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
      << "\" viewBox=\"0 0 " << W << " " << H
      << "\" font-family=\"DejaVu Sans,Arial,sans-serif\" font-size=\"12\">";
    o << "<title>Mean score by domain</title>";
    o << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    o << "<text x=\"" << W / 2
      << "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
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
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      << "<title>" << escapeHtml("Root Cause challenge report: " + ch.title) << "</title>\n"
      << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
    o << "<h1>" << escapeHtml(ch.title) << "</h1>\n";
    o << "<p class=\"meta\">Challenge <code>" << escapeHtml(ch.id) << "</code> ("
      << escapeHtml(ch.mode) << " mode, seed " << ch.seed << ", pass mark " << num(ch.mastery, 1)
      << "), " << ch.cases.size() << " cases, " << b.students.size() << " students counted, ";
    if (!b.held.empty()) o << b.held.size() << " files held, ";
    o << b.problems.size() << " problems. Every score was re-scored from the students' action "
      << "logs against the instructor's copy of the cases (rootcause-board " << kVersion
      << ").</p>\n";
    o << "<p class=\"toc\"><a href=\"#problems\">Problems (" << b.problems.size() << ")</a>"
      << "<a href=\"#leaderboard\">Leaderboard</a><a href=\"#charts\">Charts</a>"
      << "<a href=\"#items\">Item analysis</a><a href=\"#students\">Students</a></p>\n";

    problemsSection(o, b);
    leaderboardSection(o, b);
    chartsSection(o, b);
    itemsSection(o, b, items);

    o << "<h2 id=\"students\">Students</h2>\n";
    for (std::size_t si = 0; si < b.students.size(); ++si)
        studentBlock(o, b, b.students[si], "student-" + std::to_string(si + 1),
                     std::to_string(b.students[si].rank) + ". ");
    if (!b.held.empty()) {
        o << "<h2 id=\"held-students\">Held files (not counted)</h2>\n";
        for (std::size_t hi = 0; hi < b.held.size(); ++hi)
            studentBlock(o, b, b.held[hi], "held-" + std::to_string(hi + 1), "Held: ");
    }
    o << "</body>\n</html>\n";
    return o.str();
}

} // namespace rc::board
