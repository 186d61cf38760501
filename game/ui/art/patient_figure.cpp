#include "game/ui/art/patient_figure.hpp"

#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/theme.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {
namespace {

constexpr BodySide kSides[2] = {BodySide::Left, BodySide::Right};
const sf::Color kClothes(0x7F, 0x95, 0xA8);
const sf::Color kClothesShade(0x6F, 0x85, 0x98);

/// Convex "tapered capsule" from a (radius ra) to b (radius rb).
std::vector<sf::Vector2f> taper(sf::Vector2f a, sf::Vector2f b, float ra, float rb) {
    const sf::Vector2f d = b - a;
    const float ang = std::atan2(d.y, d.x);
    std::vector<sf::Vector2f> p;
    const int n = 10;
    const float pi = 3.14159265f;
    for (int i = 0; i <= n; ++i) {
        const float th = ang - pi / 2 + pi * i / n;
        p.push_back(b + sf::Vector2f(std::cos(th), std::sin(th)) * rb);
    }
    for (int i = 0; i <= n; ++i) {
        const float th = ang + pi / 2 + pi * i / n;
        p.push_back(a + sf::Vector2f(std::cos(th), std::sin(th)) * ra);
    }
    return p;
}

sf::Color hairColour(int age) {
    if (age >= 65) return {0xB8, 0xB8, 0xB4};
    if (age >= 55) return {0x7A, 0x72, 0x6C};
    return {0x3A, 0x2A, 0x22};
}

} // namespace

sf::Color skinTone(int tone) {
    if (tone <= 0) return {0xE4, 0xE9, 0xEE}; // neutral diagram grey
    static const sf::Color tones[5] = {{0xF3, 0xD5, 0xC0},
                                       {0xE3, 0xB5, 0x8F},
                                       {0xC6, 0x8C, 0x62},
                                       {0x94, 0x5F, 0x3C},
                                       {0x5C, 0x3A, 0x25}};
    return tones[std::clamp(tone, 1, 5) - 1];
}

void PatientFigure::draw(sf::RenderTarget& t, const FigureGeometry& g) {
    const sf::Color skin = skinTone(g.spec().skin);
    drawArms(t, g, skin);
    drawLegs(t, g, skin);
    drawTorso(t, g, skin);
    if (g.spec().skin > 0) drawClothes(t, g);
    drawHead(t, g, skin);
}

void PatientFigure::drawLegs(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin) {
    const bool front = g.spec().view == View::Front;
    for (BodySide s : kSides) {
        const sf::Vector2f hip = g.hip(s), knee = g.knee(s), ankle = g.ankle(s);
        fillPolygon(t, taper(hip, knee, g.radius(Limb::Thigh, 0), g.radius(Limb::Thigh, 1)), skin);
        const sf::Vector2f calf = g.onLimb(Limb::Shin, s, 0.3f, 0);
        fillPolygon(t, taper(knee, calf, g.radius(Limb::Shin, 0), g.radius(Limb::Shin, 0.3f)),
                    skin);
        fillPolygon(t, taper(calf, ankle, g.radius(Limb::Shin, 0.3f), g.radius(Limb::Shin, 1)),
                    skin);
        // Kneecap hint (front) or knee crease (back): a quiet tone of the skin.
        const sf::Color shade = mix(skin, sf::Color::Black, 0.04f);
        if (front) {
            fillPolygon(t,
                        ellipsePoints(knee + sf::Vector2f(0, -g.len(0.004f)),
                                      {g.len(0.021f), g.len(0.025f)}),
                        shade);
        } else {
            line(t, knee + sf::Vector2f(-g.len(0.02f), 0), knee + sf::Vector2f(g.len(0.02f), 0),
                 std::max(1.0f, g.len(0.002f)), shade);
        }
        // Foot: seen end-on from the front (toes toward the viewer), heel from the back.
        const float o = g.outward(s);
        if (front) {
            fillPolygon(t,
                        ellipsePoints(ankle + sf::Vector2f(o * g.len(0.008f), g.len(0.035f)),
                                      {g.len(0.033f), g.len(0.027f)}),
                        skin);
        } else {
            fillPolygon(t,
                        ellipsePoints(ankle + sf::Vector2f(0, g.len(0.033f)),
                                      {g.len(0.026f), g.len(0.03f)}),
                        skin);
        }
    }
}

void PatientFigure::drawTorso(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin) {
    const float sh = g.shoulderHalf(), wa = g.waistHalf(), hp = g.hipHalf();
    // Chest: shoulders to waist; pelvis: waist to hips; both convex, same colour.
    fillPolygon(t,
                {g.at(-sh + 0.02f, 0.158f), g.at(sh - 0.02f, 0.158f), g.at(sh, 0.185f),
                 g.at(sh - 0.012f, 0.27f), g.at(wa, 0.40f), g.at(-wa, 0.40f),
                 g.at(-sh + 0.012f, 0.27f), g.at(-sh, 0.185f)},
                skin);
    fillPolygon(t,
                {g.at(-wa, 0.39f), g.at(wa, 0.39f), g.at(hp, 0.47f), g.at(hp - 0.01f, 0.52f),
                 g.at(-hp + 0.01f, 0.52f), g.at(-hp, 0.47f)},
                skin);
    // Shoulder caps.
    for (float side : {-1.0f, 1.0f})
        disc(t, g.at(side * (sh - 0.018f), 0.19f), g.len(0.033f * (0.6f + 0.4f * g.buildFactor())),
             skin);
    // Neck.
    fillPolygon(t, taper(g.at(0, 0.11f), g.at(0, 0.165f), g.len(0.024f), g.len(0.027f)), skin);
}

void PatientFigure::drawArms(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin) {
    const float sh = g.shoulderHalf();
    const float bf = 0.6f + 0.4f * g.buildFactor();
    for (float side : {-1.0f, 1.0f}) {
        const sf::Vector2f shoulder = g.at(side * (sh - 0.012f), 0.195f);
        const sf::Vector2f elbow = g.at(side * (sh + 0.036f * bf), 0.335f);
        const sf::Vector2f wrist = g.at(side * (sh + 0.066f * bf), 0.465f);
        fillPolygon(t, taper(shoulder, elbow, g.len(0.031f * bf), g.len(0.025f * bf)), skin);
        fillPolygon(t, taper(elbow, wrist, g.len(0.025f * bf), g.len(0.018f * bf)), skin);
        fillPolygon(t,
                    ellipsePoints(wrist + sf::Vector2f(side * g.len(0.004f), g.len(0.028f)),
                                  {g.len(0.02f), g.len(0.032f)}),
                    skin);
    }
}

void PatientFigure::drawClothes(sf::RenderTarget& t, const FigureGeometry& g) {
    const float wa = g.waistHalf(), hp = g.hipHalf();
    // Shorts: waistband to mid-upper thigh on each leg.
    fillPolygon(t,
                {g.at(-wa - 0.002f, 0.415f), g.at(wa + 0.002f, 0.415f), g.at(hp + 0.002f, 0.47f),
                 g.at(hp + 0.004f, 0.525f), g.at(-hp - 0.004f, 0.525f), g.at(-hp - 0.002f, 0.47f)},
                kClothes);
    for (BodySide s : kSides) {
        fillPolygon(t,
                    {g.onLimb(Limb::Thigh, s, -0.05f, -1.02f),
                     g.onLimb(Limb::Thigh, s, -0.05f, 1.02f), g.onLimb(Limb::Thigh, s, 0.3f, 1.04f),
                     g.onLimb(Limb::Thigh, s, 0.3f, -1.04f)},
                    kClothes);
    }
    line(t, g.at(-wa, 0.43f), g.at(wa, 0.43f), std::max(1.0f, g.len(0.003f)), kClothesShade);
    if (g.spec().sex == Sex::Female) {
        const float sh = g.shoulderHalf();
        // A sports top: shoulder straps to below the chest.
        fillPolygon(t,
                    {g.at(-sh + 0.03f, 0.2f), g.at(sh - 0.03f, 0.2f), g.at(sh - 0.008f, 0.25f),
                     g.at(sh - 0.016f, 0.3f), g.at(-sh + 0.016f, 0.3f), g.at(-sh + 0.008f, 0.25f)},
                    kClothes);
        for (float side : {-1.0f, 1.0f})
            line(t, g.at(side * (sh - 0.045f), 0.163f), g.at(side * (sh - 0.035f), 0.205f),
                 g.len(0.008f), kClothes);
    }
}

void PatientFigure::drawHead(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin) {
    const FigureSpec& sp = g.spec();
    const bool diagram = sp.skin <= 0;
    const sf::Color hair = diagram ? mix(skin, sf::Color::Black, 0.1f) : hairColour(sp.age);
    const sf::Vector2f c = g.at(0, 0.068f);
    const sf::Vector2f r(g.len(0.048f), g.len(0.060f));
    const bool female = sp.sex == Sex::Female;
    if (female && !diagram) // a bob: hair behind the head down to the jaw line
        roundedRect(t, {c.x - r.x * 1.16f, c.y - r.y * 1.04f, r.x * 2.32f, r.y * 1.62f}, r.x * 1.1f,
                    hair);
    fillPolygon(t, ellipsePoints(c, r), skin);
    // Ears.
    for (float side : {-1.0f, 1.0f})
        fillPolygon(t,
                    ellipsePoints(c + sf::Vector2f(side * r.x * 0.98f, g.len(0.004f)),
                                  {g.len(0.008f), g.len(0.014f)}),
                    skin);
    if (diagram) return;
    if (sp.view == View::Back) {
        fillPolygon(t,
                    ellipsePoints(c + sf::Vector2f(0, -g.len(0.004f)),
                                  {r.x * 1.02f, r.y * (female ? 1.02f : 0.9f)}),
                    hair);
        return;
    }
    // Hair cap on top of the head.
    const float capLine = c.y - r.y * (female ? 0.28f : 0.42f);
    std::vector<sf::Vector2f> cap;
    for (const auto& p : ellipsePoints(c, {r.x * 1.03f, r.y * 1.04f}, 48))
        if (p.y <= capLine) cap.push_back(p);
    fillPolygon(t, cap, hair);
    // Face: eyes, brows and mouth, small and quiet.
    const sf::Color ink = mix(skin, sf::Color(0x1F, 0x29, 0x33), 0.75f);
    const float eyeY = c.y + g.len(0.006f);
    const float er = std::max(1.2f, g.len(0.0045f));
    for (float side : {-1.0f, 1.0f}) {
        const sf::Vector2f e(c.x + side * g.len(0.018f), eyeY);
        if (sp.face == Expression::Pain)
            line(t, e - sf::Vector2f(er * 1.4f, 0), e + sf::Vector2f(er * 1.4f, 0), er, ink);
        else
            disc(t, e, er, ink);
        // Brows: the inner ends drop with discomfort.
        const float tilt = sp.face == Expression::Calm ? 0 : g.len(0.005f);
        line(t, e + sf::Vector2f(side * g.len(0.009f), -g.len(0.012f)),
             e + sf::Vector2f(-side * g.len(0.009f), -g.len(0.012f) + tilt),
             std::max(1.0f, g.len(0.0028f)), ink);
    }
    const sf::Vector2f m(c.x, c.y + g.len(0.03f));
    const float mw = g.len(0.012f), th = std::max(1.0f, g.len(0.003f));
    if (sp.face == Expression::Calm) {
        line(t, m + sf::Vector2f(-mw, -th * 0.3f), m + sf::Vector2f(0, th * 0.4f), th, ink);
        line(t, m + sf::Vector2f(0, th * 0.4f), m + sf::Vector2f(mw, -th * 0.3f), th, ink);
    } else if (sp.face == Expression::Discomfort) {
        line(t, m + sf::Vector2f(-mw, 0), m + sf::Vector2f(mw, 0), th, ink);
    } else {
        fillPolygon(t, ellipsePoints(m + sf::Vector2f(0, th), {mw * 0.8f, g.len(0.007f)}), ink);
    }
}

} // namespace rc::ui
