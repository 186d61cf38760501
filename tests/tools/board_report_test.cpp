// rootcause-board: the grade CSV parses with its header and value rules, and the HTML report
// is well-formed (xmllint --html) and self-contained.
#include "game/engine/content_text.hpp"
#include "game/grading/board_items.hpp"
#include "game/grading/board_labels.hpp"
#include "tests/tools/board_testutil.hpp"
#include "tools/board_csv.hpp"
#include "tools/board_html.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <regex>
#include <set>
#include <sstream>

using namespace boardtest;

namespace {

/// A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes.
bool parseCsv(const std::string& text, std::vector<std::vector<std::string>>& rows, std::string& err) {
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    bool quoted = false, wasQuoted = false;
    while (i < text.size()) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') field += '"', i += 2;
                else quoted = false, ++i;
            } else {
                field += c, ++i;
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty() || wasQuoted) return err = "quote inside an unquoted field", false;
            quoted = wasQuoted = true;
            ++i;
        } else if (c == ',') {
            row.push_back(field), field.clear(), wasQuoted = false, ++i;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') return err = "CR without LF", false;
            row.push_back(field), field.clear(), wasQuoted = false;
            rows.push_back(row), row.clear();
            i += 2;
        } else if (c == '\n') {
            return err = "bare LF line end", false;
        } else {
            if (wasQuoted) return err = "text after a closing quote", false;
            field += c, ++i;
        }
    }
    if (quoted) return err = "unterminated quoted field", false;
    if (!field.empty() || !row.empty()) return err = "last record has no CRLF", false;
    return true;
}

bool validUtf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + static_cast<std::size_t>(n) >= s.size() + (n == 0 ? 1 : 0)) return false;
        for (int k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

/// The errors of `xmllint --html` but those about <details> and <summary>: its HTML 4 parser
/// (libxml2 2.9) does not know these two HTML5 elements, which fold away what the report lists
/// only on request (no script needed); every browser since 2020 renders them.
std::string htmlErrors(const std::string& lintOutput) {
    std::istringstream in(lintOutput);
    std::string line, out;
    while (std::getline(in, line))
        if (line.find("error") != std::string::npos && line.find("Tag details invalid") == std::string::npos &&
            line.find("Tag summary invalid") == std::string::npos)
            out += line + "\n";
    return out;
}

/// A board over simulated students plus one student with awkward text everywhere.
rc::board::Board awkwardBoard(const std::string& dir, bool withEmail = true) {
    auto files = writeStudents(dir, 10, 21);
    rc::Diagnostics d;
    auto r = *rc::loadResultsFile(files[0], d);
    r.player = "<b>Tom & \"Jerry\"</b> O'Neil, Jr.";
    r.studentId = "ID,\"7\"";
    r.email = "tom,jerry@example.ac.uk";
    std::string p = dir + "/awkward.xml", err;
    rc::writeFileAtomically(p, rc::formatResults(r), err);
    files.push_back(p);
    if (!withEmail)
        for (const auto& f : files) {
            auto x = *rc::loadResultsFile(f, d);
            x.email.clear();
            rc::writeFileAtomically(f, rc::formatResults(x), err);
        }
    return boardOf(files);
}

} // namespace

TEST_CASE("board csv: header, one numeric column per case and Total, RFC 4180 quoting") {
    std::string dir = tempDir("csv");
    auto b = awkwardBoard(dir);
    std::string csv = rc::board::gradesCsv(b).text;
    CHECK(validUtf8(csv));
    CHECK(csv.find('#') == std::string::npos); // no comments
    std::vector<std::vector<std::string>> rows;
    std::string err;
    REQUIRE_MESSAGE(parseCsv(csv, rows, err), err);
    REQUIRE(rows.size() == b.students.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"Student ID", "Email address", "knee-l3-disc",
                                              "tight-hamstrings-l5s1", "Total", "Status"});
    std::regex number(R"(^(100|[1-9]?[0-9])\.[0-9]$)");
    std::set<std::string> ids;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == rows[0].size());
        ids.insert(rows[i][0]);
        const std::string& status = rows[i].back();
        CHECK_MESSAGE((status == "ok" || status.rfind("flagged: ", 0) == 0), status);
        for (std::size_t c = 2; c + 1 < rows[i].size(); ++c) {
            CHECK_MESSAGE(std::regex_match(rows[i][c], number), rows[i][c]);
            double v = std::stod(rows[i][c]);
            CHECK(v >= 0);
            CHECK(v <= 100);
        }
        // The total is the case scores weighted 2:1, to one decimal.
        double t = (2 * std::stod(rows[i][2]) + std::stod(rows[i][3])) / 3;
        CHECK(std::stod(rows[i][4]) == doctest::Approx(t).epsilon(0.002));
    }
    CHECK(ids.count("ID,\"7\"") == 1); // quoted and unquoted back
    CHECK(csv.find("\"ID,\"\"7\"\"\",\"tom,jerry@example.ac.uk\"") != std::string::npos);

    // Without any e-mail address there is no e-mail column.
    std::string dir2 = tempDir("csv2");
    auto b2 = awkwardBoard(dir2, false);
    std::string csv2 = rc::board::gradesCsv(b2).text;
    CHECK(csv2.rfind("Student ID,knee-l3-disc,tight-hamstrings-l5s1,Total,Status\r\n", 0) == 0);
    std::filesystem::remove_all(dir);
    std::filesystem::remove_all(dir2);
}

TEST_CASE("board csv: fields") {
    CHECK(rc::board::csvField("plain") == "plain");
    CHECK(rc::board::csvField("a,b") == "\"a,b\"");
    CHECK(rc::board::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(rc::board::csvField("two\nlines") == "\"two\nlines\"");
    CHECK(rc::oneDecimal(99.95) == "100.0");
    CHECK(rc::oneDecimal(-0.01) == "0.0");
    CHECK(rc::oneDecimal(7) == "7.0");
}

TEST_CASE("board html: well-formed, self-contained, escaped, with charts and anchors") {
    std::string dir = tempDir("html");
    auto b = awkwardBoard(dir);
    std::string html = rc::board::htmlReport(b, rc::board::itemAnalysis(b));
    std::string path = dir + "/report.html";
    spit(path, html);
    RunResult lint = run("xmllint --html --noout " + quote(path));
    CHECK(lint.status == 0);
    CHECK_MESSAGE(htmlErrors(lint.output).empty(), htmlErrors(lint.output));
    // Also well-formed as XML (XHTML-ish), apart from the HTML5 doctype.
    RunResult xml = run("xmllint --noout " + quote(path));
    CHECK_MESSAGE(xml.status == 0, xml.output);

    // No network references: no http(s) in src/href, no scripts, no external CSS or fonts.
    std::regex external(R"re((src|href)\s*=\s*["']?\s*(https?:)?//)re", std::regex::icase);
    CHECK(!std::regex_search(html, external));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);

    // Escaped text.
    CHECK(html.find("<b>Tom") == std::string::npos);
    CHECK(html.find("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; O&#39;Neil, Jr.") != std::string::npos);

    // Sections, leaderboard, item analysis, student anchors that resolve.
    for (const char* id : {"leaderboard", "charts", "items", "problems", "students"})
        CHECK(html.find(std::string("id=\"") + id + "\"") != std::string::npos);
    CHECK(html.find("Discrimination D") != std::string::npos);
    CHECK(html.find("Most common wrong choices") != std::string::npos);
    CHECK(html.find("Red flags most often missed") != std::string::npos);
    CHECK(html.find("first divergence") != std::string::npos);
    std::regex anchor("href=\"#([^\"]+)\"");
    int links = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), anchor); it != std::sregex_iterator(); ++it) {
        ++links;
        CHECK_MESSAGE(html.find("id=\"" + (*it)[1].str() + "\"") != std::string::npos, (*it)[1].str());
    }
    CHECK(links >= static_cast<int>(b.students.size()));

    // Two SVG charts, embedded, well-formed, labelled, in Okabe-Ito colours.
    std::regex svgData("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");
    int charts = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), svgData); it != std::sregex_iterator(); ++it) {
        ++charts;
        std::string svgPath = dir + "/chart" + std::to_string(charts) + ".svg";
        spit(svgPath + ".b64", (*it)[1].str());
        RunResult dec = run("base64 -d " + quote(svgPath + ".b64") + " > " + quote(svgPath));
        REQUIRE(dec.status == 0);
        RunResult x = run("xmllint --noout " + quote(svgPath));
        CHECK_MESSAGE(x.status == 0, x.output);
        std::string svg = slurp(svgPath);
        CHECK(svg.find("<text") != std::string::npos);
        CHECK(svg.find("#0072B2") != std::string::npos);
    }
    CHECK(charts == 2);
    CHECK(rc::board::histogramSvg(b).find("pass mark 70") != std::string::npos);
    CHECK(rc::board::domainSvg(b).find("Efficiency") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board html: base64 and escaping") {
    CHECK(rc::board::base64("") == "");
    CHECK(rc::board::base64("f") == "Zg==");
    CHECK(rc::board::base64("fo") == "Zm8=");
    CHECK(rc::board::base64("foo") == "Zm9v");
    CHECK(rc::board::base64("foobar") == "Zm9vYmFy");
    CHECK(rc::board::escapeHtml("a<b>&\"'\x01") == "a&lt;b&gt;&amp;&quot;&#39;");
    // Broken UTF-8 would make the whole page malformed: each bad byte becomes U+FFFD.
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(rc::board::escapeHtml("Zo\xC3\xAB") == "Zo\xC3\xAB");
    CHECK(rc::board::escapeHtml("a\xC3") == "a" + fffd);                   // cut short
    CHECK(rc::board::escapeHtml("\xC0\xAF") == fffd + fffd);              // overlong '/'
    CHECK(rc::board::escapeHtml("\xED\xA0\x80") == fffd + fffd + fffd);   // a surrogate
    CHECK(rc::board::escapeHtml("\xEF\xBF\xBF") == fffd + fffd + fffd);   // U+FFFF, not XML
    CHECK(rc::board::escapeHtml("\xF0\x9F\x99\x82") == "\xF0\x9F\x99\x82"); // an emoji
}

TEST_CASE("board html: text shortened on a character boundary") {
    using rc::board::shortText;
    CHECK(shortText("Ada", 3) == "Ada");
    CHECK(shortText("Ada Lovelace", 3) == "Ada\xE2\x80\xA6");
    CHECK(shortText("Zo\xC3\xAB Chen", 3) == "Zo\xC3\xAB\xE2\x80\xA6"); // never half of the ë
    CHECK(shortText("", 5).empty());
}

TEST_CASE("board labels: decisions by their catalogue labels, the side after a comma") {
    const rc::Catalog& cat = bundled().catalog;
    using rc::board::decisionLabel;
    REQUIRE(cat.question("bladder-bowel"));
    CHECK(decisionLabel("ask bladder-bowel", cat) == "Asked: " + cat.question("bladder-bowel")->text);
    CHECK(decisionLabel("exam slr right", cat) == "Examined: Straight leg raise, right");
    CHECK(decisionLabel("exam slr right 50", cat) == "Examined: Straight leg raise, right"); // no angle
    CHECK(decisionLabel("exam slr both", cat) == "Examined: Straight leg raise, both sides");
    CHECK(decisionLabel("order mri-lumbar", cat) == "Ordered: " + cat.investigation("mri-lumbar")->label);
    CHECK(decisionLabel("plan exercise-programme", cat) == "Planned: Graded exercise programme");
    CHECK(decisionLabel("plan conservative education exercise-programme follow-up-6w", cat) ==
          "Planned: Conservative care; Explain the diagnosis and the likely course; Graded exercise "
          "programme; Review in 6 weeks");
    CHECK(decisionLabel("diagnose l3-radiculopathy right", cat) ==
          "Diagnosed: " + cat.diagnosis("l3-radiculopathy")->label + ", right");
    CHECK(decisionLabel("diagnose knee-oa left", cat) == "Diagnosed: Knee osteoarthritis, left");
    CHECK(decisionLabel("differential knee-oa l4-radiculopathy", cat) ==
          "Differential: Knee osteoarthritis; " + cat.diagnosis("l4-radiculopathy")->label);
    // Rule patterns with alternatives name every one.
    CHECK(decisionLabel("order xray-lumbar|mri-lumbar", cat) == "Ordered: " + cat.investigation("xray-lumbar")->label +
                                                                   " or " + cat.investigation("mri-lumbar")->label);
    CHECK(decisionLabel("plan conservative|surgical", cat) ==
          "Planned: Conservative care or " + cat.pathway("surgical")->label);
    CHECK(decisionLabel("advance", cat) == "Moved on to the next visit");
    CHECK(decisionLabel("advance 6w", cat) == "Moved on to the next visit after 6 weeks");
    CHECK(decisionLabel("advance 1w", cat) == "Moved on to the next visit after 1 week");
    CHECK(decisionLabel("(no diagnosis)", cat) == "No diagnosis given");
    // Ids the catalogue lacks are shown as written; what is not an action comes back unchanged.
    CHECK(decisionLabel("ask no-such-question", cat) == "Asked: no-such-question");
    CHECK(decisionLabel("exam no-such-exam left", cat) == "Examined: no-such-exam, left");
    CHECK(decisionLabel("dance wildly", cat) == "dance wildly");
    CHECK(decisionLabel("ask", cat) == "ask");
    CHECK(decisionLabel("", cat).empty());
}

namespace {

/// The text of the report from `from` up to `to` (both ids of sections).
std::string section(const std::string& html, const std::string& from, const std::string& to) {
    std::size_t a = html.find("id=\"" + from + "\""), b = html.find("id=\"" + to + "\"");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(a < b);
    return html.substr(a, b - a);
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
    return n;
}

} // namespace

TEST_CASE("board html: problems first, held files listed, flagged students marked, attempts shown") {
    std::string dir = tempDir("html-problems");
    auto b = awkwardBoard(dir);
    REQUIRE(b.students.size() >= 6);
    auto clean = std::find_if(b.students.begin(), b.students.end(), [](const auto& st) { return !st.flagged(); });
    REQUIRE(clean != b.students.end());
    rc::board::Student& flagged = *clean;
    flagged.flags = {"score mismatch"};
    flagged.attempt = 2;
    flagged.attempts = 3;
    rc::board::Problem p;
    p.file = flagged.file + ":7";
    p.student = flagged.player + " (" + flagged.studentId + ")";
    p.studentId = flagged.studentId;
    p.reason = "score mismatch";
    p.detail = "case 'knee-l3-disc': the file shows 99.0 but its action log re-scores to 60.0";
    b.problems.push_back(p);
    rc::board::Student h1 = b.students[4], h2 = b.students[5];
    h1.file = dir + "/first-copy.xml";
    h2.file = dir + "/second-copy.xml";
    h1.studentId = h2.studentId = "S7777777";
    b.held = {h1, h2};
    std::string html = rc::board::htmlReport(b, rc::board::itemAnalysis(b));

    // Problems come before the leaderboard, and list both held files with their totals.
    std::string problems = section(html, "problems", "leaderboard");
    CHECK(problems.find("Held, not counted (2 files)") != std::string::npos);
    CHECK(problems.find("first-copy.xml") != std::string::npos);
    CHECK(problems.find("second-copy.xml") != std::string::npos);
    CHECK(problems.find("S7777777") != std::string::npos);
    CHECK(problems.find("--accept FILE") != std::string::npos);
    CHECK(problems.find("re-scores to 60.0") != std::string::npos);
    CHECK(problems.find("id=\"problem-1\"") != std::string::npos);
    CHECK(html.find("<title>") < html.find("id=\"problems\""));

    // Flagged students are marked on the leaderboard (the awkward student's log is a copy of
    // another's: the board flags both), each linked to a problem; the others not.
    std::string board = section(html, "leaderboard", "charts");
    std::size_t flaggedCount = 0;
    for (const auto& st : b.students) flaggedCount += st.flagged() ? 1 : 0;
    CHECK(flaggedCount >= 1);
    CHECK(count(board, "class=\"flag\"") == flaggedCount);
    CHECK(count(board, "tr class=\"pass flagged\"") + count(board, "tr class=\"fail flagged\"") == flaggedCount);
    CHECK(board.find(std::to_string(flaggedCount) + " flagged") != std::string::npos);
    std::string row = board.substr(board.find(rc::board::escapeHtml(flagged.player)));
    row = row.substr(0, row.find("</tr>"));
    CHECK(row.find("flagged: score mismatch") != std::string::npos);
    CHECK(row.find("href=\"#problem-" + std::to_string(b.problems.size()) + "\"") != std::string::npos);
    CHECK(board.find("attempt 2 of 3 counts") != std::string::npos);
    CHECK(count(board, "attempt ") == 1); // one attempt of one: nothing to say

    // Held files are not on the leaderboard but have their paths among the students.
    CHECK(board.find("S7777777") == std::string::npos);
    CHECK(html.find("id=\"held-1\"") != std::string::npos);
    CHECK(html.find("id=\"held-2\"") != std::string::npos);
    CHECK(html.find(std::to_string(b.problems.size()) + " problems") != std::string::npos);
    CHECK(html.find("2 files held") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board html: decisions by label, item tables list what someone took, the rest folded") {
    std::string dir = tempDir("html-items");
    auto b = awkwardBoard(dir);
    auto items = rc::board::itemAnalysis(b);
    std::string html = rc::board::htmlReport(b, items);
    std::string itemsHtml = section(html, "items", "students");
    const rc::Catalog& cat = bundled().catalog;
    for (const auto& ci : items) {
        std::size_t taken = 0, untaken = 0;
        for (const auto& it : ci.items) (it.takenByAnyone() ? taken : untaken)++;
        CHECK(taken > 0);
        CHECK(untaken > 0); // the bundled cases have rules nobody in a small class meets
        std::string one = itemsHtml.substr(itemsHtml.find("id=\"case-" + ci.caseId + "\""));
        one = one.substr(0, one.find("Most common wrong choices"));
        // The visible table holds the taken items, the folded one the rest, each in order.
        std::size_t fold = one.find("<details>");
        REQUIRE(fold != std::string::npos);
        CHECK(one.find("<summary>" + std::to_string(untaken) + " more items nobody took</summary>") != std::string::npos);
        CHECK(count(one.substr(0, fold), "<tr") == taken + 1);
        CHECK(count(one.substr(fold), "<tr") == untaken + 1);
        std::size_t at = 0;
        for (const auto& it : ci.items) {
            if (!it.takenByAnyone()) continue;
            std::string code = "<code class=\"key\">" + rc::board::escapeHtml(it.label) + "</code>";
            std::string label = rc::board::escapeHtml(rc::board::decisionLabel(it.label, cat));
            std::size_t here = one.find(label + "</span><br/>" + code, at);
            CHECK_MESSAGE(here != std::string::npos, it.label);
            if (here != std::string::npos) at = here;
            if (it.needsLook()) CHECK(one.find(rc::board::escapeHtml(it.reason), at) != std::string::npos);
        }
    }
    // Paths and wrong choices by label too: a question's text, with the key in small type.
    CHECK(html.find("Asked: ") != std::string::npos);
    CHECK(html.find("<code class=\"key\">ask ") != std::string::npos);
    CHECK(html.find("<details><summary>Path beside the expert") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board html: a megabyte-long name, markup, right-to-left text and broken UTF-8 stay contained") {
    std::string dir = tempDir("html-names");
    auto b = awkwardBoard(dir);
    std::string huge;
    while (huge.size() < (1u << 20)) huge += "Zo\xC3\xAB";
    b.students[0].player = huge;
    b.students[1].player = "<script>alert(1)</script>";
    b.students[2].player = "\xD9\x85\xD8\xB1\xD9\x8A\xD9\x85 \xFF broken";
    b.students[2].studentId = "\xE2\x80\xAE" "0042S"; // a right-to-left override would show "S2400"
    std::string html = rc::board::htmlReport(b, rc::board::itemAnalysis(b));
    std::string path = dir + "/report.html";
    spit(path, html);
    // The name is shown short with the start of it in a tooltip, not copied whole: the page
    // stays far below the megabyte the name alone takes.
    CHECK(html.size() < (1u << 20));
    CHECK(html.find(huge.substr(0, 3 * rc::board::kTooltipChars + 3)) == std::string::npos);
    CHECK(html.find("characters in all)") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(html.find(">0042S<") != std::string::npos);
    CHECK(html.find("dir=\"auto\"") != std::string::npos);
    CHECK(validUtf8(html));
    RunResult xml = run("xmllint --noout " + quote(path));
    CHECK_MESSAGE(xml.status == 0, xml.output.substr(0, 2000));
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: the command line writes CSV, HTML and xAPI, reproducibly") {
    std::string dir = tempDir("cli");
    RunResult g = run(kTools + "/rootcause-genresults --challenge " + quote(kChallenge) + " --content " +
                      quote(kContent) + " --students 30 --seed 4 --out " + quote(dir + "/in"));
    REQUIRE_MESSAGE(g.status == 0, g.output);
    std::string cmd = kTools + "/rootcause-board --challenge " + quote(kChallenge) + " --content " +
                      quote(kContent) + " " + quote(dir + "/in");
    RunResult a = run(cmd + " --csv " + quote(dir + "/a.csv") + " --html " + quote(dir + "/a.html") +
                      " --xapi " + quote(dir + "/a.json"));
    REQUIRE_MESSAGE(a.status == 0, a.output);
    CHECK(a.output.find("30 students counted, 0 held, 0 problems") != std::string::npos);
    RunResult b = run(cmd + " --csv " + quote(dir + "/b.csv") + " --html " + quote(dir + "/b.html") +
                      " --xapi " + quote(dir + "/b.json"));
    REQUIRE(b.status == 0);
    for (const char* ext : {"csv", "html", "json"}) {
        std::string x = slurp(dir + "/a." + ext);
        CHECK(!x.empty());
        CHECK(x == slurp(dir + "/b." + ext));
    }
    std::filesystem::remove_all(dir);
}
