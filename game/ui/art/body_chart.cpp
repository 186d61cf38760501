#include "game/ui/art/body_chart.hpp"

#include "game/ui/art/patient_figure.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

Symptom parseSymptom(const std::string& s) {
    if (s == "numbness") return Symptom::Numbness;
    if (s == "tingling") return Symptom::Tingling;
    return Symptom::Pain;
}

ChartSide parseChartSide(const std::string& s) {
    if (s == "left") return ChartSide::Left;
    if (s == "right") return ChartSide::Right;
    if (s == "both") return ChartSide::Both;
    return ChartSide::Midline;
}

namespace {

sf::Color colourOf(const Theme& th, Symptom k) {
    return k == Symptom::Pain ? th.c.pain : k == Symptom::Numbness ? th.c.numbness : th.c.tingling;
}

sf::FloatRect bounds(const Polygon& p) {
    float x0 = p[0].x, x1 = p[0].x, y0 = p[0].y, y1 = p[0].y;
    for (auto v : p) {
        x0 = std::min(x0, v.x), x1 = std::max(x1, v.x);
        y0 = std::min(y0, v.y), y1 = std::max(y1, v.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

} // namespace

namespace {
/// Chaikin corner cutting: softens the corners of a convex polygon (stays convex).
Polygon soften(const Polygon& p, int rounds) {
    Polygon cur = p;
    for (int k = 0; k < rounds; ++k) {
        Polygon next;
        for (std::size_t i = 0; i < cur.size(); ++i) {
            const sf::Vector2f a = cur[i], b = cur[(i + 1) % cur.size()];
            next.push_back(a * 0.75f + b * 0.25f);
            next.push_back(a * 0.25f + b * 0.75f);
        }
        cur = std::move(next);
    }
    return cur;
}
} // namespace

void BodyChart::fill(sf::RenderTarget& t, const Theme& th, const Polygon& input, Symptom kind) {
    if (input.size() < 3) return;
    const Polygon poly = input.size() <= 6 ? soften(input, 3) : input;
    const sf::Color c = colourOf(th, kind);
    const float s = std::max(1.0f, th.scale);
    switch (kind) {
    case Symptom::Pain:
        fillPolygon(t, poly, withAlpha(c, 230), c, 1.5f);
        break;
    case Symptom::Numbness: {
        fillPolygon(t, poly, withAlpha(sf::Color::White, 150), withAlpha(c, 220), 1.5f);
        const sf::FloatRect b = bounds(poly);
        const float step = 6.0f * s, r = 1.5f * s;
        int row = 0;
        for (float y = b.top + step / 2; y < b.top + b.height; y += step * 0.87f, ++row) {
            for (float x = b.left + (row % 2 ? step / 2 : 0); x < b.left + b.width; x += step)
                if (insideConvex(poly, {x, y})) disc(t, {x, y}, r, c);
        }
        break;
    }
    case Symptom::Tingling: {
        fillPolygon(t, poly, withAlpha(sf::Color::White, 150), withAlpha(c, 230), 1.5f);
        const sf::FloatRect b = bounds(poly);
        const float step = 6.5f * s;
        const sf::Vector2f dir(0.7071f, -0.7071f);
        for (float k = -b.height; k < b.width + b.height; k += step) {
            sf::Vector2f a, e;
            if (clipLine(poly, {b.left + k, b.top + b.height}, dir, a, e))
                line(t, a, e, 2.0f * s, c);
        }
        break;
    }
    }
}

sf::Color BodyChart::halo(const Theme& th, sf::Color skin) {
    return contrastRatio(sf::Color::White, skin) >= contrastRatio(th.c.text, skin)
               ? sf::Color::White
               : th.c.text;
}

void BodyChart::draw(sf::RenderTarget& t, const Theme& th, const FigureGeometry& g,
                     const std::vector<ChartMark>& marks) {
    // A ring under each mark in the colour that stands out from this skin, so pain (vermillion)
    // does not melt into a darker skin tone.
    const sf::Color ring = halo(th, skinTone(g.spec().skin));
    const float ringW = 3.0f * std::max(1.0f, th.scale);
    // Pain underneath, then stripes, then dots, so overlapping symptoms all stay visible.
    for (Symptom pass : {Symptom::Pain, Symptom::Tingling, Symptom::Numbness}) {
        for (const auto& m : marks) {
            if (m.kind != pass) continue;
            std::vector<BodySide> sides;
            if (regions::isMidline(m.region) || m.side == ChartSide::Both ||
                m.side == ChartSide::Midline)
                sides = regions::isMidline(m.region)
                            ? std::vector<BodySide>{BodySide::Left}
                            : std::vector<BodySide>{BodySide::Left, BodySide::Right};
            else
                sides = {m.side == ChartSide::Left ? BodySide::Left : BodySide::Right};
            for (BodySide s : sides)
                for (const auto& poly : regions::shapes(g, m.region, s)) {
                    if (poly.size() >= 3)
                        fillPolygon(t, poly.size() <= 6 ? soften(poly, 3) : poly,
                                    sf::Color::Transparent, ring, ringW);
                    fill(t, th, poly, m.kind);
                }
        }
    }
}

void BodyChart::swatch(sf::RenderTarget& t, const Theme& th, sf::Vector2f tl, float size,
                       Symptom kind) {
    const sf::FloatRect r(tl.x, tl.y, size, size);
    fill(t, th, roundedRectPoints(r, size * 0.2f, 3), kind);
}

void BodyChart::legend(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    const struct {
        Symptom k;
        const char* label;
    } items[] = {
        {Symptom::Pain, "Pain"}, {Symptom::Numbness, "Numbness"}, {Symptom::Tingling, "Tingling"}};
    const float sw = th.px(14), gapIn = th.px(6), gapOut = th.px(18);
    float total = 0;
    for (const auto& it : items)
        total += sw + gapIn + measure(ts, utf8(it.label)) + gapOut;
    total -= gapOut;
    float x = r.left + std::max(0.0f, (r.width - total) / 2);
    const float cy = r.top + r.height / 2;
    for (const auto& it : items) {
        swatch(p.target, th, {x, cy - sw / 2}, sw, it.k);
        x += sw + gapIn;
        x += drawLine(p.target, ts, utf8(it.label), x, cy) + gapOut;
    }
}

void BodyChart::orientation(const Painter& p, const FigureGeometry& g) {
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    for (BodySide s : {BodySide::Left, BodySide::Right}) {
        const sf::Vector2f k = g.knee(s);
        const float x = k.x + g.outward(s) * g.len(0.11f);
        drawLine(p.target, ts, utf8(s == BodySide::Left ? "L" : "R"), x, k.y, Align::Centre);
    }
}

} // namespace rc::ui
