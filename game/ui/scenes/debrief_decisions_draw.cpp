// Drawing of the debrief's Decisions tab (each domain's rows with their share of its score) and
// its Scoring tab (how a score is made). What they say is built in play/debrief_view.
#include "game/play/game.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

namespace rc::ui {

namespace {

/// Draws a paragraph's lines from `y` (their top); returns the y below them. `full`: the text
/// laid out (shown under the pointer when it was cut).
float drawRows(sf::RenderTarget& t, const TextStyle& st, const Paragraph& para,
               const std::string& full, float x, float y) {
    drawLines(t, st, para, utf8(full), x, y);
    return y + para.height();
}

} // namespace

void DebriefScene::drawDecisions(const Painter& p) {
    using Kind = play::DebriefRow::Kind;
    const Theme& th = p.theme;
    panel(p.target, th, body_);
    const sf::FloatRect in = inset(body_, th.padding());
    const auto title = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const auto heading = p.text(TextSize::Heading, Weight::SemiBold, th.c.text);
    const auto tagSt = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const auto fb = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const auto legendSt = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const auto reasonSt = p.text(TextSize::Caption, Weight::SemiBold, th.c.bad);
    const auto src = p.text(TextSize::Caption, Weight::Medium, th.c.accent);
    const auto srcPlain = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    const float ptsW = std::min(th.px(130), in.width * 0.3f);
    const float textW = in.width - th.px(26) - ptsW - th.px(8);
    // Every text wraps (nothing is cut): titles to two lines, feedback and legend in full.
    std::vector<Paragraph> titles, texts;
    std::vector<ListItem> items;
    for (const auto& r : rows_) {
        const bool head = r.kind == Kind::Heading;
        const float w = r.kind == Kind::Legend ? in.width - th.px(26) - th.px(24) : textW;
        titles.push_back(rc::ui::layout(head ? heading : title, utf8(r.title), w, 2));
        // No text, no line (a domain at 50 or more has no reason).
        texts.push_back(r.text.empty() ? Paragraph{}
                                       : rc::ui::layout(r.kind == Kind::Legend ? legendSt
                                                        : head                 ? reasonSt
                                                                               : fb,
                                                        utf8(r.text), w));
        float h = th.px(10) + titles.back().height();
        if (!r.tagLine.empty()) h += th.px(18);
        if (r.kind == Kind::Legend) h += th.px(18); // the "4 Scoring" pointer
        h += texts.back().height() + (r.source.empty() ? 0 : th.px(20)) + th.px(10);
        items.push_back({false, h / th.scale});
    }
    decisions_.setItems(items);
    decisions_.setRect(in, th.scale);
    decisions_.draw(p.target, th, [&](int i, const sf::FloatRect& r) {
        const std::size_t k = static_cast<std::size_t>(i);
        const play::DebriefRow& row = rows_[k];
        const bool head = row.kind == Kind::Heading;
        if (row.kind == Kind::Legend)
            roundedRect(p.target, {r.left, r.top + 2, r.width, r.height - 4}, th.px(6),
                        th.c.accentSoft);
        else if (head)
            roundedRect(p.target, {r.left, r.top + 2, r.width, r.height - 4}, th.px(6),
                        withAlpha(th.c.divider, 120));
        if (i == decisions_.focused())
            roundedRect(p.target, {r.left, r.top + 1, r.width, r.height - 2}, th.px(6),
                        withAlpha(th.c.accent, 28));
        float y = r.top + th.px(6);
        if (row.kind == Kind::Line || row.kind == Kind::HarmWaste || row.kind == Kind::Cap || head)
            drawMark(p, {r.left + th.px(12), y + titles[k].lineHeight / 2}, row.mark);
        const float x = r.left + th.px(26);
        const sf::Color ptsCol = row.mark == play::RowMark::Good      ? th.c.good
                                 : row.mark == play::RowMark::Neutral ? th.c.textSecondary
                                                                      : th.c.bad;
        if (!row.points.empty() && row.kind != Kind::Legend)
            drawLine(p.target,
                     p.text(head ? TextSize::Body : TextSize::Caption, Weight::SemiBold,
                            row.kind == Kind::Legend ? th.c.accent : ptsCol),
                     utf8(row.points), r.left + r.width - th.px(10), y + titles[k].lineHeight / 2,
                     Align::Right, ptsW);
        y = drawRows(p.target, head ? heading : title, titles[k], row.title, x, y);
        if (!row.tagLine.empty()) {
            drawLine(p.target, tagSt, utf8(row.tagLine), x, y + th.px(9), Align::Left, textW);
            y += th.px(18);
        }
        y = drawRows(p.target,
                     row.kind == Kind::Legend ? legendSt
                     : head                   ? reasonSt
                                              : fb,
                     texts[k], row.text, x, y);
        if (row.kind == Kind::Legend)
            drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
                     utf8(row.points), x, y + th.px(9), Align::Left, r.width - th.px(40));
        if (!row.source.empty()) {
            // A source with an address opens (click, or Enter on the row): ↗ and the accent say so.
            const bool opens = !row.link.empty();
            const std::string label = opens ? "\u2197 " + row.source : row.source;
            const float w = drawLine(p.target, opens ? src : srcPlain, utf8(label), x,
                                     y + th.px(10), Align::Left, textW);
            if (opens && (i == hoverDecision_ || i == decisions_.focused()))
                hairline(p.target, x, x + w, y + th.px(18), th.c.accent);
        }
        if (!head && row.kind != Kind::Legend)
            hairline(p.target, r.left, r.left + r.width, r.top + r.height - 1, th.c.divider);
    });
}

void DebriefScene::drawScoring(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, body_);
    const sf::FloatRect in = inset(body_, th.padding());
    const float textW = std::min(in.width - th.px(24), th.px(900));
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    // One row a section heading, one a line: each wraps in full, the list scrolls.
    struct Row {
        bool heading;
        std::string text;
        Paragraph para;
    };
    std::vector<Row> rows;
    std::vector<ListItem> items;
    for (const auto& sec : guide_) {
        rows.push_back({true, sec.title, {}});
        items.push_back({true, 34});
        for (const auto& l : sec.lines) {
            rows.push_back({false, l, rc::ui::layout(body, utf8(l), textW - th.px(16))});
            items.push_back({false, (rows.back().para.height() + th.px(8)) / th.scale});
        }
    }
    scoring_.setItems(items);
    scoring_.setRect(in, th.scale);
    scoring_.draw(p.target, th, [&](int i, const sf::FloatRect& r) {
        const Row& row = rows[static_cast<std::size_t>(i)];
        if (row.heading) {
            std::string up = row.text;
            for (auto& ch : up)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            sectionHeading(p, {r.left, r.top + th.px(10), textW, th.px(18)}, up);
            return;
        }
        disc(p.target, {r.left + th.px(5), r.top + th.px(4) + row.para.lineHeight / 2}, th.px(2),
             th.c.textSecondary);
        drawRows(p.target, body, row.para, row.text, r.left + th.px(16), r.top + th.px(4));
    });
}

} // namespace rc::ui
