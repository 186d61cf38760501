#include "game/body/exam_driver.hpp"
#include "game/body/exam_sim.hpp"
#include "tests/body/shipped_spec.hpp"

#include <box2d/box2d.h>
#include <cmath>
#include <doctest/doctest.h>
#include <vector>

using namespace rc::body;
using namespace rc::body::test;

namespace {

ManoeuvreSpec makeSpec(Manoeuvre m, Side side, std::optional<double> onset,
                       std::optional<double> range = std::nullopt, bool neural = false) {
    ManoeuvreSpec s = shippedSpec(m);
    s.side = side;
    s.onsetDeg = onset;
    s.rangeDeg = range;
    s.neural = neural;
    s.symptom = "That's my pain, down the leg.";
    return s;
}

struct OnsetCase {
    Manoeuvre manoeuvre;
    Side side;
    double onset;
};

const std::vector<OnsetCase> kOnsets{
    {Manoeuvre::slr, Side::right, 42.0},        {Manoeuvre::slr, Side::left, 65.0},
    {Manoeuvre::crossedSlr, Side::right, 35.0}, {Manoeuvre::hipFlexion, Side::right, 95.0},
    {Manoeuvre::pkb, Side::right, 68.0},        {Manoeuvre::pkb, Side::left, 110.0},
    {Manoeuvre::ake, Side::right, 50.0},        {Manoeuvre::slump, Side::right, 42.0},
    {Manoeuvre::slump, Side::left, 70.0},       {Manoeuvre::hipIr, Side::right, 22.0},
    {Manoeuvre::hipIr, Side::left, 12.0},
};

const Manoeuvre kAll[] = {Manoeuvre::slr,  Manoeuvre::crossedSlr, Manoeuvre::hipFlexion,
                          Manoeuvre::pkb,  Manoeuvre::ake,        Manoeuvre::slump,
                          Manoeuvre::hipIr};

} // namespace

TEST_CASE("every manoeuvre starts at angle 0 with no symptoms") {
    for (Manoeuvre m : kAll) {
        const std::string id = manoeuvreId(m);
        CAPTURE(id);
        ExamSimulation sim(makeSpec(m, Side::right, 30.0));
        for (int i = 0; i < 60; ++i)
            sim.step(); // settle one second untouched
        CHECK(std::abs(sim.measuredAngleDeg()) < 1.0);
        CHECK(std::abs(sim.rawAngleDeg()) < 2.5);
        CHECK_FALSE(sim.symptomsTriggered());
        CHECK(sim.takeReactions().empty());
    }
}

TEST_CASE("driving each manoeuvre reproduces the case's onset angle within 3 degrees") {
    for (const OnsetCase& c : kOnsets) {
        const std::string id = manoeuvreId(c.manoeuvre);
        CAPTURE(id);
        const std::string side = sideId(c.side);
        CAPTURE(side);
        CAPTURE(c.onset);
        const DriveResult r = driveToOnsetOrEnd(makeSpec(c.manoeuvre, c.side, c.onset));
        REQUIRE(r.onsetDeg.has_value());
        CHECK(std::abs(*r.onsetDeg - c.onset) <= 3.0);
        CHECK(r.finding.symptomsFound);
        CHECK(std::abs(r.finding.loggedAngle() - c.onset) <= 3.0);
        CHECK(r.finding.symptom == "That's my pain, down the leg.");
    }
}

TEST_CASE("the onset raises a reaction on the symptomatic side with the case's words") {
    ExamSimulation sim(makeSpec(Manoeuvre::crossedSlr, Side::right, 35.0));
    CHECK(sim.scene().moved == Side::left);
    drive(sim);
    const std::vector<Reaction> reactions = sim.takeReactions();
    REQUIRE(reactions.size() == 1);
    CHECK(reactions[0].kind == ReactionKind::symptomsStart);
    CHECK(reactions[0].side == Side::right);
    CHECK(reactions[0].text == "That's my pain, down the leg.");
    CHECK(std::abs(reactions[0].angleDeg - 35.0) <= 3.0);
    CHECK(sim.takeReactions().empty()); // taken once
    // The lifted leg is the left one: its hip moved, the symptomatic right hip did not.
    CHECK(sim.jointAngleDeg(Segment::thighLeft) > 30.0);
    CHECK(std::abs(sim.jointAngleDeg(Segment::thighRight)) < 3.0);
}

TEST_CASE("no manoeuvre goes more than 3 degrees past its range however hard it is pushed") {
    for (Manoeuvre m : kAll) {
        for (double range : {shippedRange(m), shippedRange(m) - 25.0}) {
            const std::string id = manoeuvreId(m);
            CAPTURE(id);
            CAPTURE(range);
            DriveOptions keep;
            keep.continuePastOnset = true;
            keep.rateDegPerSec = 60.0;
            ExamSimulation sim(makeSpec(m, Side::right, std::nullopt, range));
            const DriveResult r = drive(sim, keep);
            CHECK(r.endOfRange);
            CHECK(r.maxRawAngleDeg <= range + 3.0);
            CHECK(r.maxRawAngleDeg >= range - 1.0);
            CHECK(r.maxAngleDeg <= range);
            // Keep pushing, and drag the hand far past the end, for three more seconds.
            const Goniometer g = sim.goniometer();
            const double far = (range + 50.0) * 3.14159265 / 180.0 * g.turn + g.zeroRad;
            for (int i = 0; i < 180; ++i) {
                if (i < 90)
                    sim.push(1.0);
                else
                    sim.dragTo({g.centre.x + 2.0f * static_cast<float>(std::cos(far)),
                                g.centre.y + 2.0f * static_cast<float>(std::sin(far))});
                sim.step();
            }
            CHECK(sim.maxRawAngleDeg() <= range + 3.0);
            CHECK(sim.measuredAngleDeg() <= range);
            CHECK(sim.measuredAngleDeg() >= range - 3.0);
        }
    }
}

TEST_CASE("tight hamstrings stop the SLR short: range 55 and no onset") {
    const DriveResult r =
        driveToOnsetOrEnd(makeSpec(Manoeuvre::slr, Side::right, std::nullopt, 55.0));
    CHECK(r.maxRawAngleDeg <= 58.0);
    CHECK(r.maxAngleDeg >= 53.0);
    CHECK_FALSE(r.onsetDeg.has_value());
    CHECK_FALSE(r.finding.symptomsFound);
    CHECK(r.finding.endOfRange);
    CHECK(r.finding.loggedAngle() == 55);
    CHECK(r.finding.summary() == "no symptoms to 55\u00B0 (end of range)");
}

TEST_CASE("a short AKE (tight hamstrings) stops at its range") {
    const DriveResult r =
        driveToOnsetOrEnd(makeSpec(Manoeuvre::ake, Side::left, std::nullopt, 48.0));
    CHECK(r.maxRawAngleDeg <= 51.0);
    CHECK(r.maxAngleDeg >= 46.0);
    CHECK(r.finding.loggedAngle() == 48);
}

TEST_CASE("an onset beyond the available range is never reached") {
    const DriveResult r = driveToOnsetOrEnd(makeSpec(Manoeuvre::slr, Side::right, 70.0, 55.0));
    CHECK_FALSE(r.onsetDeg.has_value());
    CHECK(r.maxRawAngleDeg <= 58.0);
}

TEST_CASE("stopping before the onset records no symptoms to the angle reached") {
    DriveOptions stop;
    stop.stopAtDeg = 30.0;
    const DriveResult r = driveToOnsetOrEnd(makeSpec(Manoeuvre::slr, Side::right, 42.0), stop);
    CHECK_FALSE(r.finding.symptomsFound);
    CHECK_FALSE(r.finding.endOfRange);
    CHECK(r.finding.loggedAngle() == 30);
    CHECK(r.finding.summary() == "no symptoms to 30\u00B0");
}

TEST_CASE("going past the onset logs the onset angle and not the furthest angle") {
    DriveOptions keep;
    keep.continuePastOnset = true;
    ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, 42.0));
    const DriveResult r = drive(sim, keep);
    CHECK(r.maxAngleDeg >= 78.0);
    CHECK(std::abs(sim.loggedAngle() - 42) <= 3);
    CHECK(sim.recordedFinding().summary() ==
          "symptoms at " + std::to_string(sim.loggedAngle()) + "\u00B0");
}

TEST_CASE("the SLR keeps the knee straight and the AKE holds the hip at 90") {
    {
        ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, std::nullopt));
        drive(sim);
        CHECK(sim.measuredAngleDeg() > 75.0);
        CHECK(std::abs(sim.jointAngleDeg(Segment::shankRight)) < 3.0);
    }
    {
        ExamSimulation sim(makeSpec(Manoeuvre::ake, Side::right, std::nullopt));
        drive(sim);
        CHECK(sim.measuredAngleDeg() > 70.0);
        CHECK(std::abs(sim.jointAngleDeg(Segment::thighRight) - 90.0) < 3.0);
        // knee flexion = 90 - AKE angle
        CHECK(sim.jointAngleDeg(Segment::shankRight) ==
              doctest::Approx(90.0 - sim.rawAngleDeg()).epsilon(1e-6));
    }
    {
        ExamSimulation sim(makeSpec(Manoeuvre::hipFlexion, Side::right, std::nullopt));
        drive(sim);
        CHECK(sim.measuredAngleDeg() > 115.0);
        CHECK(sim.jointAngleDeg(Segment::shankRight) > 45.0); // the knee bent on the way
    }
}

TEST_CASE("the keyboard drive moves the limb both ways and lowering eases the symptoms") {
    ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, 40.0));
    CHECK_FALSE(sim.grabbed());
    for (int i = 0; i < 180 && !sim.symptomsActive(); ++i) {
        sim.push(1.0);
        sim.step();
    }
    CHECK(sim.grabbed()); // push() took hold of the heel
    REQUIRE(sim.symptomsActive());
    const double top = sim.measuredAngleDeg();
    for (int i = 0; i < 60; ++i) {
        sim.push(-1.0);
        sim.step();
    }
    CHECK(sim.measuredAngleDeg() < top - 10.0);
    CHECK_FALSE(sim.symptomsActive());
    CHECK(sim.symptomsTriggered()); // the finding stays
    const auto reactions = sim.takeReactions();
    REQUIRE(reactions.size() == 2);
    CHECK(reactions[1].kind == ReactionKind::symptomsEased);
}

TEST_CASE("holding keeps the limb up and letting go drops it onto the plinth") {
    ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, std::nullopt));
    for (int i = 0; i < 120; ++i) {
        sim.push(1.0);
        sim.step();
    }
    const double lifted = sim.measuredAngleDeg();
    CHECK(lifted > 30.0);
    for (int i = 0; i < 60; ++i)
        sim.step(); // key released, hand still holds
    CHECK(std::abs(sim.measuredAngleDeg() - lifted) < 3.0);
    sim.release();
    for (int i = 0; i < 120; ++i)
        sim.step();
    CHECK(sim.measuredAngleDeg() < 3.0);
    CHECK(sim.maxAngleReachedDeg() >= lifted);
}

TEST_CASE("grab takes hold only near the moving limb and dragging moves it") {
    ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, std::nullopt));
    CHECK_FALSE(sim.grab({-0.9f, 0.9f})); // the head
    CHECK_FALSE(sim.grabbed());
    // The heel: about 0.85 m from the hip along the plinth.
    const b2Body* shank = sim.body(Segment::shankRight);
    REQUIRE(shank != nullptr);
    CHECK(sim.grab({0.80f, 0.80f}));
    CHECK(sim.grabbed());
    for (int i = 0; i < 120; ++i) {
        sim.dragTo({0.5f, 1.6f}); // up and towards the head: about 60 degrees
        sim.step();
    }
    CHECK(sim.measuredAngleDeg() > 50.0);
    CHECK(sim.measuredAngleDeg() < 70.0);
}

TEST_CASE("the goniometer shows the measured angle") {
    ExamSimulation sim(makeSpec(Manoeuvre::pkb, Side::right, std::nullopt));
    DriveOptions stop;
    stop.stopAtDeg = 60.0;
    drive(sim, stop);
    const Goniometer g = sim.goniometer();
    CHECK(g.angleDeg == doctest::Approx(sim.measuredAngleDeg()));
    const double swept = (g.currentRad - g.zeroRad) * g.turn * 180.0 / 3.14159265358979;
    CHECK(swept == doctest::Approx(g.angleDeg).epsilon(1e-3));
    CHECK(g.angleDeg > 59.0);
}

TEST_CASE("a segment's pose is where its body is, without Box2D for the caller") {
    ExamSimulation sim(makeSpec(Manoeuvre::slr, Side::right, std::nullopt));
    for (int i = 0; i < 30; ++i)
        sim.push(1.0), sim.step();
    for (int i = 0; i < rc::body::kSegmentCount; ++i) {
        const auto seg = static_cast<Segment>(i);
        const b2Body* b = sim.body(seg);
        const std::optional<rc::body::Pose> p = sim.pose(seg);
        CHECK(p.has_value() == (b != nullptr));
        if (!b || !p) continue;
        CHECK(p->position.x == b->GetPosition().x);
        CHECK(p->angle == b->GetAngle());
        const rc::body::Vec2 local{0.1f, -0.05f};
        const b2Vec2 want = b->GetWorldPoint(b2Vec2(local.x, local.y));
        const rc::body::Vec2 got = p->toWorld(local);
        CHECK(got.x == want.x); // bit for bit: the drawing must not move
        CHECK(got.y == want.y);
    }
}
