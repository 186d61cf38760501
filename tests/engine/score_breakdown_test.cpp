// The debrief's score breakdown: each domain's lines add up to the score shown, misses sit at
// their own visit, rows read as labels and never repeat (FORMAT.md §2.6, "The debrief").
#include "game/engine/action_label.hpp"
#include "game/engine/debrief.hpp"
#include "tests/engine/test_support.hpp"

#include <doctest/doctest.h>
#include <numeric>
#include <set>

using rc::Debrief;
using rc::Session;

namespace {
Session play(const std::vector<std::string>& lines) {
    return rct::playFixture(lines);
}

int lineSum(const rc::DomainBreakdown& b) {
    int sum = 0;
    for (const auto& l : b.lines)
        sum += l.tenths;
    return sum;
}

const rc::ScoreLine* lineLabelled(const Debrief& d, rc::Domain dom, const std::string& label) {
    for (const auto& l : d.breakdown[static_cast<std::size_t>(dom)].lines)
        if (l.label == label) return &l;
    return nullptr;
}

// Skips the bladder question and the visit-1 exercise programme, goes on to visit 2.
const std::vector<std::string> kSkipper = {"ask pain-site",
                                           "ask onset",
                                           "exam slr right 50",
                                           "exam pkb right 75",
                                           "exam knee-effusion",
                                           "diagnose l3-radiculopathy right",
                                           "plan conservative education follow-up-6w",
                                           "advance 6w",
                                           "exam pkb right 130",
                                           "plan conservative",
                                           "advance"};
} // namespace

TEST_CASE("score breakdown: whole tenths share out exactly, remainders to the largest") {
    CHECK(rc::apportionTenths({333.333, 333.333, 333.333}, 1000) ==
          std::vector<int>{334, 333, 333});
    CHECK(rc::apportionTenths({0, 125, -41.7}, 83) == std::vector<int>{0, 125, -42});
    CHECK(rc::apportionTenths({500, -500.0}, 0) == std::vector<int>{500, -500});
    CHECK(rc::tenthsText(125) == "12.5");
    CHECK(rc::tenthsText(250, true) == "+25");
    CHECK(rc::tenthsText(-33, true) == "\xE2\x88\x92"
                                       "3.3");
}

TEST_CASE("score breakdown: the expert's lines add up to each domain, earned in full") {
    std::vector<std::string> lines;
    for (const auto& a : rct::fixtureCase().expert)
        lines.push_back(a.str());
    const Debrief d = rc::makeDebrief(play(lines));
    for (const auto& b : d.breakdown) {
        INFO(rc::domainLabel(b.domain));
        CHECK(b.tenths == 1000);
        CHECK(lineSum(b) == b.tenths);
        for (const auto& l : b.lines)
            CHECK(l.kind != rc::LineKind::Missed);
    }
    CHECK(d.reasons.empty());
}

TEST_CASE("score breakdown: a miss loses its share, the rows add up, a critical miss zeroes") {
    const Debrief d = rc::makeDebrief(play(kSkipper));
    for (const auto& b : d.breakdown) {
        INFO(rc::domainLabel(b.domain));
        CHECK(b.tenths == static_cast<int>(std::lround(
                              d.score.domains[static_cast<std::size_t>(b.domain)] * 10)));
        CHECK(lineSum(b) == b.tenths);
    }
    // Safety: the bladder question was its only item, and critical.
    const auto& safety = d.breakdown[static_cast<std::size_t>(rc::Domain::Safety)];
    CHECK(safety.tenths == 0);
    const rc::ScoreLine* miss = lineLabelled(
        d, rc::Domain::Safety, "Ask: " + rct::catalog().question("bladder-bowel")->text);
    REQUIRE(miss != nullptr);
    CHECK(miss->kind == rc::LineKind::Missed);
    CHECK(miss->tenths == 0);
    CHECK(miss->ofTenths == 1000);
    // Management: 10 possible (5 + 3 + 2): the missed exercise programme was 3 of them.
    const rc::ScoreLine* ex = lineLabelled(d, rc::Domain::Management, "Plan: Exercise programme");
    REQUIRE(ex != nullptr);
    CHECK(ex->kind == rc::LineKind::Missed);
    CHECK(ex->ofTenths == 300);
    CHECK(d.breakdown[static_cast<std::size_t>(rc::Domain::Management)].tenths == 700);
    // The reason names the domain, its score and what was not done, in one line.
    // The reasons: one line per domain under 50, in domain order. The skipper reached the visit
    // where the lumbar MRI is essential (v2-same) and never ordered it.
    REQUIRE(d.reasons.size() == 2);
    CHECK(d.reasons[0] == "Investigations 0/100: not done: Order: MRI lumbar spine.");
    CHECK(d.reasons[1].rfind("Safety 0/100: a critical item was not done: Ask: ", 0) == 0);
    CHECK(d.reasons[1].find('\n') == std::string::npos);
}

TEST_CASE("score breakdown: a miss names its own visit, not the last one reached") {
    const Debrief d = rc::makeDebrief(play(kSkipper));
    REQUIRE(d.decisionVisits.size() == d.score.decisions.size());
    int checked = 0;
    for (std::size_t i = 0; i < d.score.decisions.size(); ++i) {
        if (!d.score.decisions[i].missed) continue;
        INFO(d.decisionLabels[i]);
        if (d.decisionLabels[i] == "Order: MRI lumbar spine") {
            // A rule of one visit (v2-same, the second on this path): that visit.
            CHECK(d.decisionVisits[i] == 2);
        } else {
            // The expert asks and plans these at the first visit; the player ended at the second.
            CHECK(d.decisionVisits[i] == 1);
            CHECK(d.score.decisions[i].visitIndex == 0);
        }
        ++checked;
    }
    CHECK(checked == 3);
}

TEST_CASE("score breakdown: rules met by one plan read apart, as labels, never twice") {
    const Debrief d = rc::makeDebrief(play(kSkipper));
    std::set<std::tuple<int, std::string, int>> seen;
    for (const auto& b : d.breakdown)
        for (const auto& l : b.lines) {
            INFO(l.label);
            CHECK(seen.emplace(static_cast<int>(b.domain), l.label, l.visit).second);
            CHECK(l.label.find("exercise-programme") == std::string::npos);
            CHECK(l.label.find("follow-up-6w") == std::string::npos);
        }
    CHECK(lineLabelled(d, rc::Domain::Management, "Plan: Conservative care") != nullptr);
    CHECK(lineLabelled(d, rc::Domain::Management, "Plan: Explain the problem") != nullptr);
}

TEST_CASE("action labels: a plan's words are pathways or parts, rule alternatives join with or") {
    const rc::Catalog& cat = rct::catalog();
    CHECK(rc::actionLabel(cat, "plan follow-up-6w") == "Plan: Review in six weeks");
    CHECK(rc::actionLabel(cat, "plan conservative education") ==
          "Plan: Conservative care — Explain the problem");
    rc::Rule r;
    std::string err;
    REQUIRE(rc::parseAction("plan education", r.pattern, err));
    r.alternatives = {{"education", "exercise-programme"}};
    CHECK(rc::ruleLabel(cat, r) == "Plan: Explain the problem or Exercise programme");
}
