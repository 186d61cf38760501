#include "game/ui/kit/chrome.hpp"

#include "game/engine/action_label.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/session.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"

#include <cstdio>
#include <sstream>

namespace rc::ui {

std::string patientLine(const rc::Session& s) {
    const auto& pt = s.kase().patient;
    return pt.name + ", " + std::to_string(pt.age) + ", " + pt.job;
}

float drawTopBar(const Painter& p, float width, const std::string& title, const rc::Session* s,
                 const Countdown* countdown, float reserveRight) {
    const Theme& th = p.theme;
    const float h = th.topBar();
    roundedRect(p.target, {0, 0, width, h}, 0, th.c.panel);
    hairline(p.target, 0, width, h - 1, th.c.border);
    const float cy = h / 2;
    float right = width - th.padding() - reserveRight;
    if (s) {
        const std::string vals[3] = {rc::oneDecimal(s->ledger().radiation) + " mSv",
                                     "£" + std::to_string(s->ledger().cost),
                                     std::to_string(s->ledger().minutes) + " min"};
        const Metric ms[3] = {Metric::Radiation, Metric::Money, Metric::Clock};
        const auto ts = p.text(TextSize::Body, Weight::Medium, th.c.text);
        for (int i = 0; i < 3; ++i) {
            const float w = th.px(22) + measure(ts, utf8(vals[i]));
            right -= w;
            metric(p, {right, cy}, ms[i], vals[i], th.c.textSecondary);
            right -= th.px(20);
        }
        // The money icon draws its own glyph in the panel colour; give the metrics a muted pill.
        if (countdown && !countdown->text.empty()) {
            const Countdown& cd = *countdown;
            // A quiet pill; in the last minutes a caution pill with its icon and words.
            const auto cs =
                p.text(TextSize::Body, cd.caution ? Weight::SemiBold : Weight::Medium, th.c.text);
            const float iw = cd.caution ? th.px(22) : 0;
            const float pw = measure(cs, utf8(cd.text)) + th.px(24) + iw, ph = th.px(30);
            right -= pw;
            const sf::FloatRect pill(right, cy - ph / 2, pw, ph);
            roundedRect(p.target, pill, ph / 2,
                        cd.caution ? withAlpha(th.c.caution, 46) : th.c.panelMuted,
                        cd.caution ? th.c.caution : th.c.border, 1);
            if (cd.caution)
                icon::caution(p.target, {pill.left + th.px(20), cy}, th.px(14), th.c.caution,
                              th.c.text);
            drawLine(p.target, cs, utf8(cd.text), pill.left + th.px(12) + iw, cy);
            right -= th.px(16);
        }
    }
    // The help's key, just before the ledger (or at the right), when the title still fits whole.
    const float hintW = helpHintWidth(p);
    const float titleW =
        measure(p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("Root Cause")) +
        (title.empty() ? 0.0f
                       : measure(p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                                 utf8("  ·  " + title)));
    if (hintW > 0 && th.padding() + titleW + th.px(24) + hintW <= right) {
        drawHelpHint(p, right, cy);
        right -= hintW + th.px(8);
    }
    float x = th.padding();
    x += drawLine(p.target, p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("Root Cause"),
                  x, cy);
    if (!title.empty())
        drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                 utf8("  ·  " + title), x, cy, Align::Left, right - x - th.px(16));
    return h;
}

float helpHintWidth(const Painter& p) {
    const Theme& th = p.theme;
    if (th.helpKey.empty()) return 0;
    const auto key = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    return measure(key, utf8(th.helpKey)) + th.px(12) + th.px(6) + measure(cap, utf8("Help"));
}

float drawHelpHint(const Painter& p, float right, float cy) {
    const Theme& th = p.theme;
    const float w = helpHintWidth(p);
    if (w <= 0) return 0;
    const auto key = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float kw = measure(key, utf8(th.helpKey)) + th.px(12), kh = th.px(20);
    const float left = right - w;
    // The key as a quiet keycap, then the word.
    roundedRect(p.target, {left, cy - kh / 2, kw, kh}, th.px(4), th.c.panelMuted, th.c.border, 1);
    drawLine(p.target, key, utf8(th.helpKey), left + kw / 2, cy, Align::Centre);
    drawLine(p.target, cap, utf8("Help"), left + kw + th.px(6), cy);
    return w;
}

sf::FloatRect drawBottomBar(const Painter& p, sf::Vector2f size) {
    const Theme& th = p.theme;
    const sf::FloatRect r(0, size.y - th.bottomBar(), size.x, th.bottomBar());
    roundedRect(p.target, r, 0, th.c.panel);
    hairline(p.target, 0, size.x, r.top, th.c.border);
    return r;
}

float drawShortcuts(const Painter& p, float right, float cy, const std::string& text, float maxW) {
    const auto ts = p.text(TextSize::Caption, Weight::Regular, p.theme.c.textSecondary);
    return drawLine(p.target, ts, utf8(text), right, cy, Align::Right, maxW);
}

std::string actionLabel(const rc::Session& s, const std::string& text) {
    return rc::actionLabel(s.catalog(), text);
}

} // namespace rc::ui
