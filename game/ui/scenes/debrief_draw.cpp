// Drawing of the debrief scene: the frame (top bar, tabs, the line under the panels) and the
// overview (reasons, score, paths, dermatomes, angles). Decisions, Learning and Scoring have
// their own _draw files.
#include "game/engine/content_text.hpp"
#include "game/play/game.hpp"
#include "game/ui/art/bar_chart.hpp"
#include "game/ui/art/dermatome_map.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::ui {

namespace {
std::string ledgerLine(const rc::Ledger& l) {
    return std::to_string(l.minutes) + " min · £" + std::to_string(l.cost) + " · " +
           rc::oneDecimal(l.radiation) + " mSv";
}
/// A row of the angles table: the examination's label without its explanation in brackets
/// ("Prone knee bend (femoral nerve stretch)" -> "Prone knee bend"), its side, and its visit
/// when the table spans visits. Rows are narrow, and the same test on two sides or at two
/// visits must not end in the same ellipsis.
std::string tableLabel(const rc::ManoeuvreRecord& m, bool withVisit) {
    std::string s = m.label;
    const std::size_t open = s.rfind(" (");
    if (open != std::string::npos && open > 0 && s.back() == ')') s.erase(open);
    if (m.side != rc::Side::None) s += std::string(" ") + rc::sideName(m.side);
    if (withVisit) s += " · visit " + std::to_string(m.visit);
    return s;
}
/// What the dermatome panel says when the diagnosis names no root. A spinal one may still
/// involve roots, several at once (cauda equina, stenosis), just not one the map can show.
std::string noRootsLabel(const rc::Session& s) {
    const rc::DiagnosisDef* dx = s.catalog().diagnosis(s.kase().truthDiagnosis);
    return dx && dx->region == "spine" ? "no single root" : "no nerve root involved";
}
} // namespace

void DebriefScene::drawMark(const Painter& p, sf::Vector2f c, play::RowMark m) {
    const Theme& th = p.theme;
    const float s = th.px(13);
    if (m == play::RowMark::Good)
        icon::tick(p.target, c, s, th.c.good);
    else if (m == play::RowMark::Bad)
        icon::cross(p.target, c, s, th.c.bad);
    else if (m == play::RowMark::Caution)
        icon::caution(p.target, c, s, th.c.caution, th.c.text);
    else
        disc(p.target, c, th.px(3), th.c.textDisabled);
}

void DebriefScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    const rc::Session& s = ctx_.game->play.session();
    // The title drops the diagnosis (under 3 Learning) and then the name rather than run under
    // the score in a narrow window.
    const auto big = p.text(TextSize::Heading, Weight::Bold, th.c.accent);
    const std::string score = "Score " + rc::oneDecimal(d_->score.total) + " / 100";
    const auto titleSt = p.text(TextSize::Body, Weight::Regular, th.c.textSecondary);
    const float room =
        size_.x - measure(big, utf8(score)) - th.px(48) -
        measure(p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("Root Cause")) - th.px(40);
    const play::WhatIfBranch* b = ctx_.game->whatIf.get();
    std::string title =
        play::branchTitle(b, "Debrief  ·  " + s.kase().patient.name + "  ·  " + d_->truthLabel);
    if (measure(titleSt, utf8(title)) > room)
        title = play::branchTitle(b, "Debrief  ·  " + s.kase().patient.name);
    if (measure(titleSt, utf8(title)) > room) title = play::branchTitle(b, "Debrief");
    if (measure(titleSt, utf8(title)) > room && branch()) title = play::kWhatIfTitle;
    drawTopBar(p, size_.x, title, nullptr, nullptr, measure(big, utf8(score)) + th.px(24));
    drawLine(t, big, utf8(score), size_.x - th.padding(), th.topBar() / 2, Align::Right);
    std::vector<std::string> labels;
    for (int i = 0; i < kTabs; ++i)
        labels.push_back(play::debriefTabLabel(static_cast<play::DebriefTab>(i)));
    const auto rects = tabs(p, tabsRect_, labels, tab_,
                            hoverKey_ >= 100 && hoverKey_ < 200 ? hoverKey_ - 100 : -1);
    for (std::size_t i = 0; i < rects.size(); ++i)
        hits_.add(rects[i], 1, static_cast<int>(i));
    if (tab_ == Overview)
        drawOverview(p);
    else if (tab_ == Decisions)
        drawDecisions(p);
    else if (tab_ == Learning)
        drawLearning(p);
    else if (tab_ == Scoring)
        drawScoring(p);
    else
        drawTranscriptTab(p);
    const sf::FloatRect bar = drawBottomBar(p, size_);
    const std::string label = branch() ? "Back to your debrief" : "Back to cases";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect br(bar.left + bar.width - th.padding() - bw, bar.top + th.px(9), bw,
                           bar.height - th.px(18));
    ControlState cs;
    cs.hovered = hoverKey_ == 200;
    cs.focused = true;
    button(p, br, label, ButtonKind::Primary, cs, true);
    hits_.add(br, 2, 0);
    // "What if…" (practice): beside the way out, with its key.
    whatIfButton_ = {};
    sf::FloatRect left = br;
    if (whatIfOffered_) {
        const std::string w = "What if\u2026 (W)";
        const float ww = buttonWidth(p, w);
        whatIfButton_ = {br.left - th.px(12) - ww, br.top, ww, br.height};
        ControlState ws;
        ws.hovered = hoverKey_ == 300;
        button(p, whatIfButton_, w, ButtonKind::Secondary, ws);
        hits_.add(whatIfButton_, 3, 0);
        left = whatIfButton_;
    }
    // The line under the panels follows the tab and its selected row (never a stale "Why").
    const std::string why =
        play::whatIfFooter(play::debriefFooter(*d_, s, static_cast<play::DebriefTab>(tab_),
                                               paths_.focused(), rows_, decisions_.focused()),
                           static_cast<play::DebriefTab>(tab_), branch(), whatIfOffered_);
    const sf::FloatRect whyBox(th.padding(), bar.top + th.px(6),
                               left.left - th.px(32) - th.padding(), bar.height - th.px(12));
    const auto whyStyle = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const Paragraph whyPara = rc::ui::layout(whyStyle, utf8(why), whyBox.width, 2);
    drawLines(t, whyStyle, whyPara, utf8(why), whyBox.left,
              whyBox.top + (whyBox.height - whyPara.height()) / 2);
    if (!linkNote_.empty() && (tab_ == Decisions || tab_ == Learning)) {
        const auto note = p.text(TextSize::Caption, Weight::SemiBold, th.c.text);
        const float w =
            std::min(body_.width - th.px(32), measure(note, utf8(linkNote_)) + th.px(24));
        const sf::FloatRect box(body_.left + body_.width - w - th.px(16),
                                body_.top + body_.height - th.px(44), w, th.px(28));
        roundedRect(t, box, th.px(6), th.c.accentSoft);
        drawLine(t, note, utf8(linkNote_), box.left + th.px(12), box.top + box.height / 2,
                 Align::Left, box.width - th.px(24));
    }
    coach_ =
        drawCoachPanel(p, ctx_, coachArea(th, size_, th.bottomBar()), CoachCorner::BottomRight);
}

void DebriefScene::drawOverview(const Painter& p) {
    const Theme& th = p.theme;
    const float gap = th.padding();
    const float top = drawReasons(p, body_);
    const sf::FloatRect b(body_.left, body_.top + top, body_.width, body_.height - top);
    const float w1 = std::round(b.width * 0.32f), w2 = std::round(b.width * 0.38f);
    if (branch() && b.width < th.px(760)) { // narrow: both paths side by side take it all
        drawCompare(p, b);
        return;
    }
    drawScorePanel(p, {b.left, b.top, w1, b.height});
    if (branch()) { // both paths side by side take the paths' and the map's room
        drawCompare(p, {b.left + w1 + gap, b.top, b.width - w1 - gap, b.height});
        return;
    }
    drawPaths(p, {b.left + w1 + gap, b.top, w2, b.height});
    drawBodyPanel(p, {b.left + w1 + w2 + 2 * gap, b.top, b.width - w1 - w2 - 2 * gap, b.height});
}

float DebriefScene::drawReasons(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    if (d_->reasons.empty()) return 0;
    const auto st = p.text(TextSize::Caption, Weight::SemiBold, th.c.text);
    const auto more = p.text(TextSize::Caption, Weight::SemiBold, th.c.accent);
    const bool small = r.height < th.px(420);
    // A small window: the first reason on one line and where to read them all (2 Decisions);
    // otherwise up to three, each wrapped to two lines.
    const std::vector<std::string> lines = play::reasonLines(*d_, small ? 1 : 3);
    const std::string pointer =
        d_->reasons.size() > 1 ? "All " + std::to_string(d_->reasons.size()) + " under 2 Decisions"
                               : "More under 2 Decisions";
    const float pointerW = small ? measure(more, utf8(pointer)) + th.px(16) : 0;
    const float textW = r.width - th.px(40) - pointerW;
    std::vector<Paragraph> paras;
    float h = th.px(12);
    for (const auto& l : lines) {
        paras.push_back(rc::ui::layout(st, utf8(l), textW, small ? 1 : 2));
        h += paras.back().height() + th.px(2);
    }
    roundedRect(p.target, {r.left, r.top, r.width, h}, th.px(8), withAlpha(th.c.bad, 24));
    float y = r.top + th.px(6);
    if (small)
        drawLine(p.target, more, utf8(pointer), r.left + r.width - th.px(10),
                 y + paras.front().lineHeight / 2, Align::Right);
    for (std::size_t k = 0; k < paras.size(); ++k) {
        const Paragraph& para = paras[k];
        icon::cross(p.target, {r.left + th.px(16), y + para.lineHeight / 2}, th.px(11), th.c.bad);
        drawLines(p.target, st, para, utf8(lines[k]), r.left + th.px(30), y);
        y += para.height() + th.px(2);
    }
    return h + th.px(10);
}

void DebriefScene::drawScorePanel(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    panel(p.target, th, r);
    const sf::FloatRect in = inset(r, th.padding());
    drawLine(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8("Score by domain"),
             in.left, in.top + th.px(10));
    std::vector<Bar> bars;
    for (int i = 0; i < rc::kDomainCount; ++i) {
        Bar b;
        b.label = rc::domainLabel(static_cast<rc::Domain>(i));
        b.value = d_->score.domains[static_cast<std::size_t>(i)];
        // A zeroed domain is under 50: the reason above the panels names its critical item.
        bars.push_back(b);
    }
    // Bars as tall as the panel allows (28 px each at most, 16 at least) with the total, harm and
    // the ledgers below them.
    const float below = th.px(26) + th.px(10) + th.px(30) + th.px(20) + th.px(48);
    const float chartH =
        std::clamp(in.height - below, th.px(16) * rc::kDomainCount, th.px(28) * rc::kDomainCount);
    BarChart::draw(p, {in.left, in.top + th.px(26), in.width, chartH}, bars);
    float y = in.top + th.px(26) + chartH + th.px(10);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    drawLine(p.target, p.text(TextSize::Body, Weight::Bold, th.c.text),
             utf8("Total " + rc::oneDecimal(d_->score.total) + " / 100"), in.left, y + th.px(10));
    y += th.px(30);
    if (!d_->score.deductions.empty() || d_->score.capped) {
        std::string note;
        if (!d_->score.deductions.empty())
            note = "Harm and waste \u2212" + rc::oneDecimal(d_->score.deducted);
        if (d_->score.capped)
            note += std::string(note.empty() ? "" : " · ") + "capped: wrong region";
        drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.bad), utf8(note),
                 in.left, y + th.px(8), Align::Left, in.width);
        y += th.px(20);
    }
    drawLine(p.target, cap, utf8("You: " + ledgerLine(d_->score.ledger)), in.left, y + th.px(8),
             Align::Left, in.width);
    y += th.px(20);
    drawLine(p.target, cap, utf8("Expert: " + ledgerLine(d_->score.expertLedger)), in.left,
             y + th.px(8), Align::Left, in.width);
    y += th.px(28);
    if (in.top + in.height - y < th.px(70)) {
        // No room for the outcome: say where it is.
        if (in.top + in.height - y >= th.px(16))
            drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
                     utf8("Outcome (" + d_->outcomeStatus + "): 3 Learning"), in.left, y + th.px(4),
                     Align::Left, in.width);
        return;
    }
    sectionHeading(p, {in.left, y, in.width, th.px(18)}, "OUTCOME · " + d_->outcomeStatus);
    y += th.px(24);
    // A long outcome steps down to the caption size rather than lose its end to an ellipsis;
    // one longer still says where to read it whole (the Learning tab).
    const sf::FloatRect box(in.left, y, in.width, in.top + in.height - y);
    const sf::String outcome = utf8(d_->outcomeText);
    const auto small = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    if (rc::ui::layout(body, outcome, box.width).height() <= box.height) {
        drawParagraph(p.target, body, outcome, box);
    } else if (rc::ui::layout(small, outcome, box.width).height() <= box.height) {
        drawParagraph(p.target, small, outcome, box);
    } else {
        const float hintH = th.px(22);
        drawParagraph(p.target, small, outcome, {box.left, box.top, box.width, box.height - hintH});
        drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
                 utf8("Read it all under 3 Learning"), box.left, box.top + box.height - hintH / 2);
    }
}

void DebriefScene::drawPaths(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    panel(p.target, th, r);
    const sf::FloatRect in = inset(r, th.padding());
    const float colW = in.width / 2;
    const auto head = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    drawLine(p.target, head, utf8("Your path"), in.left, in.top + th.px(10));
    drawLine(p.target, head, utf8("Expert path"), in.left + colW + th.px(8), in.top + th.px(10));
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const auto capDim = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    // Each step wraps in its column (no step is cut): the row is as tall as its longer side.
    const float mineW = colW - th.px(26), expertW = colW - th.px(12);
    std::vector<Paragraph> mine, expert;
    std::vector<ListItem> items;
    for (const auto& row : pathRows_) {
        mine.push_back(rc::ui::layout(cap, utf8(row.mine), mineW));
        expert.push_back(rc::ui::layout(cap, utf8(row.expert), expertW));
        const bool note = !row.mineNote.empty() || !row.expertNote.empty();
        const float textH = std::max(mine.back().height(), expert.back().height());
        items.push_back({false, (textH + (note ? th.px(16) : 0) + th.px(10)) / th.scale});
    }
    paths_.setItems(items);
    paths_.setRect({in.left, in.top + th.px(28), in.width, in.height - th.px(28)}, th.scale);
    if (!pathFocused_ && !items.empty()) {
        pathFocused_ = true;
        if (const int f = play::firstPathFocus(*d_); f >= 0) paths_.setFocused(f);
    }
    paths_.draw(p.target, th, [&](int i, const sf::FloatRect& row) {
        const std::size_t k = static_cast<std::size_t>(i);
        const play::PathRow& pr = pathRows_[k];
        if (pr.divergence)
            roundedRect(p.target, {row.left, row.top + 1, row.width, row.height - 2}, th.px(5),
                        withAlpha(th.c.caution, 40));
        if (i == paths_.focused())
            roundedRect(p.target, {row.left, row.top + 1, row.width, row.height - 2}, th.px(5),
                        withAlpha(th.c.accent, 28));
        float y = row.top + th.px(5);
        if (pr.hasMine) {
            drawMark(p, {row.left + th.px(8), y + mine[k].lineHeight / 2}, pr.mark);
            float ly = y;
            for (const auto& line : mine[k].lines) {
                drawLine(p.target, cap, line, row.left + th.px(20), ly + mine[k].lineHeight / 2);
                ly += mine[k].lineHeight;
            }
            drawLine(p.target, capDim, utf8(pr.mineNote), row.left + th.px(20), ly + th.px(7),
                     Align::Left, mineW);
        }
        float ey = y;
        for (const auto& line : expert[k].lines) {
            drawLine(p.target, cap, line, row.left + colW + th.px(8),
                     ey + expert[k].lineHeight / 2);
            ey += expert[k].lineHeight;
        }
        if (!pr.expertNote.empty())
            drawLine(p.target, capDim, utf8(pr.expertNote), row.left + colW + th.px(8),
                     ey + th.px(7), Align::Left, expertW);
        hairline(p.target, row.left, row.left + row.width, row.top + row.height - 1, th.c.divider);
    });
}

void DebriefScene::drawBodyPanel(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const rc::Session& s = ctx_.game->play.session();
    panel(p.target, th, r);
    const sf::FloatRect in = inset(r, th.padding());
    std::string roots;
    for (std::size_t i = 0; i < d_->roots.size(); ++i)
        roots += (i ? ", " : "") + d_->roots[i];
    drawLine(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
             utf8("Dermatomes · " + (roots.empty() ? noRootsLabel(s) : roots)), in.left,
             in.top + th.px(10), Align::Left, in.width);
    const float rowH = th.px(22);
    // As many rows as leave the map 200 px (at this scale); the rest on a last row, whole under
    // the pointer.
    const std::size_t n = d_->manoeuvres.size();
    const float roomRows = (in.height - th.px(26) - th.px(200) - th.px(30)) / rowH;
    const std::size_t rows = std::min(n, static_cast<std::size_t>(std::max(1.0f, roomRows)));
    const float tableH = n == 0 ? 0 : th.px(30) + rowH * static_cast<float>(rows);
    FigureSpec sp;
    sp.sex = s.kase().patient.sex == "male" ? Sex::Male : Sex::Female;
    sp.age = s.kase().patient.age;
    sp.skin = 0;
    DermatomeMap::draw(p, {in.left, in.top + th.px(26), in.width, in.height - th.px(26) - tableH},
                       sp, d_->roots, rc::sideName(s.kase().truthSide));
    if (d_->manoeuvres.empty()) return;
    float y = in.top + in.height - tableH;
    sectionHeading(p, {in.left, y + th.px(4), in.width, th.px(18)},
                   "HANDS-ON ANGLES · REACHED / ONSET");
    y += th.px(30);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const bool visits = rc::spansVisits(d_->manoeuvres);
    auto rowText = [&](const rc::ManoeuvreRecord& m) {
        std::string right = std::to_string(m.reached) + "°";
        right += m.onset ? " / " + std::to_string(*m.onset) + "°" : " / none";
        if (m.stoppedShort) right += "  stopped short";
        return right;
    };
    for (std::size_t i = 0; i < rows; ++i) {
        if (i + 1 == rows && rows < n) {
            std::string more = std::to_string(n - i) + " more:";
            for (std::size_t k = i; k < n; ++k)
                more += (k > i ? "; " : " ") + tableLabel(d_->manoeuvres[k], visits) + " " +
                        rowText(d_->manoeuvres[k]);
            drawLine(p.target, cap, utf8(more), in.left, y + rowH / 2, Align::Left, in.width);
            break;
        }
        const auto& m = d_->manoeuvres[i];
        const float rw = drawLine(p.target, cap, utf8(rowText(m)), in.left + in.width, y + rowH / 2,
                                  Align::Right);
        drawLine(p.target, cap, utf8(tableLabel(m, visits)), in.left, y + rowH / 2, Align::Left,
                 in.width - rw - th.px(8));
        y += rowH;
    }
}

} // namespace rc::ui
