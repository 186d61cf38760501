#pragma once

#include "game/body/scene.hpp"
#include "game/body/segment.hpp"

#include <array>
#include <memory>

class b2Body;
class b2RevoluteJoint;
class b2World;

namespace rc::body {

/// Friction torque (N m) of a free joint: enough to damp it, far too little to hold a limb up.
constexpr float kJointFriction = 1.5f;
/// Strongest torque (N m) of the motors that drive the neck and ankle switches.
constexpr float kSwitchTorque = 60.0f;

/// The Box2D world of a scene: a static plinth, one body per part and one revolute joint per
/// non-root part. Parts locked to a static part are static too. Body parts do not collide: the
/// joints hold the posture. Gravity -9.81 m/s^2 along y.
struct PatientWorld {
    std::unique_ptr<b2World> world;                       ///< owns everything below
    b2Body* plinth = nullptr;                             ///< static furniture
    std::array<b2Body*, kSegmentCount> bodies{};          ///< by Segment; nullptr if absent
    std::array<b2RevoluteJoint*, kSegmentCount> joints{}; ///< joint to the parent, by child

    PatientWorld();
    ~PatientWorld();
    PatientWorld(PatientWorld&&) noexcept;
    PatientWorld& operator=(PatientWorld&&) noexcept;

    b2Body* body(Segment s) const { return bodies[static_cast<std::size_t>(index(s))]; }
    b2RevoluteJoint* joint(Segment s) const { return joints[static_cast<std::size_t>(index(s))]; }
};

/// Builds the world for a scene.
PatientWorld buildPatientWorld(const Scene& scene);

/// Box2D joint angle (rad) for an anatomical angle (deg) of a joint.
float toJointRad(const JointSetup& joint, double deg);

} // namespace rc::body
