// The Investigations tab's verdicts and Cancel, and the decision screen's choice (no side
// chosen for the student, warnings from the current choice, the previous visit's plan kept).
// No display.
#include "game/engine/content.hpp"
#include "game/play/decision_model.hpp"
#include "game/play/encounter_rows.hpp"
#include "game/play/play_state.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>

using namespace rc::play;

namespace {

const rc::Content& content() {
    return rct::bundledContent();
}

const EncounterRow& rowOf(const std::vector<EncounterRow>& rows, const std::string& id) {
    for (const auto& r : rows)
        if (!r.heading && r.id == id) return r;
    FAIL("no row " << id);
    return rows.front();
}

PlayState started(const std::string& caseId, const std::string& mode) {
    const rc::Case* c = content().findCase(caseId);
    REQUIRE(c);
    PlayState p;
    p.setAutosavePath("");
    p.start(*c, content().catalog, "", "Ana", mode);
    return p;
}

} // namespace

TEST_CASE("an order's mark follows the case's rules, in practice only") {
    // femoral-stress-fracture: the hip MRI is essential, bloods neutral, the knee MRI ruled
    // against, an ankle-brachial index named by no rule.
    PlayState p = started("femoral-stress-fracture", "practice");
    for (const char* id : {"mri-hip", "bloods", "mri-knee", "abi"})
        REQUIRE(p.apply(std::string("order ") + id).ok);
    const auto sc = p.practiceScore();
    REQUIRE(sc);
    auto rows = investigationRows(p.session());
    judgeOrders(rows, p.session(), *sc);
    CHECK(rowOf(rows, "mri-hip").verdict == Verdict::Good);
    CHECK(rowOf(rows, "bloods").verdict == Verdict::Neutral);
    CHECK(rowOf(rows, "mri-knee").verdict == Verdict::Bad);
    CHECK_FALSE(rowOf(rows, "mri-knee").verdictText.empty());
    CHECK(rowOf(rows, "abi").verdict == Verdict::Bad);
    CHECK(rowOf(rows, "abi").verdictText.find("Not indicated") != std::string::npos);
    CHECK(rowOf(rows, "xray-hip").verdict == Verdict::None); // not ordered
    // The bottom bar's hint agrees with the row: the unruled order is not praised.
    CHECK(p.hint().kind == Hint::Kind::Bad);
    // An exam gives no verdict at all.
    PlayState e = started("femoral-stress-fracture", "exam");
    REQUIRE(e.apply("order abi").ok);
    CHECK_FALSE(e.practiceScore());
    CHECK(e.hint().kind == Hint::Kind::None);
    const auto er = investigationRows(e.session());
    CHECK(rowOf(er, "abi").done);
    CHECK(rowOf(er, "abi").verdict == Verdict::None);
}

TEST_CASE("a pending order offers Cancel until its result arrives") {
    PlayState p = started("femoral-stress-fracture", "practice");
    REQUIRE(p.apply("order mri-hip").ok);      // next visit
    REQUIRE(p.apply("order bladder-scan").ok); // same visit: already reported
    auto rows = investigationRows(p.session());
    const EncounterRow mri = rowOf(rows, "mri-hip");
    CHECK(mri.pending);
    CHECK_FALSE(rowOf(rows, "bladder-scan").pending);
    CHECK_FALSE(rowOf(rows, "xray-hip").pending);
    const rc::Action cancel = cancelAction(mri);
    CHECK(cancel.str() == "cancel mri-hip");
    CHECK(tabFor(cancel) == EncounterTab::Investigations);
    const rc::Reply r = p.apply(cancel);
    REQUIRE(r.ok);
    rows = investigationRows(p.session());
    CHECK_FALSE(rowOf(rows, "mri-hip").done);
    CHECK_FALSE(rowOf(rows, "mri-hip").pending);
    CHECK(p.hint().kind == Hint::Kind::None); // no verdict on a withdrawal
    // The autosave's log carries the cancel: a resumed game has no pending MRI either.
    CHECK(rc::formatActionLog(p.session().log()).find("cancel mri-hip") != std::string::npos);
    CHECK_FALSE(p.apply(cancelAction(rowOf(rows, "bladder-scan"))).ok);
}

TEST_CASE("the decision opens with no side chosen and says a sided diagnosis needs one") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    DecisionChoice ch = initialChoice(s);
    CHECK(ch.side == rc::Side::None);
    CHECK(ch.diagnosis.empty());
    CHECK(ch.pathway.empty());
    ch.diagnosis = "l3-radiculopathy";
    ch.pathway = "conservative";
    std::string missing;
    CHECK(decisionActions(s, ch, missing).empty());
    CHECK(decisionWarning(s, ch).find("No side chosen") != std::string::npos);
    // The warning follows the choice: gone once a side is chosen.
    ch.side = stepSide(ch.side, -1);
    CHECK(ch.side == rc::Side::Left);
    CHECK(decisionWarning(s, ch).empty());
    CHECK(decisionActions(s, ch, missing).size() == 3);
    CHECK(decisionActions(s, ch, missing).front().str() == "diagnose l3-radiculopathy left");
    // A diagnosis with no side needs none.
    ch.diagnosis = "lumbar-spinal-stenosis";
    ch.side = rc::Side::None;
    CHECK(decisionWarning(s, ch).empty());
}

TEST_CASE("side keys start from no side and walk Left, Right, Both") {
    CHECK(stepSide(rc::Side::None, -1) == rc::Side::Left);
    CHECK(stepSide(rc::Side::None, 1) == rc::Side::Right);
    CHECK(stepSide(rc::Side::Left, 1) == rc::Side::Right);
    CHECK(stepSide(rc::Side::Right, 1) == rc::Side::Both);
    CHECK(stepSide(rc::Side::Both, 1) == rc::Side::Both);
    CHECK(stepSide(rc::Side::Left, -1) == rc::Side::Left);
}

TEST_CASE("at the follow-up visit the previous plan is offered") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    CHECK(previousPlan(s) == nullptr);
    for (const char* line :
         {"diagnose l3-radiculopathy right",
          "plan conservative education exercise-programme follow-up-6w", "advance"})
        REQUIRE(s.apply(line).ok);
    REQUIRE_FALSE(s.finished());
    REQUIRE(s.visitNumber() == 2);
    const rc::Action* prev = previousPlan(s);
    REQUIRE(prev);
    CHECK(prev->str() == "plan conservative education exercise-programme follow-up-6w");
    const DecisionChoice ch = initialChoice(s);
    CHECK(ch.diagnosis == "l3-radiculopathy");
    CHECK(ch.side == rc::Side::Right); // the student's own, from visit 1
    CHECK(ch.pathway == "conservative");
    CHECK(ch.parts == std::vector<std::string>{"education", "exercise-programme", "follow-up-6w"});
    // Confirming it as it is sends the same plan and ends the visit (no new diagnosis).
    std::string missing;
    const auto acts = decisionActions(s, ch, missing);
    REQUIRE(acts.size() == 2);
    CHECK(acts[0].str() == prev->str());
    CHECK(acts[1].verb == rc::Verb::Advance);
}
