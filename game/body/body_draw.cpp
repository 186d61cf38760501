#include "game/body/body_draw.hpp"

#include "game/body/exam_sim.hpp"

#include <box2d/box2d.h>
#include <cmath>

namespace rc::body {

namespace {

Vec2 fromB2(b2Vec2 v) {
    return {v.x, v.y};
}

void drawBody(const b2Body& body, const DrawTag& tag, BodyDraw& draw) {
    const b2Transform& xf = body.GetTransform();
    for (const b2Fixture* f = body.GetFixtureList(); f; f = f->GetNext()) {
        const b2Shape* shape = f->GetShape();
        if (shape->GetType() == b2Shape::e_circle) {
            const auto* circle = static_cast<const b2CircleShape*>(shape);
            draw.drawCircle(fromB2(b2Mul(xf, circle->m_p)), circle->m_radius, tag);
        } else if (shape->GetType() == b2Shape::e_polygon) {
            const auto* poly = static_cast<const b2PolygonShape*>(shape);
            Vec2 vertices[b2_maxPolygonVertices];
            for (int i = 0; i < poly->m_count; ++i)
                vertices[i] = fromB2(b2Mul(xf, poly->m_vertices[i]));
            draw.drawPolygon(vertices, poly->m_count, tag);
        }
    }
}

void drawRole(const ExamSimulation& sim, DrawRole role, BodyDraw& draw) {
    for (const PartSetup& part : sim.scene().parts) {
        if (part.role != role) continue;
        const b2Body* body = sim.body(part.id);
        if (!body) continue;
        DrawTag tag{role, part.id, role == DrawRole::tested && sim.symptomsActive()};
        drawBody(*body, tag, draw);
    }
}

Vec2 along(Vec2 c, float radius, float angle) {
    return {c.x + radius * std::cos(angle), c.y + radius * std::sin(angle)};
}

} // namespace

void drawExam(const ExamSimulation& sim, BodyDraw& draw) {
    drawBody(*sim.plinth(), DrawTag{DrawRole::furniture, Segment::count, false}, draw);
    drawRole(sim, DrawRole::far, draw);
    drawRole(sim, DrawRole::body, draw);
    drawRole(sim, DrawRole::tested, draw);

    const Goniometer g = sim.goniometer();
    const DrawTag gauge{DrawRole::goniometer, Segment::count, false};
    draw.drawSegment(g.centre, along(g.centre, g.radius, g.zeroRad), gauge);
    draw.drawSegment(g.centre, along(g.centre, g.radius, g.currentRad), gauge);
    draw.drawArc(g.centre, 0.6f * g.radius, g.zeroRad, g.currentRad, gauge);

    if (sim.grabbed())
        draw.drawSegment(sim.handAnchor(), sim.handTarget(),
                         DrawTag{DrawRole::hand, Segment::count, false});
}

} // namespace rc::body
