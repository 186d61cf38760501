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
    r.attempts.emplace_back().cases.push_back(c);
    r.attempts[0].started = "2026-11-24T09:50:00Z";
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
    REQUIRE(back->attempts.size() == 1);
    CHECK(back->attempts[0].started == "2026-11-24T09:50:00Z");
    const auto& cases = back->attempts[0].cases;
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].caseHash == 0xfedcba9876543210ull);
    CHECK(cases[0].shownScore.value_or(0) == doctest::Approx(88.5));
    REQUIRE(cases[0].log.actions.size() == 1);
    CHECK(cases[0].log.actions[0].str() == "exam pkb right 70");
    CHECK(cases[0].log.actions[0].time == doctest::Approx(40.5));
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

TEST_CASE("every attempt is kept, and a case played from an exam pack has no score") {
    ResultsFile r = sample();
    Attempt second = r.attempts[0];
    second.number = 2;
    second.finished = true;
    second.cases[0].shownScore.reset();
    r.attempts.push_back(second);
    Diagnostics d;
    auto back = parseResults("r.xml", formatResults(r), d);
    REQUIRE(back);
    REQUIRE(back->attempts.size() == 2);
    CHECK(back->attempts[1].number == 2);
    CHECK(back->attempts[1].finished);
    CHECK(back->attempts[0].cases[0].shownScore.has_value());
    CHECK_FALSE(back->attempts[1].cases[0].shownScore.has_value());
}

TEST_CASE("attempts out of order are refused with bad-attempt") {
    ResultsFile r = sample();
    r.attempts[0].number = 2;
    Diagnostics d;
    CHECK_FALSE(parseResults("r.xml", formatResults(r), d));
    CHECK(d.has("bad-attempt"));
}

TEST_CASE("a version 2 results file (one attempt, no <attempt>) is still read") {
    const std::string v2 =
        "<results version=\"2\" player=\"A\" student-id=\"s1\" challenge=\"week5\" "
        "challenge-hash=\"0123456789abcdef\" seed=\"1\" written=\"2026-01-01T00:00:00Z\">\n"
        "<case id=\"knee-l3-disc\" hash=\"fedcba9876543210\" score=\"50.0\" seconds=\"10.0\" "
        "finished=\"true\"><log>\nask pain-site @1\n</log></case>\n</results>\n";
    Diagnostics d;
    auto back = parseResults("v2.xml", v2, d);
    REQUIRE_MESSAGE(back, d.str());
    REQUIRE(back->attempts.size() == 1);
    CHECK(back->attempts[0].finished);
    CHECK(back->attempts[0].cases.size() == 1);
    // Written back, it is a version 3 file that reads the same.
    const std::string again = formatResults(*back);
    CHECK(again.find("version=\"3\"") != std::string::npos);
    auto twice = parseResults("v3.xml", again, d);
    REQUIRE_MESSAGE(twice, d.str());
    CHECK(twice->attempts.size() == 1);
}
