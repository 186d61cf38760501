#include "game/ui/kit/icons.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui::icon {
namespace {
float stroke(float size) {
    return std::max(1.5f, size * 0.14f);
}
} // namespace

void tick(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    const float w = stroke(s) / 2;
    const sf::Vector2f a = c + sf::Vector2f(-0.36f * s, 0.02f * s);
    const sf::Vector2f b = c + sf::Vector2f(-0.10f * s, 0.28f * s);
    const sf::Vector2f d = c + sf::Vector2f(0.38f * s, -0.28f * s);
    capsule(t, a, b, w, col);
    capsule(t, b, d, w, col);
}

void cross(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    const float w = stroke(s) / 2;
    const float r = 0.3f * s;
    capsule(t, c + sf::Vector2f(-r, -r), c + sf::Vector2f(r, r), w, col);
    capsule(t, c + sf::Vector2f(-r, r), c + sf::Vector2f(r, -r), w, col);
}

void clock(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col, sf::Color face) {
    const float r = 0.45f * s;
    const float w = std::max(1.5f, s * 0.11f);
    disc(t, c, r, face, col, w);
    capsule(t, c, c + sf::Vector2f(0, -0.26f * s), w / 2, col);
    capsule(t, c, c + sf::Vector2f(0.2f * s, 0), w / 2, col);
}

void radiation(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col, sf::Color face) {
    const float R = 0.47f * s;
    disc(t, c, R, col);
    // Classic trefoil: three 60° blades and a centre dot on a light disc with a coloured rim.
    disc(t, c, R - std::max(1.0f, s * 0.06f), face);
    const float r0 = 0.13f * s, r1 = 0.42f * s;
    for (int k = 0; k < 3; ++k) {
        const float mid = kPi / 2 + k * 2 * kPi / 3; // one blade down, two up
        const float a0 = mid - kPi / 6, a1 = mid + kPi / 6;
        const int n = 8;
        std::vector<sf::Vector2f> blade;
        for (int i = 0; i <= n; ++i) {
            const float a = a0 + (a1 - a0) * i / n;
            blade.push_back(c + sf::Vector2f(std::cos(a), std::sin(a)) * r1);
        }
        for (int i = 0; i <= n; ++i) {
            const float a = a1 - (a1 - a0) * i / n;
            blade.push_back(c + sf::Vector2f(std::cos(a), std::sin(a)) * (r0 + 0.06f * s));
        }
        t.draw(PolygonShape(std::move(blade), col));
    }
    disc(t, c, r0, col);
}

void caution(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col, sf::Color mark) {
    const float h = 0.86f * s;
    std::vector<sf::Vector2f> tri = {c + sf::Vector2f(0, -h / 2), c + sf::Vector2f(0.5f * s, h / 2),
                                     c + sf::Vector2f(-0.5f * s, h / 2)};
    fillPolygon(t, tri, col);
    const float w = std::max(1.2f, s * 0.06f);
    capsule(t, c + sf::Vector2f(0, -0.12f * s), c + sf::Vector2f(0, 0.14f * s), w, mark);
    disc(t, c + sf::Vector2f(0, 0.29f * s), w * 1.1f, mark);
}

void chevronRight(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    const float w = stroke(s) / 2;
    capsule(t, c + sf::Vector2f(-0.12f * s, -0.3f * s), c + sf::Vector2f(0.18f * s, 0), w, col);
    capsule(t, c + sf::Vector2f(0.18f * s, 0), c + sf::Vector2f(-0.12f * s, 0.3f * s), w, col);
}

void chevronDown(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    const float w = stroke(s) / 2;
    capsule(t, c + sf::Vector2f(-0.3f * s, -0.12f * s), c + sf::Vector2f(0, 0.18f * s), w, col);
    capsule(t, c + sf::Vector2f(0, 0.18f * s), c + sf::Vector2f(0.3f * s, -0.12f * s), w, col);
}

void person(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    disc(t, c + sf::Vector2f(0, -0.22f * s), 0.18f * s, col);
    roundedRect(t, {c.x - 0.32f * s, c.y + 0.02f * s, 0.64f * s, 0.44f * s}, 0.22f * s, col);
}

void minus(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    const float w = stroke(s) / 2;
    capsule(t, c + sf::Vector2f(-0.32f * s, 0), c + sf::Vector2f(0.32f * s, 0), w, col);
}

void plus(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col) {
    minus(t, c, s, col);
    const float w = stroke(s) / 2;
    capsule(t, c + sf::Vector2f(0, -0.32f * s), c + sf::Vector2f(0, 0.32f * s), w, col);
}

void speaker(sf::RenderTarget& t, sf::Vector2f c, float s, sf::Color col, bool muted) {
    // The box and cone on the left half, then waves (or a cross) on the right.
    const float x0 = c.x - 0.42f * s;
    fillPolygon(t,
                {{x0, c.y - 0.12f * s},
                 {x0 + 0.17f * s, c.y - 0.12f * s},
                 {x0 + 0.17f * s, c.y + 0.12f * s},
                 {x0, c.y + 0.12f * s}},
                col);
    fillPolygon(t,
                {{x0 + 0.16f * s, c.y - 0.12f * s},
                 {x0 + 0.38f * s, c.y - 0.32f * s},
                 {x0 + 0.38f * s, c.y + 0.32f * s},
                 {x0 + 0.16f * s, c.y + 0.12f * s}},
                col);
    const float w = std::max(1.0f, s * 0.045f); // capsule radius: strokes ~0.09 of the size
    if (muted) {
        const sf::Vector2f m(c.x + 0.22f * s, c.y);
        const float r = 0.14f * s;
        capsule(t, m + sf::Vector2f(-r, -r), m + sf::Vector2f(r, r), w, col);
        capsule(t, m + sf::Vector2f(-r, r), m + sf::Vector2f(r, -r), w, col);
        return;
    }
    // Two arcs of short segments around the cone's mouth.
    for (float radius : {0.16f * s, 0.32f * s}) {
        const sf::Vector2f o(x0 + 0.30f * s, c.y);
        constexpr int kSteps = 6;
        for (int i = 0; i < kSteps; ++i) {
            const float a0 = -0.8f + 1.6f * static_cast<float>(i) / kSteps;
            const float a1 = -0.8f + 1.6f * static_cast<float>(i + 1) / kSteps;
            capsule(t, o + radius * sf::Vector2f(std::cos(a0), std::sin(a0)),
                    o + radius * sf::Vector2f(std::cos(a1), std::sin(a1)), w, col);
        }
    }
}

} // namespace rc::ui::icon
