#include "game/body/exam_sim.hpp"
#include "tests/body/shipped_spec.hpp"

#include <box2d/box2d.h>
#include <cmath>
#include <doctest/doctest.h>

using namespace rc::body;
using namespace rc::body::test;

namespace {

constexpr double kRadToDeg = 180.0 / 3.14159265358979323846;

// The revolute joint between a segment and its parent.
const b2RevoluteJoint* jointOf(const ExamSimulation& sim, Segment child) {
    const b2Body* body = sim.body(child);
    REQUIRE(body != nullptr);
    for (const b2JointEdge* e = body->GetJointList(); e; e = e->next)
        if (e->joint->GetType() == e_revoluteJoint && e->joint->GetBodyB() == body)
            return static_cast<const b2RevoluteJoint*>(e->joint);
    FAIL("no joint");
    return nullptr;
}

// The limits of the measured joint, converted to the manoeuvre's angle convention (deg).
std::pair<double, double> gaugeLimits(const ExamSimulation& sim) {
    const Scene& scene = sim.scene();
    const b2RevoluteJoint* joint = jointOf(sim, scene.gaugeSegment);
    REQUIRE(joint->IsLimitEnabled());
    const float sign = findPart(scene, scene.gaugeSegment)->joint.sign;
    const double a =
        scene.gaugeOffsetDeg + scene.gaugeScale * sign * joint->GetLowerLimit() * kRadToDeg;
    const double b =
        scene.gaugeOffsetDeg + scene.gaugeScale * sign * joint->GetUpperLimit() * kRadToDeg;
    return {std::min(a, b), std::max(a, b)};
}

} // namespace

TEST_CASE("the moved joint's Box2D limits are the case's range") {
    struct Case {
        Manoeuvre m;
        double range;
        double low;
    };
    for (const Case& c : {Case{Manoeuvre::slr, 55.0, 0.0}, Case{Manoeuvre::crossedSlr, 62.0, 0.0},
                          Case{Manoeuvre::hipFlexion, 95.0, 0.0}, Case{Manoeuvre::pkb, 100.0, 0.0},
                          Case{Manoeuvre::ake, 48.0, 0.0}, Case{Manoeuvre::slump, 70.0, 0.0},
                          Case{Manoeuvre::hipIr, 18.0, -45.0}}) {
        for (Side side : {Side::left, Side::right}) {
            const std::string id = manoeuvreId(c.m);
            CAPTURE(id);
            CAPTURE(sideId(side));
            ManoeuvreSpec spec = shippedSpec(c.m);
            spec.side = side;
            spec.rangeDeg = c.range;
            const ExamSimulation sim(spec);
            const auto [low, high] = gaugeLimits(sim);
            CHECK(low == doctest::Approx(c.low).epsilon(1e-4));
            CHECK(high == doctest::Approx(c.range).epsilon(1e-4));
        }
    }
}

TEST_CASE("a bare torque twice the hand's strength cannot force the limb past its range") {
    for (Manoeuvre m : {Manoeuvre::slr, Manoeuvre::pkb, Manoeuvre::slump, Manoeuvre::hipIr}) {
        const std::string id = manoeuvreId(m);
        CAPTURE(id);
        ManoeuvreSpec spec = shippedSpec(m);
        spec.rangeDeg = shippedRange(m) - 20.0;
        ExamSimulation sim(spec);
        const Scene& scene = sim.scene();
        const Goniometer g = sim.goniometer();
        // The hand's strongest torque about the joint: its force at the hand hold's distance.
        const b2Body* handle = sim.body(scene.handleSegment);
        const b2Vec2 hold = handle->GetWorldPoint({scene.handleLocal.x, scene.handleLocal.y});
        const float lever = (hold - b2Vec2(g.centre.x, g.centre.y)).Length();
        const float torque = 2.0f * scene.handMaxForce * lever;
        // Applied straight to the moving segment: no hand, so no speed limit.
        auto* moving = const_cast<b2Body*>(sim.body(scene.gaugeSegment));
        for (int i = 0; i < 180; ++i) {
            moving->ApplyTorque(torque * g.turn, true);
            sim.step();
        }
        CHECK(sim.maxRawAngleDeg() > *spec.rangeDeg - 1.0); // it did get there
        CHECK(sim.maxRawAngleDeg() <= *spec.rangeDeg + 3.0);
        CHECK(std::abs(sim.rawAngleDeg() - *spec.rangeDeg) < 0.3); // held firmly at the stop
        CHECK(sim.measuredAngleDeg() <= *spec.rangeDeg);
    }
}

TEST_CASE("joints not involved in the manoeuvre are locked at their posture") {
    ManoeuvreSpec spec = shippedSpec(Manoeuvre::pkb);
    spec.side = Side::left;
    const ExamSimulation sim(spec);
    for (Segment s : {Segment::thighLeft, Segment::thighRight, Segment::shankRight}) {
        const b2RevoluteJoint* j = jointOf(sim, s);
        CHECK(j->IsLimitEnabled());
        CHECK(j->GetLowerLimit() == j->GetUpperLimit());
    }
    const b2RevoluteJoint* knee = jointOf(sim, Segment::shankLeft);
    CHECK(knee->GetUpperLimit() - knee->GetLowerLimit() > 2.0f); // 130 degrees free
}
