#pragma once

#include "game/body/finding.hpp"
#include "game/body/manoeuvre.hpp"
#include "game/body/patient_world.hpp"
#include "game/body/scene.hpp"
#include "game/body/vec2.hpp"

#include <cstdint>
#include <optional>
#include <vector>

class b2Body;
class b2MouseJoint;
class b2RevoluteJoint;

namespace rc::body {

/// The goniometer laid on the measured joint, for drawing: world metres and radians
/// (counter-clockwise from +x).
struct Goniometer {
    Vec2 centre;             ///< joint centre (m)
    float radius = 0.15f;    ///< arm length to draw (m)
    float zeroRad = 0.0f;    ///< direction of the moving arm at angle 0
    float currentRad = 0.0f; ///< direction of the moving arm at the measured angle
    double angleDeg = 0.0;   ///< the measured angle (deg), as measuredAngleDeg()
    /// +1 if the arm turns counter-clockwise as the angle grows, -1 if clockwise: the arm at
    /// angle a points at zeroRad + turn x a (in radians).
    float turn = 1.0f;
};

/// One hands-on examination: the patient body in position for a manoeuvre, the examiner's hand,
/// the goniometer and the patient's response. Box2D inside, fixed 1/60 s steps, deterministic
/// (same calls in the same order give the same angles, bit for bit).
///
/// Per frame the UI calls the hand methods (grab/dragTo/release or push), then step() once per
/// 1/60 s of real time, then reads the angle, takeReactions() and draws with drawExam().
class ExamSimulation {
  public:
    static constexpr double kTimeStep = 1.0 / 60.0;            ///< seconds per step()
    static constexpr double kDefaultDriveRateDegPerSec = 20.0; ///< push() speed (deg/s)
    static constexpr float kGrabReach = 0.12f;                 ///< grab() tolerance (m)

    /// Puts the patient in position for spec's manoeuvre; switches start at standardSwitches().
    explicit ExamSimulation(const ManoeuvreSpec& spec);
    ~ExamSimulation();
    ExamSimulation(const ExamSimulation&) = delete;
    ExamSimulation& operator=(const ExamSimulation&) = delete;
    ExamSimulation(ExamSimulation&&) noexcept;
    ExamSimulation& operator=(ExamSimulation&&) noexcept;

    /// Advances the world by kTimeStep and updates angle, symptoms and reactions.
    void step();
    /// Steps taken since construction.
    int steps() const { return steps_; }

    /// Takes hold of the moving limb at a world point (m) and holds it where it is; false if no
    /// movable segment is within kGrabReach.
    bool grab(Vec2 point);
    /// Takes hold at the manoeuvre's usual hand hold (heel, under the knee, distal shank).
    void grabHandle();
    /// Moves the hand towards a world point (m): the limb turns about the measured joint towards
    /// it, at most 90 deg/s, as far as the joints allow (only the direction matters).
    void dragTo(Vec2 target);
    /// Lets go: the limb falls back under gravity.
    void release();
    /// Whether the hand holds the limb.
    bool grabbed() const { return mouse_ != nullptr; }
    /// World point held on the limb (m); meaningless when not grabbed.
    Vec2 handAnchor() const;
    /// Where the hand is pulling to (m); meaningless when not grabbed.
    Vec2 handTarget() const;
    /// Keyboard drive for the next step only (call every frame the key is held): +1 moves the
    /// limb towards a larger angle at the drive rate, -1 back, 0 holds. Grabs the handle if
    /// needed.
    void push(double direction);
    /// Speed of push() (deg/s, > 0).
    void setDriveRate(double degPerSec);

    /// Sets the structural-differentiation switches (unsupported ones are ignored).
    void setSwitches(const Switches& s);
    void setNeckFlexion(bool on);
    void setAnkleDorsiflexion(bool on);
    /// Current switch state.
    const Switches& switches() const { return switches_; }

    /// The goniometer reading (deg) in the manoeuvre's convention, clamped to
    /// [scene().lowDeg, rangeDeg()] so the soft joint limit never shows past the range.
    double measuredAngleDeg() const;
    /// The unclamped joint angle (deg) in the manoeuvre's convention.
    double rawAngleDeg() const;
    /// Largest measuredAngleDeg() so far.
    double maxAngleReachedDeg() const { return maxReached_; }
    /// Largest rawAngleDeg() so far.
    double maxRawAngleDeg() const { return maxRaw_; }
    /// End of the available range (deg).
    double rangeDeg() const { return scene_.rangeDeg; }
    /// Onset (deg) under the current switches; nullopt if the case has none.
    std::optional<double> effectiveOnsetDeg() const;
    /// Symptoms are present now.
    bool symptomsActive() const { return symptomsActive_; }
    /// Symptoms have been reproduced at least once.
    bool symptomsTriggered() const { return onsetFound_.has_value(); }
    /// Goniometer angle (deg) when symptoms first started; nullopt if never.
    std::optional<double> onsetFoundDeg() const { return onsetFound_; }
    /// The end of the available range has been reached.
    bool endOfRangeReached() const { return endReached_; }
    /// Reactions since the last call, oldest first (the UI polls this each frame).
    std::vector<Reaction> takeReactions();
    /// What the student found so far.
    RecordedFinding recordedFinding() const;
    /// Action-log angle: the onset angle if symptoms were found, else the furthest angle
    /// reached (integer degrees; same as recordedFinding().loggedAngle()).
    int loggedAngle() const { return recordedFinding().loggedAngle(); }

    /// Goniometer geometry for drawing.
    Goniometer goniometer() const;
    /// The scene (parts, plinth, view rectangle).
    const Scene& scene() const { return scene_; }
    /// The case data this simulation was built from.
    const ManoeuvreSpec& spec() const { return spec_; }
    /// Where a segment is now (none if the scene has no such segment): what the interface
    /// draws from, so it needs no Box2D.
    std::optional<Pose> pose(Segment s) const;
    /// The Box2D body of a segment (nullptr if the scene has none): for the body module itself
    /// (body_draw.cpp) and its tests; the interface uses pose().
    const b2Body* body(Segment s) const { return pw_.body(s); }
    /// The static plinth body.
    const b2Body* plinth() const { return pw_.plinth; }
    /// Anatomical angle (deg) of a segment's joint with its parent (0 for the root).
    double jointAngleDeg(Segment child) const;
    /// FNV-1a hash of every body's position, angle and velocities (bit patterns).
    std::uint64_t stateHash() const;

  private:
    void createHand(b2Body* body, Vec2 point);
    void driveHand();
    void applyEndFeel();
    void servoSwitches();
    void updateResponse();
    double turnSign() const;
    b2RevoluteJoint* gaugeJoint() const;

    ManoeuvreSpec spec_;
    Scene scene_;
    PatientWorld pw_;
    b2MouseJoint* mouse_ = nullptr;
    Switches switches_;
    double driveRate_ = kDefaultDriveRateDegPerSec;
    double pendingPush_ = 0.0;
    std::optional<double> handCommandDeg_; // angle the hand is holding the limb at (deg)
    std::optional<double> handGoalDeg_;    // angle the hand is heading for (deg)
    int steps_ = 0;
    double maxReached_ = 0.0;
    double maxRaw_ = 0.0;
    std::optional<double> onsetFound_;
    Switches switchesAtOnset_;
    bool symptomsActive_ = false;
    bool endReached_ = false;
    std::vector<Reaction> reactions_;
};

} // namespace rc::body
