// A challenge run produces a results file the board can re-score: every case in order,
// its log, hashes and the score shown.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "game/engine/challenge_run.hpp"
#include "game/engine/scoring.hpp"

using namespace rc;

TEST_CASE("a challenge run records each case and writes a readable results file") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_FIXTURES "/content", diags);
    REQUIRE_FALSE(diags.hasErrors());
    REQUIRE(!content.challenges.empty());
    const Challenge& ch = content.challenges.front();
    ChallengeRun run(ch, content, "Ana Silva", "s/123", "ana@example.org");
    REQUIRE(run.count() == static_cast<int>(ch.cases.size()));
    while (!run.done()) {
        const Case* c = run.currentCase();
        REQUIRE(c);
        Session s = run.startCase();
        CHECK(s.seed() == ch.seed);
        for (const auto& a : c->expert) REQUIRE(s.apply(a).ok);
        double shown = scoreSession(s, expertLedger(*c, content.catalog, ch.seed)).total;
        run.finishCase(s, shown, 61.5);
    }
    CHECK(run.currentCase() == nullptr);
    std::string dir = std::filesystem::temp_directory_path().string() + "/rc-run-test";
    std::string err;
    REQUIRE(run.write(dir, "2026-11-24T10:00:00Z", err));
    CHECK(run.resultsPath(dir) == dir + "/" + ch.id + "-s_123.xml");
    Diagnostics d2;
    auto back = loadResultsFile(run.resultsPath(dir), d2);
    REQUIRE(back);
    CHECK(back->player == "Ana Silva");
    CHECK(back->studentId == "s/123");
    CHECK(back->challengeHash == ch.contentHash);
    REQUIRE(back->attempts.size() == 1);
    const auto& cases = back->attempts[0].cases;
    CHECK(back->attempts[0].finished);
    CHECK(cases.size() == ch.cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CHECK(cases[i].caseId == ch.cases[i].ref);
        CHECK(cases[i].shownScore.value_or(0) == doctest::Approx(100).epsilon(0.06));
        CHECK(cases[i].finished);
        CHECK(!cases[i].log.actions.empty());
    }
    std::filesystem::remove_all(dir);
}

namespace {
/// Plays every case of `run` with the expert path.
void playAll(ChallengeRun& run, const Content& content) {
    while (!run.done()) {
        Session s = run.startCase();
        for (const auto& a : run.currentCase()->expert) REQUIRE(s.apply(a).ok);
        run.finishCase(s, scoreSession(s, expertLedger(s.kase(), content.catalog, s.seed())).total, 30);
    }
}
} // namespace

TEST_CASE("playing a challenge again adds an attempt and never overwrites the first") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_FIXTURES "/content", diags);
    REQUIRE(!content.challenges.empty());
    const Challenge& ch = content.challenges.front();
    std::string dir = std::filesystem::temp_directory_path().string() + "/rc-run-attempts";
    std::filesystem::remove_all(dir);
    std::string err, note;
    ChallengeRun first(ch, content, "Ana", "s1");
    CHECK(first.keepEarlierAttempts(dir, note)); // nothing yet
    CHECK(note.empty());
    playAll(first, content);
    REQUIRE(first.write(dir, "2026-11-24T10:00:00Z", err));

    ChallengeRun again(ch, content, "Ana", "s1");
    REQUIRE(again.keepEarlierAttempts(dir, note));
    CHECK(again.attemptNumber() == 2);
    CHECK(note.find("Attempt 2") != std::string::npos);
    CHECK(again.index() == 0);
    playAll(again, content);
    REQUIRE(again.write(dir, "2026-11-24T11:00:00Z", err));
    Diagnostics d;
    auto back = loadResultsFile(again.resultsPath(dir), d);
    REQUIRE(back);
    REQUIRE(back->attempts.size() == 2);
    CHECK(back->attempts[0].finished);
    CHECK(back->attempts[1].number == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("an unreadable earlier results file is moved aside, not overwritten") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_FIXTURES "/content", diags);
    const Challenge& ch = content.challenges.front();
    std::string dir = std::filesystem::temp_directory_path().string() + "/rc-run-aside";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    ChallengeRun run(ch, content, "Ana", "s1");
    {
        std::ofstream out(run.resultsPath(dir));
        out << "<results version=\"3\"";
    }
    std::string note;
    CHECK_FALSE(run.keepEarlierAttempts(dir, note));
    CHECK(note.find("could not be read") != std::string::npos);
    CHECK(note.find("kept as") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(run.resultsPath(dir)));
    int aside = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        aside += e.path().string().find(".unreadable-") != std::string::npos;
    CHECK(aside == 1);
    CHECK(run.attemptNumber() == 1);
    std::filesystem::remove_all(dir);
}
