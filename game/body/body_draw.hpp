#pragma once

#include "game/body/scene.hpp"
#include "game/body/segment.hpp"
#include "game/body/vec2.hpp"

namespace rc::body {

class ExamSimulation;

/// What a drawn shape is, so the renderer can pick colours and layers.
struct DrawTag {
    DrawRole role = DrawRole::body;   ///< plinth, far limb, body, tested limb, goniometer, hand
    Segment segment = Segment::count; ///< the body segment; Segment::count for non-body shapes
    bool symptomatic = false;         ///< the patient has symptoms now (tested limb only)
};

/// Drawing callbacks the UI implements (as Box2D's b2Draw). All coordinates are world metres with
/// y up; angles are radians counter-clockwise from +x. The UI maps metres to pixels (flip y) with
/// the rectangle ExamSimulation::scene().view.
class BodyDraw {
  public:
    virtual ~BodyDraw() = default;
    /// A filled convex polygon, vertices counter-clockwise.
    virtual void drawPolygon(const Vec2* vertices, int count, const DrawTag& tag) = 0;
    /// A filled circle.
    virtual void drawCircle(Vec2 centre, float radius, const DrawTag& tag) = 0;
    /// A line (goniometer arms, the hand's pull).
    virtual void drawSegment(Vec2 from, Vec2 to, const DrawTag& tag) = 0;
    /// An arc from startRad to endRad (either direction), e.g. the goniometer's swept angle.
    virtual void drawArc(Vec2 centre, float radius, float startRad, float endRad,
                         const DrawTag& tag) = 0;
};

/// Emits the whole scene in painter's order: plinth, far limb, pelvis/trunk/neck/head, tested
/// limb, goniometer (two arms and the arc), then the hand's pull if the limb is held.
void drawExam(const ExamSimulation& sim, BodyDraw& draw);

} // namespace rc::body
