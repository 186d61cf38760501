#include <doctest/doctest.h>

#include "game/engine/content_hash.hpp"
#include "game/engine/challenge.hpp"
#include "tests/engine/test_support.hpp"

using rc::Diagnostics;

namespace {
std::optional<rc::Challenge> fromString(const std::string& xml, Diagnostics& d) {
    rc::XmlFile f;
    if (!f.parse("ch.xml", xml, d)) return std::nullopt;
    return rc::loadChallengeXml(f, d);
}
const std::string kMin = R"(<challenge id="p" title="P">
  <instructions>Go.</instructions>
  <case ref="a"/>
</challenge>)";
std::string with(const std::string& from, const std::string& to) {
    std::string s = kMin;
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("the fixture challenge: every field") {
    Diagnostics d;
    const std::string path = rct::fixtureContent() + "/challenges/fixture-pack.xml";
    auto ch = rc::loadChallengeFile(path, d);
    REQUIRE(ch);
    CHECK(d.all().empty());
    CHECK(ch->id == "fixture-pack");
    CHECK(ch->title == "Two patients");
    CHECK(ch->mode == "exam");
    CHECK(ch->seed == 2026);
    CHECK(ch->mastery == doctest::Approx(80));
    CHECK(ch->instructions == "Two patients with knee pain.");
    CHECK(ch->file == path);
    CHECK(ch->contentHash == rc::contentHash(rct::readFile(path)));
    CHECK(ch->pos.line == 2);
    REQUIRE(ch->cases.size() == 2);
    CHECK(ch->cases[0].ref == "fixture-l3");
    CHECK(ch->cases[0].timeLimit == 20);
    CHECK(ch->cases[0].weight == doctest::Approx(2));
    CHECK(ch->cases[0].pos.line == 4);
    CHECK(ch->cases[1].ref == "fixture-oa");
    CHECK(ch->cases[1].timeLimit == 0);
    CHECK(ch->cases[1].weight == doctest::Approx(1));
}

TEST_CASE("challenge defaults: practice, seed 1, mastery 70") {
    Diagnostics d;
    auto ch = fromString(kMin, d);
    REQUIRE(ch);
    CHECK(d.all().empty());
    CHECK(ch->mode == "practice");
    CHECK(ch->seed == 1);
    CHECK(ch->mastery == doctest::Approx(70));
}

TEST_CASE("challenge faults: code, line and column") {
    struct Fault {
        const char* from;
        const char* to;
        const char* code;
        int line, col;
    };
    const Fault faults[] = {
        {"title=\"P\"", "title=\"P\" mode=\"quiz\"", "bad-enum", 1, 29},
        {"title=\"P\"", "title=\"P\" seed=\"-1\"", "out-of-range", 1, 29},
        {"title=\"P\"", "title=\"P\" seed=\"x\"", "bad-number", 1, 29},
        {"title=\"P\"", "title=\"P\" mastery=\"101\"", "out-of-range", 1, 29},
        {"title=\"P\"", "title=\"P\" level=\"2\"", "unknown-attribute", 1, 29},
        {"id=\"p\"", "id=\"P\"", "bad-id", 1, 12},
        {" title=\"P\"", "", "missing-attribute", 1, 1},
        {"<case ref=\"a\"/>", "<case ref=\"a\" time-limit=\"181\"/>", "out-of-range", 3, 17},
        {"<case ref=\"a\"/>", "<case ref=\"a\" time-limit=\"0\"/>", "out-of-range", 3, 17},
        {"<case ref=\"a\"/>", "<case ref=\"a\" weight=\"heavy\"/>", "bad-number", 3, 17},
        {"<case ref=\"a\"/>", "<case/>", "missing-attribute", 3, 3},
        {"<case ref=\"a\"/>", "<case ref=\"a\"/>\n  <case ref=\"a\"/>", "duplicate-id", 4, 9},
        {"<case ref=\"a\"/>", "<case ref=\"a\"/><note/>", "unknown-element", 3, 18},
        {"<case ref=\"a\"/>", "", "missing-element", 1, 1},
        {"<instructions>Go.</instructions>", "", "missing-element", 1, 1},
        {"<instructions>Go.</instructions>", "<instructions/>", "missing-text", 2, 3},
    };
    for (const Fault& f : faults) {
        CAPTURE(f.to);
        Diagnostics d;
        auto ch = fromString(with(f.from, f.to), d);
        INFO(d.str());
        REQUIRE(d.all().size() >= 1);
        CHECK(d.all()[0].code == f.code);
        CHECK(d.all()[0].line == f.line);
        CHECK(d.all()[0].col == f.col);
        CHECK(d.all().size() == (std::string(f.to) == "<instructions/>" ? 2u : 1u));
    }
}

TEST_CASE("challenge files: wrong root, missing, malformed") {
    Diagnostics d;
    CHECK_FALSE(fromString("<case id=\"x\"/>", d).has_value());
    rct::only(d, "wrong-root");
    Diagnostics d2;
    CHECK_FALSE(rc::loadChallengeFile(rct::fixtures() + "/nope.xml", d2).has_value());
    rct::only(d2, "missing-file");
    Diagnostics d3;
    CHECK_FALSE(fromString("<challenge id=\"x\"", d3).has_value());
    rct::only(d3, "xml-syntax");
}
