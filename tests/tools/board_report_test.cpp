// rootcause-board: the grade CSV parses with its header and value rules, and the HTML report
// is well-formed (xmllint --html) and self-contained.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "tests/tools/board_testutil.hpp"
#include "tools/board_csv.hpp"
#include "tools/board_html.hpp"
#include "tools/board_items.hpp"

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
    CHECK(rc::board::fixed1(99.95) == "100.0");
    CHECK(rc::board::fixed1(-0.01) == "0.0");
    CHECK(rc::board::fixed1(7) == "7.0");
}

TEST_CASE("board html: well-formed, self-contained, escaped, with charts and anchors") {
    std::string dir = tempDir("html");
    auto b = awkwardBoard(dir);
    std::string html = rc::board::htmlReport(b, rc::board::itemAnalysis(b));
    std::string path = dir + "/report.html";
    spit(path, html);
    RunResult lint = run("xmllint --html --noout " + quote(path));
    CHECK(lint.status == 0);
    CHECK_MESSAGE(lint.output.find("error") == std::string::npos, lint.output);
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
