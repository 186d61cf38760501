#include "game/body/exam_sim.hpp"

#include "game/body/patient_world.hpp"
#include "game/engine/fnv1a.hpp"

#include <algorithm>
#include <box2d/b2_distance.h>
#include <box2d/box2d.h>
#include <cmath>
#include <cstring>

namespace rc::body {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr float kSwitchGain = 4.0f;     // 1/s, switch servo
constexpr float kSwitchMaxSpeed = 4.0f; // rad/s
constexpr double kNeckFlexedDeg = 40.0; // slump neck flexion switch
constexpr double kAnkleDfDeg = 20.0;    // ankle dorsiflexion switch
constexpr float kHandHz = 7.0f;         // hand (mouse joint) stiffness
constexpr float kHandDampingRatio = 0.7f;
constexpr double kMaxLeadDeg = 6.0;          // how far the hand may lead the limb
constexpr double kOverreachDeg = 2.0;        // how far past the range the hand may pull
constexpr double kHandSpeedDegPerSec = 90.0; // fastest the hand moves a limb
constexpr float kStopTorque = 2000.0f;       // N m, motor that turns the limb back past the range
constexpr double kStopRate = 10.0;           // 1/s, how fast it turns it back
constexpr double kEaseHysteresisDeg = 2.0;
constexpr float kEndFeelDrag = 0.25f; // end-feel friction, as a share of its spring
constexpr double kEndTolDeg = 0.5;    // within this of the range counts as the end
constexpr int kVelocityIterations = 50;
constexpr int kPositionIterations = 8;

b2Vec2 toB2(Vec2 v) {
    return {v.x, v.y};
}
Vec2 fromB2(b2Vec2 v) {
    return {v.x, v.y};
}

void hashBytes(std::uint64_t& h, const void* data, std::size_t n) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
        h ^= bytes[i];
        h *= rc::kFnv1aPrime;
    }
}

void hashFloat(std::uint64_t& h, float f) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    hashBytes(h, &bits, sizeof bits);
}

} // namespace

ExamSimulation::ExamSimulation(const ManoeuvreSpec& spec)
    : spec_(spec), scene_(makeScene(spec)), switches_(spec.standardSwitches()) {
    pw_ = buildPatientWorld(scene_);
    maxReached_ = measuredAngleDeg();
    maxRaw_ = rawAngleDeg();
    updateResponse();
}

ExamSimulation::~ExamSimulation() = default;
ExamSimulation::ExamSimulation(ExamSimulation&&) noexcept = default;
ExamSimulation& ExamSimulation::operator=(ExamSimulation&&) noexcept = default;

b2RevoluteJoint* ExamSimulation::gaugeJoint() const {
    return pw_.joint(scene_.gaugeSegment);
}

// Direction the measured segment turns in the world as the manoeuvre angle grows: +1
// counter-clockwise, -1 clockwise.
double ExamSimulation::turnSign() const {
    const JointSetup& j = findPart(scene_, scene_.gaugeSegment)->joint;
    return j.sign * scene_.gaugeScale > 0.0 ? 1.0 : -1.0;
}

double ExamSimulation::jointAngleDeg(Segment child) const {
    const b2RevoluteJoint* joint = pw_.joint(child);
    if (!joint) return 0.0;
    return findPart(scene_, child)->joint.sign * joint->GetJointAngle() / kDegToRad;
}

double ExamSimulation::rawAngleDeg() const {
    return scene_.gaugeOffsetDeg + scene_.gaugeScale * jointAngleDeg(scene_.gaugeSegment);
}

std::optional<Pose> ExamSimulation::pose(Segment s) const {
    const b2Body* b = pw_.body(s);
    if (!b) return std::nullopt;
    const b2Transform& xf = b->GetTransform();
    return Pose{{xf.p.x, xf.p.y}, b->GetAngle(), xf.q.c, xf.q.s};
}

double ExamSimulation::measuredAngleDeg() const {
    return std::clamp(rawAngleDeg(), scene_.lowDeg, scene_.rangeDeg);
}

std::optional<double> ExamSimulation::effectiveOnsetDeg() const {
    return body::effectiveOnsetDeg(spec_, switches_);
}

void ExamSimulation::createHand(b2Body* body, Vec2 point) {
    release();
    float mass = 0.0f;
    for (Segment s : scene_.grabbable)
        mass += findPart(scene_, s)->massKg;
    const float omega = 2.0f * static_cast<float>(kPi) * kHandHz;
    b2MouseJointDef md;
    md.bodyA = pw_.plinth;
    md.bodyB = body;
    md.target = toB2(point); // the hold point is fixed from the first target
    md.maxForce = scene_.handMaxForce;
    md.stiffness = mass * omega * omega;
    md.damping = 2.0f * mass * kHandDampingRatio * omega;
    mouse_ = static_cast<b2MouseJoint*>(pw_.world->CreateJoint(&md));
    handCommandDeg_ = rawAngleDeg(); // hold the limb where it is
}

bool ExamSimulation::grab(Vec2 point) {
    b2Body* best = nullptr;
    float bestDistance = kGrabReach;
    b2CircleShape probe;
    probe.m_radius = 0.0f;
    probe.m_p = toB2(point);
    for (Segment s : scene_.grabbable) {
        b2Body* body = pw_.body(s);
        for (b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext()) {
            b2DistanceInput in;
            in.proxyA.Set(f->GetShape(), 0);
            in.proxyB.Set(&probe, 0);
            in.transformA = body->GetTransform();
            in.transformB.SetIdentity();
            in.useRadii = true;
            b2SimplexCache cache;
            cache.count = 0;
            b2DistanceOutput out;
            b2Distance(&out, &cache, &in);
            const float d = f->TestPoint(toB2(point)) ? 0.0f : out.distance;
            if (d <= bestDistance) {
                bestDistance = d;
                best = body;
            }
        }
    }
    if (!best) return false;
    createHand(best, point);
    return true;
}

void ExamSimulation::grabHandle() {
    b2Body* body = pw_.body(scene_.handleSegment);
    createHand(body, fromB2(body->GetWorldPoint(toB2(scene_.handleLocal))));
}

void ExamSimulation::dragTo(Vec2 target) {
    if (!mouse_) return;
    // The manoeuvre has one degree of freedom: the hand aims the limb at the target, within
    // the range (pulling far past the end would only strain Box2D's soft limit).
    const b2Vec2 pivot = gaugeJoint()->GetAnchorB();
    const b2Vec2 arm = mouse_->GetAnchorB() - pivot;
    const b2Vec2 want = toB2(target) - pivot;
    const double swingDeg = std::atan2(b2Cross(arm, want), b2Dot(arm, want)) / kDegToRad;
    handGoalDeg_ = rawAngleDeg() + turnSign() * swingDeg;
}

void ExamSimulation::release() {
    handCommandDeg_.reset();
    handGoalDeg_.reset();
    if (!mouse_) return;
    pw_.world->DestroyJoint(mouse_);
    mouse_ = nullptr;
}

Vec2 ExamSimulation::handAnchor() const {
    return mouse_ ? fromB2(mouse_->GetAnchorB()) : Vec2{};
}

Vec2 ExamSimulation::handTarget() const {
    return mouse_ ? fromB2(mouse_->GetTarget()) : Vec2{};
}

void ExamSimulation::push(double direction) {
    pendingPush_ = std::clamp(direction, -1.0, 1.0);
}

void ExamSimulation::setDriveRate(double degPerSec) {
    if (degPerSec > 0.0) driveRate_ = degPerSec;
}

void ExamSimulation::setSwitches(const Switches& s) {
    switches_.neckFlexion = spec_.supportsNeckFlexion() && s.neckFlexion;
    switches_.ankleDorsiflexion = spec_.supportsAnkleDorsiflexion() && s.ankleDorsiflexion;
    updateResponse();
}

void ExamSimulation::setNeckFlexion(bool on) {
    Switches s = switches_;
    s.neckFlexion = on;
    setSwitches(s);
}

void ExamSimulation::setAnkleDorsiflexion(bool on) {
    Switches s = switches_;
    s.ankleDorsiflexion = on;
    setSwitches(s);
}

// Moves the hand along the arc of the manoeuvre towards the goal angle, at most kHandSpeed and
// a little ahead of the limb, never far past the range.
void ExamSimulation::driveHand() {
    const double push = pendingPush_;
    pendingPush_ = 0.0;
    if (push != 0.0 && !mouse_) grabHandle();
    if (!mouse_) return;
    const double raw = rawAngleDeg();
    double command = handCommandDeg_.value_or(raw);
    if (push != 0.0) handGoalDeg_ = command + push * driveRate_ * kTimeStep;
    if (handGoalDeg_) {
        const double maxMove = kHandSpeedDegPerSec * kTimeStep;
        command += std::clamp(*handGoalDeg_ - command, -maxMove, maxMove);
    }
    command = std::clamp(command, raw - kMaxLeadDeg, raw + kMaxLeadDeg);
    command = std::clamp(command, scene_.lowDeg - kOverreachDeg, scene_.rangeDeg + kOverreachDeg);
    handCommandDeg_ = command;
    const b2Vec2 pivot = gaugeJoint()->GetAnchorB();
    const b2Vec2 arm = mouse_->GetAnchorB() - pivot;
    const b2Rot turn(static_cast<float>((command - raw) * kDegToRad * turnSign()));
    mouse_->SetTarget(pivot + b2Mul(turn, arm));
}

// Rising resistance over the last kEndFeelZoneDeg of the range, and a firm stop past it: Box2D
// lets a limit give by a couple of degrees under a sustained pull, so past the range the joint
// motor (solved as a constraint, unlike an applied torque) turns the limb back.
void ExamSimulation::applyEndFeel() {
    b2RevoluteJoint* joint = gaugeJoint();
    const double raw = rawAngleDeg();
    const double past = raw - scene_.rangeDeg;
    if (past > 0.0) {
        joint->SetMotorSpeed(static_cast<float>(-turnSign() * past * kDegToRad * kStopRate));
        joint->SetMaxMotorTorque(kStopTorque);
    } else {
        joint->SetMotorSpeed(0.0f);
        joint->SetMaxMotorTorque(kJointFriction);
    }
    const double zone = std::min(kEndFeelZoneDeg, scene_.rangeDeg - scene_.lowDeg);
    if (zone <= 0.0) return;
    const double into = std::min((raw - (scene_.rangeDeg - zone)) / zone, 1.5);
    if (into <= 0.0) return;
    // Tissue tension: a spring pushing back and a drag that slows the limb before the stop.
    const float resistance = static_cast<float>(scene_.endFeelTorque * into * into);
    const float spring = resistance * static_cast<float>(turnSign());
    joint->GetBodyB()->ApplyTorque(-spring, true);
    joint->GetBodyA()->ApplyTorque(spring, true); // no effect on a static parent
    if (past <= 0.0) joint->SetMaxMotorTorque(kJointFriction + kEndFeelDrag * resistance);
}

void ExamSimulation::servoSwitches() {
    for (const PartSetup& part : scene_.parts) {
        if (part.joint.mode != JointMode::switched || part.id == part.parent) continue;
        const bool neck = part.id == Segment::neck;
        const double target = neck ? (switches_.neckFlexion ? kNeckFlexedDeg : 0.0)
                                   : (switches_.ankleDorsiflexion ? kAnkleDfDeg : 0.0);
        b2RevoluteJoint* joint = pw_.joint(part.id);
        const float error = toJointRad(part.joint, target) - joint->GetJointAngle();
        joint->SetMotorSpeed(std::clamp(kSwitchGain * error, -kSwitchMaxSpeed, kSwitchMaxSpeed));
    }
}

void ExamSimulation::step() {
    driveHand();
    servoSwitches();
    applyEndFeel();
    pw_.world->Step(static_cast<float>(kTimeStep), kVelocityIterations, kPositionIterations);
    ++steps_;
    maxRaw_ = std::max(maxRaw_, rawAngleDeg());
    maxReached_ = std::max(maxReached_, measuredAngleDeg());
    updateResponse();
}

void ExamSimulation::updateResponse() {
    const double angle = measuredAngleDeg();
    const std::optional<double> onset = effectiveOnsetDeg();
    auto react = [&](ReactionKind kind, std::string text) {
        reactions_.push_back({kind, angle, spec_.side, std::move(text), steps_});
    };
    if (!symptomsActive_ && onset && angle >= *onset) {
        symptomsActive_ = true;
        if (!onsetFound_) {
            onsetFound_ = angle;
            switchesAtOnset_ = switches_;
        }
        react(ReactionKind::symptomsStart, spec_.symptom);
    } else if (symptomsActive_ && (!onset || angle < *onset - kEaseHysteresisDeg)) {
        symptomsActive_ = false;
        react(ReactionKind::symptomsEased, "");
    }
    if (!endReached_ && angle >= scene_.rangeDeg - kEndTolDeg) {
        endReached_ = true;
        react(ReactionKind::endOfRange, "");
    }
}

std::vector<Reaction> ExamSimulation::takeReactions() {
    std::vector<Reaction> out;
    out.swap(reactions_);
    return out;
}

RecordedFinding ExamSimulation::recordedFinding() const {
    RecordedFinding f;
    f.manoeuvre = spec_.manoeuvre;
    f.side = spec_.side;
    f.symptomsFound = onsetFound_.has_value();
    f.angleDeg = onsetFound_ ? *onsetFound_ : maxReached_;
    f.endOfRange = endReached_;
    f.switches = onsetFound_ ? switchesAtOnset_ : switches_;
    if (f.symptomsFound) f.symptom = spec_.symptom;
    return f;
}

Goniometer ExamSimulation::goniometer() const {
    Goniometer g;
    b2RevoluteJoint* joint = gaugeJoint();
    const b2Body* moving = joint->GetBodyB();
    g.centre = fromB2(joint->GetAnchorB());
    const b2Vec2 arm = b2Mul(moving->GetTransform().q, b2Vec2(0.0f, -1.0f)); // distal axis
    const double armRad = std::atan2(arm.y, arm.x);
    const double perDeg = kDegToRad * turnSign();
    g.angleDeg = measuredAngleDeg();
    g.turn = static_cast<float>(turnSign());
    g.zeroRad = static_cast<float>(armRad - perDeg * rawAngleDeg());
    g.currentRad = static_cast<float>(g.zeroRad + perDeg * g.angleDeg);
    return g;
}

std::uint64_t ExamSimulation::stateHash() const {
    std::uint64_t h = rc::kFnv1aBasis;
    for (const b2Body* body : pw_.bodies) {
        if (!body) continue;
        hashFloat(h, body->GetPosition().x);
        hashFloat(h, body->GetPosition().y);
        hashFloat(h, body->GetAngle());
        hashFloat(h, body->GetLinearVelocity().x);
        hashFloat(h, body->GetLinearVelocity().y);
        hashFloat(h, body->GetAngularVelocity());
    }
    return h;
}

} // namespace rc::body
