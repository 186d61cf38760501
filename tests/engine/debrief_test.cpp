#include <doctest/doctest.h>

#include "game/engine/debrief.hpp"
#include "tests/engine/test_support.hpp"

using rc::Debrief;
using rc::Session;

namespace {
Session play(const std::vector<std::string>& lines) {
    return rct::playFixture(lines);
}
std::vector<std::string> expertLines() {
    std::vector<std::string> out;
    for (const auto& a : rct::fixtureCase().expert) out.push_back(a.str());
    return out;
}
} // namespace

TEST_CASE("the expert's own path has no divergence") {
    Session s = play(expertLines());
    Debrief d = rc::makeDebrief(s);
    CHECK(d.playerDivergence == -1);
    CHECK(d.expertDivergence == -1);
    CHECK(d.playerPath == d.expertPath);
    REQUIRE(d.expertPath.size() == 13);
    CHECK(d.expertPath[3] == "exam slr right"); // decisions: no angles
    CHECK(d.score.total == doctest::Approx(100));
}

TEST_CASE("divergence: first player step the expert never takes, and the reverse") {
    // Player: skips 'ask onset' (expert index 1) and adds 'ask weight-loss' (player index 2).
    Session s = play({"ask pain-site", "ask bladder-bowel", "ask weight-loss", "exam slr right 50",
                      "exam pkb right 75", "exam knee-effusion", "diagnose l3-radiculopathy right",
                      "plan conservative education exercise-programme follow-up-6w", "advance",
                      "exam pkb right", "plan conservative exercise-programme", "advance"});
    Debrief d = rc::makeDebrief(s);
    CHECK(d.playerDivergence == 2);
    CHECK(d.playerPath[2] == "ask weight-loss");
    CHECK(d.expertDivergence == 1);
    CHECK(d.expertPath[1] == "ask onset");
}

TEST_CASE("divergence: order within a visit does not matter, the visit does") {
    std::vector<std::string> lines = expertLines();
    std::swap(lines[0], lines[2]); // reorder questions within v1
    Debrief same = rc::makeDebrief(play(lines));
    CHECK(same.playerDivergence == -1);
    CHECK(same.expertDivergence == -1);

    // The recheck of pkb moved from v2 to v1: the same words at another visit diverge.
    lines = expertLines();
    lines.erase(lines.begin() + 10); // "exam pkb right 130" at v2
    lines.insert(lines.begin() + 6, "exam pkb left");
    Debrief moved = rc::makeDebrief(play(lines));
    CHECK(moved.playerDivergence == 6);
    CHECK(moved.playerPath[6] == "exam pkb left");
    CHECK(moved.expertDivergence == 10);
    CHECK(moved.expertPath[10] == "exam pkb right");
}

TEST_CASE("divergence ignores the differential and repeats") {
    std::vector<std::string> lines = expertLines();
    lines[6] = "differential knee-oa";
    lines.insert(lines.begin() + 1, "ask pain-site"); // a repeat: not in the path
    Debrief d = rc::makeDebrief(play(lines));
    CHECK(d.playerPath.size() == 13);
    CHECK(d.playerPath[6] == "differential knee-oa");
    CHECK(d.playerDivergence == -1);
    CHECK(d.expertDivergence == -1);
}

TEST_CASE("manoeuvre records: angle reached, onset, stopped short") {
    Session s = play({"exam slr right 30", "exam slr left 70", "exam pkb right", "exam knee-effusion",
                      "exam pkb right 90"});
    Debrief d = rc::makeDebrief(s);
    REQUIRE(d.manoeuvres.size() == 3); // only actions with an angle
    const rc::ManoeuvreRecord& m = d.manoeuvres[0];
    CHECK(m.exam == "slr");
    CHECK(m.label == "Straight leg raise");
    CHECK(m.side == rc::Side::Right);
    CHECK(m.reached == 30);
    CHECK(m.onset == 45);
    CHECK(m.stoppedShort);
    CHECK(d.manoeuvres[1].side == rc::Side::Left);
    CHECK_FALSE(d.manoeuvres[1].onset.has_value());
    CHECK_FALSE(d.manoeuvres[1].stoppedShort);
    CHECK(d.manoeuvres[2].exam == "pkb");
    CHECK(d.manoeuvres[2].reached == 90);
    CHECK(d.manoeuvres[2].onset == 70);
    CHECK_FALSE(d.manoeuvres[2].stoppedShort);
    CHECK_FALSE(rc::spansVisits(d.manoeuvres)); // all at the first visit: no visit named
    CHECK(rc::debriefText(d, s).find("Straight leg raise right: reached 30") != std::string::npos);
}

TEST_CASE("manoeuvre onset comes from the visit where the test was done") {
    Session s = play({"exam pkb right 80", "plan conservative exercise-programme", "advance",
                      "exam pkb right 130"});
    Debrief d = rc::makeDebrief(s);
    REQUIRE(d.manoeuvres.size() == 2);
    CHECK(d.manoeuvres[0].onset == 70);
    CHECK_FALSE(d.manoeuvres[1].onset.has_value()); // v2-better: negative, no onset
    CHECK(d.manoeuvres[0].visit == 1);
    CHECK(d.manoeuvres[1].visit == 2);
    CHECK(rc::spansVisits(d.manoeuvres));
    // The same test at two visits: the text names each row's visit.
    const std::string text = rc::debriefText(d, s);
    CHECK(text.find("Prone knee bend right (visit 1): reached 80") != std::string::npos);
    CHECK(text.find("right (visit 2): reached 130") != std::string::npos);
}

TEST_CASE("truth, roots, outcome and learning points") {
    Debrief d = rc::makeDebrief(play(expertLines()));
    CHECK(d.truthLabel == "L3 radiculopathy (right)");
    CHECK(d.roots == std::vector<std::string>{"L3"});
    CHECK(d.truthText == "A right L3 root irritation.");
    CHECK(d.outcomeText == "Back to full shifts at twelve weeks.");
    CHECK(d.outcomeStatus == "better");
    REQUIRE(d.learning.size() == 2);
    CHECK(d.learning[1].text == "Screen for red flags.");

    Debrief open = rc::makeDebrief(play({"ask pain-site"}));
    CHECK(open.outcomeText == "The case was not finished.");
    CHECK(open.outcomeStatus == "same");
    CHECK(open.expertDivergence == 1);
    CHECK(open.playerDivergence == -1);
}

TEST_CASE("the expert ledger in the debrief is the expert path's") {
    Debrief d = rc::makeDebrief(play({"order mri-lumbar", "plan surgical", "advance"}));
    CHECK(d.score.expertLedger.minutes == 13);
    CHECK(d.score.ledger.cost == 300);
    CHECK(d.outcomeStatus == "worse");
}

TEST_CASE("debriefText shows domains, total, decisions, manoeuvres and the path table") {
    Session s = play({"ask pain-site", "exam slr right 30", "order xray-lumbar", "plan surgical",
                      "advance"});
    Debrief d = rc::makeDebrief(s);
    std::string t = rc::debriefText(d, s);
    CHECK(t.find("Debrief: The knee that gives way (fixture-l3)") != std::string::npos);
    CHECK(t.find("Diagnosis: L3 radiculopathy (right)") != std::string::npos);
    CHECK(t.find("Outcome (worse): An operation she did not need.") != std::string::npos);
    CHECK(t.find("(zeroed by a critical error)") != std::string::npos);
    CHECK(t.find("MISSED ask bladder-bowel") != std::string::npos);
    CHECK(t.find("- order xray-lumbar  (harmful, investigations, -4 pts)") != std::string::npos);
    CHECK(t.find("stopped short") != std::string::npos);
    CHECK(t.find("Straight leg raise right: reached 30") != std::string::npos);
    CHECK(t.find("<- first divergence") != std::string::npos);
    CHECK(t.find("First expert step you did not take: ask onset") != std::string::npos);
    // Learning points name their source as a student reads it, and the case's references
    // close the debrief with the link to open.
    CHECK(t.find("  - Knee pain can come from the L3 root.\n    Source: Root Cause (2026), 2\n") !=
          std::string::npos);
    CHECK(t.find("References\n  - Root Cause tests (2026). Test fixture: not a source.") != std::string::npos);
    CHECK(t.find("https://example.org/fixture") != std::string::npos);
    // An order no rule justifies costs the total beyond its domain.
    CHECK(t.find("Harm and waste\n  [v1] order xray-lumbar  (-") != std::string::npos);
    char total[64];
    std::snprintf(total, sizeof total, "%.1f / 100", d.score.total);
    CHECK(t.find(total) != std::string::npos);
}
