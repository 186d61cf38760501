#include "game/ui/kit/widgets.hpp"

#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

float buttonWidth(const Painter& p, const std::string& label, bool chevron) {
    const auto st = p.text(TextSize::Body, Weight::SemiBold, p.theme.c.text);
    return std::round(measure(st, utf8(label)) + p.theme.px(40) + (chevron ? p.theme.px(18) : 0));
}

void button(const Painter& p, const sf::FloatRect& r, const std::string& label, ButtonKind kind,
            const ControlState& st, bool chevron) {
    const Theme& th = p.theme;
    const float rad = th.px(6);
    sf::Color fill, fg, border = sf::Color::Transparent;
    switch (kind) {
    case ButtonKind::Primary:
        fill = st.hovered ? th.c.accentHover : th.c.accent;
        fg = th.c.onAccent;
        break;
    case ButtonKind::Secondary:
        fill = st.hovered ? th.c.panelMuted : th.c.panel;
        fg = th.c.accent;
        border = th.c.border;
        break;
    case ButtonKind::Quiet:
        fill = st.hovered ? th.c.accentSoft : sf::Color::Transparent;
        fg = th.c.accent;
        break;
    }
    if (!st.enabled) {
        fill = kind == ButtonKind::Primary ? mix(th.c.accent, th.c.background, 0.6f) : fill;
        fg = kind == ButtonKind::Primary ? th.c.onAccent : th.c.textDisabled;
    }
    roundedRect(p.target, r, rad, fill, border, border.a ? 1.0f : 0.0f);
    const auto ts = p.text(TextSize::Body, Weight::SemiBold, fg);
    const float chev = chevron ? th.px(18) : 0;
    const float maxW = r.width - th.px(24) - chev;
    // Measured as shortened (quietly: drawLine reports the cut, and the tip shows it whole).
    TextStyle quiet = ts;
    quiet.drawn = nullptr;
    const float w = measure(ts, ellipsize(quiet, utf8(label), maxW)) + chev;
    const float x = r.left + (r.width - w) / 2;
    const float cy = r.top + r.height / 2;
    drawLine(p.target, ts, utf8(label), x, cy, Align::Left, maxW);
    if (chevron) icon::chevronRight(p.target, {x + w - th.px(6), cy}, th.px(14), fg);
    if (st.focused) focusRing(p.target, th, r, rad);
}

void symbolButton(const Painter& p, const sf::FloatRect& r, Symbol s, ButtonKind kind,
                  const ControlState& st) {
    button(p, r, "", kind, st);
    const Theme& th = p.theme;
    const sf::Color fg = !st.enabled                   ? th.c.textDisabled
                         : kind == ButtonKind::Primary ? th.c.onAccent
                                                       : th.c.accent;
    const sf::Vector2f c(r.left + r.width / 2, r.top + r.height / 2);
    const float size = std::min(r.width, r.height) * 0.55f;
    if (s == Symbol::Minus)
        icon::minus(p.target, c, size, fg);
    else
        icon::plus(p.target, c, size, fg);
}

std::vector<sf::FloatRect> segmented(const Painter& p, const sf::FloatRect& r,
                                     const std::vector<std::string>& labels, int selected,
                                     int hovered) {
    const Theme& th = p.theme;
    std::vector<sf::FloatRect> out;
    if (labels.empty()) return out;
    roundedRect(p.target, r, th.px(6), th.c.panelMuted, th.c.border, 1);
    const auto measureStyle = p.text(TextSize::Caption, Weight::SemiBold, th.c.text);
    const float n = static_cast<float>(labels.size());
    std::vector<float> widths;
    float sum = 0;
    for (const std::string& l : labels) {
        widths.push_back(measure(measureStyle, utf8(l)));
        sum += widths.back();
    }
    const float spare = std::max(0.0f, r.width - sum) / n;
    for (float& w : widths)
        w = sum > r.width ? r.width / n : w + spare;
    float x = r.left;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const sf::FloatRect part(x, r.top, widths[k], r.height);
        x += widths[k];
        const bool sel = static_cast<int>(k) == selected;
        if (sel)
            roundedRect(p.target, inset(part, th.px(3)), th.px(4), th.c.accent);
        else if (static_cast<int>(k) == hovered)
            roundedRect(p.target, inset(part, th.px(3)), th.px(4), th.c.accentSoft);
        drawLine(
            p.target,
            p.text(TextSize::Caption, Weight::SemiBold, sel ? th.c.onAccent : th.c.textSecondary),
            utf8(labels[k]), part.left + part.width / 2, part.top + part.height / 2,
            Align::Centre, part.width);
        out.push_back(part);
    }
    return out;
}

std::vector<sf::FloatRect> tabs(const Painter& p, const sf::FloatRect& r,
                                const std::vector<std::string>& labels, int selected, int hovered,
                                int focused) {
    const Theme& th = p.theme;
    std::vector<sf::FloatRect> out;
    float x = r.left;
    hairline(p.target, r.left, r.left + r.width, r.top + r.height - 1, th.c.border);
    // Natural widths; when they do not fit, shrink the padding, then share the width equally.
    const auto bold = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    float textTotal = 0;
    for (const auto& l : labels)
        textTotal += measure(bold, utf8(l));
    const float n = static_cast<float>(std::max<std::size_t>(1, labels.size()));
    const float padEach = std::clamp((r.width - textTotal) / n, th.px(12), th.px(32));
    const bool squeeze = textTotal + padEach * n > r.width;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const bool sel = static_cast<int>(i) == selected;
        const auto ts = p.text(TextSize::Body, sel ? Weight::SemiBold : Weight::Medium,
                               sel ? th.c.accent : th.c.textSecondary);
        const float w = squeeze ? r.width / n : measure(bold, utf8(labels[i])) + padEach;
        const sf::FloatRect tr(x, r.top, w, r.height);
        if (static_cast<int>(i) == hovered && !sel)
            roundedRect(p.target, inset(tr, th.px(4)), th.px(6), th.c.panelMuted);
        drawLine(p.target, ts, utf8(labels[i]), x + w / 2, r.top + r.height / 2 - 1, Align::Centre,
                 w - th.px(12));
        if (sel)
            roundedRect(p.target,
                        {x + th.px(8), r.top + r.height - th.px(3), w - th.px(16), th.px(3)},
                        th.px(1.5f), th.c.accent);
        if (static_cast<int>(i) == focused) focusRing(p.target, th, inset(tr, th.px(4)), th.px(6));
        out.push_back(tr);
        x += w;
    }
    return out;
}

void listRow(const Painter& p, const sf::FloatRect& r, const std::string& label,
             const RowStatus& status, const ControlState& st) {
    const Theme& th = p.theme;
    if (st.selected)
        roundedRect(p.target, r, th.px(6), th.c.accentSoft);
    else if (st.hovered)
        roundedRect(p.target, r, th.px(6), th.c.panelMuted);
    const float cy = r.top + r.height / 2;
    float right = r.left + r.width - th.px(10);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    if (!status.caption.empty()) {
        right -= drawLine(p.target, cap, utf8(status.caption), right, cy, Align::Right);
        right -= th.px(8);
    }
    if (status.done) {
        const float s = th.px(14);
        if (status.mark == RowStatus::Mark::Bad)
            icon::cross(p.target, {right - s / 2, cy}, s * 0.85f, th.c.bad);
        else
            icon::tick(p.target, {right - s / 2, cy}, s,
                       status.mark == RowStatus::Mark::Good ? th.c.good : th.c.textSecondary);
        right -= s + th.px(8);
    } else {
        right -= th.px(22); // keep labels aligned whether or not a tick is shown
    }
    const auto ts =
        p.text(TextSize::Body, Weight::Regular,
               st.enabled ? (status.done ? th.c.textSecondary : th.c.text) : th.c.textDisabled);
    const float left = r.left + th.px(10);
    drawLine(p.target, ts, utf8(label), left, cy, Align::Left, right - left - th.px(8));
    if (st.focused) focusRing(p.target, th, r, th.px(6));
}

float chip(const Painter& p, sf::Vector2f tl, const std::string& label, sf::Color fg,
           sf::Color bg) {
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::Medium, fg);
    const float w = measure(ts, utf8(label)) + th.px(16);
    const float h = th.px(22);
    roundedRect(p.target, {tl.x, tl.y, w, h}, h / 2, bg);
    drawLine(p.target, ts, utf8(label), tl.x + th.px(8), tl.y + h / 2);
    return w;
}

float metric(const Painter& p, sf::Vector2f lc, Metric m, const std::string& value, sf::Color fg) {
    const Theme& th = p.theme;
    const float s = th.px(16);
    const sf::Vector2f ic(lc.x + s / 2, lc.y);
    switch (m) {
    case Metric::Clock:
        icon::clock(p.target, ic, s, fg, th.c.panel);
        break;
    case Metric::Radiation:
        icon::radiation(p.target, ic, s, fg, th.c.panel);
        break;
    case Metric::Money: {
        disc(p.target, ic, s / 2, fg);
        const auto ps = p.text(TextSize::Caption, Weight::Bold, th.c.panel);
        drawLine(p.target, {ps.font, th.size(TextSize::Caption) - 2, th.c.panel}, utf8("£"), ic.x,
                 ic.y + 0.5f, Align::Centre);
        break;
    }
    }
    const auto ts = p.text(TextSize::Body, Weight::Medium, th.c.text);
    const float w = drawLine(p.target, ts, utf8(value), lc.x + s + th.px(6), lc.y);
    return s + th.px(6) + w;
}

void sectionHeading(const Painter& p, const sf::FloatRect& r, const std::string& label) {
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const float cy = r.top + r.height / 2;
    const float w = drawLine(p.target, ts, utf8(label), r.left, cy, Align::Left, r.width);
    if (w + th.px(12) < r.width)
        hairline(p.target, r.left + w + th.px(10), r.left + r.width, cy, th.c.divider);
}

float toggleSwitch(const Painter& p, float right, float cy, bool on) {
    const Theme& th = p.theme;
    const float w = th.px(44), h = th.px(24);
    const sf::FloatRect sw(right - w, cy - h / 2, w, h);
    roundedRect(p.target, sw, h / 2, on ? th.c.accent : th.c.border);
    disc(p.target, {on ? sw.left + w - h / 2 : sw.left + h / 2, cy}, h / 2 - th.px(3), th.c.panel);
    const auto st = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    const sf::String word = utf8(on ? "On" : "Off");
    drawLine(p.target, st, word, sw.left - th.px(8), cy, Align::Right);
    return w + th.px(8) + measure(st, word);
}

void textField(const Painter& p, const sf::FloatRect& r, const std::string& label,
               const std::string& value, const std::string& placeholder, bool focused) {
    const Theme& th = p.theme;
    drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary), utf8(label),
             r.left, r.top + th.px(8));
    const sf::FloatRect box(r.left, r.top + th.px(18), r.width, r.height - th.px(18));
    roundedRect(p.target, box, th.px(6), th.c.panel, focused ? th.c.accent : th.c.border,
                focused ? 2.0f : 1.0f);
    const float cy = box.top + box.height / 2;
    float w = 0;
    if (!value.empty())
        w = drawLine(p.target, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(value),
                     box.left + th.px(12), cy, Align::Left, box.width - th.px(24));
    else
        drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textDisabled),
                 utf8(placeholder), box.left + th.px(12), cy, Align::Left, box.width - th.px(24));
    if (focused)
        roundedRect(
            p.target,
            {box.left + th.px(13) + w, box.top + th.px(9), th.px(2), box.height - th.px(18)}, 0,
            th.c.accent);
}

std::string trimSpaces(std::string s) {
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    while (!s.empty() && s.front() == ' ')
        s.erase(s.begin());
    return s;
}

} // namespace rc::ui
