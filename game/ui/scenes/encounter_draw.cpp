// Drawing of the encounter scene (its static layer): figure panel, tabs and lists, the detail
// panel (answer, finding, report), and the bottom bar.
#include "game/play/game.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/art/body_chart.hpp"
#include "game/ui/art/dermatome_map.hpp"
#include "game/ui/art/imaging.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/encounter_scene.hpp"
#include "game/ui/scenes/image_viewer_scene.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::ui {

namespace {
FigureSpec figureOf(const rc::Patient& pt, View v) {
    FigureSpec sp;
    sp.sex = pt.sex == "male" ? Sex::Male : Sex::Female;
    sp.build = pt.build == "slim"    ? Build::Slim
               : pt.build == "heavy" ? Build::Heavy
                                     : Build::Average;
    sp.skin = pt.skin;
    sp.age = pt.age;
    sp.view = v;
    return sp;
}
} // namespace

void EncounterScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    hits_.clear();
    const rc::Session& s = game().play.session();
    std::string title = patientLine(s) + "  ·  Visit " + std::to_string(s.visitNumber());
    if (s.weeksElapsed() > 0) title += " (week " + std::to_string(s.weeksElapsed()) + ")";
    drawTopBar(p, size_.x, play::branchTitle(ctx_.game->whatIf.get(), title), &s, &ctx_.countdown);
    drawFigurePanel(p);
    drawRightPanel(p);
    drawBottom(p);
    coach_ = drawCoachPanel(p, ctx_, coachArea(ctx_.theme, size_, ctx_.theme.bottomBar()),
                            CoachCorner::BottomLeft);
}

void EncounterScene::drawFigurePanel(const Painter& p) {
    const Theme& th = p.theme;
    const rc::Session& s = game().play.session();
    panel(p.target, th, leftRect_);
    const sf::FloatRect in = drawPanelSwitch(p, inset(leftRect_, th.padding()));
    if (panel_ == Panel::Transcript) return drawTranscript(p, in);
    if (panel_ == Panel::Notes) return drawNotes(p, in);
    // Complaint in the patient's words.
    const auto quote = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    // Whole where a quarter of the panel holds it (the figure keeps the rest); else cut, and
    // whole under the pointer and first in the transcript.
    const sf::String complaint = utf8("“" + s.kase().patient.complaint + "”");
    const float ql = Theme::lineHeight(quote.size);
    const float quoteLines = std::clamp(std::floor(in.height * 0.25f / ql), 2.0f, 6.0f);
    const float qh =
        drawParagraph(p.target, quote, complaint, {in.left, in.top, in.width, ql * quoteLines});
    // Front / back segmented toggle, and beside it the dermatome overlay's toggle (under it in a
    // narrow panel).
    const std::string dLabel = "Dermatomes";
    const float segH = th.px(30), chipW = buttonWidth(p, dLabel) + th.px(8);
    const bool oneRow = in.width >= th.px(150) + th.px(8) + chipW;
    const float segW =
        oneRow ? std::min(th.px(180), in.width - chipW - th.px(8)) : std::min(in.width, th.px(180));
    const float segY = in.top + qh + th.px(8);
    const sf::FloatRect seg(oneRow ? in.left : in.left + (in.width - segW) / 2, segY, segW, segH);
    const auto halves = segmented(p, seg, {"Front", "Back"}, view_ == View::Back ? 1 : 0,
                                  hover_ && hover_->id == HitView ? hover_->sub : -1);
    for (std::size_t k = 0; k < halves.size(); ++k)
        hits_.add(halves[k], HitView, static_cast<int>(k));
    const sf::FloatRect chip(oneRow ? in.left + in.width - chipW : in.left + (in.width - chipW) / 2,
                             oneRow ? segY : segY + segH + th.px(6), chipW, segH);
    ControlState cs;
    cs.hovered = hover_ && hover_->id == HitDermatomes && hover_->sub == 0;
    button(p, chip, dLabel, dermatomes_ ? ButtonKind::Primary : ButtonKind::Secondary, cs);
    hits_.add(chip, HitDermatomes);
    const float rowsBottom = chip.top + chip.height;
    // Figure with the body chart.
    const float legendH = th.px(26);
    const sf::FloatRect box(in.left, rowsBottom + th.px(10), in.width,
                            in.top + in.height - legendH - th.px(8) - (rowsBottom + th.px(10)));
    const FigureGeometry geo(figureOf(s.kase().patient, view_), box);
    PatientFigure::draw(p.target, geo);
    // The figure is clickable: a click (or ↑↓ in this region) lays the dermatomes over it,
    // labelled where the legs are tall enough, under the patient's marks.
    // Sub 1: the figure's own hit, so hovering it does not light the chip (which then lay outside
    // what the hover repainted, and kept the tint: the damage check caught it).
    hits_.add(box, HitDermatomes, 1);
    if (dermatomes_) DermatomeMap::overlayTints(p, geo);
    std::vector<ChartMark> marks;
    for (const auto& r : s.chart())
        marks.push_back({r.at, parseChartSide(rc::sideName(r.side)), parseSymptom(r.kind)});
    BodyChart::draw(p.target, th, geo, marks);
    if (dermatomes_ && box.height >= th.px(300)) DermatomeMap::overlayLabels(p, geo);
    BodyChart::orientation(p, geo);
    BodyChart::legend(p, {in.left, in.top + in.height - legendH, in.width, legendH});
}

void EncounterScene::drawRightPanel(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, rightRect_);
    std::vector<std::string> labels;
    for (int i = 0; i < play::kEncounterTabs; ++i)
        labels.push_back(std::to_string(i + 1) + "  " +
                         play::tabLabel(static_cast<play::EncounterTab>(i)));
    const int hov = hover_ && hover_->id == HitTab ? hover_->sub : -1;
    const auto rects =
        tabs(p, tabsRect_, labels, static_cast<int>(tab_), hov, region_ == Tabs ? tabFocus_ : -1);
    for (std::size_t i = 0; i < rects.size(); ++i)
        hits_.add(rects[i], HitTab, static_cast<int>(i));
    list_.draw(p.target, th, [&](int i, const sf::FloatRect& r) { drawRow(p, i, r); });
    drawDetail(p, detailRect_);
}

void EncounterScene::drawRow(const Painter& p, int i, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const play::EncounterRow& row = rows_[static_cast<std::size_t>(i)];
    if (row.heading) {
        sectionHeading(
            p, {r.left + th.px(4), r.top + th.px(8), r.width - th.px(8), r.height - th.px(8)},
            row.label);
        return;
    }
    const bool visible = r.top >= list_.rect().top - 1 &&
                         r.top + r.height <= list_.rect().top + list_.rect().height + 1;
    const bool focused = list_.focused() == i && region_ == List;
    const bool hovered = hover_ && (hover_->id == HitRow && hover_->sub == i);
    const sf::FloatRect body(r.left, r.top + 1, r.width, r.height - 2);
    if (list_.focused() == i)
        roundedRect(p.target, body, th.px(6), th.c.accentSoft);
    else if (hovered)
        roundedRect(p.target, body, th.px(6), th.c.panelMuted);
    float right = r.left + r.width;
    if (row.sided) {
        // Two side buttons, each with its own tick.
        const float bw = th.px(66), bh = r.height - th.px(10);
        for (int k = 1; k >= 0; --k) {
            right -= bw + th.px(6);
            const sf::FloatRect b(right, r.top + th.px(5), bw, bh);
            const bool done = k == 0 ? row.doneLeft : row.doneRight;
            const bool hov = hover_ && hover_->id == HitSide && hover_->sub == i * 2 + k;
            roundedRect(p.target, b, th.px(5), hov ? th.c.accentSoft : th.c.panel, th.c.border, 1);
            const auto ts = p.text(TextSize::Caption, Weight::SemiBold,
                                   done ? th.c.textSecondary : th.c.accent);
            const float cx = b.left + b.width / 2 + (done ? th.px(7) : 0);
            drawLine(p.target, ts, utf8(k == 0 ? "Left" : "Right"), cx, b.top + bh / 2,
                     Align::Centre);
            if (done)
                icon::tick(p.target, {b.left + th.px(12), b.top + bh / 2}, th.px(11), th.c.good);
            if (focused && side_ == k) focusRing(p.target, th, b, th.px(5));
            if (visible) hits_.add(b, HitSide, i * 2 + k);
        }
        right -= th.px(4);
    }
    RowStatus st;
    st.done = row.sided ? false : row.done;
    st.caption = row.caption + (row.handsOn ? " · hands-on" : "");
    if (tab_ == play::EncounterTab::Notes)
        st.caption = row.rank ? "#" + std::to_string(row.rank) : "";
    // An order's mark is its verdict: green only when the case's rules say it was deserved.
    if (tab_ == play::EncounterTab::Investigations)
        st.mark = row.verdict == play::Verdict::Good  ? RowStatus::Mark::Good
                  : row.verdict == play::Verdict::Bad ? RowStatus::Mark::Bad
                                                      : RowStatus::Mark::Quiet;
    ControlState cs;
    cs.enabled = true;
    listRow(p, {r.left, r.top, right - r.left, r.height}, row.label, st, cs);
    if (focused && !row.sided) focusRing(p.target, th, body, th.px(6));
    if (visible) hits_.add({r.left, r.top, right - r.left, r.height}, HitRow, i);
}

void EncounterScene::drawDetail(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const rc::Session& s = game().play.session();
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    if (!watchErrors_.empty()) {
        roundedRect(p.target, r, th.radius(), th.c.panel, th.c.bad, 2);
        const sf::FloatRect in = inset(r, th.padding());
        icon::caution(p.target, {in.left + th.px(8), in.top + th.px(8)}, th.px(16), th.c.caution,
                      th.c.text);
        drawLine(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                 utf8("The case file has errors — fix and save it; it reloads by itself"),
                 in.left + th.px(24), in.top + th.px(8), Align::Left, in.width - th.px(24));
        drawParagraph(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.text),
                      utf8(watchErrors_),
                      {in.left, in.top + th.px(24), in.width, in.height - th.px(24)});
        return;
    }
    const int fi = shownRow_ >= 0 ? shownRow_ : list_.focused();
    const play::EncounterRow* row =
        fi >= 0 && fi < static_cast<int>(rows_.size()) && !rows_[fi].heading ? &rows_[fi] : nullptr;
    const sf::FloatRect in = inset(r, th.padding());
    if (tab_ == play::EncounterTab::Investigations && row && row->done) {
        roundedRect(p.target, r, th.radius(), th.c.panelMuted, th.c.border, 1);
        drawResult(p, in, fi);
        return;
    }
    if (tab_ == play::EncounterTab::Notes) {
        roundedRect(p.target, r, th.radius(), th.c.panelMuted, th.c.border, 1);
        const play::DifferentialView v = play::differentialView(s, game().play.mode());
        // Practice: the student's list on the left, the computed differential beside it.
        sf::FloatRect own = in;
        // A narrow panel gives the computed bars the whole width: the student's own list is in
        // the bottom bar too.
        const bool narrow = in.width < th.px(560);
        if (v.shown && narrow) {
            drawComputed(p, in, v);
            return;
        }
        if (v.shown) {
            const float gap = th.px(20);
            own.width = std::round(std::clamp(in.width * 0.34f, th.px(150), th.px(320)));
            const float x = own.left + own.width + gap;
            drawComputed(p, {x, in.top, in.left + in.width - x, in.height}, v);
            const float sx = own.left + own.width + gap / 2;
            roundedRect(p.target, {sx, in.top, 1, in.height}, 0, th.c.border);
        }
        const float headH = drawParagraph(
            p.target, head,
            utf8(v.shown ? "YOUR DIFFERENTIAL" : "YOUR WORKING DIFFERENTIAL (MOST LIKELY FIRST)"),
            {own.left, in.top, own.width, Theme::lineHeight(head.size) * 2});
        float y = in.top + headH + th.px(8);
        const auto& diff = s.differential();
        if (diff.empty())
            drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                          utf8("Choose up to five diagnoses above, most likely first. Choose one "
                               "again to take it off."),
                          {own.left, y, own.width, in.top + in.height - y});
        for (std::size_t k = 0; k < diff.size(); ++k) {
            const rc::DiagnosisDef* d = s.catalog().diagnosis(diff[k]);
            const float lh = Theme::lineHeight(body.size);
            if (y + lh > in.top + in.height) break;
            drawLine(p.target, p.text(TextSize::Body, Weight::Bold, th.c.accent),
                     utf8(std::to_string(k + 1)), own.left, y + lh / 2);
            drawLine(p.target, body, utf8(d ? d->label : diff[k]), own.left + th.px(24), y + lh / 2,
                     Align::Left, own.width - th.px(24));
            y += lh;
        }
        return;
    }
    std::string heading, text;
    const bool history = tab_ == play::EncounterTab::History;
    if (row && tab_ == play::EncounterTab::Examination) {
        const rc::Side side =
            row->sided ? (shownSide_ == 0 ? rc::Side::Left : rc::Side::Right) : rc::Side::None;
        text = play::replyFor(s, rc::Verb::Exam, row->id, side);
        heading = row->label + (row->sided ? std::string(" · ") + rc::sideName(side) : "");
        if (text.empty())
            text = row->sided ? "Choose Left or Right to examine that side" +
                                    std::string(row->handsOn ? " by hand." : ".")
                              : "Press Enter or click to examine.";
    } else if (row && history) {
        heading = row->label;
        text = play::replyFor(s, rc::Verb::Ask, row->id, rc::Side::None);
        if (text.empty())
            text = "Press Enter or click to ask.";
        else
            text = "“" + text + "”";
    } else if (row && tab_ == play::EncounterTab::Investigations) {
        const rc::Investigation* inv = s.catalog().investigation(row->id);
        heading = row->label;
        if (inv) text = play::orderTerms(*inv);
    }
    const bool spoken = history && text.rfind("“", 0) == 0;
    roundedRect(p.target, r, th.radius(), spoken ? th.c.accentSoft : th.c.panelMuted,
                spoken ? sf::Color::Transparent : th.c.border, spoken ? 0.0f : 1.0f);
    drawLine(p.target, head, utf8(heading), in.left, in.top + th.px(8), Align::Left, in.width);
    float y = in.top + th.px(26);
    if (!message_.empty()) {
        icon::caution(p.target, {in.left + th.px(8), y + th.px(10)}, th.px(14), th.c.caution,
                      th.c.text);
        y += drawParagraph(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.text),
                           utf8(message_),
                           {in.left + th.px(22), y, in.width - th.px(22), th.px(40)}) +
             th.px(4);
    }
    drawParagraph(p.target, spoken ? p.text(TextSize::Body, Weight::Medium, th.c.text) : body,
                  utf8(text), {in.left, y, in.width, in.top + in.height - y});
}

void EncounterScene::drawComputed(const Painter& p, const sf::FloatRect& r,
                                  const play::DifferentialView& v) {
    const Theme& th = p.theme;
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const auto note = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float lh = Theme::lineHeight(cap.size);
    float y = r.top;
    const std::string wide = "COMPUTED FROM THE FINDINGS (LIKELIHOOD RATIOS)";
    const std::string heading =
        measure(head, utf8(wide)) <= r.width ? wide : "COMPUTED (LIKELIHOOD RATIOS)";
    drawLine(p.target, head, utf8(heading), r.left, y + Theme::lineHeight(head.size) / 2,
             Align::Left, r.width);
    y += Theme::lineHeight(head.size) + th.px(4);
    // The latest finding (two lines at most) and, at the bottom, the assumption; in a short panel
    // the note on reading the bars gives way first, then the rows get tighter.
    const std::string latest =
        v.latest.empty() ? "No examination finding yet: these are the pre-test probabilities."
                         : v.latest;
    const float top = y;
    int latestLines = 2;
    y = top + ui::layout(cap, utf8(latest), r.width, latestLines).height() + th.px(6);
    // The bars: label, track with the probability, percentage.
    const float pctW = measure(cap, utf8("100 %")) + th.px(6);
    float labW = 0;
    for (const auto& b : v.bars)
        labW = std::max(labW, measure(cap, utf8(b.label)));
    labW = std::round(std::min(labW + th.px(4), r.width * 0.5f));
    const float trackX = r.left + labW + th.px(8), trackW = r.width - labW - th.px(8) - pctW;
    const std::string full =
        std::string(play::differentialAssumption()) + " " + play::differentialReading();
    auto fits = [&](const std::string& text, float rh) {
        const float h = ui::layout(note, utf8(text), r.width).height();
        return static_cast<std::size_t>(std::max(0.0f, (r.top + r.height - h - th.px(6) - y) / rh));
    };
    const float roomy = std::max(lh + th.px(2), th.px(20)), tight = lh;
    std::string assumption = full;
    float rowH = roomy;
    if (fits(full, roomy) < v.bars.size()) {
        assumption = play::differentialAssumption();
        if (fits(assumption, roomy) < v.bars.size()) rowH = tight;
    }
    // Very short: the latest finding's line gives way to at least two bars (the top and Other).
    while (latestLines > 0 && fits(assumption, rowH) < 2) {
        --latestLines;
        y = top + (latestLines
                       ? ui::layout(cap, utf8(latest), r.width, latestLines).height() + th.px(6)
                       : 0);
    }
    if (latestLines > 0)
        drawParagraph(
            p.target, cap, utf8(latest),
            {r.left, top, r.width, ui::layout(cap, utf8(latest), r.width, latestLines).height()});
    const Paragraph ap = ui::layout(note, utf8(assumption), r.width);
    const float assumeTop = r.top + r.height - ap.height();
    const std::size_t fit = fits(assumption, rowH);
    // When not all fit, the highest diagnoses and "Other" last.
    std::vector<std::size_t> rows;
    for (std::size_t k = 0; k < v.bars.size(); ++k)
        if (k + 1 < fit || k + 1 == v.bars.size()) rows.push_back(k);
    if (rows.size() > fit) rows.clear();
    if (trackW < th.px(20)) rows.clear();
    // The bars move from where the student last saw them (their priors, the first time); at once
    // with reduced motion and in autoplay (tests, screenshots and the layout check see the
    // values the findings give).
    {
        std::vector<std::pair<std::string, double>> targets;
        std::vector<double> priors;
        for (const play::DxBar& b : v.bars)
            targets.emplace_back(b.other ? std::string("\x01other") : b.dx, b.p),
                priors.push_back(b.prior);
        bars_.retarget(targets, priors, ctx_.theme.reducedMotion || game().autoplaying);
        barsRect_ = {trackX, y, trackW, r.top + r.height - y};
    }
    std::size_t drawn = 0;
    for (const std::size_t k : rows) {
        const play::DxBar& b = v.bars[k];
        const float cy = y + rowH / 2;
        drawLine(p.target, b.other ? note : cap, utf8(b.label), r.left, cy, Align::Left, labW);
        const float bh = std::round(std::min(rowH - th.px(6), th.px(12)));
        const sf::FloatRect track(trackX, std::round(cy - bh / 2), trackW, bh);
        roundedRect(p.target, track, bh / 2, th.c.divider);
        const double shown = bars_.shown(b.other ? std::string("\x01other") : b.dx, b.p);
        const float w = std::round(trackW * static_cast<float>(std::clamp(shown, 0.0, 1.0)));
        if (w > 0)
            roundedRect(p.target, {track.left, track.top, w, bh}, std::min(bh, w) / 2,
                        b.other ? th.c.textDisabled : th.c.accent);
        drawLine(p.target, cap, utf8(play::percentText(b.p)), r.left + r.width, cy, Align::Right,
                 pctW);
        y += rowH;
        ++drawn;
    }
    drawParagraph(p.target, note, utf8(assumption), {r.left, assumeTop, r.width, ap.height()});
    // Autoplay (the UI tests): one line per new set of bars drawn.
    if (game().autoplaying) {
        std::string line = "differential-bars: " + std::to_string(drawn) + " bars";
        for (const std::size_t k : rows)
            line += " · " + v.bars[k].label + " " + play::percentText(v.bars[k].p);
        line += " · latest: " + latest;
        if (line != printedBars_) std::printf("%s\n", line.c_str()), printedBars_ = line;
    }
}

float EncounterScene::drawVerdict(const Painter& p, const sf::FloatRect& r,
                                  const play::EncounterRow& row, int maxLines) {
    const Theme& th = p.theme;
    if (row.verdict == play::Verdict::None || row.verdictText.empty()) return 0;
    const float is = th.px(12);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const char* word = row.verdict == play::Verdict::Good  ? "Good: "
                       : row.verdict == play::Verdict::Bad ? "Not indicated: "
                                                           : "Neutral: ";
    const std::string text = word + row.verdictText;
    const float h = drawParagraph(p.target, cap, utf8(text),
                                  {r.left + is + th.px(8), r.top, r.width - is - th.px(8),
                                   Theme::lineHeight(cap.size) * static_cast<float>(maxLines)});
    const sf::Vector2f ic(r.left + is / 2, r.top + Theme::lineHeight(cap.size) / 2);
    if (row.verdict == play::Verdict::Good)
        icon::tick(p.target, ic, is, th.c.good);
    else if (row.verdict == play::Verdict::Bad)
        icon::cross(p.target, ic, is, th.c.bad);
    else
        icon::tick(p.target, ic, is, th.c.textSecondary);
    return h + th.px(6);
}

void EncounterScene::drawResult(const Painter& p, const sf::FloatRect& in, int i) {
    const Theme& th = p.theme;
    const rc::Session& s = game().play.session();
    const play::EncounterRow& row = rows_[static_cast<std::size_t>(i)];
    const std::string& id = row.id;
    const rc::OrderedTest* o = play::orderFor(s, id);
    const rc::Investigation* inv = s.catalog().investigation(id);
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    float headW = in.width;
    if (o && inv && reportImage(*inv, *o)) {
        const std::string label = "Enlarge";
        const float bw = std::min(buttonWidth(p, label), in.width / 2);
        const sf::FloatRect b(in.left + in.width - bw, in.top - th.px(6), bw, th.px(28));
        ControlState cs;
        cs.hovered = hover_ && hover_->id == HitImage;
        button(p, b, label, ButtonKind::Quiet, cs);
        hits_.add(b, HitImage, i);
        headW -= bw + th.px(8);
    }
    drawLine(p.target, head,
             utf8((inv ? inv->label : id) + (o && o->arrived ? " · report" : " · ordered")),
             in.left, in.top + th.px(8), Align::Left, headW);
    if (!o || !o->arrived) {
        // Top down: the verdict, the pending line, the Cancel button. Room goes first to the
        // button, then to one line saying the report is pending, then to the verdict (its cut
        // shows whole under the pointer), and what is left to the longer pending line.
        const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
        const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
        const float lb = Theme::lineHeight(body.size), lc = Theme::lineHeight(cap.size);
        const float bh = th.px(34), gap = th.px(6);
        float y = in.top + th.px(26);
        float room = in.top + in.height - y - (row.pending ? bh + gap : 0.0f);
        const std::string shortPend = "Pending until next visit.";
        const std::string longPend =
            "Pending until next visit: the report will be waiting when the patient comes back.";
        const float pendW = in.width - th.px(24);
        const bool pendLine = room >= lb + gap;
        if (pendLine) room -= lb + gap;
        int verdictLines = 0;
        if (row.verdict != play::Verdict::None && !row.verdictText.empty()) {
            const float vw = in.width - th.px(12) - th.px(8);
            const int needed = static_cast<int>(
                ui::layout(cap, utf8("Neutral: " + row.verdictText), vw).lines.size());
            verdictLines = std::clamp(static_cast<int>((room - gap) / lc), 0, needed);
            if (verdictLines > 0) room -= lc * static_cast<float>(verdictLines) + gap;
        }
        const Paragraph longPara = ui::layout(body, utf8(longPend), pendW);
        const bool roomy = pendLine && room >= longPara.height() - lb;
        if (verdictLines > 0)
            y += drawVerdict(p, {in.left, y, in.width, in.height}, row, verdictLines);
        if (pendLine) {
            icon::clock(p.target, {in.left + th.px(8), y + lb / 2}, th.px(16), th.c.textSecondary,
                        th.c.panelMuted);
            const std::string& pend = roomy ? longPend : shortPend;
            y += drawParagraph(p.target, body, utf8(pend),
                               {in.left + th.px(24), y, pendW, roomy ? longPara.height() : lb}) +
                 gap;
        }
        if (!row.pending) return;
        // Until the result arrives the order can be withdrawn (the test is not charged).
        const std::string label = "Cancel the order";
        const float bw = std::min(buttonWidth(p, label), in.width);
        const sf::FloatRect b(in.left, y, bw, bh);
        ControlState cs;
        cs.hovered = hover_ && hover_->id == HitCancel;
        button(p, b, label, ButtonKind::Secondary, cs);
        hits_.add(b, HitCancel, i);
        const std::string key = "or press Delete";
        const float kx = b.left + b.width + th.px(10);
        if (kx + measure(cap, utf8(key)) <= in.left + in.width)
            drawLine(p.target, cap, utf8(key), kx, b.top + bh / 2, Align::Left);
        return;
    }
    bool image = inv && !inv->image.empty() && inv->image != "chart";
    // A tall panel (the report beside the list) puts the schematic under the text; beside it,
    // the schematic needs room for its labels at this scale, or the report has the panel.
    const bool tall = in.height > in.width;
    float imgW = image && !tall ? std::min(in.height * 1.1f, in.width * 0.42f) : 0;
    if (!tall && (imgW < th.px(240) || in.height < th.px(160))) image = false, imgW = 0;
    const float textW = in.width - imgW - (imgW > 0 ? th.px(16) : 0);
    // The verdict leaves the report two lines at least (both show whole under the pointer).
    const auto bodySt = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const float lcap = Theme::lineHeight(th.size(TextSize::Caption));
    const int verdictLines = std::clamp(
        static_cast<int>((in.height - th.px(24) - 2 * Theme::lineHeight(bodySt.size)) / lcap), 1,
        3);
    const float vh =
        drawVerdict(p, {in.left, in.top + th.px(24), textW, in.height}, row, verdictLines);
    sf::FloatRect text(in.left, in.top + th.px(24) + vh, textW, in.height - th.px(24) - vh);
    const std::string report = reportText(*o);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    sf::FloatRect imageR(in.left + in.width - imgW, in.top, imgW, in.height);
    const auto view = inv ? reportImage(*inv, *o) : std::nullopt;
    if (image && tall) {
        text.height = std::min(text.height, ui::layout(body, utf8(report), text.width).height());
        const float top = text.top + text.height + th.px(12);
        const float h = std::min(in.top + in.height - top, in.width);
        imageR = {in.left, top, in.width, std::max(0.0f, h)};
    }
    // Under the text: drawn only with room enough, never cramped. The heading's button (or a
    // click on the schematic) enlarges it.
    const bool shown = view && image && imageR.height > th.px(tall ? 140 : 60) &&
                       imageR.width >= th.px(tall ? 260 : 200);
    drawParagraph(p.target, body, utf8(report), text);
    if (shown) {
        Imaging::draw(p, imageR, *view);
        hits_.add(imageR, HitImage, i); // a click enlarges it
    }
}

void EncounterScene::drawBottom(const Painter& p) {
    const Theme& th = p.theme;
    const rc::Session& s = game().play.session();
    const sf::FloatRect bar = drawBottomBar(p, size_);
    const std::string label = "Make a decision";
    const float bw = buttonWidth(p, label, true);
    decideRect_ = {bar.left + bar.width - th.padding() - bw, bar.top + th.px(9), bw,
                   bar.height - th.px(18)};
    ControlState cs;
    cs.hovered = hover_ && hover_->id == HitDecide;
    cs.focused = region_ == Decide;
    button(p, decideRect_, label, ButtonKind::Primary, cs, true);
    hits_.add(decideRect_, HitDecide);
    // Back to the library (the game is saved).
    const float lw = buttonWidth(p, "Cases");
    const sf::FloatRect leaveR(decideRect_.left - lw - th.px(8), decideRect_.top, lw,
                               decideRect_.height);
    ControlState ls;
    ls.hovered = hover_ && hover_->id == HitLeave;
    button(p, leaveR, "Cases", ButtonKind::Quiet, ls);
    hits_.add(leaveR, HitLeave);
    // Working differential and the practice hint.
    std::string diff = "Working differential: ";
    if (s.differential().empty()) diff += "none yet (Differential tab)";
    for (std::size_t k = 0; k < s.differential().size(); ++k) {
        const rc::DiagnosisDef* d = s.catalog().diagnosis(s.differential()[k]);
        diff +=
            (k ? "   " : "") + std::to_string(k + 1) + " " + (d ? d->label : s.differential()[k]);
    }
    const float x = th.padding(), maxW = leaveR.left - x - th.px(16);
    const play::Hint h = game().play.hint();
    const float cy1 = bar.top + th.px(18);
    drawLine(p.target, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(diff), x, cy1,
             Align::Left, maxW);
    if (h.kind != play::Hint::Kind::None) {
        const float cy2 = bar.top + th.px(40), is = th.px(12);
        const sf::Vector2f ic(x + is / 2, cy2);
        std::string word;
        if (h.kind == play::Hint::Kind::Good)
            icon::tick(p.target, ic, is, th.c.good), word = "Good: ";
        else if (h.kind == play::Hint::Kind::Bad)
            icon::cross(p.target, ic, is, th.c.bad), word = "Think again: ";
        else
            icon::caution(p.target, ic, is, th.c.caution, th.c.text), word = "Note: ";
        drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8(word + h.text), x + is + th.px(6), cy2, Align::Left, maxW - is - th.px(6));
    } else {
        drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8(typing_ ? "Typing notes: Esc or Tab when done · Enter new line · Ctrl+A all"
                      : region_ == Figure && panel_ == Panel::Patient
                          ? "Keys: Enter turns the patient · ↑↓ dermatomes · ←→ panel · Tab next "
                            "region · Esc cases"
                          : "Keys: Tab next region · ↑↓ choose · ←→ side · Enter do · 1–4 "
                            "tabs · Esc cases"),
                 x, bar.top + th.px(40), Align::Left, maxW);
    }
}

} // namespace rc::ui
