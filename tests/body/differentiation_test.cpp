#include "game/body/exam_driver.hpp"
#include "game/body/exam_sim.hpp"
#include "tests/body/shipped_spec.hpp"

#include <cmath>
#include <doctest/doctest.h>

using namespace rc::body;
using namespace rc::body::test;

namespace {

ManoeuvreSpec spec(Manoeuvre m, bool neural) {
    ManoeuvreSpec s = shippedSpec(m);
    s.side = Side::right;
    s.onsetDeg = 42.0;
    s.neural = neural;
    s.symptom = neural ? "Burning down the back of my leg." : "Just tight behind the knee.";
    return s;
}

double onsetWith(const ManoeuvreSpec& s, Switches switches) {
    DriveOptions o;
    o.switches = switches;
    const DriveResult r = driveToOnsetOrEnd(s, o);
    REQUIRE(r.onsetDeg.has_value());
    return *r.onsetDeg;
}

// Drive until symptoms start, then hold still.
void driveToOnsetAndHold(ExamSimulation& sim) {
    drive(sim);
    REQUIRE(sim.symptomsActive());
    for (int i = 0; i < 30; ++i)
        sim.step();
    sim.takeReactions();
}

} // namespace

TEST_CASE("neural slump: neck flexion and ankle dorsiflexion move the onset") {
    const ManoeuvreSpec s = spec(Manoeuvre::slump, true);
    const double standard = onsetWith(s, {true, false});
    const double neckReleased = onsetWith(s, {false, false});
    const double ankleUp = onsetWith(s, {true, true});
    CHECK(std::abs(standard - 42.0) <= 3.0);
    CHECK(std::abs(neckReleased - (42.0 + *s.neckReleaseShiftDeg)) <= 3.0);
    CHECK(std::abs(ankleUp - (42.0 + *s.dorsiflexionShiftDeg)) <= 3.0);
    CHECK(neckReleased - standard >= 8.0);
    CHECK(standard - ankleUp >= 8.0);
}

TEST_CASE("hamstring (non-neural) slump: the switches change nothing") {
    const ManoeuvreSpec s = spec(Manoeuvre::slump, false);
    const double standard = onsetWith(s, {true, false});
    CHECK(std::abs(standard - 42.0) <= 3.0);
    CHECK(std::abs(onsetWith(s, {false, false}) - standard) <= 1.0);
    CHECK(std::abs(onsetWith(s, {true, true}) - standard) <= 1.0);
}

TEST_CASE("SLR: ankle dorsiflexion brings a neural onset earlier but not a muscular one") {
    const double neuralPlain = onsetWith(spec(Manoeuvre::slr, true), {false, false});
    const double neuralDf = onsetWith(spec(Manoeuvre::slr, true), {false, true});
    CHECK(std::abs(neuralPlain - 42.0) <= 3.0);
    CHECK(std::abs(neuralDf - 32.0) <= 3.0);
    const double muscularDf = onsetWith(spec(Manoeuvre::slr, false), {false, true});
    CHECK(std::abs(muscularDf - 42.0) <= 3.0);
}

TEST_CASE("releasing neck flexion at the onset eases neural symptoms and adding it back "
          "brings them back") {
    ExamSimulation sim(spec(Manoeuvre::slump, true));
    driveToOnsetAndHold(sim);
    sim.setNeckFlexion(false);
    CHECK_FALSE(sim.symptomsActive());
    auto reactions = sim.takeReactions();
    REQUIRE(reactions.size() == 1);
    CHECK(reactions[0].kind == ReactionKind::symptomsEased);
    sim.setNeckFlexion(true);
    CHECK(sim.symptomsActive());
    reactions = sim.takeReactions();
    REQUIRE(reactions.size() == 1);
    CHECK(reactions[0].kind == ReactionKind::symptomsStart);
    CHECK(reactions[0].text == "Burning down the back of my leg.");
}

TEST_CASE("releasing neck flexion does not ease a hamstring stretch") {
    ExamSimulation sim(spec(Manoeuvre::slump, false));
    driveToOnsetAndHold(sim);
    sim.setNeckFlexion(false);
    for (int i = 0; i < 60; ++i)
        sim.step();
    CHECK(sim.symptomsActive());
    CHECK(sim.takeReactions().empty());
}

TEST_CASE("the switches move the head and the foot and unsupported ones are ignored") {
    ExamSimulation slump(spec(Manoeuvre::slump, true));
    for (int i = 0; i < 60; ++i)
        slump.step();
    CHECK(std::abs(slump.jointAngleDeg(Segment::neck) - 40.0) < 3.0);
    CHECK(std::abs(slump.jointAngleDeg(Segment::footRight)) < 3.0);
    slump.setNeckFlexion(false);
    slump.setAnkleDorsiflexion(true);
    for (int i = 0; i < 60; ++i)
        slump.step();
    CHECK(std::abs(slump.jointAngleDeg(Segment::neck)) < 3.0);
    CHECK(std::abs(slump.jointAngleDeg(Segment::footRight) - 20.0) < 3.0);

    ExamSimulation pkb(spec(Manoeuvre::pkb, true));
    pkb.setSwitches({true, true});
    CHECK_FALSE(pkb.switches().neckFlexion);
    CHECK_FALSE(pkb.switches().ankleDorsiflexion);
}
