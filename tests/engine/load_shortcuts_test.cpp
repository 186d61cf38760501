// The loader's shortcuts (copy-as-is whitespace collapsing, hashing files side by side, reading
// cases in batches, the attribute table of a Node) must give what the plain way gives.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "game/engine/action.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_hash.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

namespace fs = std::filesystem;
using rc::Diagnostics;

namespace {

/// collapseSpace the plain way: one character at a time.
std::string collapsedSlowly(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

} // namespace

TEST_CASE("collapseSpace: one odd byte at every offset of long texts, as the plain way") {
    // Long enough for several 8-byte blocks; the odd byte lands on every block edge.
    const std::string odd[] = {" ", "\t", "\n", "\x1f", "\x7f", "\x80", "\xff", "\x01"};
    // Single spaces every `period` bytes, so an added space meets one on every block edge.
    for (std::size_t period = 2; period <= 6; ++period)
        for (std::size_t len = 1; len < 70; ++len) {
            std::string words;
            for (std::size_t k = 0; k < len; ++k)
                words += k % period == period - 1 ? ' ' : static_cast<char>('a' + k % 26);
            if (words.back() == ' ') words.back() = 'z';
            REQUIRE(rc::collapseSpace(words) == collapsedSlowly(words));
            for (std::size_t at = 0; at <= len; ++at)
                for (const std::string& o : odd) {
                    std::string s = words;
                    s.insert(at, o);
                    INFO("length " << s.size() << ", byte " << static_cast<int>(o[0]) << " at "
                                   << at << ", period " << period);
                    REQUIRE(rc::collapseSpace(s) == collapsedSlowly(s));
                }
        }
}

TEST_CASE("collapseSpace agrees with collapsing one character at a time") {
    std::mt19937 rng(7);
    // Blanks, other control characters, UTF-8 bytes and NUL, at every offset of the 8-byte checks.
    const std::string alphabet("   \n\t\r\v\x1f\x7f\x80\xc3\xa0\xff!ab", 17);
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        const std::size_t len = rng() % 70;
        const bool mostlyWords = i % 2 == 0;
        for (std::size_t k = 0; k < len; ++k)
            s += mostlyWords && rng() % 8 != 0 ? (rng() % 6 == 0 ? ' ' : 'w')
                                               : alphabet[rng() % alphabet.size()];
        if (i % 5 == 0 && !s.empty()) s[rng() % s.size()] = '\0';
        INFO("input of " << s.size() << " bytes, case " << i);
        REQUIRE(rc::collapseSpace(s) == collapsedSlowly(s));
    }
}

TEST_CASE("appendCollapsed piece by piece equals collapsing the joined text") {
    const std::vector<std::string> pieces = {"  a  ", " b", "", "\n", "c\t", "  ", "d "};
    std::string out;
    bool space = false;
    std::string joined;
    for (const auto& p : pieces) {
        rc::appendCollapsed(out, space, p);
        joined += p;
    }
    CHECK(out == collapsedSlowly(joined));
    CHECK(out == "a b c d");
}

TEST_CASE("Node::text: text around a comment is one text") {
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("t.xml", "<r><a> x <!-- note -->  y </a><b>x<!-- c -->y</b></r>", d));
    const tinyxml2::XMLElement* a = f.root()->FirstChildElement("a");
    rc::Node na(f, a, d);
    CHECK(na.text(true) == "x y");
    rc::Node nb(f, a->NextSiblingElement("b"), d);
    CHECK(nb.text(true) == "xy");
    CHECK(d.all().empty());
}

TEST_CASE("Node: every unread attribute is reported in order, beyond the first eight too") {
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("n.xml",
                    "<r a1=\"1\" a2=\"2\" a3=\"3\" a4=\"4\" a5=\"5\" a6=\"6\" a7=\"7\" a8=\"8\" "
                    "a9=\"9\" a10=\"10\" a11=\"11\"/>",
                    d));
    rc::Node n(f, f.root(), d);
    CHECK(n.has("a10"));
    CHECK_FALSE(n.has("a12"));
    CHECK(n.str("a2") == "2");
    CHECK(n.integer("a10", 0, 99) == 10);
    CHECK(n.str("a12", "none") == "none");
    n.finish();
    std::vector<std::string> unknown;
    for (const auto& x : d.all()) {
        CHECK(x.code == "unknown-attribute");
        unknown.push_back(x.message);
    }
    REQUIRE(unknown.size() == 9);
    CHECK(unknown.front() == "<r> has no attribute 'a1'");
    CHECK(unknown[7] == "<r> has no attribute 'a9'");
    CHECK(unknown.back() == "<r> has no attribute 'a11'");
}

TEST_CASE("contentHash is XXH3-64 of the bytes, as xxhsum -H3 prints it") {
    // Reference values from xxHash's own test vectors (seed 0).
    CHECK(rc::contentHash("") == 0x2d06800538d394c2ull);
    CHECK(rc::contentHash("a") == 0xe6c632b61e964e1full);
    // Every length up to past the 240-byte boundary where XXH3 changes method, and a change
    // of one byte anywhere changes the hash.
    std::string text;
    std::set<std::uint64_t> seen;
    for (int n = 0; n < 300; ++n) {
        CHECK(seen.insert(rc::contentHash(text)).second);
        std::string flipped = text;
        if (!flipped.empty()) {
            flipped[static_cast<std::size_t>(n) / 2] ^= 1;
            CHECK(rc::contentHash(flipped) != rc::contentHash(text));
        }
        text += static_cast<char>('a' + n % 26);
    }
}

TEST_CASE("loadContent with one reused file: the same cases, hashes and diagnostics as one by one") {
    rct::TempDir t;
    rct::copyContentBase(rct::fixtureContent(), t.path);
    const std::string good = rct::readFile(rct::fixtureCasePath("fixture-l3"));
    const std::string other = rct::readFile(rct::fixtureCasePath("fixture-oa"));
    auto renamed = [](std::string text, const std::string& from, const std::string& to) {
        text.replace(text.find("id=\"" + from + "\""), from.size() + 5, "id=\"" + to + "\"");
        return text;
    };
    // Good and broken files in turn, so that each reuses what the one before left.
    t.write("cases/a.xml", renamed(good, "fixture-l3", "case-a"));
    t.write("cases/b.xml", "\n");
    t.write("cases/c.xml", renamed(other, "fixture-oa", "case-c"));
    t.write("cases/d.xml", "<case id=\"d\">\n<patient>\n</case>\n");
    t.write("cases/e.xml", renamed(good, "fixture-l3", "case-e"));
    t.write("cases/f.xml", renamed(other, "fixture-oa", "case-a")); // duplicate id
    t.write("cases/g.xml", renamed(good, "fixture-l3", "case-g"));

    Diagnostics batched;
    rc::Content c = rc::loadContent(t.str(), batched);

    Diagnostics single;
    rc::Catalog cat = rc::loadCatalogDir(t.str(), single);
    std::vector<rc::Case> cases;
    std::set<std::string> ids;
    for (const auto& f : rc::xmlFilesIn(t.str() + "/cases")) {
        std::optional<rc::Case> k = rc::loadCheckedCase(f, cat, single);
        if (!k) continue;
        if (!ids.insert(k->id).second) {
            single.error(f, 1, 1, "duplicate-id", "case id '" + k->id + "' is used by another file");
            continue;
        }
        cases.push_back(std::move(*k));
    }

    CHECK(batched.str() == single.str());
    CHECK(rct::codes(batched) ==
          std::vector<std::string>{"empty-file", "xml-syntax", "duplicate-id"});
    REQUIRE(c.cases.size() == cases.size());
    REQUIRE(c.cases.size() == 4);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CHECK(c.cases[i].id == cases[i].id);
        CHECK(c.cases[i].contentHash == cases[i].contentHash);
        CHECK(c.cases[i].contentHash == rc::contentHash(rct::readFile(c.cases[i].file)));
    }
}

TEST_CASE("XmlFile: load reports a missing file") {
    Diagnostics d;
    rc::XmlFile f;
    CHECK_FALSE(f.load(rct::fixtures() + "/no/such/file.xml", d));
    auto x = rct::only(d, "missing-file");
    CHECK(x.file == rct::fixtures() + "/no/such/file.xml");
}

TEST_CASE("SourcePos: every position in a file shares its path, read as a string") {
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("dir/p.xml", "<r>\n  <a/>\n</r>", d));
    rc::Node root(f, f.root(), d);
    rc::Node a(f, f.root()->FirstChildElement(), d);
    rc::SourcePos p = root.pos(), q = a.pos();
    CHECK(p.file == "dir/p.xml");
    CHECK(&p.file.str() == &q.file.str());
    const std::string& asString = q.file;
    CHECK(asString == "dir/p.xml");
    CHECK(q.line == 2);
    CHECK(q.col == 3);
    rc::SourcePos none;
    CHECK(none.file.empty());
    CHECK(none.file == "");
    rc::SourcePos made{std::string("m.xml"), 1, 1};
    CHECK(made.file != "p.xml");
}

TEST_CASE("parseAction: a plan with more words than fit on the stack") {
    std::string line = "plan conservative";
    for (int i = 0; i < 14; ++i) line += " part-" + std::to_string(i);
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction(line + " @12.5", a, err));
    REQUIRE(a.args.size() == 15);
    CHECK(a.args.front() == "conservative");
    CHECK(a.args.back() == "part-13");
    REQUIRE(a.time);
    CHECK(*a.time == 12.5);
    CHECK_FALSE(rc::parseAction(line + " Bad_Id", a, err));
    CHECK(err == "'Bad_Id' is not a valid id");
}

TEST_CASE("parseActionLog: lines as getline gives them, CRLF and a last line without newline") {
    Diagnostics d;
    rc::ActionLog log = rc::parseActionLog("# who: me\r\nask onset\r\n\r\n  exam slr left 40\nbad",
                                           "log.txt", d, 3);
    CHECK(log.header.at("who") == "me");
    REQUIRE(log.actions.size() == 2);
    CHECK(log.actions[0].line == 4);
    CHECK(log.actions[1].line == 6);
    CHECK(log.actions[1].str() == "exam slr left 40");
    auto x = rct::only(d, "bad-action");
    CHECK(x.line == 7);
}
