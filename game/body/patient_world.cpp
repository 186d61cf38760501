#include "game/body/patient_world.hpp"

#include <algorithm>
#include <box2d/box2d.h>

namespace rc::body {

namespace {

constexpr float kPi = 3.14159265358979f;
constexpr float kGravity = -9.81f;              // m/s^2
constexpr float kAngularDamping = 3.0f;         // 1/s
constexpr float kLinearDamping = 0.5f;          // 1/s
constexpr std::uint16_t kBodyCategory = 0x0002; // collides with nothing

b2Vec2 toB2(Vec2 v) {
    return {v.x, v.y};
}

float area(const PartSetup& p) {
    return p.shape == ShapeKind::circle ? kPi * p.halfSize.x * p.halfSize.x
                                        : 4.0f * p.halfSize.x * p.halfSize.y;
}

void addFurniture(b2Body& plinth, const Rect& r) {
    b2PolygonShape box;
    const b2Vec2 half{0.5f * (r.max.x - r.min.x), 0.5f * (r.max.y - r.min.y)};
    box.SetAsBox(half.x, half.y, b2Vec2(r.min.x + half.x, r.min.y + half.y), 0.0f);
    b2FixtureDef fd;
    fd.shape = &box;
    fd.filter.maskBits = 0;
    plinth.CreateFixture(&fd);
}

b2Body* addPart(b2World& world, const PartSetup& part, bool isStatic) {
    b2BodyDef bd;
    bd.type = isStatic ? b2_staticBody : b2_dynamicBody;
    bd.position = toB2(part.position);
    bd.angle = part.angleRad;
    bd.angularDamping = kAngularDamping;
    bd.linearDamping = kLinearDamping;
    b2Body* body = world.CreateBody(&bd);

    b2PolygonShape box;
    b2CircleShape circle;
    b2FixtureDef fd;
    if (part.shape == ShapeKind::circle) {
        circle.m_p = toB2(part.centre);
        circle.m_radius = part.halfSize.x;
        fd.shape = &circle;
    } else {
        box.SetAsBox(part.halfSize.x, part.halfSize.y, toB2(part.centre), 0.0f);
        fd.shape = &box;
    }
    fd.density = part.massKg / area(part);
    fd.filter.categoryBits = kBodyCategory;
    fd.filter.maskBits = 0;
    body->CreateFixture(&fd);
    return body;
}

b2RevoluteJoint* addJoint(b2World& world, b2Body* parent, b2Body* child, const PartSetup& part) {
    const JointSetup& j = part.joint;
    const bool locked = j.mode == JointMode::locked;
    b2RevoluteJointDef jd;
    jd.bodyA = parent;
    jd.bodyB = child;
    jd.localAnchorA = parent->GetLocalPoint(toB2(part.position));
    jd.localAnchorB.SetZero();
    jd.referenceAngle = 0.0f; // parts are placed at angle = parent + start / sign
    jd.enableLimit = true;
    const float lo = toJointRad(j, locked ? j.startDeg : j.lowerDeg);
    const float hi = toJointRad(j, locked ? j.startDeg : j.upperDeg);
    jd.lowerAngle = std::min(lo, hi);
    jd.upperAngle = std::max(lo, hi);
    jd.enableMotor = !locked;
    jd.motorSpeed = 0.0f;
    jd.maxMotorTorque = j.mode == JointMode::switched ? kSwitchTorque : kJointFriction;
    return static_cast<b2RevoluteJoint*>(world.CreateJoint(&jd));
}

} // namespace

PatientWorld::PatientWorld() = default;
PatientWorld::~PatientWorld() = default;
PatientWorld::PatientWorld(PatientWorld&&) noexcept = default;
PatientWorld& PatientWorld::operator=(PatientWorld&&) noexcept = default;

float toJointRad(const JointSetup& joint, double deg) {
    return static_cast<float>(deg * (static_cast<double>(kPi) / 180.0) / joint.sign);
}

PatientWorld buildPatientWorld(const Scene& scene) {
    PatientWorld pw;
    pw.world = std::make_unique<b2World>(b2Vec2(0.0f, kGravity));
    pw.world->SetAllowSleeping(false);
    b2BodyDef plinthDef;
    pw.plinth = pw.world->CreateBody(&plinthDef);
    for (const Rect& r : scene.furniture)
        addFurniture(*pw.plinth, r);

    for (const PartSetup& part : scene.parts) {
        const bool root = part.parent == part.id;
        b2Body* parent = root ? nullptr : pw.body(part.parent);
        // A part locked to a static part is held still by the plinth or the examiner: make it
        // static too, so the chain cannot sag and a limit pushing on it cannot make it give.
        const bool held =
            root || (part.joint.mode == JointMode::locked && parent->GetType() == b2_staticBody);
        b2Body* body = addPart(*pw.world, part, held);
        pw.bodies[static_cast<std::size_t>(index(part.id))] = body;
        if (!root)
            pw.joints[static_cast<std::size_t>(index(part.id))] =
                addJoint(*pw.world, parent, body, part);
    }
    return pw;
}

} // namespace rc::body
