// The debrief explains its score (issue #21): over every bundled case's expert path, its
// generated validity paths and a few random plays, each domain's rows add up exactly to the
// score the debrief shows, no row repeats, rows name labels (never hyphenated ids), and every
// domain under 50 has its one-line reason.
#include "game/engine/content.hpp"
#include "game/engine/debrief.hpp"
#include "game/engine/random_play.hpp"
#include "game/engine/validity.hpp"
#include "tests/engine/test_support.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <set>
#include <tuple>

using namespace rc;

namespace {

const Content& bundled() {
    return rct::bundledContent();
}

/// Every id of the catalogue with a hyphen: such a word in a row is an id shown raw.
const std::set<std::string>& hyphenatedIds() {
    static const std::set<std::string> ids = [] {
        std::set<std::string> out;
        const Catalog& cat = bundled().catalog;
        auto add = [&](const std::string& id) {
            if (id.find('-') != std::string::npos) out.insert(id);
        };
        for (const auto& q : cat.questions)
            add(q.id);
        for (const auto& e : cat.exams)
            add(e.id);
        for (const auto& i : cat.investigations)
            add(i.id);
        for (const auto& p : cat.pathways)
            add(p.id);
        for (const auto& p : cat.parts)
            add(p.id);
        return out;
    }();
    return ids;
}

/// Plays `actions` and checks the debrief's breakdown; returns the number of rows checked.
int check(const Case& c, const std::vector<Action>& actions, const std::string& what) {
    Session s(c, bundled().catalog, 1);
    for (const auto& a : actions) {
        if (s.finished()) break;
        if (!s.apply(a).ok) break;
    }
    const Debrief d = makeDebrief(s);
    int rows = 0, under = 0;
    for (const auto& b : d.breakdown) {
        INFO(c.id << " " << what << " " << std::string(domainLabel(b.domain)));
        const double shown = d.score.domains[static_cast<std::size_t>(b.domain)];
        CHECK(b.tenths == static_cast<int>(std::lround(shown * 10)));
        int sum = 0;
        std::set<std::tuple<std::string, int, int>> seen;
        for (const auto& l : b.lines) {
            INFO(l.label);
            sum += l.tenths;
            CHECK(seen.emplace(l.label, l.visit, static_cast<int>(l.kind)).second);
            if (l.kind != LineKind::Floor)
                CHECK(l.tenths <= l.ofTenths + (l.kind == LineKind::Base ? 1000 : 0));
            for (const auto& id : hyphenatedIds())
                CHECK(l.label.find(id) == std::string::npos);
            ++rows;
        }
        CHECK(sum == b.tenths);
        CHECK(b.reason.empty() == (b.tenths >= 500));
        if (b.tenths < 500) {
            ++under;
            CHECK(b.reason.find('\n') == std::string::npos);
            CHECK(b.reason.rfind(std::string(domainLabel(b.domain)) + " ", 0) == 0);
        }
    }
    CHECK(d.reasons.size() == static_cast<std::size_t>(under));
    return rows;
}

} // namespace

TEST_CASE(
    "debrief sums: every domain's rows add up to its score on expert, validity and random paths") {
    REQUIRE(!bundled().cases.empty());
    long rows = 0;
    int plays = 0;
    for (const Case& c : bundled().cases) {
        rows += check(c, c.expert, "expert");
        ++plays;
        for (int k = 0; k < kPathKinds; ++k) {
            const PathKind kind = static_cast<PathKind>(k);
            if (!pathApplies(kind, c, bundled().catalog)) continue;
            rows += check(c, generatePath(kind, c, bundled().catalog), pathKindName(kind));
            ++plays;
        }
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            rows +=
                check(c, randomPlay(c, bundled().catalog, seed), "random " + std::to_string(seed));
            ++plays;
        }
    }
    MESSAGE("debrief sums: " << plays << " plays, " << rows << " rows");
    CHECK(plays >= 100);
}
