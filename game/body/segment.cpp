#include "game/body/segment.hpp"

#include <array>

namespace rc::body {

namespace {

// clang-format off
// Adult of about 70 kg; segment masses after Winter's anthropometric tables, rounded.
const std::array<SegmentSpec, kSegmentCount> kTable{{
    // id                parent            shape             centre           halfSize         kg     anchor          sign  min   max
    {Segment::pelvis,     Segment::pelvis,     ShapeKind::box,    {0.0f, 0.065f},  {0.10f, 0.115f},  10.0f, {0.0f, 0.0f},    1.0f,   0.0f,   0.0f},
    {Segment::trunk,      Segment::pelvis,     ShapeKind::box,    {0.0f, 0.25f},   {0.11f, 0.25f},   28.0f, {-0.01f, 0.18f}, -1.0f, -20.0f, 60.0f},
    {Segment::neck,       Segment::trunk,      ShapeKind::box,    {0.0f, 0.05f},   {0.045f, 0.05f},   1.5f, {0.03f, 0.50f},  -1.0f, -30.0f, 50.0f},
    {Segment::head,       Segment::neck,       ShapeKind::circle, {0.02f, 0.11f},  {0.10f, 0.10f},    5.0f, {0.0f, 0.10f},   -1.0f, -20.0f, 20.0f},
    {Segment::thighLeft,  Segment::pelvis,     ShapeKind::box,    {0.0f, -0.225f}, {0.075f, 0.225f},  7.0f, {0.0f, 0.0f},    1.0f, -20.0f, 125.0f},
    {Segment::shankLeft,  Segment::thighLeft,  ShapeKind::box,    {0.0f, -0.215f}, {0.055f, 0.215f},  3.3f, {0.0f, -0.45f}, -1.0f,   0.0f, 140.0f},
    {Segment::footLeft,   Segment::shankLeft,  ShapeKind::box,    {0.07f, -0.035f},{0.12f, 0.035f},   1.0f, {0.0f, -0.43f},  1.0f, -40.0f, 20.0f},
    {Segment::thighRight, Segment::pelvis,     ShapeKind::box,    {0.0f, -0.225f}, {0.075f, 0.225f},  7.0f, {0.0f, 0.0f},    1.0f, -20.0f, 125.0f},
    {Segment::shankRight, Segment::thighRight, ShapeKind::box,    {0.0f, -0.215f}, {0.055f, 0.215f},  3.3f, {0.0f, -0.45f}, -1.0f,   0.0f, 140.0f},
    {Segment::footRight,  Segment::shankRight, ShapeKind::box,    {0.07f, -0.035f},{0.12f, 0.035f},   1.0f, {0.0f, -0.43f},  1.0f, -40.0f, 20.0f},
}};
// clang-format on

} // namespace

const char* sideId(Side s) {
    return s == Side::left ? "left" : "right";
}

Segment thigh(Side s) {
    return s == Side::left ? Segment::thighLeft : Segment::thighRight;
}
Segment shank(Side s) {
    return s == Side::left ? Segment::shankLeft : Segment::shankRight;
}
Segment foot(Side s) {
    return s == Side::left ? Segment::footLeft : Segment::footRight;
}

const char* segmentId(Segment s) {
    switch (s) {
    case Segment::pelvis:
        return "pelvis";
    case Segment::trunk:
        return "trunk";
    case Segment::neck:
        return "neck";
    case Segment::head:
        return "head";
    case Segment::thighLeft:
        return "thigh-left";
    case Segment::shankLeft:
        return "shank-left";
    case Segment::footLeft:
        return "foot-left";
    case Segment::thighRight:
        return "thigh-right";
    case Segment::shankRight:
        return "shank-right";
    case Segment::footRight:
        return "foot-right";
    case Segment::count:
        break;
    }
    return "?";
}

const SegmentSpec& segmentSpec(Segment s) {
    return kTable[static_cast<std::size_t>(index(s))];
}

} // namespace rc::body
