#include "game/ui/art/body_regions.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rc::ui {
namespace regions {
namespace {

const std::vector<std::string> kAll = {"lower-back",     "saddle",        "buttock",
                                       "groin",          "lateral-hip",   "anterior-thigh",
                                       "medial-thigh",   "lateral-thigh", "posterior-thigh",
                                       "anterior-knee",  "medial-knee",   "lateral-knee",
                                       "posterior-knee", "medial-shin",   "anterior-shin",
                                       "lateral-leg",    "calf",          "medial-ankle",
                                       "dorsum-foot",    "great-toe",     "sole",
                                       "lateral-foot",   "heel"};

/// An ellipse offset from a limb point.
Polygon limbEllipse(const FigureGeometry& g, Limb l, BodySide s, float t, float u, float rx,
                    float ry) {
    return ellipsePoints(g.onLimb(l, s, t, u), {g.len(rx), g.len(ry)}, 24);
}

} // namespace

const std::vector<std::string>& all() {
    return kAll;
}
bool isMidline(const std::string& n) {
    return n == "lower-back" || n == "saddle";
}
bool isKnown(const std::string& n) {
    return std::find(kAll.begin(), kAll.end(), n) != kAll.end();
}

std::vector<Polygon> shapes(const FigureGeometry& g, const std::string& n, BodySide s) {
    const bool front = g.spec().view == View::Front;
    const float o = g.outward(s);
    const sf::Vector2f ankle = g.ankle(s);
    if (n == "lower-back") {
        if (front) return {};
        const float w = g.waistHalf() * 0.82f;
        return {
            {g.at(-w, 0.345f), g.at(w, 0.345f), g.at(w * 1.02f, 0.425f), g.at(-w * 1.02f, 0.425f)}};
    }
    if (n == "saddle") {
        if (front) return {};
        return {{g.at(0, 0.478f), g.at(0.026f, 0.508f), g.at(0, 0.545f), g.at(-0.026f, 0.508f)}};
    }
    if (n == "buttock") {
        if (front) return {};
        return {ellipsePoints(g.at(o * (g.hipHalf() * 0.5f + 0.006f), 0.488f),
                              {g.len(g.hipHalf() * 0.44f), g.len(0.04f)}, 28)};
    }
    if (n == "groin") {
        if (!front) return {};
        return {{g.onLimb(Limb::Thigh, s, -0.16f, 0.35f), g.onLimb(Limb::Thigh, s, -0.04f, 0.55f),
                 g.onLimb(Limb::Thigh, s, 0.12f, -0.55f), g.onLimb(Limb::Thigh, s, 0.04f, -0.95f)}};
    }
    if (n == "lateral-hip") return {g.limbPatch(Limb::Thigh, s, -0.14f, 0.16f, 0.5f, 1.08f)};
    if (n == "anterior-thigh")
        return front ? std::vector<Polygon>{g.limbPatch(Limb::Thigh, s, 0.2f, 0.84f, -0.42f, 0.42f)}
                     : std::vector<Polygon>{};
    if (n == "medial-thigh")
        return front ? std::vector<Polygon>{g.limbPatch(Limb::Thigh, s, 0.2f, 0.84f, -0.98f, -0.5f)}
                     : std::vector<Polygon>{};
    if (n == "lateral-thigh") return {g.limbPatch(Limb::Thigh, s, 0.2f, 0.84f, 0.5f, 0.98f)};
    if (n == "posterior-thigh")
        return front
                   ? std::vector<Polygon>{}
                   : std::vector<Polygon>{g.limbPatch(Limb::Thigh, s, 0.28f, 0.86f, -0.55f, 0.55f)};
    if (n == "anterior-knee")
        return front ? std::vector<Polygon>{limbEllipse(g, Limb::Shin, s, 0, 0, 0.018f, 0.03f)}
                     : std::vector<Polygon>{};
    if (n == "medial-knee")
        return front ? std::vector<Polygon>{limbEllipse(g, Limb::Shin, s, 0, -0.72f, 0.011f, 0.03f)}
                     : std::vector<Polygon>{};
    if (n == "lateral-knee")
        return front ? std::vector<Polygon>{limbEllipse(g, Limb::Shin, s, 0, 0.72f, 0.011f, 0.03f)}
                     : std::vector<Polygon>{};
    if (n == "posterior-knee")
        return front ? std::vector<Polygon>{}
                     : std::vector<Polygon>{limbEllipse(g, Limb::Shin, s, 0, 0, 0.024f, 0.022f)};
    if (n == "medial-shin")
        return front
                   ? std::vector<Polygon>{g.limbPatch(Limb::Shin, s, 0.16f, 0.86f, -0.95f, -0.38f)}
                   : std::vector<Polygon>{};
    if (n == "anterior-shin")
        return front ? std::vector<Polygon>{g.limbPatch(Limb::Shin, s, 0.16f, 0.86f, -0.3f, 0.3f)}
                     : std::vector<Polygon>{};
    if (n == "lateral-leg") return {g.limbPatch(Limb::Shin, s, 0.16f, 0.86f, 0.38f, 0.95f)};
    if (n == "calf")
        return front ? std::vector<Polygon>{}
                     : std::vector<Polygon>{g.limbPatch(Limb::Shin, s, 0.12f, 0.7f, -0.8f, 0.8f)};
    if (n == "medial-ankle")
        return {ellipsePoints(ankle + sf::Vector2f(-o * g.len(0.016f), 0),
                              {g.len(0.01f), g.len(0.012f)}, 20)};
    if (n == "dorsum-foot") {
        if (!front) return {};
        return {ellipsePoints(ankle + sf::Vector2f(o * g.len(0.008f), g.len(0.03f)),
                              {g.len(0.024f), g.len(0.017f)}, 24)};
    }
    if (n == "great-toe") {
        if (!front) return {};
        return {ellipsePoints(ankle + sf::Vector2f(-o * g.len(0.014f), g.len(0.054f)),
                              {g.len(0.01f), g.len(0.009f)}, 20)};
    }
    if (n == "lateral-foot") {
        const float dx = front ? 0.03f : 0.018f;
        return {ellipsePoints(ankle + sf::Vector2f(o * g.len(dx), g.len(front ? 0.04f : 0.035f)),
                              {g.len(0.008f), g.len(0.018f)}, 20)};
    }
    if (n == "sole") {
        if (front) return {};
        return {ellipsePoints(ankle + sf::Vector2f(0, g.len(0.054f)),
                              {g.len(0.022f), g.len(0.009f)}, 24)};
    }
    if (n == "heel") {
        if (front) return {};
        return {ellipsePoints(ankle + sf::Vector2f(0, g.len(0.03f)), {g.len(0.018f), g.len(0.015f)},
                              24)};
    }
    return {};
}

} // namespace regions

bool insideConvex(const Polygon& poly, sf::Vector2f p) {
    if (poly.size() < 3) return false;
    float sign = 0;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const sf::Vector2f a = poly[i], b = poly[(i + 1) % poly.size()];
        const float cr = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
        if (cr == 0) continue;
        if (sign == 0)
            sign = cr;
        else if ((cr > 0) != (sign > 0))
            return false;
    }
    return true;
}

bool clipLine(const Polygon& poly, sf::Vector2f p, sf::Vector2f d, sf::Vector2f& a,
              sf::Vector2f& b) {
    float tmin = std::numeric_limits<float>::max(), tmax = std::numeric_limits<float>::lowest();
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const sf::Vector2f e0 = poly[i], e1 = poly[(i + 1) % poly.size()];
        const sf::Vector2f e = e1 - e0;
        const float den = d.x * e.y - d.y * e.x;
        if (std::fabs(den) < 1e-6f) continue;
        const sf::Vector2f w = e0 - p;
        const float t = (w.x * e.y - w.y * e.x) / den; // along the line
        const float u = (w.x * d.y - w.y * d.x) / den; // along the edge
        if (u < -1e-4f || u > 1 + 1e-4f) continue;
        tmin = std::min(tmin, t);
        tmax = std::max(tmax, t);
    }
    if (tmax <= tmin) return false;
    a = p + d * tmin;
    b = p + d * tmax;
    return true;
}

} // namespace rc::ui
