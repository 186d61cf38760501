#include "game/ui/art/dermatome_map.hpp"

#include "game/ui/art/body_regions.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>

namespace rc::ui {
namespace {

/// The dermatome patches of one root on one leg, in the figure's view.
std::vector<Polygon> patches(const FigureGeometry& g, const std::string& root, BodySide s) {
    const bool front = g.spec().view == View::Front;
    const sf::Vector2f ankle = g.ankle(s);
    const float o = g.outward(s);
    auto foot = [&](float dx, float dy, float rx, float ry) {
        return ellipsePoints(ankle + sf::Vector2f(o * g.len(dx), g.len(dy)), {g.len(rx), g.len(ry)},
                             20);
    };
    if (root == "L2")
        return front
                   ? std::vector<Polygon>{g.limbPatch(Limb::Thigh, s, -0.05f, 0.45f, -0.95f, 0.95f)}
                   : std::vector<Polygon>{};
    if (root == "L3") {
        if (front)
            return {g.limbPatch(Limb::Thigh, s, 0.45f, 1.0f, -0.95f, 0.75f),
                    g.limbPatch(Limb::Shin, s, 0.0f, 0.1f, -0.95f, 0.2f)};
        return {g.limbPatch(Limb::Thigh, s, 0.6f, 0.95f, -0.98f, -0.55f)};
    }
    if (root == "L4") {
        if (front)
            return {g.limbPatch(Limb::Shin, s, 0.1f, 1.0f, -0.95f, -0.1f),
                    foot(-0.014f, 0.035f, 0.014f, 0.024f)};
        return {g.limbPatch(Limb::Shin, s, 0.05f, 0.95f, -0.98f, -0.55f)};
    }
    if (root == "L5") {
        if (front)
            return {g.limbPatch(Limb::Shin, s, 0.1f, 1.0f, -0.1f, 0.95f),
                    foot(0.01f, 0.036f, 0.017f, 0.026f)};
        return {g.limbPatch(Limb::Shin, s, 0.05f, 0.95f, 0.55f, 0.98f)};
    }
    if (root == "S1") {
        if (front) return {foot(0.032f, 0.04f, 0.008f, 0.02f)};
        return {g.limbPatch(Limb::Shin, s, 0.05f, 0.95f, -0.5f, 0.5f),
                foot(0, 0.04f, 0.024f, 0.024f)};
    }
    return {};
}

sf::Vector2f centre(const Polygon& p) {
    sf::Vector2f c;
    for (auto v : p)
        c += v;
    return c / static_cast<float>(p.size());
}

bool wanted(const std::string& side, BodySide s) {
    if (side.empty() || side == "both") return true;
    return (side == "left") == (s == BodySide::Left);
}

} // namespace

const std::vector<std::string>& DermatomeMap::roots() {
    static const std::vector<std::string> r = {"L2", "L3", "L4", "L5", "S1"};
    return r;
}

void DermatomeMap::drawView(const Painter& p, const FigureGeometry& g,
                            const std::vector<std::string>& highlight, const std::string& side,
                            unsigned parts) {
    const Theme& th = p.theme;
    if (parts & kFigure) PatientFigure::draw(p.target, g);
    const bool any = !highlight.empty();
    const auto& rs = roots();
    for (std::size_t i = 0; (parts & kTints) && i < rs.size(); ++i) {
        const bool hot = std::find(highlight.begin(), highlight.end(), rs[i]) != highlight.end();
        const sf::Color base = th.c.series[i];
        for (BodySide s : {BodySide::Left, BodySide::Right}) {
            const bool strong = hot && wanted(side, s);
            const sf::Color fill = strong ? withAlpha(base, 215) : withAlpha(base, any ? 60 : 150);
            for (const auto& poly : patches(g, rs[i], s))
                fillPolygon(p.target, poly, fill, withAlpha(sf::Color::White, strong ? 255 : 140),
                            strong ? 1.5f : 1.0f);
        }
    }
    // Labels on one leg (the highlighted side if there is one): a white pill with the root name;
    // none on legs too short to hold the pills apart (the tints and the panel's title remain).
    if (!(parts & kLabels)) return;
    const BodySide labelSide = side == "left" ? BodySide::Left : BodySide::Right;
    const bool front = g.spec().view == View::Front;
    for (std::size_t i = 0; i < rs.size(); ++i) {
        // S1 is labelled on the back view, the others on the front, so labels never collide.
        if ((rs[i] == "S1") == front) continue;
        const auto ps = patches(g, rs[i], labelSide);
        if (ps.empty()) continue;
        const bool hot = std::find(highlight.begin(), highlight.end(), rs[i]) != highlight.end();
        const auto ts = p.text(TextSize::Caption, hot ? Weight::Bold : Weight::Medium,
                               hot ? th.c.text : th.c.textSecondary);
        // L4 and L5 share the shin: stagger their labels so they never touch.
        const float dy = rs[i] == "L4" ? -th.px(14) : rs[i] == "L5" ? th.px(14) : 0;
        const sf::Vector2f c = centre(ps[0]) + sf::Vector2f(0, dy);
        const float w = measure(ts, utf8(rs[i])) + th.px(8), h = th.px(18);
        roundedRect(p.target, {c.x - w / 2, c.y - h / 2, w, h}, h / 2,
                    withAlpha(th.c.panel, hot ? 255 : 225),
                    hot ? th.c.text : sf::Color::Transparent, hot ? 1.0f : 0.0f);
        drawLine(p.target, ts, utf8(rs[i]), c.x, c.y, Align::Centre);
    }
}

void DermatomeMap::draw(const Painter& p, const sf::FloatRect& r, const FigureSpec& patient,
                        const std::vector<std::string>& highlight, const std::string& side) {
    const Theme& th = p.theme;
    const float capH = th.px(22);
    const auto cap = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const float half = r.width / 2;
    for (int k = 0; k < 2; ++k) {
        FigureSpec sp = patient;
        sp.view = k == 0 ? View::Front : View::Back;
        sp.face = Expression::Calm;
        sp.skin = 0; // a neutral diagram, no clothes
        const sf::FloatRect box(r.left + k * half, r.top + capH, half, r.height - capH);
        drawLine(p.target, cap, utf8(k == 0 ? "Front" : "Back"), box.left + half / 2,
                 r.top + capH / 2, Align::Centre);
        // Zoom on the legs: the figure from the waist (y≈0.40) down fills the box; the rest is
        // clipped.
        const float figH = std::min(box.height / 0.6f, box.width / 0.26f);
        const float legsH = figH * 0.6f; // waist (y≈0.40) to soles
        const sf::FloatRect fig(box.left, box.top + (box.height - legsH) / 2 - 0.4f * figH,
                                box.width, figH);
        ClipScope clip(p.target, box);
        drawView(p, FigureGeometry(sp, fig, 0.26f), highlight, side,
                 kFigure | kTints | (legsH >= th.px(170) ? kLabels : 0u));
    }
}

} // namespace rc::ui
