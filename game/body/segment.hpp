#pragma once

#include "game/body/vec2.hpp"

namespace rc::body {

/// Body side, as the patient names it.
enum class Side { left, right };

/// The other side.
constexpr Side opposite(Side s) {
    return s == Side::left ? Side::right : Side::left;
}

/// "left" or "right".
const char* sideId(Side s);

/// The segments of the patient body. Parents come before their children.
enum class Segment {
    pelvis,
    trunk,
    neck,
    head,
    thighLeft,
    shankLeft,
    footLeft,
    thighRight,
    shankRight,
    footRight,
    count
};

/// Number of segments.
constexpr int kSegmentCount = static_cast<int>(Segment::count);

/// Index of a segment into per-segment arrays.
constexpr int index(Segment s) {
    return static_cast<int>(s);
}

/// The thigh, shank or foot of one side.
Segment thigh(Side s);
Segment shank(Side s);
Segment foot(Side s);

/// Name for messages and tests ("thigh-right").
const char* segmentId(Segment s);

/// Shape of a segment's single fixture.
enum class ShapeKind { box, circle };

/// One segment of the sagittal body, described in its own frame: the origin is the joint with its
/// parent (the pelvis frame's origin is the hip centre), drawn in the standing neutral posture
/// facing +x with y up. All lengths in metres, masses in kilograms, angles in degrees.
struct SegmentSpec {
    Segment id;          ///< this segment
    Segment parent;      ///< parent segment; equal to id for the root (pelvis)
    ShapeKind shape;     ///< box or circle
    Vec2 centre;         ///< shape centre in the segment frame (m)
    Vec2 halfSize;       ///< box half extents (m); a circle's radius is halfSize.x
    float massKg;        ///< segment mass (kg) for a 70 kg adult; density = mass / area
    Vec2 anchorInParent; ///< joint centre in the parent's frame (m)
    /// Anatomical angle (deg; flexion, or dorsiflexion at the ankle) = jointSign x Box2D joint
    /// angle. +1 hip and ankle, -1 knee, lumbar spine and neck (they flex clockwise seen from the
    /// patient's right).
    float jointSign;
    float minDeg; ///< healthy lower limit of the anatomical angle (deg)
    float maxDeg; ///< healthy upper limit of the anatomical angle (deg)
};

/// The sagittal body table, indexed by Segment.
const SegmentSpec& segmentSpec(Segment s);

} // namespace rc::body
