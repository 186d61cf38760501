#include "game/ui/kit/shapes.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>

namespace rc::ui {
namespace {}

std::vector<sf::Vector2f> roundedRectPoints(const sf::FloatRect& r, float radius,
                                            int cornerSegments) {
    radius = std::max(0.0f, std::min({radius, r.width / 2, r.height / 2}));
    std::vector<sf::Vector2f> pts;
    const sf::Vector2f centres[4] = {{r.left + r.width - radius, r.top + radius},
                                     {r.left + r.width - radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + radius}};
    for (int c = 0; c < 4; ++c) {
        const float start = -kPi / 2 + c * kPi / 2;
        for (int i = 0; i <= cornerSegments; ++i) {
            const float a = start + (kPi / 2) * i / cornerSegments;
            pts.push_back(centres[c] + sf::Vector2f(std::cos(a), std::sin(a)) * radius);
        }
    }
    return pts;
}

PolygonShape::PolygonShape(std::vector<sf::Vector2f> pts, sf::Color fill, sf::Color outline,
                           float thickness)
    : pts_(std::move(pts)) {
    setFillColor(fill);
    setOutlineColor(outline);
    if (thickness != 0)
        setOutlineThickness(thickness); // builds the shape
    else
        update();
}

void fillPolygon(sf::RenderTarget& t, const std::vector<sf::Vector2f>& pts, sf::Color fill,
                 sf::Color outline, float thickness) {
    if (pts.size() < 3) return;
    t.draw(PolygonShape(pts, fill, outline, thickness > 0 ? -thickness : 0));
}

namespace {
void appendQuad(sf::VertexArray& v, float l, float t, float r, float b, sf::Color c) {
    if (r <= l || b <= t) return;
    for (const sf::Vector2f& p : {sf::Vector2f(l, t), {r, t}, {r, b}, {l, t}, {r, b}, {l, b}})
        v.append(sf::Vertex(p, c));
}

/// Triangles filling the band between two closed outlines with the same number of points.
void appendBand(sf::VertexArray& v, const std::vector<sf::Vector2f>& outer,
                const std::vector<sf::Vector2f>& inner, sf::Color c) {
    for (std::size_t k = 0; k < outer.size() && k < inner.size(); ++k) {
        const std::size_t n = (k + 1) % outer.size();
        for (const sf::Vector2f& p : {outer[k], inner[k], outer[n], outer[n], inner[k], inner[n]})
            v.append(sf::Vertex(p, c));
    }
}
} // namespace

void roundedRect(sf::RenderTarget& t, const sf::FloatRect& r, float radius, sf::Color fill,
                 sf::Color outline, float thickness) {
    constexpr int kSeg = 6;
    radius = std::max(0.0f, std::min({radius, r.width / 2, r.height / 2}));
    const std::vector<sf::Vector2f> pts = roundedRectPoints(r, radius, kSeg);
    sf::VertexArray v(sf::Triangles);
    if (fill.a > 0) {
        // Three axis-aligned rectangles and four small corner fans. Software OpenGL fills whole
        // 64x64 tiles of a rectangle fast but shades every tile a sliver crosses edge by edge:
        // the fan of thin triangles a convex polygon becomes cost several times more.
        const float L = r.left, T = r.top, R = r.left + r.width, B = r.top + r.height;
        appendQuad(v, L + radius, T, R - radius, B, fill);
        appendQuad(v, L, T + radius, L + radius, B - radius, fill);
        appendQuad(v, R - radius, T + radius, R, B - radius, fill);
        const sf::Vector2f centres[4] = {{R - radius, T + radius},
                                         {R - radius, B - radius},
                                         {L + radius, B - radius},
                                         {L + radius, T + radius}};
        if (radius > 0)
            for (int c = 0; c < 4; ++c)
                for (int i = 0; i < kSeg; ++i)
                    for (const sf::Vector2f& p :
                         {centres[c], pts[static_cast<std::size_t>(c * (kSeg + 1) + i)],
                          pts[static_cast<std::size_t>(c * (kSeg + 1) + i + 1)]})
                        v.append(sf::Vertex(p, fill));
    }
    if (thickness > 0 && outline.a > 0)
        appendBand(v, pts,
                   roundedRectPoints(inset(r, thickness), std::max(0.0f, radius - thickness), kSeg),
                   outline);
    t.draw(v);
}

void panel(sf::RenderTarget& t, const Theme& th, const sf::FloatRect& r, bool shadow) {
    const float rad = th.radius();
    if (shadow) {
        // Three stacked, slightly larger and lower translucent layers: a soft drop shadow. The
        // panel covers the middle of each layer, so only the band between the layer's outline
        // and the panel's is drawn (blended pixels are what software OpenGL pays for: the
        // filled layers cost 40% of a full encounter redraw).
        const std::vector<sf::Vector2f> inner = roundedRectPoints(r, rad);
        sf::VertexArray band(sf::Triangles);
        for (int i = 3; i >= 1; --i) {
            const float d = static_cast<float>(i);
            sf::FloatRect s(r.left - d + 1, r.top - d + 2 + d, r.width + 2 * d - 2,
                            r.height + 2 * d - 2);
            appendBand(band, roundedRectPoints(s, rad + d), inner, th.c.shadow);
        }
        t.draw(band);
    }
    roundedRect(t, r, rad, th.c.panel, th.c.border, 1.0f);
}

void capsule(sf::RenderTarget& t, sf::Vector2f a, sf::Vector2f b, float radius, sf::Color c) {
    const sf::Vector2f d = b - a;
    const float ang = std::atan2(d.y, d.x);
    // Half circle at each end joined by straight sides, as one convex polygon.
    const int seg = 10;
    std::vector<sf::Vector2f> pts;
    pts.reserve(static_cast<std::size_t>(2 * (seg + 1)));
    for (int i = 0; i <= seg; ++i) {
        const float th = ang - kPi / 2 + kPi * i / seg;
        pts.push_back(b + sf::Vector2f(std::cos(th), std::sin(th)) * radius);
    }
    for (int i = 0; i <= seg; ++i) {
        const float th = ang + kPi / 2 + kPi * i / seg;
        pts.push_back(a + sf::Vector2f(std::cos(th), std::sin(th)) * radius);
    }
    t.draw(PolygonShape(std::move(pts), c));
}

void line(sf::RenderTarget& t, sf::Vector2f a, sf::Vector2f b, float thickness, sf::Color c) {
    const sf::Vector2f d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    sf::RectangleShape r({len, thickness});
    r.setOrigin(0, thickness / 2);
    r.setPosition(a);
    r.setRotation(std::atan2(d.y, d.x) * 180.0f / kPi);
    r.setFillColor(c);
    t.draw(r);
}

void disc(sf::RenderTarget& t, sf::Vector2f centre, float radius, sf::Color c, sf::Color outline,
          float thickness) {
    sf::CircleShape s(radius, radius > 12 ? 48 : 24);
    s.setOrigin(radius, radius);
    s.setPosition(centre);
    s.setFillColor(c);
    if (thickness > 0) {
        s.setOutlineColor(outline);
        s.setOutlineThickness(-thickness);
    }
    t.draw(s);
}

std::vector<sf::Vector2f> ellipsePoints(sf::Vector2f centre, sf::Vector2f radii, int n) {
    std::vector<sf::Vector2f> p;
    for (int i = 0; i < n; ++i) {
        const float a = 2 * kPi * i / n;
        p.emplace_back(centre.x + radii.x * std::cos(a), centre.y + radii.y * std::sin(a));
    }
    return p;
}

void focusRing(sf::RenderTarget& t, const Theme& th, const sf::FloatRect& r, float radius) {
    const float g = th.px(3);
    const sf::FloatRect o(r.left - g, r.top - g, r.width + 2 * g, r.height + 2 * g);
    fillPolygon(t, roundedRectPoints(o, radius + g), sf::Color::Transparent, th.c.accent,
                std::max(2.0f, th.px(2)));
}

void hairline(sf::RenderTarget& t, float x0, float x1, float y, sf::Color c) {
    sf::RectangleShape r({x1 - x0, 1});
    r.setPosition(std::round(x0), std::round(y));
    r.setFillColor(c);
    t.draw(r);
}

ClipScope::ClipScope(sf::RenderTarget& t, const sf::FloatRect& r) : t_(t), old_(t.getView()) {
    const sf::Vector2f sz(t.getSize());
    sf::View v(r);
    v.setViewport({r.left / sz.x, r.top / sz.y, r.width / sz.x, r.height / sz.y});
    t.setView(v);
}

ClipScope::~ClipScope() {
    t_.setView(old_);
}

sf::FloatRect inset(const sf::FloatRect& r, float d) {
    return {r.left + d, r.top + d, r.width - 2 * d, r.height - 2 * d};
}

} // namespace rc::ui
