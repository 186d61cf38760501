#include "game/ui/art/bar_chart.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rc::ui {
namespace {
std::string fmt(double v) {
    char b[32];
    if (std::fabs(v - std::round(v)) < 0.05)
        std::snprintf(b, sizeof b, "%.0f", v);
    else
        std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}
} // namespace

void BarChart::draw(const Painter& p, const sf::FloatRect& r, const std::vector<Bar>& bars) {
    if (bars.empty()) return;
    const Theme& th = p.theme;
    const auto ls = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto vs = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    float labelW = 0;
    for (const auto& b : bars)
        labelW = std::max(labelW, measure(ls, utf8(b.label)));
    labelW = std::min(labelW + th.px(12), r.width * 0.42f);
    const float valueW = measure(vs, utf8("100")) + th.px(12);
    const float rowH = std::min(r.height / static_cast<float>(bars.size()), th.px(36));
    const float barH = std::max(th.px(8), std::min(th.px(14), rowH * 0.4f));
    const float x0 = r.left + labelW, x1 = r.left + r.width - valueW;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const float cy = r.top + rowH * (static_cast<float>(i) + 0.5f);
        drawLine(p.target, ls, utf8(b.label), r.left, cy, Align::Left, labelW - th.px(12));
        roundedRect(p.target, {x0, cy - barH / 2, x1 - x0, barH}, barH / 2, th.c.divider);
        const float frac =
            static_cast<float>(std::clamp(b.max > 0 ? b.value / b.max : 0.0, 0.0, 1.0));
        if (frac > 0)
            roundedRect(p.target, {x0, cy - barH / 2, std::max(barH, (x1 - x0) * frac), barH},
                        barH / 2, b.color.a ? b.color : th.c.accent);
        drawLine(p.target, vs, utf8(fmt(b.value)), r.left + r.width, cy, Align::Right);
    }
}

void ColumnChart::draw(const Painter& p, const sf::FloatRect& r, const std::vector<Bar>& bars,
                       const std::string& axisLabel) {
    if (bars.empty()) return;
    const Theme& th = p.theme;
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const auto vs = p.text(TextSize::Caption, Weight::SemiBold, th.c.text);
    const float axisW = th.px(36), labelH = th.px(22), topPad = th.px(20);
    const sf::FloatRect plot(r.left + axisW, r.top + topPad, r.width - axisW,
                             r.height - topPad - labelH);
    const double mx = bars.front().max;
    for (int k = 0; k <= 4; ++k) {
        const float y = plot.top + plot.height * (1 - k / 4.0f);
        hairline(p.target, plot.left, plot.left + plot.width, y,
                 k == 0 ? th.c.border : th.c.divider);
        drawLine(p.target, cap, utf8(fmt(mx * k / 4)), plot.left - th.px(6), y, Align::Right);
    }
    const float slot = plot.width / static_cast<float>(bars.size());
    const float colW = std::min(slot * 0.6f, th.px(48));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const float cx = plot.left + slot * (static_cast<float>(i) + 0.5f);
        const float h = plot.height *
                        static_cast<float>(std::clamp(b.max > 0 ? b.value / b.max : 0.0, 0.0, 1.0));
        const sf::Color c = b.color.a ? b.color : th.c.series[i % th.c.series.size()];
        roundedRect(p.target, {cx - colW / 2, plot.top + plot.height - h, colW, h}, th.px(3), c);
        drawLine(p.target, vs, utf8(fmt(b.value)), cx, plot.top + plot.height - h - th.px(10),
                 Align::Centre);
        drawLine(p.target, cap, utf8(b.label), cx, plot.top + plot.height + labelH / 2 + th.px(2),
                 Align::Centre, slot - th.px(4));
    }
    if (!axisLabel.empty()) drawLine(p.target, cap, utf8(axisLabel), r.left, r.top + th.px(6));
}

} // namespace rc::ui
