// More loader shortcuts checked against the plain way: copying collapsed stretches of a text
// whole, placing a tag that opens its line, reading a file into a reused buffer, choices as
// positions, ids taken as they are, and duplicate entries named after try_emplace.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "game/engine/case_loader.hpp"
#include "game/engine/content_hash.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

using rc::Diagnostics;

namespace {

bool blank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// appendCollapsed the plain way: one character at a time. A blank leaves a space pending
/// only once something has been written.
void appendSlowly(std::string& out, bool& space, const std::string& piece) {
    for (char c : piece) {
        if (blank(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
}

/// Where the plain search puts `<name` of an element on `line`: its first occurrence from the
/// start of that line (1-based line and column).
std::pair<int, int> firstFrom(const std::string& text, int line, const std::string& needle) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l)
        start = text.find('\n', start) + 1;
    return rct::lineColOf(text, text.find(needle, start));
}

} // namespace

TEST_CASE("appendCollapsed: long texts over lines, piece by piece, as one character at a time") {
    std::mt19937 rng(11);
    // Words, single and double spaces, line breaks with indents, other control characters.
    const std::vector<std::string> bits = {"word", "a", " ",    "  ", "\n      ", "\r\n",
                                           "\t",   "é", "\x01", "\v", " \x02",    "xyz."};
    for (int i = 0; i < 4000; ++i) {
        std::string out = i % 3 == 0 ? "" : "kept", slow = out;
        bool space = i % 4 == 1, slowSpace = space;
        const int pieces = 1 + static_cast<int>(rng() % 4);
        for (int p = 0; p < pieces; ++p) {
            std::string piece;
            const std::size_t len = rng() % 200;
            while (piece.size() < len)
                piece += bits[rng() % bits.size()];
            INFO("case " << i << ", piece " << p << ": [" << piece << "]");
            rc::appendCollapsed(out, space, piece);
            appendSlowly(slow, slowSpace, piece);
            REQUIRE(out == slow);
            REQUIRE(space == slowSpace);
        }
    }
}

TEST_CASE("Node::pos: a tag that opens its line is placed as the plain search places it") {
    const std::string text = "<r>\n"
                             "  <a/>\n"
                             "\t<bb/>\n"
                             "  <b x=\"<a\"/><a/>\n" // <a> after another tag on its line
                             "<bb/><b/>\n"           // <b> where "<b" first begins "<bb"
                             "  \t  <a\n"
                             "     x=\"1\"/>\n"
                             "</r>";
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("p.xml", text, d));
    int seen = 0;
    for (const auto* e = f.root()->FirstChildElement(); e; e = e->NextSiblingElement(), ++seen) {
        rc::Node n(f, e, d);
        const rc::SourcePos p = n.pos();
        INFO("element " << seen << " <" << e->Name() << ">");
        CHECK(std::pair<int, int>(p.line, p.col) ==
              firstFrom(text, e->GetLineNum(), std::string("<") + e->Name()));
    }
    CHECK(seen == 7);
    // A needle that starts with a blank is never taken from the start of the line.
    CHECK(f.locate(2, " <a", false) == std::pair<int, int>(2, 2));
    // Past the last line, or not found: the line itself, column 1.
    CHECK(f.locate(99, "<a", false) == std::pair<int, int>(99, 1));
    CHECK(f.locate(2, "<zz", false) == std::pair<int, int>(2, 1));
}

TEST_CASE("XmlFile: a reused file reads a shorter file exactly, and empties on failure") {
    rct::TempDir t;
    const std::string big(5000, 'x'), small = "<r>small</r>";
    t.write("big.xml", "<r>" + big + "</r>");
    t.write("small.xml", small);
    rc::XmlFile f;
    Diagnostics d;
    REQUIRE(f.load((t.path / "big.xml").string(), d));
    REQUIRE(f.load((t.path / "small.xml").string(), d));
    CHECK(f.text() == small);
    CHECK(f.hash() == rc::contentHash(small));
    CHECK(std::string(f.root()->GetText()) == "small");
    CHECK_FALSE(f.load((t.path / "none.xml").string(), d));
    CHECK(f.text().empty());
    CHECK(rct::only(d, "missing-file").file == (t.path / "none.xml").string());
}

TEST_CASE("Node::choiceIndex reports and defaults as choice does") {
    const char* xml = "<r one=\"b\" two=\"z\" three=\"c\"/>";
    Diagnostics byName, byIndex;
    rc::XmlFile f;
    REQUIRE(f.parse("c.xml", xml, byName));
    rc::Node n(f, f.root(), byName), m(f, f.root(), byIndex);
    CHECK(n.choice("one", {"a", "b", "c"}) == "b");
    CHECK(m.choiceIndex("one", {"a", "b", "c"}) == 1);
    CHECK(n.choice("two", {"a", "b"}).empty());
    CHECK(m.choiceIndex("two", {"a", "b"}) == -1);
    CHECK(n.choice("none", {"a", "b"}).empty());
    CHECK(m.choiceIndex("none", {"a", "b"}) == -1);
    CHECK(n.choice("three", {"a", "c"}, "a") == "c");
    CHECK(m.choiceIndex("three", {"a", "c"}, 0) == 1);
    CHECK(n.choice("two", {"a", "b"}, "a") == "a");
    CHECK(m.choiceIndex("two", {"a", "b"}, 7) == 7);
    CHECK(n.choice("absent", {"a", "b"}, "b") == "b");
    CHECK(m.choiceIndex("absent", {"a", "b"}, 5) == 5);
    n.finish();
    m.finish();
    CHECK(byIndex.str() == byName.str());
    CHECK(rct::codes(byIndex) ==
          std::vector<std::string>{"bad-enum", "missing-attribute", "bad-enum"});
}

TEST_CASE("Node::id: a valid id as it is, blanks are collapsed before the check, as before") {
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("i.xml", "<r a=\"knee-oa\" b=\"  l3-disc \" c=\"two words\" e=\" \"/>", d));
    rc::Node n(f, f.root(), d);
    CHECK(n.id("a") == "knee-oa");
    CHECK(n.id("b") == "l3-disc");
    CHECK(d.all().empty());
    CHECK(n.id("c") == "two words");
    CHECK(rct::only(d, "bad-id").message ==
          "'two words' is not a valid id (lower-case letters, digits, hyphens)");
    CHECK(n.id("e").empty());
    CHECK(rct::only(d, "empty-attribute").message == "'e' must not be empty");
}

TEST_CASE("loadCaseXml: a duplicate answer, finding or result names what was read twice") {
    const std::string base = rct::readFile(rct::fixtureCasePath("fixture-l3"));
    auto twice = [&](const std::string& section, const std::string& entry) {
        std::string text = base;
        const std::size_t at = text.find("<" + section + ">");
        REQUIRE(at != std::string::npos);
        text.insert(at + section.size() + 2, entry + "\n" + entry + "\n");
        Diagnostics d;
        rct::caseFromString(text, d);
        return rct::only(d, "duplicate-id").message;
    };
    CHECK(twice("history", "<answer q=\"dup-q\">x</answer>") ==
          "question 'dup-q' is answered twice here");
    CHECK(twice("exam", "<finding exam=\"dup-exam\" side=\"left\" result=\"normal\">x</finding>") ==
          "a finding for 'dup-exam' on this side is given twice");
    CHECK(twice("investigations", "<result test=\"dup-test\"><report>r</report></result>") ==
          "a result for 'dup-test' is given twice");
}
