// Imaging::spine: a sagittal schematic of L1–S1 with the case's finding.
#include "game/ui/art/imaging.hpp"
#include "game/ui/kit/shapes.hpp"

#include <SFML/Graphics/Transform.hpp>
#include <algorithm>
#include <cmath>

namespace rc::ui {
namespace {

const char* const kNames[6] = {"L1", "L2", "L3", "L4", "L5", "S1"};

/// Index of the upper vertebra of a disc level "L4-L5" (L1=0 … L5=4), or -1.
int levelIndex(const std::string& level) {
    for (int i = 0; i < 5; ++i)
        if (level.size() >= 2 && level.compare(0, 2, kNames[i]) == 0) return i;
    return -1;
}

std::vector<sf::Vector2f> transformed(const sf::Transform& t, std::vector<sf::Vector2f> pts) {
    for (auto& p : pts)
        p = t.transformPoint(p);
    return pts;
}

} // namespace

void Imaging::spine(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const Theme& th = p.theme;
    const FilmInk ink;
    const bool mri = v.kind == "spine-mri";
    const int lvl = levelIndex(v.level);
    const std::string& f = v.finding;
    const float U = std::min(r.height / 9.4f, r.width * 0.55f / 3.6f);
    const float W = 1.45f * U, discH = 0.34f * U;
    const float cx0 = r.left + r.width * 0.27f;
    const float top = r.top + (r.height - (5 * U + 5 * discH + 1.6f * U)) / 2;
    const float slip = (f == "slip" && lvl >= 0) ? std::clamp(v.grade, 1, 5) * 0.25f * W : 0;

    // Centre and tilt of L1..L5, then the sacrum: a gentle lordosis (L3 most anterior).
    sf::Transform tf[6];
    float y = top + U / 2;
    for (int i = 0; i < 6; ++i) {
        const float s = std::sin(3.14159f * (i + 0.5f) / 6.0f);
        float x = cx0 - 0.45f * U * s + 0.3f * U * (i == 5);
        if (slip > 0 && i <= lvl) x -= slip;
        const float ang = -18.0f * std::cos(3.14159f * (i + 0.5f) / 6.0f) + (i == 5 ? 28.0f : 0);
        tf[i] = sf::Transform().translate(x, y).rotate(ang);
        y += U + discH;
    }
    // CSF column (MRI) or canal outline behind the bodies.
    for (int i = 0; i < 5; ++i) {
        const bool narrow = f == "stenosis" && i == lvl;
        const float cw = (narrow ? 0.12f : 0.36f) * U;
        const float x0 = W / 2 + 0.07f * U;
        auto a = transformed(tf[i], {{x0, -U / 2 - discH / 2}, {x0 + cw, -U / 2 - discH / 2}});
        auto b = transformed(tf[i + 1], {{x0 + cw, -U / 2 - discH / 2}, {x0, -U / 2 - discH / 2}});
        if (narrow) {
            const auto m =
                transformed(tf[i], {{x0, U / 2 + discH / 2}, {x0 + cw, U / 2 + discH / 2}});
            fillPolygon(p.target, {a[0], a[1], m[1], m[0]}, mri ? ink.fluid : ink.soft);
            fillPolygon(p.target, {m[0], m[1], b[0], b[1]}, mri ? ink.fluid : ink.soft);
        } else {
            fillPolygon(p.target, {a[0], a[1], b[0], b[1]}, mri ? ink.fluid : ink.soft);
        }
    }
    // Discs.
    sf::Vector2f findingAt = tf[std::max(0, lvl)].transformPoint(0, U / 2 + discH / 2);
    for (int i = 0; i < 5; ++i) {
        const bool here = i == lvl;
        const bool degen = here && f == "degeneration";
        const float hh = degen ? 0.45f : 1.0f;
        const float gap = discH * (1 - hh) / 2;
        auto up = transformed(tf[i], {{-W / 2 + 2, U / 2 + gap}, {W / 2 - 2, U / 2 + gap}});
        auto dn = transformed(tf[i + 1], {{W / 2 - 2, -U / 2 - gap}, {-W / 2 + 2, -U / 2 - gap}});
        const sf::Color discCol = mri ? (degen ? ink.dark : ink.fluid) : ink.dark;
        float bulge = 0;
        if (here && f == "bulge") bulge = 0.14f * U;
        if (here && (f == "protrusion" || f == "stenosis")) bulge = 0.3f * U;
        if (here && f == "extrusion") bulge = 0.42f * U;
        const sf::Vector2f midPost = (up[1] + dn[0]) / 2.0f;
        sf::Vector2f out = tf[i].transformPoint(1, 0) - tf[i].transformPoint(0, 0);
        std::vector<sf::Vector2f> poly = {up[0], up[1]};
        if (bulge > 0) poly.push_back(midPost + out * bulge);
        poly.push_back(dn[0]);
        poly.push_back(dn[1]);
        fillPolygon(p.target, poly, discCol);
        if (here && f == "extrusion") // the fragment migrates down behind the next body
            fillPolygon(p.target,
                        ellipsePoints(midPost + out * (0.3f * U) + sf::Vector2f(0, 0.35f * U),
                                      {0.14f * U, 0.32f * U}, 20),
                        discCol);
        if (here)
            findingAt =
                bulge > 0 ? midPost + out * (bulge * 0.6f) : (up[0] + up[1] + dn[0] + dn[1]) / 4.0f;
    }
    // Vertebral bodies and posterior elements.
    for (int i = 0; i < 6; ++i) {
        const sf::Color body = mri ? ink.boneDim : ink.bone;
        const sf::Color edge = mri ? ink.bone : sf::Color(0xF2, 0xF5, 0xF7);
        if (i < 5) {
            fillPolygon(p.target,
                        transformed(tf[i], roundedRectPoints({-W / 2, -U / 2, W, U}, 0.14f * U, 4)),
                        body, edge, mri ? 1.0f : 2.0f);
            // Pedicle, lamina and spinous process.
            const float px0 = W / 2;
            fillPolygon(p.target,
                        transformed(tf[i], {{px0 - 2, -U * 0.48f},
                                            {px0 + 0.5f * U, -U * 0.46f},
                                            {px0 + 0.5f * U, -U * 0.12f},
                                            {px0 - 2, -U * 0.1f}}),
                        body);
            fillPolygon(p.target,
                        transformed(tf[i], {{px0 + 0.46f * U, -U * 0.5f},
                                            {px0 + 0.8f * U, -U * 0.52f},
                                            {px0 + 1.45f * U, 0.0f},
                                            {px0 + 1.38f * U, 0.32f * U},
                                            {px0 + 0.7f * U, 0.3f * U},
                                            {px0 + 0.48f * U, 0.1f * U}}),
                        body, edge, 1.0f);
            if (f == "pars-defect" && i == lvl) {
                const auto g =
                    transformed(tf[i], {{px0 + 0.5f * U, -U * 0.3f}, {px0 + 0.75f * U, 0.2f * U}});
                line(p.target, g[0], g[1], std::max(2.0f, 0.08f * U), th.c.film);
                findingAt = (g[0] + g[1]) / 2.0f;
            }
            if (f == "degeneration" && i == lvl) // anterior osteophytes
                for (float sgn : {1.0f, -1.0f}) {
                    const int k = sgn > 0 ? i : i + 1;
                    const float yy = sgn * U / 2;
                    fillPolygon(p.target,
                                transformed(tf[k], {{-W / 2, yy - sgn * 0.25f * U},
                                                    {-W / 2 - 0.18f * U, yy + sgn * 0.05f * U},
                                                    {-W / 2 + 0.2f * U, yy}}),
                                body);
                }
            if (f == "stenosis" && i == lvl) // thickened ligamentum flavum
                fillPolygon(p.target,
                            transformed(tf[i], {{px0 + 0.44f * U, 0.2f * U},
                                                {px0 + 0.48f * U, U * 0.72f},
                                                {px0 + 0.24f * U, U * 0.66f},
                                                {px0 + 0.3f * U, 0.34f * U}}),
                            ink.boneDim);
        } else {
            // Sacrum: a wedge tilted forward, tapering down and back.
            fillPolygon(p.target,
                        transformed(tf[i], {{-W / 2, -U / 2},
                                            {W / 2, -U / 2},
                                            {W / 2 + 0.5f * U, 0.9f * U},
                                            {0.3f * U, 1.6f * U},
                                            {-W / 2 + 0.3f * U, 0.5f * U}}),
                        body, edge, mri ? 1.0f : 2.0f);
        }
        const auto ts = p.text(TextSize::Caption, Weight::SemiBold, ink.label);
        const sf::Vector2f lp =
            tf[i].transformPoint(-W / 2 - (i == 5 ? 0.2f : 0.3f) * U, i == 5 ? 0.2f * U : 0);
        drawLine(p.target, ts, utf8(kNames[i]), lp.x, lp.y, Align::Right);
    }
    // Orientation hint and the callout.
    const auto cap = p.text(TextSize::Caption, Weight::Regular, ink.boneDim);
    drawLine(p.target, cap, utf8("anterior"), r.left, r.top + r.height - th.px(8));
    const sf::Vector2f post = tf[4].transformPoint(W / 2 + 1.6f * U, U);
    drawLine(p.target, cap, utf8("posterior"), post.x, r.top + r.height - th.px(8));
    const float lx = r.left + r.width * 0.6f;
    if (f != "normal" && !f.empty() && lvl >= 0)
        calloutLabel(p, findingAt, 0.42f * U, {lx, findingAt.y}, caption(v), r.left + r.width - lx);
    else
        calloutLabel(p, {lx - 4, r.top + th.px(20)}, 0, {lx, r.top + th.px(20)},
                     "No abnormality shown", r.left + r.width - lx);
}

} // namespace rc::ui
