#include "game/ui/dev/gallery_scene.hpp"

#include "game/ui/art/bar_chart.hpp"
#include "game/ui/art/body_chart.hpp"
#include "game/ui/art/dermatome_map.hpp"
#include "game/ui/art/imaging.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"

namespace rc::ui {

GalleryScene::GalleryScene(Context& ctx, SceneStack& stack, bool tour)
    : Scene(ctx, stack), tour_(tour) {}

bool GalleryScene::input(Input in) {
    if (in == Input::Right || in == Input::Next)
        page_ = (page_ + 1) % kPages;
    else if (in == Input::Left || in == Input::Prev)
        page_ = (page_ + kPages - 1) % kPages;
    else if (in == Input::Back)
        stack_.pop();
    else
        return false;
    invalidate();
    if (ctx_.runner) ctx_.runner->screenshot(name());
    return true;
}

bool GalleryScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseMoved) invalidate();
    return false;
}

void GalleryScene::update(float) {
    if (!tour_) return;
    // Tour: hold each page a few frames (so its screenshot is taken), then move on; quit at the
    // end.
    if (++tourFrames_ < 4) return;
    tourFrames_ = 0;
    if (page_ + 1 >= kPages) {
        if (ctx_.runner) ctx_.runner->quit();
        return;
    }
    ++page_;
    invalidate();
    if (ctx_.runner) ctx_.runner->screenshot(name());
}

void GalleryScene::drawHeader(const Painter& p, const std::string& title) {
    const Theme& th = p.theme;
    roundedRect(p.target, {0, 0, size_.x, th.topBar()}, 0, th.c.panel);
    hairline(p.target, 0, size_.x, th.topBar() - 1, th.c.border);
    const float cy = th.topBar() / 2;
    float x = th.padding();
    x += drawLine(p.target, p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("Root Cause"),
                  x, cy);
    x += th.px(10);
    drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
             utf8("· Component gallery · " + title), x, cy);
    drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
             utf8("Page " + std::to_string(page_ + 1) + " of 3 · ← → to switch"),
             size_.x - th.padding(), cy, Align::Right);
}

void GalleryScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    static const char* const titles[kPages] = {
        "Patient figure and body chart", "Imaging schematics", "Controls, charts and dermatomes"};
    drawHeader(p, titles[page_]);
    if (page_ == 0)
        drawFigures(p);
    else if (page_ == 1)
        drawImaging(p);
    else
        drawWidgets(p);
}

void GalleryScene::drawFigures(const Painter& p) {
    const Theme& th = p.theme;
    const float top = th.topBar() + th.gap();
    const float h = size_.y - top - th.gap();
    // Left: the body chart panel, front and back, as in the encounter.
    const sf::FloatRect chartPanel(th.gap(), top, size_.x * 0.42f, h);
    panel(p.target, th, chartPanel);
    const sf::FloatRect inner = inset(chartPanel, th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Body chart"),
             inner.left, inner.top + th.px(12));
    const std::vector<ChartMark> marks = {{"lower-back", ChartSide::Midline, Symptom::Pain},
                                          {"buttock", ChartSide::Right, Symptom::Pain},
                                          {"anterior-thigh", ChartSide::Right, Symptom::Pain},
                                          {"medial-knee", ChartSide::Right, Symptom::Tingling},
                                          {"medial-shin", ChartSide::Right, Symptom::Numbness},
                                          {"calf", ChartSide::Left, Symptom::Tingling},
                                          {"dorsum-foot", ChartSide::Left, Symptom::Numbness},
                                          {"lateral-hip", ChartSide::Left, Symptom::Pain},
                                          {"heel", ChartSide::Left, Symptom::Numbness}};
    const float legendH = th.px(28);
    const float figTop = inner.top + th.px(40);
    const float figH = inner.height - th.px(40) - legendH - th.px(8);
    for (int k = 0; k < 2; ++k) {
        FigureSpec sp;
        sp.sex = Sex::Female;
        sp.age = 52;
        sp.view = k == 0 ? View::Front : View::Back;
        const sf::FloatRect box(inner.left + k * inner.width / 2, figTop + th.px(18),
                                inner.width / 2, figH - th.px(18));
        drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary),
                 utf8(k == 0 ? "Front" : "Back"), box.left + box.width / 2, figTop + th.px(6),
                 Align::Centre);
        const FigureGeometry g(sp, box);
        PatientFigure::draw(p.target, g);
        BodyChart::draw(p.target, th, g, marks);
        BodyChart::orientation(p, g);
    }
    BodyChart::legend(p, {inner.left, inner.top + inner.height - legendH, inner.width, legendH});
    // Right: builds, sexes and skin tones.
    const sf::FloatRect right(chartPanel.left + chartPanel.width + th.gap(), top,
                              size_.x - chartPanel.width - 3 * th.gap(), h);
    panel(p.target, th, right);
    const sf::FloatRect ri = inset(right, th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Builds, skin tones and views"), ri.left, ri.top + th.px(12));
    const struct {
        Sex s;
        Build b;
        int skin;
        int age;
        View v;
        Expression e;
        const char* label;
    } figs[] = {
        {Sex::Male, Build::Slim, 1, 24, View::Front, Expression::Calm, "Slim · tone 1"},
        {Sex::Female, Build::Average, 2, 34, View::Front, Expression::Calm, "Average · tone 2"},
        {Sex::Male, Build::Heavy, 3, 58, View::Front, Expression::Discomfort, "Heavy · tone 3"},
        {Sex::Female, Build::Heavy, 4, 67, View::Front, Expression::Pain, "Heavy · tone 4"},
        {Sex::Male, Build::Average, 5, 45, View::Back, Expression::Calm, "Back · tone 5"}};
    const float w = ri.width / 5;
    for (int i = 0; i < 5; ++i) {
        FigureSpec sp{figs[i].s, figs[i].b, figs[i].skin, figs[i].age, figs[i].v, figs[i].e};
        const sf::FloatRect box(ri.left + i * w, ri.top + th.px(40), w, ri.height - th.px(80));
        PatientFigure::draw(p.target, FigureGeometry(sp, box));
        drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
                 utf8(figs[i].label), box.left + w / 2, ri.top + ri.height - th.px(22),
                 Align::Centre, w - th.px(4));
    }
}

void GalleryScene::drawImaging(const Painter& p) {
    const Theme& th = p.theme;
    const float top = th.topBar() + th.gap();
    const float cw = (size_.x - 4 * th.gap()) / 3,
                ch = (size_.y - top - 3 * th.gap()) / 2 + th.px(4);
    const ImageView views[6] = {{"spine-mri", "L3-L4", "protrusion", "right", 0},
                                {"spine-xray", "L5-S1", "slip", "", 2},
                                {"spine-mri", "L4-L5", "stenosis", "both", 0},
                                {"knee-xray", "knee", "osteoarthritis", "right", 3},
                                {"knee-mri", "knee", "meniscal-tear", "right", 0},
                                {"hip-xray", "hip", "physis-slip", "left", 0}};
    for (int i = 0; i < 6; ++i) {
        const sf::FloatRect r(th.gap() + (i % 3) * (cw + th.gap()), top + (i / 3) * (ch + th.gap()),
                              cw, ch);
        Imaging::draw(p, r, views[i]);
    }
}

void GalleryScene::drawWidgets(const Painter& p) {
    const Theme& th = p.theme;
    const float top = th.topBar() + th.gap();
    const float colW = (size_.x - 4 * th.gap()) / 3;
    const float h = size_.y - top - th.gap();
    // Column 1: controls.
    sf::FloatRect c1(th.gap(), top, colW, h);
    panel(p.target, th, c1);
    sf::FloatRect in = inset(c1, th.padding());
    auto tabRects = tabs(p, {in.left, in.top, in.width, th.px(40)},
                         {"History", "Examination", "Investigations", "Notes"}, 0, 2);
    (void)tabRects;
    float y = in.top + th.px(52);
    sectionHeading(p, {in.left, y, in.width, th.px(20)}, "PAIN");
    y += th.px(24);
    const struct {
        const char* q;
        bool done;
        const char* cap;
    } rows[] = {
        {"Where is the pain?", true, "1 min"},
        {"When did it start?", true, "1 min"},
        {"What makes it worse, and what eases it? A very long question that must not overflow",
         false, ""},
        {"Any numbness or pins and needles?", false, ""}};
    for (int i = 0; i < 4; ++i) {
        ControlState st;
        st.focused = i == 2;
        st.hovered = i == 3;
        listRow(p, {in.left, y, in.width, th.px(36)}, rows[i].q, {rows[i].done, rows[i].cap}, st);
        y += th.px(38);
    }
    y += th.px(12);
    const sf::FloatRect speech(in.left, y, in.width, th.px(96));
    roundedRect(p.target, speech, th.radius(), th.c.accentSoft);
    drawParagraph(
        p.target, p.text(TextSize::Body, Weight::Regular, th.c.text),
        utf8("\u201CIt\u2019s the front of my knee, but honestly my back\u2019s been stiff for "
             "weeks, ever since I lifted that pallet at work and felt something go.\u201D"),
        inset(speech, th.padding()));
    y += th.px(112);
    button(p, {in.left, y, buttonWidth(p, "Make a decision", true), th.px(40)}, "Make a decision",
           ButtonKind::Primary, {}, true);
    ControlState foc;
    foc.focused = true;
    button(p, {in.left + in.width - th.px(120), y, th.px(120), th.px(40)}, "Back",
           ButtonKind::Secondary, foc);
    y += th.px(56);
    float x = in.left;
    x += chip(p, {x, y}, "Difficulty 2", th.c.accent, th.c.accentSoft) + th.px(8);
    x += chip(p, {x, y}, "15 min", th.c.textSecondary, th.c.divider) + th.px(8);
    y += th.px(36);
    x = in.left;
    x += metric(p, {x, y + th.px(8)}, Metric::Clock, "14 min", th.c.textSecondary) + th.px(20);
    x += metric(p, {x, y + th.px(8)}, Metric::Money, "£420", th.c.textSecondary) + th.px(20);
    metric(p, {x, y + th.px(8)}, Metric::Radiation, "1.5 mSv", th.c.textSecondary);
    y += th.px(32);
    const float s = th.px(18);
    icon::tick(p.target, {in.left + s / 2, y + s / 2}, s, th.c.good);
    icon::cross(p.target, {in.left + s * 2, y + s / 2}, s, th.c.bad);
    icon::caution(p.target, {in.left + s * 3.5f, y + s / 2}, s, th.c.caution, th.c.panel);
    icon::clock(p.target, {in.left + s * 5, y + s / 2}, s, th.c.text, th.c.panel);
    icon::radiation(p.target, {in.left + s * 6.5f, y + s / 2}, s, th.c.text, th.c.panel);
    icon::chevronRight(p.target, {in.left + s * 8, y + s / 2}, s, th.c.text);
    // Column 2: the debrief's score by domain and a column chart.
    sf::FloatRect c2(c1.left + colW + th.gap(), top, colW, h);
    panel(p.target, th, c2);
    in = inset(c2, th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Score by domain"), in.left, in.top + th.px(12));
    BarChart::draw(p, {in.left, in.top + th.px(36), in.width, th.px(250)},
                   {{"History", 95},
                    {"Examination", 80},
                    {"Investigations", 60},
                    {"Diagnosis", 100},
                    {"Management", 85},
                    {"Safety", 100},
                    {"Efficiency", 72.5}});
    ColumnChart::draw(p, {in.left, in.top + th.px(310), in.width, in.height - th.px(310)},
                      {{"Hx", 95},
                       {"Exam", 80},
                       {"Inv", 60},
                       {"Dx", 100},
                       {"Mgmt", 85},
                       {"Safety", 100},
                       {"Eff", 72}},
                      "score / 100");
    // Column 3: dermatome map.
    sf::FloatRect c3(c2.left + colW + th.gap(), top, colW, h);
    panel(p.target, th, c3);
    in = inset(c3, th.padding());
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Dermatomes · L3 (right)"), in.left, in.top + th.px(12));
    FigureSpec sp;
    sp.age = 52;
    DermatomeMap::draw(p, {in.left, in.top + th.px(32), in.width, in.height - th.px(32)}, sp,
                       {"L3"}, "right");
}

} // namespace rc::ui
