#pragma once

#include "game/body/manoeuvre.hpp"
#include "game/body/segment.hpp"
#include "game/body/vec2.hpp"

#include <vector>

namespace rc::body {

/// How a joint behaves during a manoeuvre.
enum class JointMode {
    locked,   ///< held at startDeg (the examiner or the position holds it)
    free,     ///< moves between lowerDeg and upperDeg with a little friction
    switched, ///< driven by a motor to a switch position (neck flexion, ankle dorsiflexion)
};

/// One joint of the scene, in anatomical degrees (see SegmentSpec::jointSign).
struct JointSetup {
    JointMode mode = JointMode::locked; ///< behaviour
    float sign = 1.0f;                  ///< anatomical angle = sign x Box2D joint angle
    double startDeg = 0.0;              ///< initial anatomical angle (deg)
    double lowerDeg = 0.0;              ///< lower limit (deg) when free or switched
    double upperDeg = 0.0;              ///< upper limit (deg) when free or switched
};

/// How the drawing should treat a part.
enum class DrawRole {
    furniture,  ///< plinth
    far,        ///< the limb on the far side of the body (draw behind, darker)
    body,       ///< pelvis, trunk, neck, head
    tested,     ///< the limb being moved (draw in front)
    goniometer, ///< goniometer arms and arc
    hand,       ///< the examiner's hand: line from the grab point to the drag target
};

/// One segment placed in the world.
struct PartSetup {
    Segment id = Segment::pelvis;     ///< which segment
    Segment parent = Segment::pelvis; ///< parent; equal to id for the root
    ShapeKind shape = ShapeKind::box; ///< box or circle
    Vec2 centre;                      ///< shape centre in the part's frame (m)
    Vec2 halfSize;                    ///< box half extents (m); circle radius = halfSize.x
    float massKg = 1.0f;              ///< mass (kg)
    Vec2 position;                    ///< world position of the part's origin = its joint (m)
    float angleRad = 0.0f;            ///< world rotation (rad, counter-clockwise)
    JointSetup joint;                 ///< joint with the parent (unused for the root)
    DrawRole role = DrawRole::body;   ///< drawing hint
};

/// An axis-aligned rectangle in world metres.
struct Rect {
    Vec2 min; ///< lower-left corner (m)
    Vec2 max; ///< upper-right corner (m)
};

/// The position the patient is put in for one manoeuvre: pure data, no Box2D.
/// World frame: metres, y up, floor at y = 0, plinth top at y = kPlinthTop. Sagittal scenes are
/// seen from the patient's right side (supine: head to the left); hip IR is seen from the front
/// (x = patient's left).
struct Scene {
    Manoeuvre manoeuvre = Manoeuvre::slr;   ///< the manoeuvre
    Side moved = Side::right;               ///< the leg the examiner moves
    Side symptomatic = Side::right;         ///< where the symptoms are felt
    bool frontView = false;                 ///< hip IR: seen from the front, not the side
    std::vector<PartSetup> parts;           ///< root first, parents before children
    std::vector<Rect> furniture;            ///< plinth top and legs (static)
    Segment gaugeSegment = Segment::pelvis; ///< child segment of the measured joint
    /// Manoeuvre angle (deg) = gaugeOffsetDeg + gaugeScale x anatomical angle of the gauge joint.
    double gaugeOffsetDeg = 0.0;
    double gaugeScale = 1.0;                 ///< +1 or -1
    double lowDeg = 0.0;                     ///< start of the manoeuvre's range (deg)
    double rangeDeg = 80.0;                  ///< end of the available range (deg)
    Segment handleSegment = Segment::pelvis; ///< where the examiner's hand holds by default
    Vec2 handleLocal;                        ///< hand hold in that segment's frame (m)
    std::vector<Segment> grabbable;          ///< segments the student may take hold of
    float endFeelTorque = 100.0f;            ///< resisting torque (N m) at the end of range
    float handMaxForce = 500.0f;             ///< strongest pull of the examiner's hand (N)
    Rect view;                               ///< world rectangle the UI should show (m)
};

/// Plinth height (m).
constexpr float kPlinthTop = 0.70f;
/// The last part of the range (deg) over which the end-feel resistance rises.
constexpr double kEndFeelZoneDeg = 10.0;

/// The scene for a manoeuvre with the case's range.
Scene makeScene(const ManoeuvreSpec& spec);

/// Find a part by segment; nullptr if the scene has none.
const PartSetup* findPart(const Scene& scene, Segment s);

} // namespace rc::body
