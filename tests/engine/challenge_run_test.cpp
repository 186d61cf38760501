// A challenge run produces a results file the board can re-score: every case in order,
// its log, hashes and the score shown.
#include <doctest/doctest.h>

#include <filesystem>

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
    CHECK(back->cases.size() == ch.cases.size());
    for (std::size_t i = 0; i < back->cases.size(); ++i) {
        CHECK(back->cases[i].caseId == ch.cases[i].ref);
        CHECK(back->cases[i].shownScore == doctest::Approx(100).epsilon(0.06));
        CHECK(back->cases[i].finished);
        CHECK(!back->cases[i].log.actions.empty());
    }
    std::filesystem::remove_all(dir);
}
