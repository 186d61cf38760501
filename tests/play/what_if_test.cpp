// "What if" branches, with no display: the decision points of a finished log and their
// alternatives, a branch from the plan that ends in another outcome, the branch in progress
// (never autosaved, the student's play back as it was) and --what-if's N:ALTERNATIVE.
#include "game/engine/content.hpp"
#include "game/engine/debrief.hpp"
#include "game/play/debrief_view.hpp"
#include "game/play/play_state.hpp"
#include "game/play/what_if.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <stdexcept>

using namespace rc::play;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}
const rc::Case& kase(const std::string& id) {
    if (const rc::Case* c = content().findCase(id)) return *c;
    throw std::runtime_error("no case " + id);
}
rc::Session expert(const rc::Case& c) {
    rc::Session s(c, content().catalog, 1);
    for (const auto& a : c.expert)
        REQUIRE(s.apply(a).ok);
    return s;
}
/// The decision point whose action starts with `verb` (the first, or the `n`th).
const DecisionPoint& pointOf(const std::vector<DecisionPoint>& ps, rc::Verb verb, int n = 0) {
    for (const auto& p : ps)
        if (p.action.verb == verb && n-- == 0) return p;
    throw std::runtime_error("no such decision point");
}
const WhatIfAlternative* altWith(const DecisionPoint& p, const std::string& word) {
    for (const auto& a : p.alternatives)
        if (!a.actions.empty() && a.actions.front().args.front() == word) return &a;
    return nullptr;
}
} // namespace

// lint --outcomes: degenerative-meniscus, visit 1: the expert's conservative plan leads on to
// visit 2 and 'managing'; a surgical plan ends at once in 'arthroscopy'.
TEST_CASE("what if: the expert log's decisions are its diagnosis, plans and orders, in log order") {
    const rc::Case& c = kase("degenerative-meniscus");
    const rc::Session s = expert(c);
    const auto points = decisionPoints(s);
    std::size_t expected = 0;
    for (const auto& a : c.expert)
        expected +=
            a.verb == rc::Verb::Plan || a.verb == rc::Verb::Diagnose || a.verb == rc::Verb::Order;
    CHECK(points.size() == expected);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const DecisionPoint& p = points[i];
        CHECK(c.expert[p.index].key() == p.action.key()); // its place in the log
        if (i > 0) CHECK(points[i - 1].index < p.index);
        CHECK_FALSE(p.alternatives.empty());
    }
    const DecisionPoint& plan = pointOf(points, rc::Verb::Plan);
    CHECK(plan.label == "Plan: Conservative care, visit 1");
    CHECK(plan.visit == 1);
    // Every other pathway, none of them the student's own, each followed by ending the visit.
    CHECK(plan.alternatives.size() == content().catalog.pathways.size() - 1);
    for (const auto& alt : plan.alternatives) {
        REQUIRE(alt.actions.size() == 2);
        CHECK(alt.actions[0].args[0] != "conservative");
        CHECK(alt.actions[1].verb == rc::Verb::Advance);
        CHECK(alt.label.rfind("Plan: ", 0) == 0);
    }
    REQUIRE(altWith(plan, "surgical"));
    CHECK(altWith(plan, "surgical")->label == "Plan: Surgical opinion");
    // The diagnosis: the other diagnoses of the case's list, never the one named.
    const DecisionPoint& dx = pointOf(points, rc::Verb::Diagnose);
    CHECK(dx.label.rfind("Diagnose: ", 0) == 0);
    CHECK(dx.alternatives.size() >= 2);
    for (const auto& alt : dx.alternatives) {
        REQUIRE(alt.actions.size() == 1);
        CHECK(alt.actions[0].verb == rc::Verb::Diagnose);
        CHECK(alt.actions[0].args[0] != c.truthDiagnosis);
    }
}

TEST_CASE("what if: an order's alternative is not ordering it, and a cancelled order is none") {
    const rc::Case& c = kase("femoral-stress-fracture");
    const rc::Session s = expert(c);
    const auto points = decisionPoints(s);
    const DecisionPoint& order = pointOf(points, rc::Verb::Order);
    CHECK(order.label ==
          "Order: " + content().catalog.investigation("xray-hip")->label + ", visit 1");
    REQUIRE(order.alternatives.size() == 1);
    CHECK(order.alternatives[0].label == "Do not order it");
    CHECK(order.alternatives[0].actions.empty());
    // Left out, the branch keeps what came before and nothing else.
    const auto log = branchActions(s, order, order.alternatives[0]);
    CHECK(log.size() == order.index);
    // A second visit's plan is on visit 2.
    CHECK(pointOf(points, rc::Verb::Plan, 1).visit == 2);
    // An order withdrawn before its result was never a decision.
    rc::Session w(c, content().catalog, 1);
    REQUIRE(w.apply("order xray-hip").ok);
    REQUIRE(w.apply("cancel xray-hip").ok);
    CHECK(decisionPoints(w).empty());
}

TEST_CASE("what if: a branch from the plan with another plan reaches another outcome") {
    const rc::Case& c = kase("degenerative-meniscus");
    const rc::Session s = expert(c);
    REQUIRE(s.finished());
    CHECK(s.outcome()->id == "managing");
    const auto points = decisionPoints(s);
    const DecisionPoint& plan = pointOf(points, rc::Verb::Plan);
    const WhatIfAlternative* surgical = altWith(plan, "surgical");
    REQUIRE(surgical);
    rc::Session b(c, content().catalog, 1);
    std::string error;
    REQUIRE(playBranch(s, plan, *surgical, b, error));
    CHECK(error.empty());
    REQUIRE(b.finished());
    CHECK(b.outcome()->id == "arthroscopy");
    CHECK(b.outcome()->text != s.outcome()->text);
    // The branch is the log up to the plan, then the other plan: the same first actions.
    const auto log = b.log().actions;
    REQUIRE(log.size() == plan.index + 2);
    for (std::size_t k = 0; k < plan.index; ++k)
        CHECK(log[k].key() == c.expert[k].key());
    CHECK(log[plan.index].str() == "plan surgical");
    // The expert's own plan is no alternative of itself; conservative replayed gives 'managing'.
    CHECK(altWith(plan, "conservative") == nullptr);
}

TEST_CASE("what if: a student's plan that is not the expert's offers the expert's") {
    const rc::Case& c = kase("degenerative-meniscus");
    rc::Session s(c, content().catalog, 1);
    for (const auto& a : c.expert) { // the expert's path with a surgical plan at visit 1
        if (s.finished()) break;
        REQUIRE(s.apply(a.verb == rc::Verb::Plan ? std::string("plan surgical") : a.str()).ok);
    }
    REQUIRE(s.finished());
    CHECK(s.outcome()->id == "arthroscopy");
    const auto points = decisionPoints(s);
    const DecisionPoint& plan = pointOf(points, rc::Verb::Plan);
    REQUIRE_FALSE(plan.alternatives.empty());
    const WhatIfAlternative& first = plan.alternatives.front();
    CHECK(first.label.find("(the expert's plan)") != std::string::npos);
    CHECK(first.actions.front().key() == c.expert[plan.index].key());
    rc::Session b(c, content().catalog, 1);
    std::string error;
    REQUIRE(playBranch(s, plan, first, b, error));
    // The expert's plan leads on to a second visit, not to the end.
    CHECK_FALSE(b.finished());
    CHECK(b.visitNumber() == 2);
}

TEST_CASE("what if: a branch is never autosaved and the student's play comes back as it was") {
    const std::string dir = rct::freshTempDir("rc-whatif", "branch");
    const rc::Case& c = kase("degenerative-meniscus");
    PlayState play;
    const std::string save = dir + "/autosave.log";
    play.setAutosavePath(save);
    play.start(c, content().catalog, "", "Ana", "practice");
    for (const auto& a : c.expert)
        REQUIRE(play.apply(a).ok);
    play.clearAutosave(); // the debrief removes it
    REQUIRE_FALSE(std::filesystem::exists(save));
    CHECK(whatIfOffered(play, false, false));
    CHECK_FALSE(whatIfOffered(play, true, false)); // a classroom challenge or live class
    CHECK_FALSE(whatIfOffered(play, false, true)); // already in a branch
    const double total = play.debrief().score.total;
    const auto points = decisionPoints(play.session());
    const DecisionPoint& plan = pointOf(points, rc::Verb::Plan);
    WhatIfBranch b;
    std::string error;
    REQUIRE(startBranch(play, content(), plan, *altWith(plan, "surgical"), b, error));
    CHECK(b.inBranch);
    CHECK(b.advanced);
    CHECK(b.mine.heading == "Your path");
    CHECK(b.mine.total == total);
    CHECK(play.autosavePath().empty());
    CHECK(play.session().outcome()->id == "arthroscopy");
    CHECK_FALSE(std::filesystem::exists(save)); // nothing written
    CHECK_FALSE(whatIfOffered(play, false, b.inBranch));
    const PathSummary branch = summarize(play.debrief(), "What if: " + b.alternative);
    CHECK(branch.outcomeText != b.mine.outcomeText);
    const auto rows = compareRows(b.mine, branch);
    REQUIRE(rows.size() == 1 + rc::kDomainCount);
    CHECK(rows[0].label == "Total");
    CHECK(rows[0].differs);
    REQUIRE(returnFromBranch(play, content(), b, error));
    CHECK_FALSE(b.inBranch);
    CHECK(play.autosavePath() == save);
    CHECK(play.session().outcome()->id == "managing");
    CHECK(play.debrief().score.total == total);
    CHECK_FALSE(std::filesystem::exists(save));
}

TEST_CASE("what if: never offered in exam mode, the tutorial or an unfinished case") {
    PlayState play;
    play.setAutosavePath("");
    const rc::Case& c = kase("degenerative-meniscus");
    play.start(c, content().catalog, "", "Ana", "exam");
    for (const auto& a : c.expert)
        REQUIRE(play.apply(a).ok);
    CHECK_FALSE(whatIfOffered(play, false, false));
    play.start(c, content().catalog, "", "Ana", "practice");
    REQUIRE(play.apply(c.expert.front()).ok);
    CHECK_FALSE(whatIfOffered(play, false, false));
    for (const auto& t : content().cases)
        if (t.tutorial()) {
            play.start(t, content().catalog, "", "Ana", "practice");
            for (const auto& a : t.expert)
                REQUIRE(play.apply(a).ok);
            CHECK_FALSE(whatIfOffered(play, false, false));
        }
}

TEST_CASE("what if: --what-if N:ALTERNATIVE names a decision by the actions it keeps") {
    const rc::Session s = expert(kase("degenerative-meniscus"));
    const auto points = decisionPoints(s);
    const DecisionPoint& plan = pointOf(points, rc::Verb::Plan);
    std::size_t p = 99, a = 99;
    std::string error;
    REQUIRE(parseWhatIf(std::to_string(plan.index) + ":surgical", points, p, a, error));
    CHECK(points[p].index == plan.index);
    CHECK(points[p].alternatives[a].actions.front().str() == "plan surgical");
    REQUIRE(parseWhatIf(std::to_string(plan.index) + ":1", points, p, a, error));
    CHECK(a == 0);
    CHECK_FALSE(parseWhatIf("1:surgical", points, p, a, error));
    CHECK(error.find("no decision after 1 actions") != std::string::npos);
    CHECK_FALSE(parseWhatIf(std::to_string(plan.index) + ":teleport", points, p, a, error));
    CHECK(error.find("no alternative 'teleport'") != std::string::npos);
    CHECK_FALSE(parseWhatIf("surgical", points, p, a, error));
    CHECK_FALSE(parseWhatIf("x1:surgical", points, p, a, error));
    CHECK_FALSE(parseWhatIf("99999999:1", points, p, a, error));
}

TEST_CASE("what if: the top bar says 'not scored' in a branch only, and rows name their step") {
    WhatIfBranch b;
    CHECK(branchTitle(nullptr, "Debrief") == "Debrief");
    CHECK(branchTitle(&b, "Debrief") == "Debrief"); // returned to the student's own debrief
    b.inBranch = true;
    CHECK(branchTitle(&b, "Debrief") == "What if \u2014 not scored  \u00B7  Debrief");
    // The Decisions tab's rows lead to their decision point.
    const rc::Session s = expert(kase("degenerative-meniscus"));
    const auto points = decisionPoints(s);
    const rc::Debrief d = rc::makeDebrief(s);
    bool found = false;
    for (const auto& row : decisionRows(d, s)) {
        if (row.step.rfind("plan ", 0) != 0) continue;
        const int k = decisionPointFor(points, row.step, row.visit);
        REQUIRE(k >= 0);
        CHECK(points[static_cast<std::size_t>(k)].action.verb == rc::Verb::Plan);
        found = true;
    }
    CHECK(found);
    CHECK(decisionPointFor(points, "ask pain-site") == -1);
}

TEST_CASE("what if: the line under the debrief leads back to your debrief from a branch") {
    CHECK(whatIfFooter("Esc back to cases", DebriefTab::Learning, true, false) ==
          "Esc back to your debrief");
    CHECK(whatIfFooter("Keys", DebriefTab::Overview, true, false)
              .find("Your path beside the "
                    "branch") == 0);
    CHECK(whatIfFooter("Keys", DebriefTab::Decisions, false, true) ==
          "Keys \u00B7 W What if\u2026");
    CHECK(whatIfFooter("Keys", DebriefTab::Learning, false, true) == "Keys");
    CHECK(whatIfFooter("Keys", DebriefTab::Overview, false, false) == "Keys");
}
