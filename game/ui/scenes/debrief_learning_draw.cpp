// Drawing of the debrief's Learning tab: what was going on, how it turned out, the computed
// differential, the student's estimates beside it (calibration), the learning points and the
// case's references (each opens in the browser).
#include "game/play/game.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

#include <cstdio>

namespace rc::ui {

void DebriefScene::drawLearning(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, body_);
    const sf::FloatRect in = inset(body_, th.padding());
    const float textW = std::min(in.width - th.px(24), th.px(900));
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    // Accent is for what opens: the references below. A point's "Source" is a citation, read
    // in the secondary colour; its reference row (same name) opens it.
    const auto cite = p.text(TextSize::Caption, Weight::Medium, th.c.accent);
    const auto citeNote = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    const auto entry = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    std::vector<Paragraph> paras;
    std::vector<ListItem> items;
    const float srcH = th.px(20);
    auto sourced = [&](const std::string& src) { return src.empty() ? 0.f : srcH; };
    paras.push_back(rc::ui::layout(body, utf8(d_->truthText), textW));
    items.push_back(
        {false,
         (th.px(34) + paras.back().height() + sourced(d_->truthSource) + th.px(12)) / th.scale});
    // The outcome whole: the overview may have had to cut a long one.
    paras.push_back(rc::ui::layout(body, utf8(d_->outcomeText), textW));
    items.push_back(
        {false,
         (th.px(26) + paras.back().height() + sourced(d_->outcomeSource) + th.px(12)) / th.scale});
    // Practice, estimates in the log: each beside the computed figure then, with a verdict.
    const play::CalibrationReview& cal = calibration_;
    const int calRow = cal.shown ? 2 : -1; // then the findings that moved it most
    if (cal.shown) {
        std::string text = cal.summary + ".";
        for (const auto& c : cal.rows)
            text += "\n\u2022  " + c.order + ", " + c.dx + ": " + c.said + ", " + c.computed +
                    ". " + c.verdict + ".";
        paras.push_back(rc::ui::layout(body, utf8(text), textW));
        items.push_back({false, (th.px(26) + paras.back().height() + th.px(12)) / th.scale});
        if (!ctx_.settings.autoplayFile.empty() && !printedCalibration_) { // the UI tests read it
            printedCalibration_ = true;
            std::printf("debrief-calibration: %s\n", cal.summary.c_str());
            for (const auto& c : cal.rows)
                std::printf("debrief-calibration-row: %s · %s · %s · %s · %s\n", c.order.c_str(),
                            c.dx.c_str(), c.said.c_str(), c.computed.c_str(), c.verdict.c_str());
            std::fflush(stdout);
        }
    }
    // Practice: the computed differential, which findings moved it most (issue #19).
    const play::DifferentialReview& review = review_;
    if (review.shown) {
        std::string text = review.end;
        if (!review.caveat.empty()) text += "\n" + review.caveat;
        for (const auto& m : review.movers)
            text += "\n•  " + m;
        if (review.movers.empty())
            text += "\nNo finding moved it: it stayed at the pre-test figures.";
        text +=
            "\n" + std::string(play::differentialAssumption()) + " " + play::differentialReading();
        paras.push_back(rc::ui::layout(body, utf8(text), textW));
        items.push_back({false, (th.px(26) + paras.back().height() + th.px(12)) / th.scale});
    }
    const int kFirstPoint = 2 + (review.shown ? 1 : 0) + (cal.shown ? 1 : 0);
    for (const auto& lp : d_->learning) {
        paras.push_back(rc::ui::layout(body, utf8(lp.text), textW));
        items.push_back({false, (th.px(26) + paras.back().height() + th.px(12)) / th.scale});
    }
    // The case's references: each row opens its link (click, or Enter when focused).
    firstReference_ = d_->sources.empty() ? -1 : static_cast<int>(items.size()) + 1;
    if (!d_->sources.empty()) {
        paras.emplace_back();
        items.push_back({true, 34});
        for (const auto& r : d_->sources) {
            paras.push_back(rc::ui::layout(entry, utf8(r.entry), textW));
            items.push_back({false, (paras.back().height() + th.px(30)) / th.scale});
        }
    }
    learning_.setItems(items);
    learning_.setRect(in, th.scale);
    learning_.draw(p.target, th, [&](int i, const sf::FloatRect& r) {
        const Paragraph& para = paras[static_cast<std::size_t>(i)];
        float y = r.top;
        float x = r.left;
        std::string source;
        if (i == 0) {
            drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
                     utf8("What was going on: " + d_->truthLabel), r.left, y + th.px(14),
                     Align::Left, r.width);
            y += th.px(34);
            source = d_->truthSource;
        } else if (i == 1) {
            sectionHeading(p, {r.left, y + th.px(2), textW, th.px(18)},
                           "HOW IT TURNED OUT · " + d_->outcomeStatus);
            y += th.px(26);
            source = d_->outcomeSource;
        } else if (review.shown && i == (cal.shown ? 3 : 2)) {
            sectionHeading(p, {r.left, y + th.px(2), textW, th.px(18)},
                           "COMPUTED DIFFERENTIAL · THE FINDINGS THAT MOVED IT MOST");
            y += th.px(26);
        } else if (i == calRow) {
            sectionHeading(p, {r.left, y + th.px(2), textW, th.px(18)},
                           "YOUR ESTIMATES \u00b7 CALIBRATION");
            y += th.px(26);
        } else if (firstReference_ >= 0 && i == firstReference_ - 1) {
            sectionHeading(p, {r.left, y + th.px(10), textW, th.px(18)},
                           "REFERENCES · CLICK TO OPEN IN YOUR BROWSER");
            return;
        } else if (firstReference_ >= 0 && i >= firstReference_) {
            const rc::SourceRef& ref = d_->sources[static_cast<std::size_t>(i - firstReference_)];
            if (i == learning_.focused() || i == hoverReference_)
                roundedRect(p.target, {r.left - th.px(4), r.top + 1, r.width, r.height - 2},
                            th.px(5), withAlpha(th.c.accent, 28));
            for (const auto& line : para.lines) {
                drawLine(p.target, entry, line, r.left + th.px(4),
                         y + th.px(4) + para.lineHeight / 2);
                y += para.lineHeight;
            }
            const std::string link =
                ref.link.empty() ? "No link: find it by its title" : "\u2197 " + ref.link;
            drawLine(p.target, cite, utf8(link), r.left + th.px(4), y + th.px(16), Align::Left,
                     textW);
            return;
        } else {
            const auto k = static_cast<std::size_t>(i - kFirstPoint);
            drawLine(p.target, p.text(TextSize::Caption, Weight::Bold, th.c.textSecondary),
                     utf8(std::to_string(k + 1) + "."), r.left, y + th.px(10));
            const std::string& ls =
                k < d_->learningSources.size() ? d_->learningSources[k] : std::string();
            drawLine(p.target, citeNote, utf8(ls.empty() ? "Learning point" : "Source: " + ls),
                     r.left + th.px(24), y + th.px(10), Align::Left, r.width - th.px(24));
            y += th.px(26);
            x += th.px(24);
        }
        for (const auto& line : para.lines) {
            drawLine(p.target, body, line, x, y + para.lineHeight / 2);
            y += para.lineHeight;
        }
        if (!source.empty())
            drawLine(p.target, citeNote, utf8("Source: " + source), x, y + th.px(10), Align::Left,
                     textW);
    });
}

} // namespace rc::ui
