// Imaging::kneeXray, kneeMri and hipXray: schematic joints with the case's finding.
#include "game/ui/art/imaging.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {
namespace {

void label(const Painter& p, const std::string& s, sf::Vector2f at, Align a = Align::Left,
           float maxWidth = 0) {
    const FilmInk ink;
    drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, ink.label), utf8(s), at.x, at.y, a,
             maxWidth);
}

/// Side markers: a small "R"/"L" in the top corner as on a real film.
void sideMarker(const Painter& p, const sf::FloatRect& r, const std::string& side) {
    if (side != "left" && side != "right") return;
    const FilmInk ink;
    drawLine(p.target, p.text(TextSize::Body, Weight::Bold, ink.finding),
             utf8(side == "left" ? "L" : "R"), r.left + r.width - p.theme.px(6),
             r.top + p.theme.px(8), Align::Right);
}

} // namespace

void Imaging::kneeXray(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const FilmInk ink;
    const bool oa = v.finding == "osteoarthritis";
    const float S = std::min(r.width * 0.6f, r.height);
    const float cx = r.left + r.width * 0.32f, t = r.top + (r.height - S) / 2;
    const float med = v.side == "left" ? -1.0f : 1.0f; // screen direction of the medial side
    auto P = [&](float x, float y) { return sf::Vector2f(cx + med * x * S, t + y * S); };
    const float yj = 0.5f;
    const float sev = std::clamp(v.grade == 0 ? 3 : v.grade, 1, 4) / 4.0f;
    const float gm = oa ? 0.045f * (1 - 0.8f * sev) : 0.045f,
                gl = 0.045f; // joint space, medial/lateral
    // Fibula behind the lateral tibia.
    fillPolygon(p.target, ellipsePoints(P(-0.19f, yj + 0.15f), {0.04f * S, 0.038f * S}, 20),
                ink.boneDim);
    fillPolygon(
        p.target,
        {P(-0.215f, yj + 0.16f), P(-0.165f, yj + 0.16f), P(-0.175f, 1.0f), P(-0.215f, 1.0f)},
        ink.boneDim);
    // Femur: shaft, flare and condyles resting above the joint space.
    fillPolygon(p.target,
                {P(-0.09f, 0), P(0.09f, 0), P(0.09f, 0.22f), P(0.21f, 0.37f), P(-0.21f, 0.37f),
                 P(-0.09f, 0.22f)},
                ink.bone);
    fillPolygon(p.target,
                ellipsePoints(P(0.115f, yj - gm / 2 - 0.075f), {0.108f * S, 0.08f * S}, 36),
                ink.bone);
    fillPolygon(p.target,
                ellipsePoints(P(-0.115f, yj - gl / 2 - 0.075f), {0.108f * S, 0.08f * S}, 36),
                ink.bone);
    fillPolygon(p.target, ellipsePoints(P(0, yj - 0.03f), {0.028f * S, 0.045f * S}, 20),
                ink.soft); // notch
    // Tibia: plateau (each side at its own joint-space height), tibial spines, shaft.
    const float tm = yj + gm / 2, tl = yj + gl / 2;
    fillPolygon(p.target,
                {P(-0.23f, tl), P(-0.03f, tl), P(0, yj - 0.012f), P(0.03f, tm), P(0.23f, tm),
                 P(0.21f, tm + 0.09f), P(0.09f, yj + 0.24f), P(0.085f, 1.0f), P(-0.085f, 1.0f),
                 P(-0.09f, yj + 0.24f), P(-0.21f, tl + 0.09f)},
                ink.bone);
    fillPolygon(p.target, ellipsePoints(P(0, yj - 0.13f), {0.07f * S, 0.085f * S}, 28),
                sf::Color(0xFF, 0xFF, 0xFF, 50)); // patella
    const float lx = r.left + r.width * 0.64f, lw = r.left + r.width - lx;
    if (oa) {
        const float yf = yj - gm / 2;
        fillPolygon(p.target, {P(0.2f, yf - 0.035f), P(0.26f, yf - 0.002f), P(0.2f, yf)}, ink.bone);
        fillPolygon(p.target, {P(0.215f, tm), P(0.27f, tm + 0.004f), P(0.215f, tm + 0.04f)},
                    ink.bone);
        line(p.target, P(0.04f, tm + 0.008f), P(0.21f, tm + 0.008f), std::max(2.0f, 0.01f * S),
             sf::Color::White);
        const sf::Vector2f at = P(0.13f, yj);
        calloutLabel(p, at, 0.065f * S, {lx, at.y},
                     "Medial joint space narrowed, osteophytes, sclerosis", lw);
    } else {
        calloutLabel(p, P(0, 0), 0, {lx, r.top + p.theme.px(20)}, caption(v), lw);
    }
    label(p, "medial", P(0.2f, 0.97f), med > 0 ? Align::Left : Align::Right);
    label(p, "lateral", P(-0.24f, 0.97f), med > 0 ? Align::Right : Align::Left);
    sideMarker(p, r, v.side);
}

void Imaging::kneeMri(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const FilmInk ink;
    const bool tear = v.finding == "meniscal-tear";
    const float S = std::min(r.width * 0.6f, r.height);
    const float cx = r.left + r.width * 0.3f, t = r.top + (r.height - S) / 2;
    auto P = [&](float x, float y) { return sf::Vector2f(cx + x * S, t + y * S); };
    fillPolygon(p.target, ellipsePoints(P(0, 0.5f), {0.42f * S, 0.5f * S}, 40),
                sf::Color(0x4A, 0x56, 0x62)); // soft tissue
    fillPolygon(p.target, {P(-0.08f, 0.0f), P(0.1f, 0.0f), P(0.14f, 0.3f), P(-0.12f, 0.3f)},
                ink.boneDim);
    fillPolygon(p.target, ellipsePoints(P(0.02f, 0.42f), {0.19f * S, 0.16f * S}, 40),
                ink.boneDim); // condyle
    fillPolygon(p.target, ellipsePoints(P(-0.25f, 0.38f), {0.05f * S, 0.11f * S}, 24),
                ink.boneDim); // patella
    fillPolygon(p.target,
                {P(-0.22f, 0.61f), P(0.24f, 0.61f), P(0.22f, 0.7f), P(0.1f, 0.8f), P(0.1f, 1.0f),
                 P(-0.1f, 1.0f), P(-0.1f, 0.8f), P(-0.2f, 0.7f)},
                ink.boneDim);
    // Cartilage (bright thin line) and the meniscus horns (dark triangles).
    line(p.target, P(-0.16f, 0.6f), P(0.2f, 0.6f), std::max(1.5f, 0.008f * S), ink.fluid);
    const sf::Color menis(0x12, 0x17, 0x1C);
    fillPolygon(p.target, {P(-0.23f, 0.6f), P(-0.1f, 0.6f), P(-0.22f, 0.53f)}, menis);
    const sf::Vector2f a = P(0.1f, 0.6f), b = P(0.25f, 0.6f), c = P(0.23f, 0.5f);
    fillPolygon(p.target, {a, b, c}, menis);
    label(p, "femur", P(0.2f, 0.12f));
    label(p, "tibia", P(0.14f, 0.9f));
    label(p, "patella", P(-0.33f, 0.22f), Align::Right);
    if (tear) {
        line(p.target, P(0.15f, 0.6f), P(0.2f, 0.545f), std::max(2.0f, 0.012f * S), ink.fluid);
        const float lx = r.left + r.width * 0.64f;
        calloutLabel(p, P(0.18f, 0.575f), 0.06f * S, {lx, P(0, 0.4f).y},
                     "Tear of the posterior horn of the medial meniscus", r.left + r.width - lx);
    } else {
        calloutLabel(p, P(0, 0), 0, {r.left + r.width * 0.64f, r.top + p.theme.px(20)}, caption(v),
                     r.width * 0.36f);
    }
    label(p, "anterior", P(-0.42f, 0.98f));
}

void Imaging::hipXray(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const FilmInk ink;
    const bool oa = v.finding == "osteoarthritis", scfe = v.finding == "physis-slip";
    const float S = std::min(r.width * 0.58f, r.height);
    const float lat =
        v.side == "left" ? 1.0f : -1.0f; // a right hip shows its lateral side on the viewer's left
    const float cx = r.left + r.width * 0.3f, t = r.top + (r.height - S) / 2;
    auto P = [&](float x, float y) { return sf::Vector2f(cx + lat * x * S, t + y * S); };
    const float R = 0.12f, gap = oa ? 0.01f : 0.03f;
    const sf::Vector2f H = P(0, 0.36f);
    // Pelvis: ilium above the acetabulum, pubis and ischium below and medial.
    fillPolygon(p.target,
                {P(-0.34f, 0.0f), P(0.24f, 0.0f), P(0.2f, 0.14f), P(0.13f, 0.22f), P(-0.18f, 0.24f),
                 P(-0.36f, 0.18f)},
                ink.boneDim);
    fillPolygon(p.target, {P(-0.36f, 0.48f), P(-0.1f, 0.5f), P(-0.13f, 0.72f), P(-0.36f, 0.7f)},
                ink.boneDim);
    // Acetabular roof (sourcil): a bright arc over the head.
    std::vector<sf::Vector2f> roof;
    for (int i = 0; i <= 24; ++i) {
        const float a = 3.14159f * (1.0f + i / 24.0f); // 180°..360°: the upper half
        roof.push_back(P((R + gap) * std::cos(a), 0.36f + (R + gap) * std::sin(a)));
    }
    for (int i = 0; i <= 24; ++i) {
        const float a = 3.14159f * (2.0f - i / 24.0f);
        roof.push_back(
            P((R + gap + 0.035f) * std::cos(a), 0.36f + (R + gap + 0.04f) * std::sin(a)));
    }
    for (std::size_t i = 0; i + 1 < 25; ++i)
        fillPolygon(p.target, {roof[i], roof[i + 1], roof[48 - i - 1], roof[48 - i]}, ink.bone);
    // Femur: neck, trochanters, shaft; then the head (slipped down and medially in SCFE).
    fillPolygon(p.target,
                {P(0.0f, 0.3f), P(0.16f, 0.42f), P(0.2f, 0.58f), P(0.08f, 0.6f), P(-0.02f, 0.44f)},
                ink.bone);
    fillPolygon(p.target, ellipsePoints(P(0.2f, 0.48f), {0.065f * S, 0.09f * S}, 24), ink.bone);
    fillPolygon(p.target, {P(0.09f, 0.56f), P(0.26f, 0.56f), P(0.24f, 1.0f), P(0.1f, 1.0f)},
                ink.bone);
    fillPolygon(p.target, ellipsePoints(P(0.075f, 0.66f), {0.03f * S, 0.03f * S}, 16), ink.bone);
    const sf::Vector2f hc = scfe ? P(-0.035f, 0.405f) : H;
    fillPolygon(p.target, ellipsePoints(hc, {R * S, R * S}, 40), ink.bone);
    if (scfe) {
        line(p.target, P(0.02f, 0.29f), P(0.09f, 0.47f), 2.5f, ink.dark); // widened physis
        const sf::Vector2f k0 = P(0.2f, 0.44f), k1 = P(-0.02f, 0.22f);    // along the superior neck
        line(p.target, k0, k1, 2.0f, ink.fluid);
        // Towards the film's edge, never into the callout on the right: a right hip's label runs
        // right, so it stops short of the callout (shortened, whole under the pointer).
        const sf::Vector2f at = P(-0.04f, 0.16f);
        const float calloutX = r.left + r.width * 0.64f;
        label(p, "Klein's line", at, lat > 0 ? Align::Right : Align::Left,
              lat > 0 ? at.x - r.left - p.theme.px(4) : calloutX - at.x - p.theme.px(8));
    }
    if (oa) {
        fillPolygon(p.target,
                    {P(R * 0.75f, 0.36f - R * 0.8f), P(R * 1.35f, 0.36f - R * 0.95f),
                     P(R * 1.05f, 0.36f - R * 0.45f)},
                    ink.bone);
        line(p.target, P(-R * 0.2f, 0.36f - R - gap - 0.012f),
             P(R * 0.7f, 0.36f - R - gap - 0.005f), std::max(2.0f, 0.01f * S), sf::Color::White);
    }
    const float lx = r.left + r.width * 0.64f, lw = r.left + r.width - lx;
    if (oa || scfe)
        calloutLabel(p, hc, (R + 0.04f) * S, {lx, hc.y},
                     oa ? "Superior joint space narrowed, osteophyte, sclerosis"
                        : "Epiphysis slipped off the femoral neck",
                     lw);
    else
        calloutLabel(p, hc, 0, {lx, r.top + p.theme.px(20)}, caption(v), lw);
    sideMarker(p, r, v.side);
}

} // namespace rc::ui
