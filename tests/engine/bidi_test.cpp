// Bidirectional overrides (issue 17): U+202A-U+202E and U+2066-U+2069 reorder the text around
// them, so a name such as "Ben <RLO>ydruM" shows as another student's on a leaderboard and a
// terminal. Every one is refused in content and results files at its line and column; marks
// (U+200E, U+200F) and right-to-left scripts themselves are plain text.
#include "game/engine/content_text.hpp"
#include "game/engine/results.hpp"
#include "tests/engine/test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string utf8(char32_t cp) {
    std::string s;
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
    return s;
}

} // namespace

TEST_CASE(
    "bidi: every override and isolate is refused where it stands, marks and scripts are text") {
    for (char32_t cp : {U'\u202A', U'\u202B', U'\u202C', U'\u202D', U'\u202E', U'\u2066', U'\u2067',
                        U'\u2068', U'\u2069'}) {
        const std::string s = "Ben " + utf8(cp) + "ydruM";
        const char* what = nullptr;
        CHECK(rc::firstNotPlain(s, what) == 4);
        REQUIRE(what);
        CHECK(std::string(what) == "a bidirectional override");
    }
    const char* what = nullptr;
    const std::string marks = "a" + utf8(U'\u200E') + "b" + utf8(U'\u200F') + "c";
    CHECK(rc::firstNotPlain(marks, what) == std::string::npos);
    CHECK(rc::firstNotPlain("\u05E9\u05DC\u05D5\u05DD \u0633\u0644\u0627\u0645", what) ==
          std::string::npos);
}

TEST_CASE("bidi: an override in a case's patient name is refused at its line and column") {
    rc::Diagnostics d;
    const std::string xml = "<case id=\"t\" title=\"T\">\n  <patient name=\"Ann " +
                            utf8(U'\u202E') + "eeL\"/>\n</case>\n";
    CHECK_FALSE(rct::caseFromString(xml, d));
    REQUIRE(d.all().size() == 1);
    const rc::Diagnostic& bad = d.all()[0];
    CHECK(bad.code == "bad-text");
    CHECK(bad.line == 2);
    CHECK(bad.col == 22);
    CHECK(bad.message.rfind("a bidirectional override", 0) == 0);
}

TEST_CASE("bidi: an override in a results file's student name refuses the file") {
    std::ifstream in(rct::fixtures() + "/board/tamper/honest.xml", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string spoofed = text.str();
    const std::size_t at = spoofed.find("player=\"Ben Murphy\"");
    REQUIRE(at != std::string::npos);
    spoofed.replace(at, 19, "player=\"Ben " + utf8(U'\u202E') + "yhpruM\"");
    rc::Diagnostics honest, d;
    CHECK(rc::parseResults("honest.xml", text.str(), honest));
    CHECK_FALSE(rc::parseResults("spoofed.xml", spoofed, d));
    CHECK(d.has("bad-text"));
}
