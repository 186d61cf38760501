#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "game/engine/scoring.hpp"
#include "tests/engine/test_support.hpp"

using rc::Domain;
using rc::Score;
using rc::Session;
using rc::Tag;

namespace {

// The fixture case's expert path (tests/fixtures/content/cases/fixture-l3.xml).
const std::vector<std::string> kExpert = {
    "ask pain-site",
    "ask onset",
    "ask bladder-bowel",
    "exam slr right 50",
    "exam pkb right 75",
    "exam knee-effusion",
    "differential l3-radiculopathy l4-radiculopathy knee-oa",
    "diagnose l3-radiculopathy right",
    "plan conservative education exercise-programme follow-up-6w",
    "advance 6w",
    "exam pkb right 130",
    "plan conservative exercise-programme",
    "advance",
};
const std::string kPlan1 = "plan conservative education exercise-programme follow-up-6w";

/// The expert path with the first line equal to `at` replaced by `with` (empty: deleted).
std::vector<std::string> edit(std::vector<std::string> path, const std::string& at,
                              const std::vector<std::string>& with) {
    for (std::size_t i = 0; i < path.size(); ++i)
        if (path[i] == at) {
            path.erase(path.begin() + static_cast<long>(i));
            path.insert(path.begin() + static_cast<long>(i), with.begin(), with.end());
            return path;
        }
    FAIL("no line '" << at << "' in the path");
    return path;
}
/// The expert path with `lines` inserted before the first plan.
std::vector<std::string> plus(const std::vector<std::string>& lines) {
    std::vector<std::string> w = lines;
    w.push_back(kPlan1);
    return edit(kExpert, kPlan1, w);
}

Session play(const std::vector<std::string>& lines, const std::string& id = "fixture-l3") {
    Session s(rct::fixtureCase(id), rct::catalog(), 1);
    for (const auto& l : lines) {
        rc::Reply r = s.apply(l);
        INFO(l << ": " << r.error);
        REQUIRE(r.ok);
    }
    return s;
}

Score score(const Session& s) {
    return rc::scoreSession(s, rc::expertLedger(s.kase(), s.catalog()));
}
double dom(const Score& sc, Domain d) { return sc.domains[static_cast<int>(d)]; }

const rc::Judgement* judged(const Score& sc, const std::string& action, bool missed = false) {
    for (const auto& j : sc.decisions)
        if (j.action == action && j.missed == missed) return &j;
    return nullptr;
}

/// The total from the domain scores, as FORMAT.md §2.6 defines it: the weighted sum, less
/// harm and waste, capped when the diagnosis is off target, one decimal.
double expectedTotal(const Score& sc, const rc::Case& c) {
    const rc::ScoringPolicy& pol = rct::catalog().policy;
    const auto w = rc::effectiveWeights(c, pol);
    double wsum = 0, t = 0;
    for (int d = 0; d < rc::kDomainCount; ++d) {
        wsum += w[d];
        t += w[d] * sc.domains[d];
    }
    double deducted = 0;
    for (const auto& x : sc.deductions) deducted += x.points;
    double total = std::clamp(t / wsum - deducted, 0.0, 100.0);
    bool onTarget = sc.dxClass != rc::DxClass::Wrong && sc.dxClass != rc::DxClass::None;
    if (!onTarget) total = std::min(total, pol.wrongRegionCap);
    return std::round(total * 10) / 10;
}

} // namespace

TEST_CASE("the expert path scores at least 95 (here: full marks)") {
    Session s = play(kExpert);
    Score sc = score(s);
    CHECK(sc.total >= 95);
    CHECK(sc.total == doctest::Approx(100.0));
    for (int d = 0; d < rc::kDomainCount; ++d) {
        CAPTURE(rc::domainName(static_cast<Domain>(d)));
        CHECK(sc.domains[d] == doctest::Approx(100.0));
        CHECK_FALSE(sc.zeroed[d]);
    }
    CHECK(sc.recall == doctest::Approx(1.0));
    CHECK(sc.precision == doctest::Approx(1.0));
    CHECK(sc.stewardship == doctest::Approx(1.0));
    CHECK(sc.diagnosisCredit == doctest::Approx(1.0));
    for (const auto& j : sc.decisions) {
        CAPTURE(j.action);
        CHECK(j.points >= 0);
        CHECK_FALSE(j.missed);
    }
}

TEST_CASE("expertLedger plays the expert path") {
    rc::Ledger l = rc::expertLedger(rct::fixtureCase(), rct::catalog());
    CHECK(l.minutes == 13);
    CHECK(l.cost == 0);
    CHECK(l.radiation == 0);
}

TEST_CASE("essential and indicated rules earn their points, judgements name the rule") {
    Score sc = score(play(kExpert));
    const rc::Judgement* j = judged(sc, "ask bladder-bowel");
    REQUIRE(j);
    CHECK(j->tag == Tag::Essential);
    CHECK(j->domain == Domain::Safety);
    CHECK(j->points == 4);
    CHECK(j->possible == 4);
    CHECK(j->critical);
    CHECK(j->feedback == "Screen for cauda equina.");
    j = judged(sc, "ask onset");
    REQUIRE(j);
    CHECK(j->tag == Tag::Indicated);
    CHECK(j->points == 2);
    // One taken plan can meet several rules (pathway and parts).
    int planJudgements = 0;
    for (const auto& x : sc.decisions)
        if (x.action == kPlan1) ++planJudgements;
    CHECK(planJudgements == 3);
    // The visit-scoped recheck counts at the visit it names.
    j = judged(sc, "exam pkb right 130");
    REQUIRE(j);
    CHECK(j->visitIndex == 1);
    CHECK(j->points == 2);
}

TEST_CASE("a rule whose visit was never reached does not count at all") {
    Score expert = score(play(kExpert));
    CHECK(expert.essentialTotal == 5); // 'order mri-lumbar' at v2-same is out of scope
    CHECK(judged(expert, "order mri-lumbar", true) == nullptr);
    CHECK(dom(expert, Domain::Investigations) == doctest::Approx(100));
    // Reach v2-same and skip the MRI: now it is an essential item missed.
    Score other = score(play({"plan conservative", "advance", "plan conservative", "advance"}));
    CHECK(other.essentialTotal == 6);
    const rc::Judgement* j = judged(other, "order mri-lumbar", true);
    REQUIRE(j);
    CHECK(j->visitIndex == 2);
    CHECK(j->possible == 4);
    CHECK(dom(other, Domain::Investigations) == doctest::Approx(0));
}

TEST_CASE("neutral rules earn nothing and cost nothing, but count as relevant") {
    Score sc = score(play(plus({"ask past-back", "order crp"})));
    const rc::Judgement* j = judged(sc, "ask past-back");
    REQUIRE(j);
    CHECK(j->tag == Tag::Neutral);
    CHECK(j->points == 0);
    CHECK_FALSE(j->generic);
    CHECK(judged(sc, "order crp")->tag == Tag::Neutral);
    CHECK(dom(sc, Domain::History) == doctest::Approx(100));
    CHECK(dom(sc, Domain::Investigations) == doctest::Approx(100));
    CHECK(sc.precision == doctest::Approx(1.0));
}

TEST_CASE("unnecessary and harmful rules take their points off their domain") {
    SUBCASE("unnecessary") {
        Score sc = score(play(plus({"order xray-knee"})));
        const rc::Judgement* j = judged(sc, "order xray-knee");
        REQUIRE(j);
        CHECK(j->tag == Tag::Unnecessary);
        CHECK(j->points == -2);
        CHECK_FALSE(j->generic);
        CHECK(dom(sc, Domain::Investigations) == doctest::Approx(80)); // no possible: 1 - 2/10
    }
    SUBCASE("harmful") {
        Score sc = score(play(plus({"order xray-lumbar"})));
        const rc::Judgement* j = judged(sc, "order xray-lumbar");
        REQUIRE(j);
        CHECK(j->tag == Tag::Harmful);
        CHECK(j->points == -4);
        CHECK(dom(sc, Domain::Investigations) == doctest::Approx(60));
        CHECK_FALSE(sc.zeroed[static_cast<int>(Domain::Investigations)]);
    }
    SUBCASE("both, against possible points") {
        // v2-same makes the MRI essential (4 possible): (4 - 2 - 4) / 4 clamps to 0.
        Score sc = score(play({"order xray-knee", "order xray-lumbar", "plan conservative", "advance",
                               "order mri-lumbar", "plan conservative", "advance"}));
        CHECK(dom(sc, Domain::Investigations) == doctest::Approx(0));
        Score sc2 = score(play({"order xray-knee", "plan conservative", "advance",
                                "order mri-lumbar", "plan conservative", "advance"}));
        CHECK(dom(sc2, Domain::Investigations) == doctest::Approx(50)); // (4 - 2) / 4
    }
}

TEST_CASE("a critical essential item missed zeroes its domain") {
    Score sc = score(play(edit(kExpert, "ask bladder-bowel", {})));
    CHECK(dom(sc, Domain::Safety) == 0);
    CHECK(sc.zeroed[static_cast<int>(Domain::Safety)]);
    const rc::Judgement* j = judged(sc, "ask bladder-bowel", true);
    REQUIRE(j);
    CHECK(j->critical);
    CHECK(j->possible == 4);
    CHECK(j->tag == Tag::Essential);
    CHECK(sc.total == doctest::Approx(85.0));
    // Missed items come after the taken ones.
    CHECK(sc.decisions.back().missed);

    // A critical miss zeroes the domain even when other points there were earned.
    Score ex = score(play(edit(edit(kExpert, "exam pkb right 75", {}), "exam pkb right 130", {})));
    CHECK(dom(ex, Domain::Examination) == 0);
    CHECK(ex.zeroed[static_cast<int>(Domain::Examination)]);
    // A non-critical essential miss only loses its points.
    Score slr = score(play(edit(kExpert, "exam slr right 50", {})));
    CHECK(dom(slr, Domain::Examination) == doctest::Approx(100.0 * 8 / 11));
    CHECK_FALSE(slr.zeroed[static_cast<int>(Domain::Examination)]);
}

TEST_CASE("a critical harmful action zeroes its domain") {
    std::vector<std::string> path(kExpert.begin(), kExpert.begin() + 8);
    path.push_back("plan surgical education exercise-programme");
    path.push_back("advance");
    Session s = play(path);
    REQUIRE(s.finished());
    Score sc = score(s);
    CHECK(dom(sc, Domain::Management) == 0);
    CHECK(sc.zeroed[static_cast<int>(Domain::Management)]);
    const rc::Judgement* j = judged(sc, "plan surgical education exercise-programme");
    REQUIRE(j);
    bool harm = false;
    for (const auto& x : sc.decisions)
        if (x.tag == Tag::Harmful && x.critical && x.points == -5) harm = true;
    CHECK(harm);
    // A non-critical harm does not zero its domain (see the harmful X-ray above).
    CHECK(sc.total == doctest::Approx(expectedTotal(sc, s.kase())));
    CHECK(sc.total <= 85.0);
}

TEST_CASE("a hands-on test stopped short earns half its points") {
    Score sc = score(play(edit(kExpert, "exam slr right 50", {"exam slr right 30"})));
    const rc::Judgement* j = judged(sc, "exam slr right 30");
    REQUIRE(j);
    CHECK(j->stoppedShort);
    CHECK(j->points == 2); // 1.5 rounded for display
    CHECK(dom(sc, Domain::Examination) == doctest::Approx(100.0 * 9.5 / 11));
    CHECK(sc.total == doctest::Approx(97.3));
    // Within the 3 degree tolerance of the onset (45): full points.
    Score near = score(play(edit(kExpert, "exam slr right 50", {"exam slr right 42"})));
    CHECK_FALSE(judged(near, "exam slr right 42")->stoppedShort);
    CHECK(dom(near, Domain::Examination) == doctest::Approx(100));
    // Without an angle (a one-click test) nothing is stopped short.
    Score click = score(play(edit(kExpert, "exam slr right 50", {"exam slr right"})));
    CHECK(dom(click, Domain::Examination) == doctest::Approx(100));
}

TEST_CASE("a full attempt at a later visit replaces one stopped short") {
    std::vector<std::string> path = edit(kExpert, "exam slr right 50", {"exam slr right 30"});
    path = edit(path, "exam pkb right 130", {"exam pkb right 130", "exam slr right 50"});
    Score sc = score(play(path));
    CHECK(dom(sc, Domain::Examination) == doctest::Approx(100));
    const rc::Judgement* j = judged(sc, "exam slr right 50");
    REQUIRE(j);
    CHECK_FALSE(j->stoppedShort);
    CHECK(j->points == 3);
}

TEST_CASE("an order no rule names is unnecessary with 2 points of penalty") {
    // The MRI rule is limited to v2-same: at v1 no rule names the order.
    Score sc = score(play(plus({"order mri-lumbar"})));
    const rc::Judgement* j = judged(sc, "order mri-lumbar");
    REQUIRE(j);
    CHECK(j->generic);
    CHECK(j->tag == Tag::Unnecessary);
    CHECK(j->domain == Domain::Investigations);
    CHECK(j->points == -2);
    CHECK(j->feedback.find("Not indicated") != std::string::npos);
    CHECK(dom(sc, Domain::Investigations) == doctest::Approx(80));
}

TEST_CASE("a pathway no rule names is unnecessary with 3 points, parts cost nothing") {
    SUBCASE("unlisted pathway with listed parts") {
        Session s = play({"plan urgent education exercise-programme", "advance"});
        Score sc = score(s);
        bool generic = false;
        for (const auto& j : sc.decisions)
            if (j.generic && j.tag == Tag::Unnecessary && j.points == -3 &&
                j.domain == Domain::Management)
                generic = true;
        CHECK(generic);
        // earned 3 + 2 (parts), penalty 3, possible 10 (conservative missed)
        CHECK(dom(sc, Domain::Management) == doctest::Approx(20));
    }
    SUBCASE("unlisted pathway alone") {
        Score sc = score(play({"plan urgent", "advance"}));
        const rc::Judgement* j = judged(sc, "plan urgent");
        REQUIRE(j);
        CHECK(j->generic);
        CHECK(j->points == -3);
    }
    SUBCASE("an unlisted part costs nothing") {
        Score sc = score(play({"plan conservative analgesia", "advance"}));
        for (const auto& j : sc.decisions) CHECK(j.points >= 0);
        CHECK(dom(sc, Domain::Management) == doctest::Approx(50)); // 5 of 10
    }
}

TEST_CASE("actions a rule already credited are not 'unnamed' at a later visit") {
    // The expert plans conservative care at both visits; the second plan is not penalised.
    Score sc = score(play(kExpert));
    CHECK(dom(sc, Domain::Management) == doctest::Approx(100));
    CHECK(judged(sc, "plan conservative exercise-programme") == nullptr);
    // A neutral order repeated at a later visit is still neutral, not a generic -2.
    std::vector<std::string> path = plus({"order crp"});
    path = edit(path, "exam pkb right 130", {"exam pkb right 130", "order crp"});
    Score twice = score(play(path));
    CHECK(dom(twice, Domain::Investigations) == doctest::Approx(100));
    // But an unnamed pathway at a later visit is still penalised.
    Score urgent = score(play(edit(kExpert, "plan conservative exercise-programme",
                                   {"plan urgent exercise-programme"})));
    CHECK(dom(urgent, Domain::Management) == doctest::Approx(70));
}

TEST_CASE("diagnosis credit: right, wrong side, accepted, other, none, the last counts") {
    struct Row {
        std::vector<std::string> dx;
        double credit;
        const char* feedbackStart;
    };
    const Row rows[] = {
        {{"diagnose l3-radiculopathy right"}, 1.0, "A right L3"},
        {{"diagnose l3-radiculopathy left"}, 0.5, "Right diagnosis, wrong side."},
        {{"diagnose l3-radiculopathy both"}, 0.5, "Right diagnosis, wrong side."},
        {{"diagnose l4-radiculopathy right"}, 0.6, "Close: the level"},
        {{"diagnose l4-radiculopathy left"}, 0.3, "Close: the level"},
        {{"diagnose knee-oa"}, 0.0, "A right L3"},
        {{}, 0.0, "No diagnosis was named."},
        {{"diagnose knee-oa", "diagnose l3-radiculopathy right"}, 1.0, "A right L3"},
        {{"diagnose l3-radiculopathy right", "diagnose knee-oa"}, 0.0, "A right L3"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.dx.size() ? r.dx.back() : std::string("(none)"));
        Score sc = score(play(edit(kExpert, "diagnose l3-radiculopathy right", r.dx)));
        CHECK(sc.diagnosisCredit == doctest::Approx(r.credit));
        CHECK(dom(sc, Domain::Diagnosis) == doctest::Approx(100 * r.credit));
        CHECK(sc.diagnosisFeedback.rfind(r.feedbackStart, 0) == 0);
    }
}

TEST_CASE("precision: the share of asks, exams and orders that some rule names") {
    Score sc = score(play(plus({"ask weight-loss", "ask past-back", "ask pain-site", "order crp"})));
    // 7 expert items plus weight-loss (unnamed, but a red-flag question: always relevant),
    // past-back and crp (neutral); the repeat is not counted.
    CHECK(sc.precision == doctest::Approx(10.0 / 10.0));
    const rc::Judgement* j = judged(sc, "ask weight-loss");
    REQUIRE(j);
    CHECK(j->generic);
    CHECK(j->points == 0); // costs only time
    CHECK(j->feedback.find("red flags") != std::string::npos);
    CHECK(dom(sc, Domain::History) == doctest::Approx(100));
    // An unnamed question that is not a red flag counts against precision.
    Score other = score(play(plus({"ask past-back", "exam knee-reflex right"})));
    CHECK(other.precision == doctest::Approx(8.0 / 9.0));
}

TEST_CASE("stewardship compares the ledger with the expert's, with slack") {
    Session s = play(plus({"order xray-knee"}));
    Score sc = score(s);
    CHECK(sc.ledger.minutes == 16);
    CHECK(sc.ledger.cost == 40);
    CHECK(sc.expertLedger.minutes == 13);
    const double expected = ((13.0 + 5) / (16 + 5) + (0.0 + 20) / (40 + 20) + (0.1) / (0.005 + 0.1)) / 3;
    CHECK(sc.stewardship == doctest::Approx(expected));
        // Precision: the X-ray is named only by an 'unnecessary' rule, so 7 of 8 items are relevant.
    CHECK(sc.precision == doctest::Approx(7.0 / 8.0));
    CHECK(dom(sc, Domain::Efficiency) == doctest::Approx(100 * (0.5 * 7.0 / 8.0 + 0.5 * expected)));
    // Spending less than the expert is capped at 1.
    Session cheap = play({"plan conservative exercise-programme", "advance", "plan conservative", "advance"});
    CHECK(score(cheap).stewardship == doctest::Approx(1.0));
}

TEST_CASE("recall is the share of essential rules met") {
    Score sc = score(play(edit(kExpert, "ask pain-site", {})));
    CHECK(sc.essentialTotal == 5);
    CHECK(sc.essentialMet == 4);
    CHECK(sc.recall == doctest::Approx(0.8));
}

TEST_CASE("weights are normalised: scaling them changes nothing, one weight picks one domain") {
    Session s = play(edit(kExpert, "diagnose l3-radiculopathy right", {"diagnose l3-radiculopathy left"}));
    rc::Ledger el = rc::expertLedger(s.kase(), s.catalog());
    Score base = rc::scoreSession(s, el);
    CHECK(base.total == doctest::Approx(90.0)); // diagnosis weight 20 of 100, half credit

    rc::Case tripled = rct::fixtureCase();
    tripled.weights = rc::effectiveWeights(tripled, rct::catalog().policy);
    for (double& w : tripled.weights) w *= 3;
    Session t(tripled, rct::catalog(), 1);
    for (const auto& a : s.taken()) REQUIRE(t.apply(a.action).ok);
    CHECK(rc::scoreSession(t, el).total == doctest::Approx(base.total));

    rc::Case only = rct::fixtureCase();
    only.weights.fill(0);
    only.weights[static_cast<int>(Domain::Diagnosis)] = 7;
    Session u(only, rct::catalog(), 1);
    for (const auto& a : s.taken()) REQUIRE(u.apply(a.action).ok);
    CHECK(rc::scoreSession(u, el).total == doctest::Approx(50.0));
}

TEST_CASE("the total is the weighted sum, one decimal, within 0..100") {
    const std::vector<std::vector<std::string>> paths = {
        kExpert,
        {"plan surgical", "advance"},
        {"order xray-lumbar", "order xray-knee", "order mri-lumbar", "order crp",
         "diagnose knee-oa", "plan surgical analgesia", "advance"},
        {"ask weight-loss", "plan urgent", "advance", "plan urgent", "advance"},
        plus({"ask past-back"}),
    };
    for (const auto& p : paths) {
        Session s = play(p);
        Score sc = score(s);
        CAPTURE(sc.total);
        CHECK(sc.total >= 0);
        CHECK(sc.total <= 100);
        CHECK(std::fabs(sc.total * 10 - std::round(sc.total * 10)) < 1e-9);
        CHECK(sc.total == doctest::Approx(expectedTotal(sc, s.kase())).epsilon(0.001));
        for (double d : sc.domains) {
            CHECK(d >= 0);
            CHECK(d <= 100);
        }
    }
    Score worst = score(play(paths[2]));
    CHECK(worst.total < 30);
}

TEST_CASE("a shotgun path that orders every investigation scores clearly lower") {
    Score expert = score(play(kExpert));
    Score shotgun =
        score(play(plus({"order crp", "order xray-knee", "order xray-lumbar", "order mri-lumbar"})));
    CHECK(shotgun.total <= expert.total - 10);
    CHECK(dom(shotgun, Domain::Investigations) < 50);
    CHECK(dom(shotgun, Domain::Efficiency) < 60);
    CHECK(shotgun.ledger.cost == 415);
    CHECK(shotgun.ledger.radiation == doctest::Approx(1.505));
    // The same diagnosis and plan: the loss is all in the orders.
    CHECK(dom(shotgun, Domain::Diagnosis) == doctest::Approx(100));
    CHECK(dom(shotgun, Domain::Management) == doctest::Approx(100));
}

TEST_CASE("ruleMatches: verb, words, sides and visit scope") {
    const rc::Case& c = rct::fixtureCase();
    auto rule = [&](const std::string& pattern, const std::string& visit = "") {
        rc::Rule r;
        std::string err;
        REQUIRE(rc::parseAction(pattern, r.pattern, err));
        r.visit = visit;
        return r;
    };
    auto taken = [](const std::string& line, int visit = 0) {
        rc::TakenAction t;
        std::string err;
        REQUIRE(rc::parseAction(line, t.action, err));
        t.visitIndex = visit;
        return t;
    };
    CHECK(rc::ruleMatches(rule("exam slr"), taken("exam slr left 30"), c));
    CHECK(rc::ruleMatches(rule("exam slr"), taken("exam slr right"), c));
    CHECK(rc::ruleMatches(rule("exam slr right"), taken("exam slr right 30"), c));
    CHECK_FALSE(rc::ruleMatches(rule("exam slr right"), taken("exam slr left"), c));
    CHECK_FALSE(rc::ruleMatches(rule("exam slr"), taken("exam pkb right"), c));
    CHECK_FALSE(rc::ruleMatches(rule("ask onset"), taken("order onset"), c));
    CHECK(rc::ruleMatches(rule("plan exercise-programme"), taken("plan urgent exercise-programme"), c));
    CHECK(rc::ruleMatches(rule("plan conservative education"), taken("plan conservative education analgesia"), c));
    CHECK_FALSE(rc::ruleMatches(rule("plan conservative education"), taken("plan conservative"), c));
    CHECK(rc::ruleMatches(rule("ask onset", "v2-better"), taken("ask onset", 1), c));
    CHECK_FALSE(rc::ruleMatches(rule("ask onset", "v2-better"), taken("ask onset", 0), c));
    CHECK_FALSE(rc::ruleMatches(rule("diagnose knee-oa"), taken("diagnose knee-oa"), c));
}
