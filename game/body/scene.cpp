#include "game/body/scene.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace rc::body {

namespace {

constexpr float kPi = 3.14159265358979f;
constexpr float kDegToRad = kPi / 180.0f;

using JointPlan = std::array<JointSetup, kSegmentCount>;

JointSetup locked(Segment s, double deg) {
    JointSetup j;
    j.mode = JointMode::locked;
    j.sign = segmentSpec(s).jointSign;
    j.startDeg = j.lowerDeg = j.upperDeg = deg;
    return j;
}

JointSetup moving(Segment s, JointMode mode, double start, double lower, double upper) {
    JointSetup j;
    j.mode = mode;
    j.sign = segmentSpec(s).jointSign;
    j.startDeg = start;
    j.lowerDeg = lower;
    j.upperDeg = upper;
    return j;
}

// Every joint locked at the given posture; callers then free the ones the manoeuvre moves.
JointPlan lockedPlan(double lumbar, double neck, double hips, double knees, double ankles) {
    JointPlan plan{};
    plan[index(Segment::trunk)] = locked(Segment::trunk, lumbar);
    plan[index(Segment::neck)] = locked(Segment::neck, neck);
    plan[index(Segment::head)] = locked(Segment::head, 0.0);
    for (Side side : {Side::left, Side::right}) {
        plan[index(thigh(side))] = locked(thigh(side), hips);
        plan[index(shank(side))] = locked(shank(side), knees);
        plan[index(foot(side))] = locked(foot(side), ankles);
    }
    return plan;
}

Vec2 rotate(Vec2 v, float a) {
    const float c = std::cos(a), s = std::sin(a);
    return {c * v.x - s * v.y, s * v.x + c * v.y};
}

bool isLeg(Segment s, Side side) {
    return s == thigh(side) || s == shank(side) || s == foot(side);
}

// Places the sagittal body by forward kinematics from the hip centre.
void placeSagittal(Scene& scene, float rootAngleDeg, Vec2 hip, const JointPlan& plan) {
    std::array<Vec2, kSegmentCount> pos{};
    std::array<float, kSegmentCount> angle{};
    for (int i = 0; i < kSegmentCount; ++i) {
        const auto seg = static_cast<Segment>(i);
        const SegmentSpec& spec = segmentSpec(seg);
        PartSetup part;
        part.id = seg;
        part.parent = spec.parent;
        part.shape = spec.shape;
        part.centre = spec.centre;
        part.halfSize = spec.halfSize;
        part.massKg = spec.massKg;
        if (spec.parent == seg) {
            pos[i] = hip;
            angle[i] = rootAngleDeg * kDegToRad;
        } else {
            const int p = index(spec.parent);
            const JointSetup& joint = plan[static_cast<std::size_t>(i)];
            const Vec2 offset = rotate(spec.anchorInParent, angle[p]);
            pos[i] = {pos[p].x + offset.x, pos[p].y + offset.y};
            angle[i] = angle[p] + static_cast<float>(joint.startDeg / joint.sign) * kDegToRad;
            part.joint = joint;
        }
        part.position = pos[i];
        part.angleRad = angle[i];
        part.role = isLeg(seg, scene.moved)             ? DrawRole::tested
                    : isLeg(seg, opposite(scene.moved)) ? DrawRole::far
                                                        : DrawRole::body;
        scene.parts.push_back(part);
    }
}

// A plinth whose top spans [x0, x1].
void addPlinth(Scene& scene, float x0, float x1) {
    scene.furniture.push_back({{x0, kPlinthTop - 0.08f}, {x1, kPlinthTop}});
    scene.furniture.push_back({{x0 + 0.06f, 0.0f}, {x0 + 0.12f, kPlinthTop - 0.08f}});
    scene.furniture.push_back({{x1 - 0.12f, 0.0f}, {x1 - 0.06f, kPlinthTop - 0.08f}});
}

// Limits of the gauge joint (anatomical deg) from the manoeuvre's range.
std::pair<double, double> gaugeLimits(const Scene& s) {
    const double a = (s.lowDeg - s.gaugeOffsetDeg) / s.gaugeScale;
    const double b = (s.rangeDeg - s.gaugeOffsetDeg) / s.gaugeScale;
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

// Frees the measured joint between the manoeuvre's low end and its range.
void freeGauge(Scene& scene, JointPlan& plan, double startDeg) {
    const auto [lo, hi] = gaugeLimits(scene);
    plan[index(scene.gaugeSegment)] = moving(scene.gaugeSegment, JointMode::free, startDeg, lo, hi);
}

Scene sagittal(const ManoeuvreSpec& spec) {
    Scene scene;
    const Manoeuvre m = spec.manoeuvre;
    const Side moved = spec.movedSide();
    scene.manoeuvre = m;
    scene.moved = moved;
    scene.symptomatic = spec.side;
    scene.rangeDeg = spec.range();
    scene.lowDeg = 0.0;
    scene.handleSegment = shank(moved);
    scene.handleLocal = {0.0f, -0.38f};
    scene.grabbable = {thigh(moved), shank(moved), foot(moved)};

    const Vec2 lyingHip{0.0f, kPlinthTop + 0.10f};
    const Vec2 sittingHip{0.0f, kPlinthTop + 0.08f};
    JointPlan plan;
    // AKE and slump: the goniometer reads knee extension from 90 degrees at the moved knee.
    auto kneeExtensionFromNinety = [&] {
        scene.gaugeSegment = shank(moved);
        scene.gaugeOffsetDeg = 90.0;
        scene.gaugeScale = -1.0;
        freeGauge(scene, plan, 90.0);
        scene.grabbable = {shank(moved), foot(moved)};
        scene.endFeelTorque = 30.0f;
        scene.handMaxForce = 300.0f;
    };
    switch (m) {
    case Manoeuvre::slr:
    case Manoeuvre::crossedSlr:
    case Manoeuvre::hipFlexion: {
        plan = lockedPlan(0, 0, 0, 0, 0);
        scene.gaugeSegment = thigh(moved);
        freeGauge(scene, plan, 0.0);
        scene.endFeelTorque = 120.0f;
        scene.handMaxForce = 500.0f;
        if (m == Manoeuvre::hipFlexion) {
            // The knee bends freely; the hand holds under the knee.
            plan[index(shank(moved))] =
                moving(shank(moved), JointMode::free, 0.0, 0.0, segmentSpec(shank(moved)).maxDeg);
            scene.handleSegment = thigh(moved);
            scene.handleLocal = {0.0f, -0.40f};
        } else {
            plan[index(foot(moved))] = moving(foot(moved), JointMode::switched, 0.0, -10.0, 25.0);
        }
        placeSagittal(scene, 90.0f, lyingHip, plan);
        addPlinth(scene, -1.05f, 0.80f);
        scene.view = {{-1.2f, 0.0f}, {1.4f, 1.9f}};
        break;
    }
    case Manoeuvre::pkb: {
        plan = lockedPlan(0, 0, 0, 0, -30);
        scene.gaugeSegment = shank(moved);
        freeGauge(scene, plan, 0.0);
        scene.grabbable = {shank(moved), foot(moved)};
        scene.endFeelTorque = 30.0f;
        scene.handMaxForce = 300.0f;
        placeSagittal(scene, -90.0f, lyingHip, plan);
        addPlinth(scene, -0.80f, 1.05f);
        scene.view = {{-1.4f, 0.0f}, {1.2f, 1.9f}};
        break;
    }
    case Manoeuvre::ake: {
        plan = lockedPlan(0, 0, 0, 0, 0);
        plan[index(thigh(moved))] = locked(thigh(moved), 90.0);
        kneeExtensionFromNinety();
        placeSagittal(scene, 90.0f, lyingHip, plan);
        addPlinth(scene, -1.05f, 0.80f);
        scene.view = {{-1.2f, 0.0f}, {1.4f, 1.9f}};
        break;
    }
    case Manoeuvre::slump: {
        plan = lockedPlan(35, 0, 90, 90, 0);
        plan[index(Segment::neck)] = moving(Segment::neck, JointMode::switched, 40.0, -10.0, 50.0);
        plan[index(foot(moved))] = moving(foot(moved), JointMode::switched, 0.0, -10.0, 25.0);
        kneeExtensionFromNinety();
        placeSagittal(scene, 0.0f, sittingHip, plan);
        addPlinth(scene, -0.60f, 0.38f);
        scene.view = {{-0.9f, 0.0f}, {1.5f, 1.75f}};
        break;
    }
    case Manoeuvre::hipIr:
        break; // front view, see frontView()
    }
    return scene;
}

PartSetup frontPart(Segment id, Segment parent, ShapeKind shape, Vec2 centre, Vec2 half, Vec2 pos,
                    JointSetup joint, DrawRole role) {
    PartSetup p;
    p.id = id;
    p.parent = parent;
    p.shape = shape;
    p.centre = centre;
    p.halfSize = half;
    p.massKg = segmentSpec(id).massKg;
    p.position = pos;
    p.angleRad = 0.0f;
    p.joint = joint;
    p.role = role;
    return p;
}

// Hip internal rotation, sitting, seen from the front (x = the patient's left): the thigh points
// at the viewer and the shank swings about it like a pendulum; internal rotation swings the foot
// outwards (laterally).
Scene frontView(const ManoeuvreSpec& spec) {
    Scene scene;
    scene.manoeuvre = Manoeuvre::hipIr;
    scene.moved = spec.side;
    scene.symptomatic = spec.side;
    scene.frontView = true;
    scene.rangeDeg = spec.range();
    scene.lowDeg = -45.0; // external rotation
    const float seat = kPlinthTop;
    const JointSetup fixed = locked(Segment::trunk, 0.0);
    scene.parts.push_back(frontPart(Segment::pelvis, Segment::pelvis, ShapeKind::box, {0, 0.02f},
                                    {0.17f, 0.10f}, {0, seat + 0.08f}, {}, DrawRole::body));
    scene.parts.push_back(frontPart(Segment::trunk, Segment::pelvis, ShapeKind::box, {0, 0.25f},
                                    {0.17f, 0.25f}, {0, seat + 0.20f}, fixed, DrawRole::body));
    scene.parts.push_back(frontPart(Segment::neck, Segment::trunk, ShapeKind::box, {0, 0.05f},
                                    {0.05f, 0.05f}, {0, seat + 0.70f}, fixed, DrawRole::body));
    scene.parts.push_back(frontPart(Segment::head, Segment::neck, ShapeKind::circle, {0, 0.11f},
                                    {0.10f, 0.10f}, {0, seat + 0.80f}, fixed, DrawRole::body));
    for (Side side : {Side::left, Side::right}) {
        const float x = side == Side::left ? 0.11f : -0.11f;
        const float knee = seat + 0.075f;
        const DrawRole role = side == spec.side ? DrawRole::tested : DrawRole::far;
        // Internal rotation swings the right foot to -x (clockwise), the left foot to +x.
        JointSetup rotation = fixed;
        rotation.sign = side == Side::right ? -1.0f : 1.0f;
        if (side == spec.side) {
            rotation.mode = JointMode::free;
            rotation.lowerDeg = scene.lowDeg;
            rotation.upperDeg = scene.rangeDeg;
        }
        scene.parts.push_back(frontPart(thigh(side), Segment::pelvis, ShapeKind::circle, {0, 0},
                                        {0.075f, 0.075f}, {x, knee}, fixed, role));
        scene.parts.push_back(frontPart(shank(side), thigh(side), ShapeKind::box, {0, -0.215f},
                                        {0.055f, 0.215f}, {x, knee}, rotation, role));
        scene.parts.push_back(frontPart(foot(side), shank(side), ShapeKind::box, {0, -0.035f},
                                        {0.045f, 0.035f}, {x, knee - 0.43f}, fixed, role));
    }
    scene.gaugeSegment = shank(spec.side);
    scene.handleSegment = shank(spec.side);
    scene.handleLocal = {0.0f, -0.38f};
    scene.grabbable = {shank(spec.side), foot(spec.side)};
    scene.endFeelTorque = 30.0f;
    scene.handMaxForce = 200.0f;
    addPlinth(scene, -0.45f, 0.45f);
    scene.view = {{-1.2f, 0.0f}, {1.2f, 1.75f}};
    return scene;
}

} // namespace

Scene makeScene(const ManoeuvreSpec& spec) {
    return spec.manoeuvre == Manoeuvre::hipIr ? frontView(spec) : sagittal(spec);
}

const PartSetup* findPart(const Scene& scene, Segment s) {
    for (const PartSetup& p : scene.parts)
        if (p.id == s) return &p;
    return nullptr;
}

} // namespace rc::body
