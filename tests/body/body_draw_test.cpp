#include "game/body/body_draw.hpp"
#include "game/body/exam_driver.hpp"
#include "game/body/exam_sim.hpp"
#include "tests/body/shipped_spec.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <vector>

using namespace rc::body;
using namespace rc::body::test;

namespace {

struct Shape {
    char kind; // p polygon, c circle, s segment, a arc
    DrawTag tag;
    std::vector<Vec2> points;
    float startRad = 0, endRad = 0;
};

class Recorder : public BodyDraw {
  public:
    std::vector<Shape> shapes;
    void drawPolygon(const Vec2* v, int n, const DrawTag& tag) override {
        shapes.push_back({'p', tag, std::vector<Vec2>(v, v + n)});
    }
    void drawCircle(Vec2 c, float r, const DrawTag& tag) override {
        shapes.push_back({'c', tag, {c, {c.x + r, c.y}}});
    }
    void drawSegment(Vec2 a, Vec2 b, const DrawTag& tag) override {
        shapes.push_back({'s', tag, {a, b}});
    }
    void drawArc(Vec2 c, float r, float a0, float a1, const DrawTag& tag) override {
        shapes.push_back({'a', tag, {c, {c.x + r, c.y}}, a0, a1});
    }
    int count(char kind, DrawRole role) const {
        int n = 0;
        for (const Shape& s : shapes)
            n += (s.kind == kind && s.tag.role == role);
        return n;
    }
    const Shape* find(Segment seg) const {
        for (const Shape& s : shapes)
            if (s.tag.segment == seg) return &s;
        return nullptr;
    }
};

} // namespace

TEST_CASE("drawExam emits plinth then body then limb then goniometer") {
    for (Manoeuvre m : {Manoeuvre::slr, Manoeuvre::slump, Manoeuvre::hipIr}) {
        const std::string id = manoeuvreId(m);
        CAPTURE(id);
        ManoeuvreSpec spec = shippedSpec(m);
        ExamSimulation sim(spec);
        Recorder r;
        drawExam(sim, r);
        REQUIRE_FALSE(r.shapes.empty());
        CHECK(r.shapes.front().tag.role == DrawRole::furniture);
        CHECK(r.count('p', DrawRole::furniture) == 3); // top and two legs
        CHECK(r.count('c', DrawRole::body) == 1);      // the head
        CHECK(r.count('s', DrawRole::goniometer) == 2);
        CHECK(r.count('a', DrawRole::goniometer) == 1);
        CHECK(r.count('s', DrawRole::hand) == 0); // not held
        int lastBody = -1, firstTested = -1;
        for (int i = 0; i < static_cast<int>(r.shapes.size()); ++i) {
            if (r.shapes[i].tag.role == DrawRole::body) lastBody = i;
            if (r.shapes[i].tag.role == DrawRole::tested && firstTested < 0) firstTested = i;
        }
        CHECK(lastBody < firstTested);
        const Rect view = sim.scene().view;
        for (const Shape& s : r.shapes)
            for (const Vec2& p : s.points) {
                CHECK(p.x >= view.min.x);
                CHECK(p.x <= view.max.x);
                CHECK(p.y >= view.min.y);
                CHECK(p.y <= view.max.y);
            }
    }
}

TEST_CASE("the drawn leg rises with the SLR and the hand and symptoms show") {
    ManoeuvreSpec spec = shippedSpec(Manoeuvre::slr);
    spec.onsetDeg = 40.0;
    ExamSimulation sim(spec);
    Recorder before;
    drawExam(sim, before);
    drive(sim);
    Recorder after;
    drawExam(sim, after);
    const Shape* foot0 = before.find(Segment::footRight);
    const Shape* foot1 = after.find(Segment::footRight);
    REQUIRE(foot0 != nullptr);
    REQUIRE(foot1 != nullptr);
    CHECK(foot1->points[0].y > foot0->points[0].y + 0.4f);
    CHECK(foot1->tag.symptomatic);
    CHECK_FALSE(foot0->tag.symptomatic);
    CHECK(after.count('s', DrawRole::hand) == 1);
    for (const Shape& s : after.shapes)
        if (s.kind == 'a') {
            const double swept = std::abs(s.endRad - s.startRad) * 180.0 / 3.14159265358979;
            CHECK(swept == doctest::Approx(sim.measuredAngleDeg()).epsilon(1e-3));
        }
}
