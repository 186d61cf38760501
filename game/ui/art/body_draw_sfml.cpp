#include "game/ui/art/body_draw_sfml.hpp"

#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace rc::ui {

using rc::body::DrawRole;
using rc::body::DrawTag;
using rc::body::Segment;
using rc::body::Vec2;

namespace {

/// The goniometer is drawn this much larger than the body's geometry gives it.
constexpr float kGaugeScale = 1.7f;

/// Points for each rounded corner of `radiusPx`, and for an ellipse of mean radius `radiusPx`:
/// as few as keep the outline within about half a pixel of the true curve (the softened edge
/// hides the rest). Every triangle costs a software rasteriser time, and the body is redrawn
/// on every frame the leg moves: fixed counts of 6 a corner and 36-48 an ellipse drew about
/// twice the triangles a 15-25 px curve needs.
int cornerSegments(float radiusPx) {
    return std::clamp(static_cast<int>(std::ceil(radiusPx / 6.0f)), 2, 6);
}

int ellipsePointCount(float radiusPx) {
    return std::clamp(static_cast<int>(std::ceil(2 * kPi * radiusPx / 6.0f)), 12, 48);
}

/// The goniometer's label goes outside the arc (radius already enlarged) on its bisector.
sf::Vector2f gaugeLabelAnchor(const WorldToScreen& map, Vec2 centre, float radius, float startRad,
                              float endRad) {
    const float mid = (startRad + endRad) / 2;
    const float lr = radius + 40.0f / map.scale();
    return map({centre.x + lr * std::cos(mid), centre.y + lr * std::sin(mid)});
}

float length(sf::Vector2f v) {
    return std::sqrt(v.x * v.x + v.y * v.y);
}
sf::Vector2f unit(sf::Vector2f v) {
    const float l = length(v);
    return l > 1e-6f ? v / l : sf::Vector2f(0, 0);
}

// A polyline of the given width as one triangle strip (one draw call).
void stroke(sf::RenderTarget& t, const std::vector<sf::Vector2f>& pts, float width, sf::Color c) {
    if (pts.size() < 2) return;
    sf::VertexArray strip(sf::TriangleStrip);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const sf::Vector2f d = unit(pts[std::min(i + 1, pts.size() - 1)] - pts[i > 0 ? i - 1 : 0]);
        const sf::Vector2f n(-d.y * width / 2, d.x * width / 2);
        strip.append({pts[i] + n, c});
        strip.append({pts[i] - n, c});
    }
    t.draw(strip);
}

// A dashed line as one batch of quads.
void dashed(sf::RenderTarget& t, sf::Vector2f a, sf::Vector2f b, float width, float dash,
            sf::Color c) {
    const sf::Vector2f d = b - a;
    const float len = length(d);
    if (len < 1) return;
    const sf::Vector2f u = d / len, n(-u.y * width / 2, u.x * width / 2);
    sf::VertexArray quads(sf::Triangles);
    for (float s0 = 0; s0 < len; s0 += 2 * dash) {
        const sf::Vector2f p0 = a + u * s0, p1 = a + u * std::min(len, s0 + dash);
        for (const sf::Vector2f& p : {p0 + n, p0 - n, p1 + n, p1 + n, p0 - n, p1 - n})
            quads.append({p, c});
    }
    t.draw(quads);
}

bool isThigh(Segment s) {
    return s == Segment::thighLeft || s == Segment::thighRight;
}
bool isShank(Segment s) {
    return s == Segment::shankLeft || s == Segment::shankRight;
}
bool isFoot(Segment s) {
    return s == Segment::footLeft || s == Segment::footRight;
}
bool isLegOf(Segment s, rc::body::Side side) {
    return s == rc::body::thigh(side) || s == rc::body::shank(side) || s == rc::body::foot(side);
}

Vec2 worldPoint(const rc::body::Pose& pose, Vec2 local) {
    return pose.toWorld(local);
}

/// Where each kind of shape of drawExam() can put pixels, padded for softened edges, hair,
/// arms, the foot and the enlarged goniometer. BodyFootprint reports these boxes; SfmlBodyDraw
/// skips a shape whose box misses the part being repainted.
sf::FloatRect padded(sf::FloatRect box, float pad) {
    return {box.left - pad, box.top - pad, box.width + 2 * pad, box.height + 2 * pad};
}

sf::FloatRect polygonExtent(const WorldToScreen& map, const Vec2* vertices, int count,
                            const DrawTag& tag) {
    sf::Vector2f lo = map(vertices[0]), hi = lo;
    for (int i = 1; i < count; ++i) {
        const sf::Vector2f p = map(vertices[i]);
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)},
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    // Rounded corners, clothes and the symptom glow stay inside the polygon; its softened
    // edge and antialiasing reach a pixel out. The trunk's arms and the drawn foot (heel and
    // toes) reach past their polygons. Every pixel of padding is repainted on each frame the
    // segment moves.
    const bool reaches = tag.segment == Segment::trunk || isFoot(tag.segment);
    return padded({lo, hi - lo}, reaches ? std::max(4.0f, map.scale() * 0.03f) : 2.0f);
}

sf::FloatRect circleExtent(const WorldToScreen& map, Vec2 centre, float radius,
                           const DrawTag& tag) {
    const sf::Vector2f c = map(centre);
    const float r = radius * map.scale();
    // The head's hair and nose reach past its circle.
    const float pad =
        (tag.segment == Segment::head ? r * 0.6f : 0.0f) + std::max(4.0f, map.scale() * 0.03f);
    return padded({c.x - r, c.y - r, 2 * r, 2 * r}, pad);
}

/// A goniometer arm is drawn longer than the body's segment; the examiner's hand is a disc.
sf::FloatRect segmentExtent(const WorldToScreen& map, Vec2 from, Vec2 to, const DrawTag& tag) {
    const sf::Vector2f a = map(from);
    sf::Vector2f b = map(to);
    float pad = std::max(6.0f, map.scale() * 0.02f);
    if (tag.role == DrawRole::goniometer) b = a + (b - a) * kGaugeScale;
    if (tag.role == DrawRole::hand) pad = std::max(7.0f, map.scale() * 0.035f) + 4;
    return padded(
        {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)}, pad);
}

/// The swept sector's own bounds (centre and rim), so a change of angle alone moves them.
/// `radius` is the drawn one (already enlarged).
sf::FloatRect arcExtent(const WorldToScreen& map, Vec2 centre, float radius, float startRad,
                        float endRad) {
    sf::Vector2f lo = map(centre), hi = lo;
    const int n = 16;
    for (int i = 0; i <= n; ++i) {
        const float a = startRad + (endRad - startRad) * i / n;
        const sf::Vector2f p =
            map({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)},
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    return padded({lo, hi - lo}, std::max(6.0f, map.scale() * 0.012f));
}

} // namespace

// ---- WorldToScreen ----------------------------------------------------------------------

WorldToScreen::WorldToScreen(const rc::body::Rect& view, const sf::FloatRect& box, bool mirror)
    : mirror_(mirror) {
    const float vw = std::max(0.01f, view.max.x - view.min.x);
    const float vh = std::max(0.01f, view.max.y - view.min.y);
    scale_ = std::min(box.width / vw, box.height / vh);
    // Centre horizontally; sit the floor (view.min.y) on the bottom of the box.
    const float left = box.left + (box.width - vw * scale_) / 2;
    oy_ = box.top + box.height + view.min.y * scale_;
    ox_ = mirror ? left + view.max.x * scale_ : left - view.min.x * scale_;
}

sf::Vector2f WorldToScreen::operator()(Vec2 w) const {
    return {mirror_ ? ox_ - w.x * scale_ : ox_ + w.x * scale_, oy_ - w.y * scale_};
}

Vec2 WorldToScreen::toWorld(sf::Vector2f p) const {
    return {mirror_ ? (ox_ - p.x) / scale_ : (p.x - ox_) / scale_, (oy_ - p.y) / scale_};
}

// ---- roundPolygon -----------------------------------------------------------------------

std::vector<sf::Vector2f> roundPolygon(const std::vector<sf::Vector2f>& pts, float radius,
                                       int segments) {
    const std::size_t n = pts.size();
    if (n < 3 || radius <= 0.0f) return pts;
    std::vector<sf::Vector2f> out;
    out.reserve(n * static_cast<std::size_t>(segments + 1));
    for (std::size_t i = 0; i < n; ++i) {
        const sf::Vector2f v = pts[i], prev = pts[(i + n - 1) % n], next = pts[(i + 1) % n];
        const float r = std::min({radius, 0.499f * length(prev - v), 0.499f * length(next - v)});
        const sf::Vector2f a = v + unit(prev - v) * r, b = v + unit(next - v) * r;
        // A quadratic Bezier from a to b with its control point on the corner.
        for (int k = 0; k <= segments; ++k) {
            const float t = static_cast<float>(k) / static_cast<float>(segments);
            const float u = 1.0f - t;
            out.push_back(a * (u * u) + v * (2 * u * t) + b * (t * t));
        }
    }
    return out;
}

// ---- SfmlBodyDraw -----------------------------------------------------------------------

SfmlBodyDraw::SfmlBodyDraw(sf::RenderTarget& target, const rc::body::ExamSimulation& sim,
                           const WorldToScreen& map, const BodyStyle& style)
    : t_(target), sim_(sim), map_(map), style_(style) {}

void SfmlBodyDraw::shape(const std::vector<sf::Vector2f>& pts, sf::Color fill, bool soften) {
    if (pts.size() < 3) return;
    // A faint outline in the fill colour: cheap edge smoothing on a window without multisampling.
    t_.draw(soften ? PolygonShape(pts, fill,
                                  withAlpha(fill, static_cast<std::uint8_t>(fill.a * 0.45f)), 0.8f)
                   : PolygonShape(pts, fill));
}

sf::Color SfmlBodyDraw::fillFor(const DrawTag& tag) const {
    sf::Color c = style_.skin;
    switch (tag.segment) {
    case Segment::pelvis:
        c = style_.shorts;
        break;
    case Segment::trunk:
        c = style_.shirt;
        break;
    default:
        break;
    }
    if (tag.role == DrawRole::far) c = mix(c, sf::Color(0x2A, 0x33, 0x3D), 0.22f);
    return c;
}

bool SfmlBodyDraw::deferred(const DrawTag& tag, std::function<void()> draw) {
    // Front view: the far knee points at the viewer, in front of the pelvis; draw the far leg
    // after the body, just before the tested leg.
    if (!sim_.scene().frontView || replaying_) return false;
    if (tag.role == DrawRole::far) {
        deferred_.push_back(std::move(draw));
        return true;
    }
    if (tag.role != DrawRole::body && tag.role != DrawRole::furniture && !deferred_.empty()) {
        replaying_ = true;
        for (auto& d : deferred_)
            d();
        deferred_.clear();
        replaying_ = false;
    }
    return false;
}

void SfmlBodyDraw::drawPolygon(const Vec2* vertices, int count, const DrawTag& tag) {
    if (deferred(tag, [this, v = std::vector<Vec2>(vertices, vertices + count), tag] {
            drawPolygon(v.data(), static_cast<int>(v.size()), tag);
        }))
        return;
    if (count <= 0 || !cull_.intersects(polygonExtent(map_, vertices, count, tag))) return;
    std::vector<sf::Vector2f> pts;
    pts.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        pts.push_back(map_(vertices[i]));
    float minEdge = 1e9f;
    for (std::size_t i = 0; i < pts.size(); ++i)
        minEdge = std::min(minEdge, length(pts[(i + 1) % pts.size()] - pts[i]));

    if (tag.role == DrawRole::furniture) {
        // The cushioned top is wide; the legs are narrow and tall.
        sf::Vector2f lo = pts[0], hi = pts[0];
        for (const auto& p : pts)
            lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)},
            hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
        const sf::FloatRect r(lo, hi - lo);
        if (r.width > r.height) {
            const float rad = std::min(r.height * 0.45f, map_.scale() * 0.03f);
            roundedRect(t_, {r.left, r.top + r.height * 0.55f, r.width, r.height * 0.45f},
                        rad * 0.5f, style_.plinthFrame);
            roundedRect(t_, {r.left, r.top, r.width, r.height * 0.7f}, rad, style_.plinth);
        } else {
            roundedRect(t_, r, std::min(r.width * 0.3f, 3.0f), style_.plinthFrame);
        }
        return;
    }

    const sf::Color fill = fillFor(tag);
    const bool limb = isThigh(tag.segment) || isShank(tag.segment) || tag.segment == Segment::neck;
    const float radius = limb                  ? minEdge * 0.5f
                         : isFoot(tag.segment) ? minEdge * 0.5f
                                               : minEdge * 0.3f;
    const std::optional<rc::body::Pose> body =
        tag.segment != Segment::count ? sim_.pose(tag.segment) : std::nullopt;
    if (body && isFoot(tag.segment) && !sim_.scene().frontView) {
        // Side view: a foot rather than a box (heel, sole, instep tapering to the toes).
        static const Vec2 kFoot[] = {{-0.035f, -0.015f}, {-0.05f, -0.05f}, {-0.03f, -0.07f},
                                     {0.17f, -0.07f},    {0.19f, -0.055f}, {0.175f, -0.038f},
                                     {0.04f, 0.004f},    {-0.01f, 0.01f}};
        std::vector<sf::Vector2f> foot;
        for (const Vec2& v : kFoot)
            foot.push_back(map_(worldPoint(*body, v)));
        const float footRadius = 0.018f * map_.scale();
        shape(roundPolygon(foot, footRadius, cornerSegments(footRadius)), fill);
    } else {
        shape(roundPolygon(pts, radius, cornerSegments(radius)), fill);
    }

    // The symptomatic leg glows vermillion while symptoms are on (a body-chart flash).
    if (style_.flash > 0.0f && isLegOf(tag.segment, style_.symptomatic) && !isFoot(tag.segment)) {
        const bool front = sim_.scene().frontView;
        if (isThigh(tag.segment) ||
            (!front && isShank(tag.segment) && sim_.scene().manoeuvre != rc::body::Manoeuvre::pkb))
            shape(roundPolygon(pts, radius, cornerSegments(radius)),
                  withAlpha(style_.pain, static_cast<std::uint8_t>(125 * style_.flash)), false);
    }
    // Shorts over the top of the thigh (side views): a band from the hip down a third of it.
    if (body && isThigh(tag.segment) && count == 4 && !sim_.scene().frontView) {
        const auto& spec = rc::body::segmentSpec(tag.segment);
        const float hx = spec.halfSize.x, top = spec.centre.y + spec.halfSize.y;
        const float hem = spec.centre.y + spec.halfSize.y * 0.2f;
        std::vector<sf::Vector2f> band = {
            map_(worldPoint(*body, {-hx, hem})), map_(worldPoint(*body, {hx, hem})),
            map_(worldPoint(*body, {hx, top})), map_(worldPoint(*body, {-hx, top}))};
        const sf::Color sc = tag.role == DrawRole::far
                                 ? mix(style_.shorts, sf::Color(0x2A, 0x33, 0x3D), 0.22f)
                                 : style_.shorts;
        shape(roundPolygon(band, minEdge * 0.5f, cornerSegments(minEdge * 0.5f)), sc);
        // Keep the hem square: redraw its lower half without rounding.
        std::vector<sf::Vector2f> hemBand = {band[0], band[1],
                                             map_(worldPoint(*body, {hx, (hem + top) / 2})),
                                             map_(worldPoint(*body, {-hx, (hem + top) / 2}))};
        shape(hemBand, sc);
    }
    // The near arm rests along the trunk.
    if (body && tag.segment == Segment::trunk) {
        const sf::Color arm = mix(style_.skin, sf::Color(0x2A, 0x33, 0x3D), 0.05f);
        const float w = 0.042f * map_.scale();
        if (sim_.scene().frontView) {
            for (float s : {-1.0f, 1.0f}) {
                const sf::Vector2f sh = map_(worldPoint(*body, {s * 0.15f, 0.46f}));
                const sf::Vector2f hand = map_(worldPoint(*body, {s * 0.20f, 0.02f}));
                capsule(t_, sh, hand, w, arm);
                capsule(t_, sh, sh + (hand - sh) * 0.2f, w * 1.15f, style_.shirt);
            }
        } else {
            const sf::Vector2f sh = map_(worldPoint(*body, {0.0f, 0.44f}));
            const sf::Vector2f hand = map_(worldPoint(*body, {0.02f, 0.0f}));
            capsule(t_, sh, hand, w, arm);
            capsule(t_, sh, sh + (hand - sh) * 0.3f, w * 1.15f,
                    mix(style_.shirt, sf::Color::Black, 0.06f));
        }
    }
}

void SfmlBodyDraw::drawHead(Vec2 centre, float radius, const DrawTag& tag) {
    const sf::Vector2f c = map_(centre);
    const float r = radius * map_.scale();
    const std::optional<rc::body::Pose> head = sim_.pose(Segment::head);
    const sf::Color skin = fillFor(tag);
    if (sim_.scene().frontView || !head) {
        // Seen from the front: hair around the top, two eyes.
        const float hr = r * 1.06f;
        if (style_.female)
            roundedRect(t_, {c.x - hr, c.y - hr, 2 * hr, hr * 1.75f}, hr * 0.95f, style_.hair);
        shape(ellipsePoints(c, {r * 0.92f, r}, ellipsePointCount(r)), skin);
        std::vector<sf::Vector2f> cap;
        for (const auto& p : ellipsePoints(c, {r * 0.96f, r * 1.04f}, 2 * ellipsePointCount(r)))
            if (p.y <= c.y - r * 0.35f) cap.push_back(p);
        shape(cap, style_.hair);
        const sf::Color ink = mix(skin, style_.ink, 0.75f);
        for (float s : {-1.0f, 1.0f})
            disc(t_, c + sf::Vector2f(s * r * 0.35f, r * 0.05f), std::max(1.5f, r * 0.08f), ink);
        return;
    }
    // Side view: the face looks along the head's +x; hair covers the back and the crown.
    const float a = head->angle;
    const Vec2 fwdW{std::cos(a), std::sin(a)}, upW{-std::sin(a), std::cos(a)};
    const auto dir = [&](Vec2 d) {
        const sf::Vector2f p = map_({centre.x + d.x, centre.y + d.y});
        return unit(p - c);
    };
    const sf::Vector2f fwd = dir(fwdW), up = dir(upW);
    if (style_.female) {
        // A bob falling behind the head.
        const sf::Vector2f back = c - fwd * (r * 0.35f) - up * (r * 0.25f);
        shape(ellipsePoints(back, {r * 0.95f, r * 0.95f}, ellipsePointCount(r)), style_.hair);
    }
    shape(ellipsePoints(c, {r, r}, ellipsePointCount(r)), skin);
    // Nose.
    disc(t_, c + fwd * (r * 0.96f) - up * (r * 0.05f), r * 0.16f, skin);
    // Hair cap from the brow over the crown to the nape (a circle segment under 180 degrees).
    const auto arc = [&](sf::Vector2f from, sf::Vector2f to, std::vector<sf::Vector2f>& out) {
        const float a0 = std::atan2(from.y, from.x);
        float d = std::atan2(to.y, to.x) - a0;
        while (d > kPi)
            d -= 2 * kPi;
        while (d < -kPi)
            d += 2 * kPi;
        for (int i = 0; i <= 12; ++i) {
            const float t = a0 + d * static_cast<float>(i) / 12.0f;
            out.push_back(c + sf::Vector2f(std::cos(t), std::sin(t)) * (r * 1.04f));
        }
    };
    std::vector<sf::Vector2f> cap;
    arc(unit(up + fwd * 0.35f), -fwd, cap);
    arc(-fwd, unit(-fwd - up * 0.6f), cap);
    shape(cap, style_.hair);
    // Eye and ear.
    const sf::Color ink = mix(skin, style_.ink, 0.75f);
    disc(t_, c + fwd * (r * 0.55f) + up * (r * 0.12f), std::max(1.5f, r * 0.085f), ink);
    disc(t_, c - fwd * (r * 0.08f), r * 0.16f, mix(skin, sf::Color::Black, 0.08f));
}

void SfmlBodyDraw::drawCircle(Vec2 centre, float radius, const DrawTag& tag) {
    if (deferred(tag, [this, centre, radius, tag] { drawCircle(centre, radius, tag); })) return;
    if (!cull_.intersects(circleExtent(map_, centre, radius, tag))) return;
    if (tag.segment == Segment::head) {
        drawHead(centre, radius, tag);
        return;
    }
    const sf::Vector2f c = map_(centre);
    const float r = radius * map_.scale();
    const sf::Color fill = fillFor(tag);
    shape(ellipsePoints(c, {r, r}, ellipsePointCount(r)), fill);
    if (isThigh(tag.segment)) {
        // Front view: the thigh end-on, the knee cap a quiet tone of the skin.
        disc(t_, c + sf::Vector2f(0, -r * 0.05f), r * 0.45f, mix(fill, sf::Color::Black, 0.05f));
        if (style_.flash > 0.0f && isLegOf(tag.segment, style_.symptomatic))
            disc(t_, c, r, withAlpha(style_.pain, static_cast<std::uint8_t>(125 * style_.flash)));
    }
}

void SfmlBodyDraw::drawSegment(Vec2 from, Vec2 to, const DrawTag& tag) {
    deferred(tag, {});
    const bool gauge = tag.role == DrawRole::goniometer;
    if (gauge) ++gaugeArms_; // the first arm is the fixed one, culled or not
    if (!cull_.intersects(segmentExtent(map_, from, to, tag))) return;
    const sf::Vector2f a = map_(from);
    sf::Vector2f b = map_(to);
    if (gauge) {
        b = a + (b - a) * kGaugeScale; // a goniometer a student can read at this size
        const float w = std::max(2.0f, map_.scale() * 0.008f);
        if (gaugeArms_ == 1) {
            dashed(t_, a, b, w * 0.8f, 5.0f, withAlpha(style_.ink, 150)); // the fixed arm
        } else {
            capsule(t_, a, b, w * 0.6f, withAlpha(style_.ink, 220));
            disc(t_, a, w * 1.6f, style_.ink);
            disc(t_, a, w * 0.7f, sf::Color::White);
        }
        return;
    }
    if (tag.role == DrawRole::hand) {
        // The examiner's hand at its hold, and a faint line to where it pulls.
        const float r = std::max(7.0f, map_.scale() * 0.035f);
        if (length(b - a) > r) dashed(t_, a, b, 2.0f, 4.0f, withAlpha(style_.accent, 140));
        disc(t_, a, r + 2, withAlpha(sf::Color::White, 230));
        disc(t_, a, r, withAlpha(style_.accent, 215));
        return;
    }
    line(t_, a, b, 2.0f, style_.ink);
}

void SfmlBodyDraw::drawArc(Vec2 centre, float radius, float startRad, float endRad,
                           const DrawTag&) {
    radius *= kGaugeScale * 1.15f;
    labelAnchor_ = gaugeLabelAnchor(map_, centre, radius, startRad, endRad);
    if (!cull_.intersects(arcExtent(map_, centre, radius, startRad, endRad))) return;
    const int n = std::max(8, static_cast<int>(std::abs(endRad - startRad) / (kPi / 48)));
    const sf::Color tint =
        mix(style_.accent, style_.caution, std::clamp(style_.resistance, 0.0f, 1.0f));
    // A translucent sector and a bold rim.
    sf::VertexArray fan(sf::TriangleFan);
    fan.append({map_(centre), withAlpha(tint, 46)});
    std::vector<sf::Vector2f> rim;
    for (int i = 0; i <= n; ++i) {
        const float a = startRad + (endRad - startRad) * i / n;
        const sf::Vector2f p =
            map_({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
        fan.append({p, withAlpha(tint, 46)});
        rim.push_back(p);
    }
    t_.draw(fan);
    const float w = std::max(2.5f, map_.scale() * 0.009f);
    stroke(t_, rim, w, tint);
}

// ---- footprint ------------------------------------------------------------------------

void BodyFootprint::drawPolygon(const Vec2* vertices, int count, const DrawTag& tag) {
    if (count > 0) shapes_.push_back({polygonExtent(map_, vertices, count, tag), tag});
}

void BodyFootprint::drawCircle(Vec2 centre, float radius, const DrawTag& tag) {
    shapes_.push_back({circleExtent(map_, centre, radius, tag), tag});
}

void BodyFootprint::drawSegment(Vec2 from, Vec2 to, const DrawTag& tag) {
    shapes_.push_back({segmentExtent(map_, from, to, tag), tag});
}

void BodyFootprint::drawArc(Vec2 centre, float radius, float startRad, float endRad,
                            const DrawTag& tag) {
    radius *= kGaugeScale * 1.15f;
    shapes_.push_back({arcExtent(map_, centre, radius, startRad, endRad), tag});
    labelAnchor_ = gaugeLabelAnchor(map_, centre, radius, startRad, endRad);
}

} // namespace rc::ui
