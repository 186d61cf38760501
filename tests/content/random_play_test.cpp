// Random play over the bundled content: thousands of random legal action sequences must
// never be refused, always finish, keep every score within 0..100 and the ledger
// non-negative, and replay to the same score.
#include <doctest/doctest.h>

#include "game/engine/content.hpp"
#include "game/engine/random_play.hpp"

using namespace rc;

TEST_CASE("random play through every bundled case keeps the engine's invariants") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    REQUIRE(!content.cases.empty());
    RandomPlayReport report;
    const int perCase = 4000 / static_cast<int>(content.cases.size()) + 1;
    for (const Case& c : content.cases) checkRandomPlays(c, content.catalog, perCase, 2026, report);
    for (const auto& f : report.failures) FAIL_CHECK(f);
    CHECK(report.plays >= 4000);
    CHECK(report.minTotal >= 0);
    CHECK(report.maxTotal <= 100);
    MESSAGE("random plays: " << report.plays << ", actions: " << report.actions);
}

TEST_CASE("random play is deterministic for a seed and varies between seeds") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    REQUIRE(!content.cases.empty());
    const Case& c = content.cases.front();
    auto a = randomPlay(c, content.catalog, 42);
    auto b = randomPlay(c, content.catalog, 42);
    auto d = randomPlay(c, content.catalog, 43);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].str() == b[i].str());
    bool differs = a.size() != d.size();
    for (std::size_t i = 0; !differs && i < a.size(); ++i) differs = a[i].str() != d[i].str();
    CHECK(differs);
}
