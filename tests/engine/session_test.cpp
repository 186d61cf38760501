#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "game/engine/session.hpp"
#include "tests/engine/test_support.hpp"

using rc::Reply;
using rc::Session;
using rc::Side;

namespace {
Session fresh(std::uint64_t seed = 1, const std::string& id = "fixture-l3") {
    return Session(rct::fixtureCase(id), rct::catalog(), seed);
}
Reply ok(Session& s, const std::string& line) {
    Reply r = s.apply(line);
    INFO("action: " << line << " -> " << r.error);
    REQUIRE(r.ok);
    CHECK(r.error.empty());
    return r;
}
/// Plays the first visit with a given plan and advances.
Session afterPlan(const std::string& plan) {
    Session s = fresh();
    ok(s, plan);
    ok(s, "advance");
    return s;
}
} // namespace

TEST_CASE("a new session starts at the first visit with an empty ledger") {
    Session s = fresh();
    CHECK(s.visitIndex() == 0);
    CHECK(s.visit().id == "v1");
    CHECK(s.visitsReached() == std::vector<int>{0});
    CHECK(s.weeksElapsed() == 0);
    CHECK_FALSE(s.finished());
    CHECK(s.outcome() == nullptr);
    CHECK(s.ledger().minutes == 0);
    CHECK(s.ledger().cost == 0);
    CHECK(s.ledger().radiation == 0);
    CHECK(s.taken().empty());
    CHECK(s.plan() == nullptr);
    CHECK(s.diagnosis() == nullptr);
    CHECK(s.chart().size() == 3);
}

TEST_CASE("answers: case text, catalogue default, and visit overrides") {
    Session s = fresh();
    CHECK(ok(s, "ask pain-site").text == "Here, the front of the knee, and up the thigh.");
    CHECK(ok(s, "ask weight-loss").text == "No."); // catalogue default
    CHECK(s.answer("past-back") == "Never.");
    ok(s, "plan conservative exercise-programme");
    ok(s, "advance");
    REQUIRE(s.visit().id == "v2-better");
    CHECK(ok(s, "ask pain-site").text == "Just a bit of an ache now."); // visit override
    CHECK(ok(s, "ask bladder-bowel").text == "No, that's all normal."); // from the case level
}

TEST_CASE("say variants: the seed picks one, the same one every time") {
    const std::vector<std::string> variants{"Onset variant A.", "Onset variant B.", "Onset variant C."};
    std::set<std::string> seen;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Session a = fresh(seed), b = fresh(seed);
        std::string x = ok(a, "ask onset").text;
        CHECK(ok(b, "ask onset").text == x);
        CHECK(ok(a, "ask onset").text == x); // a repeat gives the same answer
        CHECK(std::find(variants.begin(), variants.end(), x) != variants.end());
        seen.insert(x);
    }
    CHECK(seen.size() == 3); // different seeds do reach different variants
}

TEST_CASE("findings: case-level, catalogue normal, sides and visit overrides") {
    Session s = fresh();
    CHECK(ok(s, "exam slr right").text == "Pain into the thigh at 45 degrees.");
    CHECK(ok(s, "exam slr left").text == "Hip flexes to about 80 degrees with a hamstring stretch only.");
    CHECK(ok(s, "exam knee-effusion").text == "No effusion.");
    CHECK(s.finding("pkb", Side::Right)->result == "positive");
    CHECK(s.finding("pkb", Side::Left) == nullptr);
    ok(s, "plan conservative exercise-programme");
    ok(s, "advance");
    CHECK(ok(s, "exam pkb right").text == "No pain now.");
    CHECK(s.finding("slr", Side::Right)->onset == 45); // not overridden: case level
    CHECK(s.findingAt(0, "pkb", Side::Right)->result == "positive");
    CHECK(s.findingAt(1, "pkb", Side::Right)->result == "negative");
    REQUIRE(s.chart().size() == 1); // chart override
    CHECK(s.chart()[0].at == "anterior-thigh");
}

TEST_CASE("hands-on angles: symptoms, tolerance and stopping short") {
    Session s = fresh();
    Reply r = ok(s, "exam slr right 50");
    CHECK(r.text.find("Symptoms began at 45") != std::string::npos);
    CHECK_FALSE(s.taken().back().stoppedShort);
    ok(s, "plan conservative");
    ok(s, "advance");
    // v2-same: a new visit, so the same exams are not repeats.
    r = ok(s, "exam slr right 41"); // more than 3 degrees short of 45
    CHECK(s.taken().back().stoppedShort);
    CHECK(r.text.find("No symptoms up to 41") != std::string::npos);
    Session t = fresh();
    ok(t, "exam slr right 42"); // exactly 3 short: within tolerance
    CHECK_FALSE(t.taken().back().stoppedShort);
    // No symptoms on the left: the normal range (80) is the target, 15 degrees of slack.
    ok(t, "exam slr left 64");
    CHECK(t.taken().back().stoppedShort);
    CHECK(t.taken().back().reply.find("end of the range was not reached") != std::string::npos);
    ok(t, "exam pkb left 115"); // pkb normal range 130
    CHECK_FALSE(t.taken().back().stoppedShort);
    CHECK(t.taken().back().reply.find("Range reached: 115") != std::string::npos);
    // The targets are the catalogue's normal ranges (exam@normal-range), not numbers in code.
    CHECK(rct::catalog().exam("slr")->normalRange == 80);
    CHECK(rct::catalog().exam("pkb")->normalRange == 130);
}

TEST_CASE("repeating a question or exam costs nothing more, a new visit costs again") {
    Session s = fresh();
    ok(s, "ask pain-site"); // 2 minutes
    CHECK(s.ledger().minutes == 2);
    CHECK_FALSE(s.taken().back().repeat);
    ok(s, "ask pain-site");
    CHECK(s.ledger().minutes == 2);
    CHECK(s.taken().back().repeat);
    ok(s, "exam pkb right"); // 3 minutes
    ok(s, "exam pkb right");
    CHECK(s.ledger().minutes == 5);
    CHECK(s.taken().back().repeat);
    // A hands-on retry (with the angle reached) costs nothing more either, but it is not a
    // repeat: the scoring judges the further attempt again (a first try stopped short can
    // still earn full points).
    ok(s, "exam pkb right 80");
    CHECK(s.ledger().minutes == 5);
    CHECK_FALSE(s.taken().back().repeat);
    ok(s, "exam pkb left"); // other side: not a repeat
    CHECK(s.ledger().minutes == 8);
    CHECK_FALSE(s.taken().back().repeat);
    CHECK(s.asked("pain-site"));
    CHECK(s.examined("pkb", Side::Left));
    CHECK_FALSE(s.examined("slr", Side::Left));
    ok(s, "plan conservative exercise-programme");
    ok(s, "advance");
    CHECK_FALSE(s.asked("pain-site"));
    ok(s, "ask pain-site");
    CHECK(s.ledger().minutes == 10);
    CHECK_FALSE(s.taken().back().repeat);
}

TEST_CASE("the ledger adds minutes, money and radiation of orders") {
    Session s = fresh();
    ok(s, "order xray-knee");
    CHECK(s.ledger().minutes == 3);
    CHECK(s.ledger().cost == 40);
    CHECK(s.ledger().radiation == doctest::Approx(0.005));
    ok(s, "order xray-lumbar");
    ok(s, "order mri-lumbar");
    ok(s, "order crp");
    CHECK(s.ledger().minutes == 3 + 3 + 5 + 2);
    CHECK(s.ledger().cost == 40 + 60 + 300 + 15);
    CHECK(s.ledger().radiation == doctest::Approx(1.505));
    ok(s, "ask weight-loss"); // 0 minutes
    ok(s, "exam knee-effusion");
    CHECK(s.ledger().minutes == 14);
    ok(s, "differential knee-oa");
    ok(s, "diagnose knee-oa");
    CHECK(s.ledger().minutes == 14); // decisions cost no clinic time
}

TEST_CASE("same-visit results arrive at once, next-visit results at the next visit") {
    Session s = fresh();
    Reply crp = ok(s, "order crp");
    CHECK(crp.text == "CRP 3 mg/L (normal).");
    REQUIRE(s.orders().size() == 1);
    CHECK(s.orders()[0].arrived);
    Reply mri = ok(s, "order mri-lumbar");
    CHECK(mri.text.find("requested") != std::string::npos);
    CHECK(mri.text.find("Right foraminal") == std::string::npos);
    CHECK_FALSE(s.orders()[1].arrived);
    CHECK(s.orders()[1].visitIndex == 0);
    CHECK(s.orders()[1].result.report == "Right foraminal protrusion at L3-L4.");
    CHECK(s.ordered("mri-lumbar"));
    CHECK_FALSE(s.apply("order mri-lumbar").ok); // twice at one visit
    ok(s, "plan conservative");
    ok(s, "advance");
    REQUIRE(s.visit().id == "v2-same");
    CHECK(s.orders()[1].arrived);
    // The result is the one in force when it was ordered, not v2-same's override.
    CHECK(s.orders()[1].result.report == "Right foraminal protrusion at L3-L4.");
    CHECK_FALSE(s.ordered("mri-lumbar"));
    ok(s, "order mri-lumbar"); // a new visit: allowed, with this visit's result
    CHECK(s.orders()[2].result.report == "Larger right protrusion at L3-L4.");
    CHECK(s.orders()[2].visitIndex == 2);
    CHECK(s.orders()[2].result.image == std::nullopt);
    ok(s, "order xray-knee");
    CHECK(s.orders()[3].result.report == "Normal knee radiograph."); // catalogue normal
    ok(s, "plan conservative");
    ok(s, "advance");
    CHECK(s.finished());
    for (const auto& o : s.orders()) CHECK(o.arrived); // the debrief shows every report
}

TEST_CASE("one plan per visit, advance needs a plan") {
    Session s = fresh();
    Reply r = s.apply("advance");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("plan") != std::string::npos);
    ok(s, "plan conservative exercise-programme");
    REQUIRE(s.plan());
    CHECK(s.plan()->args[0] == "conservative");
    CHECK_FALSE(s.apply("plan urgent").ok);
    CHECK(s.plan()->args[0] == "conservative");
    ok(s, "advance 6w");
    CHECK(s.plan() == nullptr); // a new visit needs a new plan
    CHECK_FALSE(s.apply("advance").ok);
    ok(s, "plan conservative");
}

TEST_CASE("next rules: pathway, part and not-part conditions, first match wins") {
    {
        Session s = afterPlan("plan conservative education exercise-programme follow-up-6w");
        CHECK(s.visit().id == "v2-better");
        CHECK(s.visitsReached() == std::vector<int>{0, 1});
        CHECK(s.weeksElapsed() == 6);
        CHECK(s.reached("v2-better"));
        CHECK_FALSE(s.reached("v2-same"));
        CHECK(s.taken().back().reply == "She is walking more easily.");
    }
    // not-part: the analgesia part sends the patient down the second rule.
    CHECK(afterPlan("plan conservative exercise-programme analgesia").visit().id == "v2-same");
    // part: without the exercise programme, the first rule does not match.
    CHECK(afterPlan("plan conservative education").visit().id == "v2-same");
    // pathway list: urgent is one of "conservative urgent".
    CHECK(afterPlan("plan urgent exercise-programme").visit().id == "v2-same");
    // the unconditional rule: an outcome that ends the case.
    Session s = afterPlan("plan surgical");
    CHECK(s.finished());
    REQUIRE(s.outcome());
    CHECK(s.outcome()->id == "overtreated");
    CHECK(s.taken().back().reply == "An operation she did not need.");
    CHECK(s.visitIndex() == 0);
}

TEST_CASE("an outcome ends the case: every later action is refused") {
    Session s = afterPlan("plan surgical");
    const std::size_t n = s.taken().size();
    for (const char* line : {"ask pain-site", "exam slr right", "order crp", "diagnose knee-oa",
                             "plan conservative", "advance"}) {
        Reply r = s.apply(line);
        CHECK_FALSE(r.ok);
        CHECK(r.error == "the case is over");
    }
    CHECK(s.taken().size() == n);
}

TEST_CASE("the whole expert path plays to the 'recovered' outcome") {
    Session s = fresh();
    rc::Diagnostics d;
    CHECK(rc::playLog(s, rct::fixtureCase().expert, "expert", d));
    CHECK(d.all().empty());
    CHECK(s.finished());
    CHECK(s.outcome()->id == "recovered");
    CHECK(s.visitsReached() == std::vector<int>{0, 1});
    CHECK(s.ledger().minutes == 2 + 1 + 1 + 2 + 3 + 1 + 3);
    CHECK(s.differential() ==
          std::vector<std::string>{"l3-radiculopathy", "l4-radiculopathy", "knee-oa"});
    REQUIRE(s.diagnosis());
    CHECK(s.diagnosis()->side == Side::Right);
}

TEST_CASE("refused actions change nothing") {
    const char* refused[] = {
        "ask nothing-here",                 // unknown question
        "exam nothing-here",                // unknown exam
        "exam slr",                         // sided exam needs a side
        "exam slr both",                    // ... one side
        "exam knee-effusion left",          // unsided exam takes no side
        "exam knee-reflex right 30",        // not hands-on: no angle
        "order nothing-here",               // unknown investigation
        "differential knee-oa nothing-here",
        "differential knee-oa knee-oa",     // listed twice
        "diagnose nothing-here",
        "diagnose l3-radiculopathy",        // sided diagnosis needs a side
        "diagnose knee-oa left",            // unsided diagnosis takes no side
        "plan education",                   // a part is not a pathway
        "plan conservative nothing-here",
        "plan conservative education education",
        "advance",                          // no plan yet
        "jump now",                         // not an action at all
    };
    Session s = fresh();
    ok(s, "ask pain-site");
    ok(s, "order mri-lumbar");
    ok(s, "differential l3-radiculopathy");
    const rc::Ledger before = s.ledger();
    for (const char* line : refused) {
        CAPTURE(line);
        Reply r = s.apply(line);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error.empty());
        CHECK(r.text.empty());
        CHECK(s.taken().size() == 3);
        CHECK(s.orders().size() == 1);
        CHECK(s.ledger().minutes == before.minutes);
        CHECK(s.ledger().cost == before.cost);
        CHECK(s.differential() == std::vector<std::string>{"l3-radiculopathy"});
        CHECK(s.diagnosis() == nullptr);
        CHECK(s.plan() == nullptr);
        CHECK(s.visitIndex() == 0);
    }
}

TEST_CASE("diagnose: the latest counts, differential replaces the previous one") {
    Session s = fresh();
    ok(s, "diagnose knee-oa");
    ok(s, "diagnose l3-radiculopathy left");
    ok(s, "diagnose l3-radiculopathy both");
    CHECK(s.diagnosis()->side == Side::Both);
    ok(s, "differential knee-oa l3-radiculopathy");
    ok(s, "differential l4-radiculopathy");
    CHECK(s.differential() == std::vector<std::string>{"l4-radiculopathy"});
}

TEST_CASE("log(): header and actions, replayable to the same state") {
    Session s = fresh(7);
    ok(s, "ask onset @1.5");
    ok(s, "exam slr right 40");
    ok(s, "plan conservative exercise-programme");
    ok(s, "advance");
    rc::ActionLog log = s.log();
    CHECK(log.header.at("case") == "fixture-l3");
    CHECK(log.header.at("seed") == "7");
    REQUIRE(log.actions.size() == 4);
    CHECK(log.actions[1].str() == "exam slr right 40");
    // Round trip through text, as an autosave would.
    rc::Diagnostics d;
    rc::ActionLog back = rc::parseActionLog(rc::formatActionLog(log), "save.log", d);
    Session t = fresh(std::stoull(back.header.at("seed")));
    CHECK(rc::playLog(t, back.actions, "save.log", d));
    CHECK(d.all().empty());
    CHECK(t.visitIndex() == s.visitIndex());
    CHECK(t.ledger().minutes == s.ledger().minutes);
    CHECK(t.taken()[0].reply == s.taken()[0].reply);
    CHECK(t.taken()[1].stoppedShort == s.taken()[1].stoppedShort);
}

TEST_CASE("playLog stops at the first refused action and reports it with its line") {
    rc::Diagnostics d;
    rc::ActionLog log =
        rc::parseActionLog("ask onset\nexam slr\nask pain-site\n", "p.log", d);
    REQUIRE(d.all().empty());
    Session s = fresh();
    CHECK_FALSE(rc::playLog(s, log.actions, "p.log", d));
    auto x = rct::only(d, "illegal-action");
    CHECK(x.file == "p.log");
    CHECK(x.line == 2);
    CHECK(x.message.find("exam slr") != std::string::npos);
    CHECK(rc::format(x).rfind("p.log:2: error: ", 0) == 0);
    CHECK(s.taken().size() == 1);
}

TEST_CASE("a session is a small copyable value") {
    Session a = fresh();
    ok(a, "ask pain-site");
    Session b = a;
    ok(b, "ask onset");
    CHECK(a.taken().size() == 1);
    CHECK(b.taken().size() == 2);
    CHECK(a.ledger().minutes == 2);
}
