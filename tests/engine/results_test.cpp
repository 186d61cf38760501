// Results files: a round trip keeps everything the board needs; damaged files are reported
// with their own codes and never accepted.
#include <doctest/doctest.h>

#include "game/engine/results.hpp"

using namespace rc;

namespace {
ResultsFile sample() {
    ResultsFile r;
    r.player = "Zoë O'Neill & co";
    r.studentId = "S1234567";
    r.email = "zoe@example.org";
    r.challengeId = "week5";
    r.challengeHash = 0x0123456789abcdefull;
    r.seed = 2026;
    r.written = "2026-11-24T10:00:00Z";
    CaseResult c;
    c.caseId = "knee-l3-disc";
    c.caseHash = 0xfedcba9876543210ull;
    c.shownScore = 88.5;
    c.seconds = 612;
    c.finished = true;
    std::string err;
    Action a;
    REQUIRE(parseAction("exam pkb right 70 @40.5", a, err));
    c.log.actions.push_back(a);
    r.cases.push_back(c);
    return r;
}
} // namespace

TEST_CASE("a results file round-trips") {
    Diagnostics d;
    auto back = parseResults("r.xml", formatResults(sample()), d);
    REQUIRE(back);
    CHECK(d.errorCount() == 0);
    CHECK(back->player == "Zoë O'Neill & co");
    CHECK(back->challengeHash == 0x0123456789abcdefull);
    REQUIRE(back->cases.size() == 1);
    CHECK(back->cases[0].caseHash == 0xfedcba9876543210ull);
    CHECK(back->cases[0].shownScore == doctest::Approx(88.5));
    REQUIRE(back->cases[0].log.actions.size() == 1);
    CHECK(back->cases[0].log.actions[0].str() == "exam pkb right 70");
    CHECK(back->cases[0].log.actions[0].time == doctest::Approx(40.5));
}

TEST_CASE("a results file from another format version is refused with bad-version") {
    std::string text = formatResults(sample());
    const std::string current = "version=\"" + std::to_string(rc::kResultsVersion) + "\"";
    auto at = text.find(current);
    REQUIRE(at != std::string::npos);
    text.replace(at, current.size(), "version=\"1\""); // FNV-1a hashes: no longer comparable
    Diagnostics d;
    CHECK_FALSE(parseResults("r.xml", text, d));
    CHECK(d.has("bad-version"));
    CHECK(d.str().find("r.xml:2:") != std::string::npos);
}

TEST_CASE("a malformed hash is refused with bad-hash") {
    std::string text = formatResults(sample());
    auto at = text.find("0123456789abcdef");
    REQUIRE(at != std::string::npos);
    text.replace(at, 16, "0123456789ABCDEG");
    Diagnostics d;
    CHECK_FALSE(parseResults("r.xml", text, d));
    CHECK(d.has("bad-hash"));
}

TEST_CASE("a truncated results file is refused with a line number") {
    std::string text = formatResults(sample());
    Diagnostics d;
    CHECK_FALSE(parseResults("r.xml", text.substr(0, text.size() / 2), d));
    CHECK(d.has("xml-syntax"));
}
