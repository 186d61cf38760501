// Drawing of the decision scene: three columns (diagnosis and side; pathway and plan parts; the
// decision so far with its confirm button).
#include "game/engine/session.hpp"
#include "game/play/game.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/decision_scene.hpp"

#include <algorithm>

namespace rc::ui {

void DecisionScene::drawChoiceRow(const Painter& p, int list, int i, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const play::DecisionRow& row = rows_[list][static_cast<std::size_t>(i)];
    if (row.heading) {
        sectionHeading(
            p, {r.left + th.px(4), r.top + th.px(6), r.width - th.px(8), r.height - th.px(6)},
            row.label);
        return;
    }
    const bool selected = list == Diag   ? choice_.diagnosis == row.id
                          : list == Path ? choice_.pathway == row.id
                                         : std::find(choice_.parts.begin(), choice_.parts.end(),
                                                     row.id) != choice_.parts.end();
    const bool hovered = hoverKey_ == HitRow * 10000 + list * 1000 + i;
    const sf::FloatRect body(r.left, r.top + 1, r.width, r.height - 2);
    if (selected)
        roundedRect(p.target, body, th.px(6), th.c.accentSoft);
    else if (hovered)
        roundedRect(p.target, body, th.px(6), th.c.panelMuted);
    const float cy = r.top + r.height / 2, cx = r.left + th.px(18), s = th.px(16);
    if (list == Parts) {
        roundedRect(p.target, {cx - s / 2, cy - s / 2, s, s}, th.px(3),
                    selected ? th.c.accent : th.c.panel, selected ? th.c.accent : th.c.textDisabled,
                    selected ? 0.0f : 1.5f);
        if (selected) icon::tick(p.target, {cx, cy}, s * 0.8f, th.c.onAccent);
    } else {
        disc(p.target, {cx, cy}, s / 2, th.c.panel, selected ? th.c.accent : th.c.textDisabled,
             1.5f);
        if (selected) disc(p.target, {cx, cy}, s / 4, th.c.accent);
    }
    float labelW = r.width - th.px(46);
    if (list == Diag) {
        // A sided diagnosis says so at the row's end, where a long label's ellipsis cannot hide it.
        const rc::DiagnosisDef* d = play().session().catalog().diagnosis(row.id);
        if (d && d->sided) {
            const auto tag = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
            labelW -= drawLine(p.target, tag, utf8("sided"), r.left + r.width - th.px(10), cy,
                               Align::Right) +
                      th.px(12);
        }
    }
    drawLine(p.target,
             p.text(TextSize::Body, selected ? Weight::SemiBold : Weight::Regular, th.c.text),
             utf8(row.label), cx + th.px(18), cy, Align::Left, labelW);
    if (lists_[list].focused() == i && region_ == list) focusRing(p.target, th, body, th.px(6));
    const sf::FloatRect lr = lists_[list].rect();
    if (r.top >= lr.top - 1 && r.top + r.height <= lr.top + lr.height + 1)
        hits_.add(r, HitRow, list * 1000 + i);
}

void DecisionScene::drawColumnA(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, col_[0]);
    const sf::FloatRect a = inset(col_[0], th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Diagnosis"),
             a.left, a.top + th.px(12));
    // Side chips (only for sided diagnoses).
    const bool on = sided();
    const char* names[3] = {"Left", "Right", "Both"};
    const float cw = std::min(th.px(80), (sideRect_.width - th.px(60)) / 3);
    drawLine(
        p.target,
        p.text(TextSize::Caption, Weight::SemiBold, on ? th.c.textSecondary : th.c.textDisabled),
        utf8("Side"), sideRect_.left, sideRect_.top + sideRect_.height / 2);
    for (int k = 0; k < 3; ++k) {
        const sf::FloatRect c(sideRect_.left + th.px(44) + k * (cw + th.px(6)), sideRect_.top, cw,
                              sideRect_.height);
        const bool sel = on && sideIndex() == k && choice_.side != rc::Side::None;
        const bool hov = hoverKey_ == HitSide * 10000 + k;
        roundedRect(p.target, c, th.px(6),
                    sel         ? th.c.accent
                    : hov && on ? th.c.accentSoft
                                : th.c.panel,
                    sel ? th.c.accent : th.c.border, 1);
        drawLine(p.target,
                 p.text(TextSize::Caption, Weight::SemiBold,
                        sel  ? th.c.onAccent
                        : on ? th.c.accent
                             : th.c.textDisabled),
                 utf8(names[k]), c.left + c.width / 2, c.top + c.height / 2, Align::Centre);
        if (on) hits_.add(c, HitSide, k);
        // With no side chosen yet the ring sits on the first chip: Left/Right choose one.
        if (region_ == SideChips && (sideIndex() == k || (sideIndex() < 0 && k == 0)))
            focusRing(p.target, th, c, th.px(6));
    }
    lists_[Diag].draw(p.target, th,
                      [&](int i, const sf::FloatRect& r) { drawChoiceRow(p, Diag, i, r); });
}

void DecisionScene::drawColumnB(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, col_[1]);
    const sf::FloatRect b = inset(col_[1], th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Plan: pathway"), b.left, b.top + th.px(12));
    lists_[Path].draw(p.target, th,
                      [&](int i, const sf::FloatRect& r) { drawChoiceRow(p, Path, i, r); });
    const float y = lists_[Parts].rect().top - th.px(24);
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Plan: parts"),
             b.left, y);
    drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(std::to_string(choice_.parts.size()) + " chosen"), b.left + b.width, y,
             Align::Right);
    lists_[Parts].draw(p.target, th,
                       [&](int i, const sf::FloatRect& r) { drawChoiceRow(p, Parts, i, r); });
}

void DecisionScene::drawColumnC(const Painter& p) {
    const Theme& th = p.theme;
    const rc::Catalog& cat = play().session().catalog();
    panel(p.target, th, col_[2]);
    const sf::FloatRect c = inset(col_[2], th.padding());
    // About the focused item.
    std::string title = "About", about = "Move through the lists to read what each choice means.";
    if (region_ == Diag || region_ == Path || region_ == Parts) {
        const int i = lists_[region_].focused();
        if (i >= 0 && !rows_[region_][i].heading) {
            title = rows_[region_][i].label;
            about = rows_[region_][i].about;
            if (region_ == Diag) {
                const rc::DiagnosisDef* d = cat.diagnosis(rows_[region_][i].id);
                about = d && !d->roots.empty() ? "Nerve roots: " : "";
                if (d)
                    for (std::size_t k = 0; k < d->roots.size(); ++k)
                        about += (k ? ", " : "") + d->roots[k];
                if (d && d->sided)
                    about += std::string(about.empty() ? "" : ". ") + "Name the side.";
            }
        }
    }
    const auto heading = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const float h1 =
        drawParagraph(p.target, heading, utf8(title), {c.left, c.top, c.width, th.px(46)});
    const float h2 =
        drawParagraph(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                      utf8(about), {c.left, c.top + h1 + th.px(4), c.width, th.px(150)});
    float y = c.top + h1 + h2 + th.px(20);
    sectionHeading(p, {c.left, y, c.width, th.px(20)}, "YOUR DECISION");
    y += th.px(28);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float lh = Theme::lineHeight(body.size), ch = Theme::lineHeight(cap.size);
    const rc::DiagnosisDef* d = cat.diagnosis(choice_.diagnosis);
    std::string dx = d ? d->label : "No diagnosis yet";
    if (d && d->sided && choice_.side != rc::Side::None)
        dx += std::string(" (") + rc::sideName(choice_.side) + ")";
    y += drawParagraph(p.target, body, utf8(dx), {c.left, y, c.width, lh * 2});
    if (planKept_) {
        const std::string from = "Last visit's plan, kept: change or confirm.";
        y += drawParagraph(p.target, cap, utf8(from), {c.left, y, c.width, ch * 3});
    }
    const rc::Pathway* pw = cat.pathway(choice_.pathway);
    drawLine(p.target, body, utf8(pw ? pw->label : "No pathway yet"), c.left, y + lh / 2,
             Align::Left, c.width);
    y += lh;
    // The session's refusal, else what the current choice lacks (recomputed on every draw, so
    // it follows the choice); at the foot of the column, up to two lines.
    const std::string warning =
        !message_.empty() ? message_ : play::decisionWarning(play().session(), choice_);
    const auto wt = p.text(TextSize::Caption, Weight::Medium, th.c.text);
    const float wh =
        warning.empty() ? 0 : ui::layout(wt, utf8(warning), c.width - th.px(20), 3).height();
    const float limit = c.top + c.height - std::max(th.px(30), wh + th.px(12));
    for (std::size_t k = 0; k < choice_.parts.size(); ++k) {
        if (y + 2 * ch > limit && k + 1 < choice_.parts.size()) {
            drawLine(p.target, cap, utf8("+ " + std::to_string(choice_.parts.size() - k) + " more"),
                     c.left, y + ch / 2);
            y += ch;
            break;
        }
        const rc::PlanPart* pt = cat.part(choice_.parts[k]);
        drawLine(p.target, cap, utf8("•  " + (pt ? pt->label : choice_.parts[k])), c.left,
                 y + ch / 2, Align::Left, c.width);
        y += ch;
    }
    if (!warning.empty()) {
        const float top = c.top + c.height - wh;
        icon::caution(p.target, {c.left + th.px(7), top + ch / 2}, th.px(14), th.c.caution,
                      th.c.text);
        drawParagraph(p.target, wt, utf8(warning),
                      {c.left + th.px(20), top, c.width - th.px(20), wh});
    }
}

void DecisionScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    const rc::Session& s = play().session();
    drawTopBar(p, size_.x,
               play::branchTitle(ctx_.game->whatIf.get(), patientLine(s) + "  ·  Visit " +
                                                              std::to_string(s.visitNumber()) +
                                                              " decision"),
               &s, &ctx_.countdown);
    drawColumnA(p);
    drawColumnB(p);
    drawColumnC(p);
    const sf::FloatRect bar = drawBottomBar(p, size_);
    const std::string label = "Confirm and end visit";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect cr(bar.left + bar.width - th.padding() - bw, bar.top + th.px(9), bw,
                           bar.height - th.px(18));
    std::string missing;
    const bool ready = !play::decisionActions(s, choice_, missing).empty();
    ControlState cs;
    cs.hovered = hoverKey_ == HitConfirm * 10000;
    cs.focused = region_ == Confirm;
    cs.enabled = ready;
    button(p, cr, label, ButtonKind::Primary, cs, true);
    hits_.add(cr, HitConfirm);
    const float lw = buttonWidth(p, "Back");
    const sf::FloatRect br(cr.left - lw - th.px(8), cr.top, lw, cr.height);
    ControlState bs;
    bs.hovered = hoverKey_ == HitBack * 10000;
    button(p, br, "Back", ButtonKind::Quiet, bs);
    hits_.add(br, HitBack);
    drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(ready ? "Keys: Tab next column · ↑↓ move · Enter choose · ←→ side · Esc back to "
                          "the patient"
                        : missing + "   Keys: Tab next column · ↑↓ move · Enter choose · Esc back"),
             th.padding(), bar.top + bar.height / 2, Align::Left, br.left - th.px(32));
    coach_ =
        drawCoachPanel(p, ctx_, coachArea(th, size_, th.bottomBar()), CoachCorner::BottomRight);
}

} // namespace rc::ui
