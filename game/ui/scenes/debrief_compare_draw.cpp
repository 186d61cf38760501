// A what-if branch's Overview: the student's path and the branch side by side, each with its
// outcome, total and domain scores (play/what_if.hpp's PathSummary and compareRows).
#include "game/play/game.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

#include <algorithm>

namespace rc::ui {

void DebriefScene::drawCompare(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const play::WhatIfBranch* b = ctx_.game->whatIf.get();
    if (!b) return;
    panel(p.target, th, r);
    const sf::FloatRect in = inset(r, th.padding());
    const play::PathSummary* paths[] = {&b->mine, &branchPath_};
    const float labelW = std::min(th.px(120), std::round(in.width * 0.26f));
    const float colW = (in.width - labelW) / 2;
    auto colX = [&](int c) { return in.left + labelW + static_cast<float>(c) * colW; };
    // The headings: "Your path" and "What if: <the alternative>", then each outcome's status.
    const auto head = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const auto headAccent = p.text(TextSize::Body, Weight::SemiBold, th.c.accent);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const auto capDim = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const auto capBold = p.text(TextSize::Caption, Weight::Bold, th.c.text);
    float headH = 0;
    std::vector<Paragraph> heads;
    for (int c = 0; c < 2; ++c) {
        heads.push_back(
            rc::ui::layout(c ? headAccent : head, utf8(paths[c]->heading), colW - th.px(10), 2));
        headH = std::max(headH, heads.back().height());
    }
    float y = in.top + th.px(2);
    for (int c = 0; c < 2; ++c)
        drawLines(p.target, c ? headAccent : head, heads[static_cast<std::size_t>(c)],
                  utf8(paths[c]->heading), colX(c), y);
    y += headH + th.px(4);
    const float rowH = th.px(in.height < th.px(300) ? 18 : 21);
    drawLine(p.target, capDim, utf8("Outcome"), in.left, y + rowH / 2, Align::Left, labelW);
    for (int c = 0; c < 2; ++c) {
        const std::string& st = paths[c]->outcomeStatus;
        const sf::Color col = st == "better" ? th.c.good : st == "worse" ? th.c.bad : th.c.text;
        drawLine(p.target, p.text(TextSize::Caption, Weight::Bold, col), utf8(st), colX(c),
                 y + rowH / 2, Align::Left, colW - th.px(10));
    }
    y += rowH;
    // Total and each domain: the branch's figure in bold where it differs from yours. Short of
    // room for the outcomes' text, the domains that are the same in both share one row.
    std::vector<play::CompareRow> rows = play::compareRows(b->mine, branchPath_);
    const float textRoom = in.top + in.height - y - rowH * static_cast<float>(rows.size());
    if (textRoom < th.px(110)) {
        std::vector<play::CompareRow> kept;
        std::string same;
        for (const auto& row : rows)
            if (row.differs || row.label == "Total")
                kept.push_back(row);
            else
                same += (same.empty() ? "" : ", ") + row.label;
        if (!same.empty()) kept.push_back({"Same in both", same, "", false});
        rows = std::move(kept);
    }
    for (const play::CompareRow& row : rows) {
        if (row.branch.empty() && !row.differs) { // the domains alike, named in one row
            hairline(p.target, in.left, in.left + in.width, y, th.c.divider);
            drawLine(p.target, capDim, utf8(row.label), in.left, y + rowH / 2, Align::Left,
                     labelW - th.px(6));
            drawLine(p.target, capDim, utf8(row.mine), colX(0), y + rowH / 2, Align::Left,
                     2 * colW - th.px(10));
            y += rowH;
            continue;
        }
        hairline(p.target, in.left, in.left + in.width, y, th.c.divider);
        const bool total = row.label == "Total";
        drawLine(p.target, total ? capBold : capDim, utf8(row.label), in.left, y + rowH / 2,
                 Align::Left, labelW - th.px(6));
        drawLine(p.target, total ? capBold : cap, utf8(row.mine), colX(0), y + rowH / 2);
        drawLine(p.target, row.differs || total ? capBold : cap, utf8(row.branch), colX(1),
                 y + rowH / 2);
        y += rowH;
    }
    hairline(p.target, in.left, in.left + in.width, y, th.c.divider);
    y += th.px(8);
    // Each outcome's story under its own column, as much as the panel holds (3 Learning has the
    // branch's whole).
    const float room = in.top + in.height - y;
    if (room < th.px(30)) return;
    for (int c = 0; c < 2; ++c) {
        const sf::String text = utf8(paths[c]->outcomeText);
        const sf::FloatRect box(colX(c), y, colW - th.px(10), room);
        const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
        drawParagraph(p.target,
                      rc::ui::layout(body, text, box.width).height() <= box.height ? body : cap,
                      text, box);
    }
    drawLine(p.target, capDim, utf8("What happened"), in.left, y + th.px(8), Align::Left,
             labelW - th.px(6));
}

} // namespace rc::ui
