// The Differential tab's computed bars: shown in practice only, one per prior plus "Other", and
// the line naming the latest counted finding.
#include "game/engine/content.hpp"
#include "game/play/differential_view.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>

using namespace rc::play;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}
bool has(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}
} // namespace

TEST_CASE("differential view: practice shows a bar per prior and Other, highest first") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    const DifferentialView v = differentialView(s, "practice");
    CHECK(v.shown);
    REQUIRE(v.bars.size() == c->priors.size() + 1);
    CHECK(v.bars.back().other);
    CHECK(v.bars.back().label == "Other");
    CHECK(v.bars.back().p == doctest::Approx(v.bars.back().prior));
    CHECK(v.bars.back().prior > 0);
    for (const auto& b : v.bars)
        CHECK(b.label.find(" (") == std::string::npos); // short labels
    for (std::size_t k = 1; k + 1 < v.bars.size(); ++k)
        CHECK(v.bars[k - 1].p >= v.bars[k].p);
    CHECK(v.bars.front().dx == "knee-oa"); // the highest prior before any finding
    CHECK(v.latest.empty());
    CHECK(percentText(0.34) == "34 %");
    CHECK(percentText(0.001) == "<1 %");
    CHECK(percentText(0) == "0 %");
}

TEST_CASE("differential view: a counted finding is named with its LR and the move") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("exam sensation-l3 right").ok);
    const DifferentialView v = differentialView(s, "practice");
    INFO(v.latest);
    CHECK(has(v.latest, "LR"));
    CHECK(has(v.latest, "L3 radiculopathy"));
    CHECK(has(v.latest, " → "));
    CHECK(has(v.latest, " % to "));
    bool moved = false;
    for (const auto& b : v.bars)
        moved = moved || (b.dx == "l3-radiculopathy" && b.p != b.prior);
    CHECK(moved);
}

TEST_CASE("differential view: a finding with no figure says so and changes nothing") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("exam reflex-patellar right").ok);
    const DifferentialView v = differentialView(s, "practice");
    INFO(v.latest);
    CHECK(has(v.latest, "no likelihood ratio for this test"));
    CHECK(has(v.latest, "unchanged"));
    for (const auto& b : v.bars)
        if (!b.other) CHECK(b.p == doctest::Approx(b.prior));
}

TEST_CASE("differential view: exam mode and a case without priors show nothing") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("exam reflex-patellar right").ok);
    const DifferentialView exam = differentialView(s, "exam");
    CHECK_FALSE(exam.shown);
    CHECK(exam.bars.empty());
    CHECK(exam.latest.empty());
    rc::Case bare = *c;
    bare.priors.clear();
    rc::Session b(bare, content().catalog);
    CHECK_FALSE(differentialView(b, "practice").shown);
    CHECK(has(differentialAssumption(), "independent"));
}

TEST_CASE("differential review: the findings that moved it most, and where the truth ended") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("exam sensation-l3 right").ok);
    REQUIRE(s.apply("exam joint-line-tenderness right").ok);
    const DifferentialReview r = differentialReview(s, "practice", 3);
    CHECK(r.shown);
    REQUIRE_FALSE(r.movers.empty());
    CHECK(r.movers.size() <= 3);
    INFO(r.movers.front());
    CHECK(has(r.movers.front(), " → "));
    INFO(r.end);
    CHECK(has(r.end, "the case's diagnosis"));
    CHECK_FALSE(differentialReview(s, "exam").shown);
}

TEST_CASE("differential view: a history answer and a reference standard are named as findings") {
    const rc::Case* c = content().findCase("hip-oa-knee-pain");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("ask pain-groin").ok);
    const DifferentialView v = differentialView(s, "practice");
    INFO(v.latest);
    CHECK(has(v.latest, "Groin pain (yes): LR+ 2.84 (calc.) for Hip osteoarthritis"));
    CHECK(has(v.latest, "20 % to 42 %")); // odds 0.25 x 2.84 = 0.71: 41.5 %
    const rc::Case* scfe = content().findCase("scfe-adolescent");
    REQUIRE(scfe);
    rc::Session f(*scfe, content().catalog);
    REQUIRE(f.apply("order xray-hip-froglateral").ok);
    const DifferentialView w = differentialView(f, "practice");
    INFO(w.latest);
    CHECK(has(w.latest, "shows Slipped capital femoral epiphysis"));
    CHECK(has(w.latest, "reference standard"));
    CHECK(has(w.latest, "15 % to confirmed"));
    CHECK(w.bars.front().dx == "scfe");
    CHECK(w.bars.front().p == doctest::Approx(1.0));
}

TEST_CASE("differential review: the caveat shows only where the case's diagnosis does not lead") {
    const rc::Case* c = content().findCase("cauda-equina-stenosis");
    REQUIRE(c);
    REQUIRE_FALSE(c->priorsCaveat.empty());
    rc::Session s(*c, content().catalog);
    REQUIRE(s.apply("ask bilateral-legs").ok); // stenosis LR+ 6.3: it leads
    DifferentialReview r = differentialReview(s, "practice");
    INFO(r.caveat);
    CHECK(has(r.caveat, "What the bars cannot show: Cauda equina syndrome stays where it started"));
    CHECK(has(r.caveat, "Dionne")); // its sources follow it
    // Where the case's diagnosis leads, no caveat.
    rc::Case leads = *c;
    for (auto& p : leads.priors)
        if (p.dx == leads.truthDiagnosis)
            p.p = 0.5;
        else
            p.p = 0.05;
    rc::Session t(leads, content().catalog);
    CHECK(differentialReview(t, "practice").caveat.empty());
    CHECK(differentialReview(s, "exam").caveat.empty());
}
