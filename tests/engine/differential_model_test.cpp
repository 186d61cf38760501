// The likelihood-ratio differential: Bayes updates against hand-computed odds, the
// dependent-test rule, a combined figure, the trail and the student's estimates.
#include "game/engine/differential_model.hpp"
#include "game/engine/session.hpp"
#include "tests/engine/test_support.hpp"

#include <cmath>
#include <doctest/doctest.h>

namespace {

rc::Exam exam(const std::string& id, std::vector<rc::Accuracy> acc, bool sided = true,
              std::string handsOn = "") {
    rc::Exam e;
    e.id = id;
    e.label = id;
    e.group = "g";
    e.sided = sided;
    e.handsOn = std::move(handsOn);
    if (!e.handsOn.empty()) e.normalRange = 80; // the tests reach 80 or more
    e.normal = "Normal.";
    e.accuracy = std::move(acc);
    return e;
}

struct World {
    rc::Catalog cat;
    rc::Case c;
    World() {
        for (const char* d : {"l3-radiculopathy", "knee-oa", "l5-radiculopathy"}) {
            rc::DiagnosisDef def;
            def.id = d;
            def.label = d;
            def.region = "spine";
            cat.diagnoses.push_back(def);
        }
        rc::Accuracy ss;
        ss.target = "mid-lumbar";
        ss.cite = "fixture";
        ss.sens = 1.0;
        ss.spec = 0.83;
        ss.dx = {"l3-radiculopathy"};
        cat.exams.push_back(exam("skb", {ss})); // LR+ 5.88 calc, LR- 0
        cat.exams.push_back(
            exam("pkb", {rct::lrFigure(2.0, 0.5, {"l3-radiculopathy"})}, true, "pkb"));
        cat.exams.push_back(
            exam("reflex", {rct::lrFigure(std::nullopt, std::nullopt, {})})); // no figure
        cat.exams.push_back(
            exam("slr", {rct::lrFigure(1.23, 0.35, {"l5-radiculopathy"})}, true, "slr"));
        cat.exams.push_back(
            exam("slump", {rct::lrFigure(4.0, 0.2, {"l5-radiculopathy"})}, true, "slump"));
        cat.exams.push_back(exam("crepitus", {rct::lrFigure(3.0, 0.6, {"knee-oa"})}));
        rc::Dependence neural;
        neural.tests = {"slr", "slump"};
        neural.cite = "fixture";
        cat.dependences.push_back(neural);
        rc::Dependence femoral;
        femoral.tests = {"pkb", "reflex"};
        femoral.cite = "fixture";
        femoral.lrPos = 7.0;
        femoral.dx = {"l3-radiculopathy"};
        cat.dependences.push_back(femoral);
        cat.index();

        c.id = "lr";
        c.patient.chart = {{"anterior-thigh", rc::Side::Right, "pain"}};
        c.priors = {{"l3-radiculopathy", 0.35, "fixture", "", {}, {}},
                    {"knee-oa", 0.40, "fixture", "", {}, {}},
                    {"l5-radiculopathy", 0.10, "fixture", "", {}, {}}};
        rc::Visit v;
        v.id = "v1";
        v.title = "First";
        c.visits.push_back(v);
        auto finding = [&](const std::string& e, const std::string& result) {
            rc::Finding f;
            f.exam = e;
            f.side = rc::Side::Right;
            f.result = result;
            f.text = e + " " + result;
            c.base.findings[rc::findingKey(e, rc::Side::Right)] = f;
        };
        finding("skb", "positive");
        finding("pkb", "positive");
        finding("reflex", "reduced");
        finding("slr", "positive");
        finding("slump", "positive");
        finding("crepitus", "positive");
    }
};

double prob(const std::vector<rc::DxProbability>& v, const std::string& dx) {
    for (const auto& p : v)
        if (p.dx == dx) return p.p;
    return -1;
}

bool near(double a, double b) {
    return std::fabs(a - b) < 1e-9;
}

} // namespace

TEST_CASE("differential: a positive finding multiplies the odds by LR+, a negative by LR-") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam crepitus right").ok);
    rc::DifferentialModel m(w.c, w.cat);
    // knee-oa: prior 0.40, odds 0.40/0.60 = 0.6667; x LR+ 3.0 = 2.0; p = 2.0/3.0 = 0.6667.
    const bool oa = near(prob(m.probabilities(s, 1), "knee-oa"), 2.0 / 3.0);
    CHECK(oa);
    // l3 has no figure for crepitus: unchanged at 0.35.
    const bool l3 = near(prob(m.probabilities(s, 1), "l3-radiculopathy"), 0.35);
    CHECK(l3);
    // The other side is the comparison side: not counted. LR- would have applied otherwise.
    rc::Case left = w.c;
    left.base.findings.clear();
    rc::Session n(left, w.cat);
    REQUIRE(n.apply("exam crepitus right").ok);
    rc::DifferentialModel ml(left, w.cat);
    // knee-oa negative: odds 0.6667 x LR- 0.6 = 0.4; p = 0.4/1.4 = 0.285714.
    const bool neg = near(prob(ml.probabilities(n, 1), "knee-oa"), 0.4 / 1.4);
    CHECK(neg);
}

TEST_CASE(
    "differential: LRs calculated from sensitivity and specificity, and an LR of 0 is not used") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam skb right").ok);
    rc::DifferentialModel m(w.c, w.cat);
    // LR+ = sens / (1 - spec) = 1.00 / 0.17 = 5.882353; odds 0.35/0.65 = 0.538462;
    // x 5.882353 = 3.167421; p = 3.167421 / 4.167421 = 0.760043.
    const double odds = 0.35 / 0.65 * (1.0 / 0.17);
    const bool pos = near(prob(m.probabilities(s, 1), "l3-radiculopathy"), odds / (1 + odds));
    CHECK(pos);
    const auto t = m.trail(s);
    REQUIRE(t.size() == 1);
    CHECK(t[0].effects[0].calculated);
    // Negative: LR- = (1 - 1.00) / 0.83 = 0: it would rule L3 out on one pilot study. Unused.
    rc::Case neg = w.c;
    neg.base.findings.erase(rc::findingKey("skb", rc::Side::Right));
    rc::Session n(neg, w.cat);
    REQUIRE(n.apply("exam skb right").ok);
    rc::DifferentialModel mn(neg, w.cat);
    const auto tn = mn.trail(n);
    CHECK(tn[0].effects[0].use == rc::LrUse::Unusable);
    const bool kept = near(prob(mn.probabilities(n, 1), "l3-radiculopathy"), 0.35);
    CHECK(kept);
}

TEST_CASE("differential: of two tests that are not independent only the stronger counts") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam slr right 80").ok);
    REQUIRE(s.apply("exam slump right 90").ok);
    rc::DifferentialModel m(w.c, w.cat);
    // l5: prior 0.10, odds 0.111111. SLR alone: x 1.23 = 0.136667, p = 0.120258.
    const double o1 = 0.1 / 0.9 * 1.23;
    const bool first = near(prob(m.probabilities(s, 1), "l5-radiculopathy"), o1 / (1 + o1));
    CHECK(first);
    // With slump (LR+ 4.0, stronger): slump replaces SLR, never both: 0.111111 x 4.0 = 0.444444,
    // p = 0.307692 (multiplying both would give 0.353488).
    const double o2 = 0.1 / 0.9 * 4.0;
    const bool second = near(prob(m.probabilities(s, 2), "l5-radiculopathy"), o2 / (1 + o2));
    CHECK(second);
    const auto t = m.trail(s);
    REQUIRE(t.size() == 2);
    const rc::LrEffect& e = t[1].effects[2];
    CHECK(e.use == rc::LrUse::Applied);
    REQUIRE(e.replaces.size() == 1);
    CHECK(e.replaces[0] == "slr");
    // In the other order the weaker arrives second and is marked dependent, unchanged.
    rc::Session r(w.c, w.cat);
    REQUIRE(r.apply("exam slump right 90").ok);
    REQUIRE(r.apply("exam slr right 80").ok);
    const auto tr = m.trail(r);
    CHECK(tr[1].effects[2].use == rc::LrUse::Dependent);
    CHECK(tr[1].effects[2].other == "slump");
    const bool same = near(tr[1].effects[2].before, tr[1].effects[2].after);
    CHECK(same);
}

TEST_CASE("differential: a group's combined figure replaces its tests' own") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam pkb right 130").ok);
    REQUIRE(s.apply("exam reflex right").ok);
    rc::DifferentialModel m(w.c, w.cat);
    // pkb alone: 0.538462 x 2.0 = 1.076923, p = 0.518519.
    const double o1 = 0.35 / 0.65 * 2.0;
    const bool alone = near(prob(m.probabilities(s, 1), "l3-radiculopathy"), o1 / (1 + o1));
    CHECK(alone);
    // Both positive: the combined LR+ 7.0 instead of 2.0 x anything: 0.538462 x 7 = 3.769231,
    // p = 0.790323.
    const double o2 = 0.35 / 0.65 * 7.0;
    const bool both = near(prob(m.probabilities(s, 2), "l3-radiculopathy"), o2 / (1 + o2));
    CHECK(both);
    const auto t = m.trail(s);
    CHECK(t[1].effects[0].use == rc::LrUse::Combined);
    CHECK(t[1].effects[0].other == "pkb + reflex");
}

TEST_CASE("differential: the trail says what was not counted and why") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam crepitus left").ok);  // comparison side
    REQUIRE(s.apply("exam crepitus right").ok); // counted
    REQUIRE(s.apply("exam crepitus right").ok); // a repeat
    REQUIRE(s.apply("exam slr right 10").ok);   // stopped short: no onset, range 80
    rc::DifferentialModel m(w.c, w.cat);
    const auto t = m.trail(s);
    REQUIRE(t.size() == 4);
    CHECK_FALSE(t[0].counted);
    CHECK(t[0].why.find("comparison side") != std::string::npos);
    CHECK(t[1].counted);
    CHECK(t[1].effects.size() == 3);
    CHECK(t[1].effects[0].use == rc::LrUse::NoFigure);
    CHECK(t[1].effects[1].use == rc::LrUse::Applied);
    CHECK_FALSE(t[2].counted);
    CHECK(t[2].why.find("already counted") != std::string::npos);
    CHECK_FALSE(t[3].counted);
    CHECK(t[3].why.find("stopped") != std::string::npos);
    const auto movers = m.movers(s, 3);
    REQUIRE(movers.size() == 1);
    CHECK(movers[0].test == "crepitus");
    CHECK(m.ranked(s)[0].dx == "knee-oa");
}

TEST_CASE("differential: estimates at an order are kept in the log and compared with the model") {
    World w;
    rc::Investigation mri;
    mri.id = "mri";
    mri.label = "MRI";
    mri.kind = "imaging";
    w.cat.investigations.push_back(mri);
    w.cat.index();
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("exam skb right").ok);
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction("order mri estimate l3-radiculopathy=60 knee-oa=20", a, err));
    CHECK(a.key() == "order mri"); // scoring sees the order only
    CHECK(a.str() == "order mri estimate l3-radiculopathy=60 knee-oa=20");
    REQUIRE(s.apply(a).ok);
    CHECK_FALSE(s.apply("order mri estimate nothing-known=5").ok);
    rc::DifferentialModel m(w.c, w.cat);
    const auto cal = m.calibration(s);
    REQUIRE(cal.size() == 2);
    CHECK(cal[0].dx == "l3-radiculopathy");
    const bool est = near(cal[0].estimate, 0.6);
    CHECK(est);
    REQUIRE(cal[0].computed.has_value());
    const double odds = 0.35 / 0.65 * (1.0 / 0.17);
    const bool computed = near(*cal[0].computed, odds / (1 + odds));
    CHECK(computed);
    CHECK_FALSE(rc::parseAction("order mri estimate l3-radiculopathy=101", a, err));
    CHECK_FALSE(rc::parseAction("order mri l3-radiculopathy=10", a, err));
    CHECK_FALSE(rc::parseAction("order mri estimate", a, err));
}

TEST_CASE("differential: priors are checked: sum, range, known ids, cites") {
    rc::Diagnostics d;
    const std::string xml = rct::readFile(rct::fixtures() + "/lint/priors_fail_priors-sum.xml");
    auto c = rct::checkedCaseFromString(xml, d);
    const rc::Diagnostic x = rct::only(d, "priors-sum");
    CHECK(x.line > 0);
    CHECK(x.col > 0);
    rc::Diagnostics ok;
    auto good = rct::checkedCaseFromString(rct::readFile(rct::fixtures() + "/lint/priors.xml"), ok);
    CHECK_FALSE(ok.hasErrors());
    REQUIRE(good.has_value());
    CHECK(good->priors.size() == 2);
}
