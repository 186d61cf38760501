#include "game/ui/art/figure_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {
namespace {
constexpr float kHipX = 0.056f, kKneeX = 0.060f, kAnkleX = 0.062f;
constexpr float kHipY = 0.49f, kKneeY = 0.715f, kAnkleY = 0.935f;
sf::Vector2f lerp(sf::Vector2f a, sf::Vector2f b, float t) {
    return a + (b - a) * t;
}
} // namespace

FigureGeometry::FigureGeometry(const FigureSpec& spec, const sf::FloatRect& box, float widthRatio)
    : spec_(spec) {
    h_ = std::min(box.height, box.width / widthRatio);
    cx_ = box.left + box.width / 2;
    top_ = box.top + (box.height - h_) / 2;
    bw_ = spec.build == Build::Slim ? 0.88f : spec.build == Build::Heavy ? 1.22f : 1.0f;
    const bool f = spec.sex == Sex::Female;
    shoulder_ = (f ? 0.100f : 0.116f) * (0.5f + 0.5f * bw_);
    waist_ = (f ? 0.072f : 0.084f) * bw_;
    hips_ = (f ? 0.104f : 0.096f) * (0.4f + 0.6f * bw_);
}

sf::Vector2f FigureGeometry::at(float x, float y) const {
    return {cx_ + x * h_, top_ + y * h_};
}

float FigureGeometry::outward(BodySide s) const {
    const bool right = s == BodySide::Right;
    // Front view: the patient's right is on the viewer's left.
    return (spec_.view == View::Front) == right ? -1.0f : 1.0f;
}

sf::Vector2f FigureGeometry::hip(BodySide s) const {
    const float spread = std::max(kHipX, hips_ - 0.045f * bw_);
    return at(outward(s) * spread, kHipY);
}
sf::Vector2f FigureGeometry::knee(BodySide s) const {
    return at(outward(s) * (kKneeX + 0.01f * (bw_ - 1)), kKneeY);
}
sf::Vector2f FigureGeometry::ankle(BodySide s) const {
    return at(outward(s) * kAnkleX, kAnkleY);
}

float FigureGeometry::radius(Limb l, float t) const {
    t = std::clamp(t, 0.0f, 1.0f);
    if (l == Limb::Thigh) return len((0.056f + (0.039f - 0.056f) * t) * bw_);
    // Shin: calf bulge at about a third of the way down.
    const float r = t < 0.3f ? 0.037f + (0.041f - 0.037f) * (t / 0.3f)
                             : 0.041f + (0.022f - 0.041f) * ((t - 0.3f) / 0.7f);
    return len(r * (0.6f + 0.4f * bw_));
}

sf::Vector2f FigureGeometry::onLimb(Limb l, BodySide s, float t, float u) const {
    const sf::Vector2f a = l == Limb::Thigh ? hip(s) : knee(s);
    const sf::Vector2f b = l == Limb::Thigh ? knee(s) : ankle(s);
    sf::Vector2f d = b - a;
    const float n = std::sqrt(d.x * d.x + d.y * d.y);
    d /= n;
    // Perpendicular that points outward (lateral) for this side.
    sf::Vector2f perp(-d.y, d.x);
    if (perp.x * outward(s) < 0) perp = -perp;
    return lerp(a, b, t) + perp * (u * radius(l, t));
}

std::vector<sf::Vector2f> FigureGeometry::limbPatch(Limb l, BodySide s, float t0, float t1,
                                                    float u0, float u1) const {
    return {onLimb(l, s, t0, u0), onLimb(l, s, t0, u1), onLimb(l, s, t1, u1), onLimb(l, s, t1, u0)};
}

} // namespace rc::ui
