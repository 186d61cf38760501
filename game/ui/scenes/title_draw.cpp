// The title screen drawn: what the game is, the player's settings and the menu.
#include "game/ui/scenes/title_view.hpp"

namespace rc::ui::title {

void TitleScene::row(const Painter& p, const sf::FloatRect& r, int item, const std::string& label,
                     const std::string& value, bool toggle, bool on) {
    const Theme& th = p.theme;
    if (hover_ / 10 == item) roundedRect(p.target, r, th.px(6), th.c.panelMuted);
    const float cy = r.top + r.height / 2;
    // A stepper row's label stops before the stepper (− value +, see stepper()); a toggle's
    // before its On / Off word and switch.
    const float toggleW = toggle ? toggleSwitch(p, r.left + r.width - th.px(10), cy, on) : 0;
    const float stepperW = item == Volume ? th.px(164) : item == Scale ? th.px(150) : 0;
    const float labelW = stepperW > 0 ? r.width - stepperW - th.px(16)
                         : toggle     ? r.width - toggleW - th.px(28)
                                      : r.width * 0.55f;
    drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(label),
             r.left + th.px(10), cy, Align::Left, labelW);
    if (!toggle && !value.empty())
        drawLine(p.target, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(value),
                 r.left + r.width - th.px(10), cy, Align::Right, r.width * 0.4f);
    hits_.add(r, item);
    if (focus_ == item) focusRing(p.target, th, r, th.px(6));
}

void TitleScene::stepper(const Painter& p, const sf::FloatRect& r, int item,
                         const std::string& value, const bool* muted) {
    const Theme& th = p.theme;
    const float bs = th.px(30), valueW = th.px(muted ? 84 : 70), rowH = r.height;
    const float plusX = r.left + r.width - th.px(10) - bs, minusX = plusX - valueW - bs;
    for (int k = 1; k <= 2; ++k) {
        const sf::FloatRect b(k == 2 ? plusX : minusX, r.top + (rowH - bs) / 2, bs, bs);
        symbolButton(p, b, k == 2 ? Symbol::Plus : Symbol::Minus, ButtonKind::Secondary,
                     ControlState{hover_ == item * 10 + k, false, true, false});
        hits_.add(b, item, k);
    }
    const float cx = minusX + bs + valueW / 2, cy = r.top + rowH / 2;
    const auto st = p.text(TextSize::Body, Weight::Medium, th.c.text);
    if (!muted) {
        drawLine(p.target, st, utf8(value), cx, cy, Align::Centre);
        return;
    }
    // The speaker and the value together are the mute switch.
    const sf::FloatRect sw(minusX + bs + th.px(4), r.top + (rowH - bs) / 2, valueW - th.px(8), bs);
    if (hover_ == item * 10 + 3) roundedRect(p.target, sw, th.px(6), th.c.accentSoft);
    const float icon = th.px(22);
    const float textW = measure(st, utf8(value));
    const float left = cx - (icon + th.px(6) + textW) / 2;
    icon::speaker(p.target, {left + icon / 2, cy}, icon, *muted ? th.c.textSecondary : th.c.accent,
                  *muted);
    drawLine(p.target, st, utf8(value), left + icon + th.px(6), cy, Align::Left);
    hits_.add(sw, item, 3);
}

void TitleScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    play::Profile& pr = ctx_.game->profile;
    // Left: the title and what the game is.
    const float left = std::max(th.gap(), size_.x * 0.07f), colW = size_.x * 0.42f;
    float y = size_.y * 0.2f;
    drawHelpHint(p, left + helpHintWidth(p), th.px(22)); // above the title, at every size
    drawLine(t, p.text(TextSize::Title, Weight::Bold, th.c.accent), utf8("Root Cause"), left, y);
    y += th.px(34);
    y += drawParagraph(t, p.text(TextSize::Heading, Weight::Medium, th.c.text),
                       utf8("Knee pain with a story behind it."), {left, y, colW, th.px(60)});
    y += th.px(12);
    const float descH = drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
        utf8("Interview, examine and investigate patients whose knee hurts. Is it the "
             "knee, the hip, or a "
             "lumbar nerve root? Decide, plan their care, see them again weeks later, "
             "and learn from an "
             "expert's debrief."),
        {left, y, colW, th.px(140)});
    if (tutorial_ && !hasSave_ && pr.isNew() && ctx_.game->notice.empty())
        drawParagraph(t, p.text(TextSize::Body, Weight::Medium, th.c.accent),
                      utf8("New here? Start with the Tutorial: one patient, about ten minutes, "
                           "with a coach at every step."),
                      {left, y + descH + th.px(24), colW, th.px(90)});
    if (!ctx_.game->notice.empty()) {
        const sf::FloatRect nr(left, size_.y * 0.62f, colW, size_.y * 0.3f);
        icon::caution(t, {nr.left + th.px(8), nr.top + th.px(10)}, th.px(16), th.c.caution,
                      th.c.text);
        const std::string& problems = ctx_.game->contentProblems;
        // The first problem as rootcause-lint prints it, then a button to read them all.
        const std::string first = problems.substr(0, problems.find('\n'));
        const std::string text =
            ctx_.game->notice + (problems.empty() ? std::string() : "\n" + first);
        const Paragraph para = rc::ui::layout(p.text(TextSize::Caption, Weight::Regular, th.c.text),
                                              utf8(text), nr.width - th.px(24), 6);
        const float used =
            drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.text), utf8(text),
                          {nr.left + th.px(24), nr.top, nr.width - th.px(24),
                           std::min(nr.height - th.px(48), para.height())});
        if (enabled(Problems)) {
            const std::string label = "Read all the problems";
            const sf::FloatRect br(nr.left + th.px(24), nr.top + used + th.px(8),
                                   buttonWidth(p, label) + th.px(24), th.px(36));
            button(p, br, label, ButtonKind::Secondary,
                   ControlState{hover_ / 10 == Problems, focus_ == Problems, true, false});
            hits_.add(br, Problems);
        }
    }
    // Right: profile, settings and the way in.
    const float pw = std::min(size_.x * 0.42f, th.px(480));
    // Eleven rows of 44 px, tighter (down to 30) when the window is too short for the whole
    // panel; shorter still (640x480), the keys line below them goes (the keys are the usual ones).
    const float avail = size_.y - 2 * th.gap();
    const float keysH = avail >= th.px(140) + 11 * th.px(34) ? th.px(40) : 0;
    const float fixedH = th.px(100) + keysH;
    const float rowH = std::clamp((avail - fixedH) / 11, th.px(30), th.px(44));
    const float ph = fixedH + rowH * 11;
    const sf::FloatRect pnl(size_.x - pw - std::max(th.gap(), size_.x * 0.06f),
                            std::max(th.gap(), (size_.y - ph) / 2), pw, ph);
    panel(t, th, pnl);
    const sf::FloatRect in = inset(pnl, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Player"), in.left,
             in.top + th.px(12));
    y = in.top + th.px(32);
    // Name field.
    const sf::FloatRect nameR(in.left, y, in.width, rowH);
    roundedRect(t, inset(nameR, th.px(3)), th.px(6), th.c.panel,
                focus_ == Name ? th.c.accent : th.c.border, focus_ == Name ? 2.0f : 1.0f);
    const auto nameSt = p.text(TextSize::Body, Weight::Medium, th.c.text);
    if (name_.edit().str() != pr.name) name_.edit().set(pr.name); // renamed elsewhere (join)
    name_.draw(p, {nameR.left + th.px(14), nameR.top, in.width * 0.6f, rowH}, nameSt,
               focus_ == Name, "");
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(focus_ == Name ? "type your name" : "name"), nameR.left + nameR.width - th.px(14),
             nameR.top + rowH / 2, Align::Right);
    hits_.add(nameR, Name);
    y += rowH + th.px(4);
    // UI scale and volume with − / + buttons (drawn symbols), the value between them.
    const sf::FloatRect sr(in.left, y, in.width, rowH);
    // The player's choice; when the window holds it lower, the label says what is drawn.
    const auto percent = [](float s) { return std::to_string(std::lround(s * 100)) + " %"; };
    row(p, sr, Scale,
        th.scaleLimited() ? "UI scale (" + percent(th.scale) + " fits)" : "UI scale (Ctrl + / −)",
        "", false, false);
    stepper(p, sr, Scale, percent(th.chosenScale), nullptr);
    y += rowH;
    const sf::FloatRect vr(in.left, y, in.width, rowH);
    row(p, vr, Volume, ctx_.settings.mute ? "Volume (--mute: off)" : "Volume", "", false, false);
    const bool muted = pr.mute || ctx_.settings.mute;
    stepper(p, vr, Volume, muted ? "Off" : std::to_string(pr.volume) + " %", &muted);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Fullscreen, "Fullscreen (F11)", "", true,
        ctx_.runner ? ctx_.runner->fullscreen() : pr.fullscreen);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Motion, "Reduced motion", "", true, th.reducedMotion);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Colour, "Colour-blind-safe palette", "", true,
        th.colourSafe);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Estimates, "Estimate before each test", "", true,
        pr.askEstimates);
    y += rowH + th.px(16);
    sectionHeading(p, {in.left, y, in.width, th.px(18)}, "PLAY");
    y += th.px(28);
    // The patient, the case and the visit; without the case's title where that does not fit.
    const std::string resumeLabel = !hasSave_ ? "Resume (no saved case)"
                                    : buttonWidth(p, resumeLabel_, true) <= in.width ? resumeLabel_
                                                                                     : resumeShort_;
    const bool newPlayer = tutorial_ && !hasSave_ && pr.isNew();
    const struct {
        int item;
        std::string label;
        ButtonKind kind;
    } btns[6] = {{Resume, resumeLabel, hasSave_ ? ButtonKind::Primary : ButtonKind::Secondary},
                 {Library, "Case library",
                  hasSave_ || newPlayer ? ButtonKind::Secondary : ButtonKind::Primary},
                 {Tutorial, "Tutorial", newPlayer ? ButtonKind::Primary : ButtonKind::Secondary},
                 {Challenge, "Classroom challenge", ButtonKind::Secondary},
                 {Join, "Join a class", ButtonKind::Secondary},
                 {Host, "Host a class", ButtonKind::Secondary}};
    for (const auto& b : btns) {
        // Two buttons side by side: the library and the tutorial; a live class, joined or hosted.
        const bool second = b.item == Tutorial || b.item == Host;
        const bool half = second || b.item == Library || b.item == Join;
        const float bw = half ? (in.width - th.px(8)) / 2 : in.width;
        const sf::FloatRect br(second ? in.left + bw + th.px(8) : in.left, y, bw, rowH - th.px(6));
        ControlState cs{hover_ / 10 == b.item, focus_ == b.item, enabled(b.item), false};
        button(p, br, b.label, b.kind, cs, enabled(b.item) && !half);
        if (enabled(b.item)) hits_.add(br, b.item);
        if (!half || second) y += rowH;
    }
    if (keysH > 0)
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8("Keys: ↑↓ move · Enter choose · ←→ change · Esc quit"),
                 in.left + in.width / 2, in.top + in.height - th.px(6), Align::Centre, in.width);
}
} // namespace rc::ui::title
