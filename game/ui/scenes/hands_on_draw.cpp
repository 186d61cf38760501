// Drawing of the hands-on scene: the static layer (top bar, the patient's card, the side panel
// with the steps, switches and reading, or why the exam cannot be done by hand) and the live layer
// (the body, the goniometer and its reading), with the parts of the window the live layer
// covers, for partial repaints.
#include "game/body/body_draw.hpp"
#include "game/engine/fnv1a.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/hands_on_scene.hpp"

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>

namespace rc::ui {

namespace {

using rc::body::Manoeuvre;

std::string sideWord(rc::Side s) {
    return s == rc::Side::Left ? "Left" : "Right";
}
std::string lower(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

std::string degrees(double a) {
    return std::to_string(static_cast<int>(std::lround(a))) + "\u00B0";
}

} // namespace

// ---- static layer ---------------------------------------------------------------------

void HandsOnScene::drawTopBar(const Painter& p) {
    const Theme& th = p.theme;
    roundedRect(p.target, {0, 0, size_.x, th.topBar()}, 0, th.c.panel);
    hairline(p.target, 0, size_.x, th.topBar() - 1, th.c.border);
    const float cy = th.topBar() / 2;
    float x = th.padding();
    x += drawLine(p.target, p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("Root Cause"),
                  x, cy);
    x += th.px(10);
    std::string title = "\u00B7 " + (patientName_.empty() ? std::string("Patient") : patientName_) +
                        " \u00B7 Hands-on: " + model_.examLabel();
    if (model_.ok()) title += ", " + lower(sideWord(model_.side())) + " leg";
    const float hintW = th.px(300);
    drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary), utf8(title), x,
             cy, Align::Left, size_.x - x - hintW - th.padding());
    const float kw =
        drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
                 utf8(model_.ok() ? "Esc cancels \u00B7 Space records" : "Esc goes back"),
                 size_.x - th.padding(), cy, Align::Right);
    drawHelpHint(p, size_.x - th.padding() - kw - th.px(12), cy); // within hintW
}

void HandsOnScene::drawCard(const Painter& p) {
    const Theme& th = p.theme;
    const play::HandsOnFace face = model_.face();
    // Portrait: the patient's head and shoulders with the current expression.
    const sf::Color ring = face == play::HandsOnFace::Pain    ? th.c.pain
                           : face == play::HandsOnFace::Wince ? th.c.caution
                                                              : th.c.border;
    roundedRect(p.target, portrait_, th.radius(), th.c.panelMuted);
    {
        FigureSpec sp = figure_;
        sp.face = face == play::HandsOnFace::Pain    ? Expression::Pain
                  : face == play::HandsOnFace::Wince ? Expression::Discomfort
                                                     : Expression::Calm;
        const float P = portrait_.width;
        const float h = 0.60f * P / 0.12f;
        const float headY = portrait_.top + P * 0.42f;
        const sf::FloatRect box(portrait_.left + P / 2 - 0.23f * h, headY - 0.068f * h, 0.46f * h,
                                h);
        ClipScope clip(p.target, inset(portrait_, 1));
        PatientFigure::draw(p.target, FigureGeometry(sp, box));
    }
    roundedRect(p.target, portrait_, th.radius(), sf::Color::Transparent, ring,
                face == play::HandsOnFace::Neutral ? 1.0f : th.px(2));

    // Speech bubble with a small tail towards the portrait.
    const bool symptoms = model_.ok() && model_.sim().symptomsActive();
    const sf::Color bubbleFill = symptoms ? mix(th.c.pain, th.c.panel, 0.9f) : th.c.accentSoft;
    roundedRect(p.target, bubble_, th.radius(), bubbleFill);
    const float ty = portrait_.top + th.px(26);
    fillPolygon(p.target,
                {{bubble_.left - th.px(8), ty},
                 {bubble_.left + 1, ty - th.px(8)},
                 {bubble_.left + 1, ty + th.px(8)}},
                bubbleFill);
    const sf::FloatRect text = inset(bubble_, th.px(12));
    float y = text.top;
    const std::string& speech = model_.speech();
    const auto body = p.text(TextSize::Body, Weight::Medium, th.c.text);
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    if (!model_.ok()) {
        drawParagraph(p.target, cap, utf8("No hands-on examination to show."), text);
        return;
    }
    if (speech.empty()) {
        y += drawParagraph(
            p.target, body,
            utf8(patientName_.empty() ? "Ready when you are." : "\u201CReady when you are.\u201D"),
            {text.left, y, text.width, Theme::lineHeight(body.size)});
        drawParagraph(p.target, cap,
                      utf8("Move the leg slowly: the patient will say when the symptoms come on."),
                      {text.left, y + th.px(2), text.width, text.top + text.height - y});
        return;
    }
    float x = text.left;
    if (symptoms) {
        // "Symptoms" tag: colour with a word, never colour alone.
        const float w = chip(p, {x, y - 1}, "Symptoms", th.c.panel, th.c.pain);
        x += w + th.px(8);
    }
    drawLine(p.target, body, utf8("\u201C" + speech + "\u201D"), x,
             y + Theme::lineHeight(body.size) / 2 - 1, Align::Left, text.left + text.width - x);
    y += Theme::lineHeight(body.size) + th.px(2);
    if (!model_.observation().empty())
        drawParagraph(p.target, cap, utf8(model_.observation()),
                      {text.left, y, text.width, text.top + text.height - y + th.px(4)});
}

void HandsOnScene::drawSwitch(const Painter& p, const sf::FloatRect& r, const std::string& label,
                              const std::string& key, bool on, int index) {
    const Theme& th = p.theme;
    const bool hovered = hover_ == index, focused = focus_ == index;
    if (hovered) roundedRect(p.target, r, th.px(6), th.c.panelMuted);
    const float cy = r.top + r.height / 2;
    // Key cap.
    const auto keyStyle = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    const sf::FloatRect cap(r.left + th.px(8), cy - th.px(11), th.px(22), th.px(22));
    roundedRect(p.target, cap, th.px(4), th.c.panel, th.c.border, 1);
    drawLine(p.target, keyStyle, utf8(key), cap.left + cap.width / 2, cy, Align::Centre);
    drawLine(p.target, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(label),
             cap.left + cap.width + th.px(10), cy, Align::Left, r.width - th.px(140));
    // Pill switch with its state in words.
    const sf::FloatRect track(r.left + r.width - th.px(8) - th.px(40), cy - th.px(11), th.px(40),
                              th.px(22));
    roundedRect(p.target, track, track.height / 2, on ? th.c.accent : th.c.border);
    disc(p.target,
         {on ? track.left + track.width - track.height / 2 : track.left + track.height / 2, cy},
         track.height / 2 - th.px(3), th.c.panel);
    drawLine(p.target,
             p.text(TextSize::Caption, Weight::SemiBold, on ? th.c.accent : th.c.textSecondary),
             utf8(on ? "On" : "Off"), track.left - th.px(8), cy, Align::Right);
    if (focused) focusRing(p.target, th, r, th.px(6));
}

void HandsOnScene::drawSide(const Painter& p) {
    const Theme& th = p.theme;
    panel(p.target, th, side_);
    const sf::FloatRect in = inset(side_, th.padding());
    float y = in.top;
    // Title and position.
    const auto head = p.text(TextSize::Heading, Weight::SemiBold, th.c.text);
    y += drawParagraph(p.target, head, utf8(model_.examLabel()),
                       {in.left, y, in.width, Theme::lineHeight(head.size) * 2});
    const auto& sc = model_.sim().scene();
    std::string sub = sideWord(model_.side()) + " leg \u00B7 " + guide_.position;
    if (sc.manoeuvre == Manoeuvre::crossedSlr)
        sub = sideWord(model_.side()) + " leg raised \u00B7 symptoms sought in the " +
              lower(sideWord(model_.side() == rc::Side::Left ? rc::Side::Right : rc::Side::Left)) +
              " leg";
    const auto cap = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
    drawLine(p.target, cap, utf8(sub), in.left, y + th.px(9), Align::Left, in.width);
    y += th.px(18);

    // Steps, above the differentiation block (its switches' heading, or its note).
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const float numR = th.px(11);
    const float textX = in.left + 2 * numR + th.px(10);
    float stepsBottom = reading_.top - th.px(16) - th.px(44);
    for (const Control& c : controls_)
        if (c.kind == Ctl::Neck || c.kind == Ctl::Ankle) {
            stepsBottom = c.rect.top - th.px(22);
            break;
        }
    stepsBottom -= th.px(8);
    const float lh = Theme::lineHeight(body.size);
    const bool oneLine = y + th.px(44) + lh > stepsBottom;
    if (oneLine) {
        // No room for the list (a short window at a large scale): the steps on one line, whole
        // under the pointer.
        std::string all = "Steps:";
        for (std::size_t i = 0; i < guide_.steps.size(); ++i)
            all += " " + std::to_string(i + 1) + ". " + guide_.steps[i];
        if (y + lh <= stepsBottom + th.px(8))
            drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.text), utf8(all),
                     in.left, y + lh / 2, Align::Left, in.width);
    } else {
        y += th.px(18);
        sectionHeading(p, {in.left, y, in.width, th.px(16)}, "STEPS");
        y += th.px(26);
    }
    for (std::size_t i = 0; !oneLine && i < guide_.steps.size(); ++i) {
        if (y + lh > stepsBottom) break;
        disc(p.target, {in.left + numR, y + lh / 2}, numR, th.c.accentSoft);
        drawLine(p.target, p.text(TextSize::Caption, Weight::Bold, th.c.accent),
                 utf8(std::to_string(i + 1)), in.left + numR, y + lh / 2, Align::Centre);
        const float w = in.left + in.width - textX;
        const int fit = static_cast<int>((stepsBottom - y) / lh);
        Paragraph para = ui::layout(body, utf8(guide_.steps[i]), w, fit);
        const float next = y + para.height() + th.px(10);
        // The last step with room: what does not fit (the rest of it, the steps after it) is
        // shown whole under the pointer, from its "…".
        const bool later = i + 1 < guide_.steps.size() && next + lh > stepsBottom;
        if (later && !para.truncated) {
            para.truncated = true;
            sf::String& last = para.lines.back();
            TextStyle quiet = body; // the cut is this line's tip, not a lost text
            quiet.drawn = nullptr;
            last = ellipsize(quiet, last + sf::String(sf::Uint32(0x2026)), w);
        }
        std::string full = guide_.steps[i];
        if (para.truncated)
            for (std::size_t k = i + 1; k < guide_.steps.size(); ++k)
                full += "\n" + std::to_string(k + 1) + ". " + guide_.steps[k];
        drawLines(p.target, body, para, utf8(full), textX, y);
        y = next;
        if (para.truncated) break;
    }

    // Switches (structural differentiation).
    int index = 0;
    bool heading = false;
    for (const Control& c : controls_) {
        if (c.kind == Ctl::Neck || c.kind == Ctl::Ankle) {
            if (!heading) {
                sectionHeading(p, {c.rect.left, c.rect.top - th.px(22), in.width, th.px(16)},
                               "DIFFERENTIATION");
                heading = true;
            }
            const bool neck = c.kind == Ctl::Neck;
            drawSwitch(p, c.rect, neck ? "Neck flexion" : "Ankle dorsiflexion",
                       ctx_.bindings.keysFor(neck ? Input::Neck : Input::Ankle),
                       neck ? model_.sim().switches().neckFlexion
                            : model_.sim().switches().ankleDorsiflexion,
                       index);
        }
        ++index;
    }
    if (!heading) {
        const float hy = reading_.top - th.px(16) - th.px(44);
        sectionHeading(p, {in.left, hy, in.width, th.px(16)}, "DIFFERENTIATION");
        drawLine(p.target, cap, utf8("No neck or ankle switch in this test."), in.left,
                 hy + th.px(30), Align::Left, in.width);
    }

    // Reading block frame (the numbers are live).
    sectionHeading(p, {in.left, reading_.top, in.width, th.px(16)}, "READING");
    // Key hints and buttons.
    drawLine(p.target, cap,
             utf8(model_.autoplay() ? "Autoplay: the examiner moves the leg"
                                    : "Hold \u2191 \u2193 or drag the leg \u00B7 Tab moves focus"),
             in.left, reading_.top + reading_.height + th.px(12), Align::Left, in.width);
    for (std::size_t i = 0; i < controls_.size(); ++i) {
        const Control& c = controls_[i];
        ControlState st;
        st.hovered = hover_ == static_cast<int>(i);
        st.focused = focus_ == static_cast<int>(i);
        if (c.kind == Ctl::Record) button(p, c.rect, "Record finding", ButtonKind::Primary, st);
        if (c.kind == Ctl::Cancel) button(p, c.rect, "Cancel", ButtonKind::Secondary, st);
    }
}

void HandsOnScene::drawUnavailable(const Painter& p) {
    const Theme& th = p.theme;
    const sf::FloatRect box = unavailableBox();
    panel(p.target, th, box);
    const sf::FloatRect in = inset(box, th.px(24));
    icon::caution(p.target, {in.left + th.px(12), in.top + th.px(14)}, th.px(24), th.c.caution,
                  th.c.panel);
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Not a hands-on examination"), in.left + th.px(40), in.top + th.px(14));
    drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                  utf8(model_.error()),
                  {in.left + th.px(40), in.top + th.px(44), in.width - th.px(40), th.px(70)});
    ControlState st;
    st.focused = true;
    st.hovered = hover_ == static_cast<int>(controls_.size()) - 1;
    button(p, controls_.back().rect, "Back", ButtonKind::Primary, st);
}

sf::FloatRect HandsOnScene::unavailableBox() const {
    const Theme& th = ctx_.theme;
    const float w = std::min(size_.x - 2 * th.gap(), th.px(600)), h = th.px(200);
    const float top = th.topBar();
    return {std::round((size_.x - w) / 2), std::round(top + (size_.y - top - h) / 2), w, h};
}

void HandsOnScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p);
    if (!model_.ok()) {
        drawUnavailable(p);
        return;
    }
    panel(t, th, stage_);
    drawCard(p);
    // A note on the point of view.
    const auto& sc = model_.sim().scene();
    const std::string view = sc.frontView      ? "Seen from the front"
                             : map_.mirrored() ? "Seen from the patient\u2019s left"
                                               : "Seen from the patient\u2019s right";
    drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textDisabled), utf8(view),
             viewport_.left + viewport_.width, viewport_.top + th.px(10), Align::Right);
    drawSide(p);
    // Beside the patient, under the speech: the moving leg never reaches there.
    coach_ = drawCoachPanel(
        p, ctx_, {viewport_.left, viewport_.top, viewport_.width * 0.36f, viewport_.height},
        CoachCorner::TopLeft);
}

// ---- live layer -----------------------------------------------------------------------

void HandsOnScene::drawLive(sf::RenderTarget& t) {
    if (!model_.ok()) return;
    const sf::Clock clock;
    drawLiveLayer(t);
    liveMs_ += clock.getElapsedTime().asMicroseconds() / 1000.0, ++liveFrames_;
}

BodyStyle HandsOnScene::bodyStyle() const {
    const Theme& th = ctx_.theme;
    BodyStyle style;
    style.skin = skinTone(figure_.skin);
    style.female = figure_.sex == Sex::Female;
    style.hair = figure_.age >= 60 ? sf::Color(0xB9, 0xB4, 0xAE) : sf::Color(0x4A, 0x3B, 0x33);
    style.accent = th.c.accent;
    style.caution = th.c.caution;
    style.pain = th.c.pain;
    style.ink = th.c.text;
    style.resistance = static_cast<float>(model_.resistance());
    style.symptomatic = model_.sim().scene().symptomatic;
    const double age = model_.symptomFlashAge();
    if (age >= 0) {
        // A flash at onset that settles into a gentle pulse while the symptoms last.
        const double pulse = 0.55 + 0.25 * std::sin(age * 4.0);
        style.flash = static_cast<float>(age < 0.6 ? 1.0 - (age / 0.6) * (1.0 - pulse) : pulse);
        if (th.reducedMotion) style.flash = 0.6f;
    }
    return style;
}

TextStyle HandsOnScene::pillText() const {
    const Theme& th = ctx_.theme;
    return {&ctx_.fonts.get(Weight::Bold),
            th.size(TextSize::Heading) + static_cast<unsigned>(th.px(2)), th.c.text};
}

sf::FloatRect HandsOnScene::pillRect(sf::Vector2f a, const TextStyle& big,
                                     const sf::String& label) const {
    const Theme& th = ctx_.theme;
    const float w = measure(big, label) + th.px(16), h = th.px(32);
    a.x = std::clamp(a.x, viewport_.left + w / 2, viewport_.left + viewport_.width - w / 2);
    a.y = std::clamp(a.y, viewport_.top + h / 2, viewport_.top + viewport_.height - h / 2);
    return {a.x - w / 2, a.y - h / 2, w, h};
}

HandsOnScene::LiveFootprint HandsOnScene::footprint() const {
    LiveFootprint f;
    BodyFootprint shapes(map_);
    rc::body::drawExam(model_.sim(), shapes);
    f.shapes = shapes.shapes();
    const double angle = model_.sim().measuredAngleDeg();
    f.pill =
        inset(pillRect(shapes.labelAnchor(), pillText(), utf8(degrees(angle))), -ctx_.theme.px(3));
    const BodyStyle style = bodyStyle();
    rc::Fnv1aMix mix;
    mix(std::lround(style.flash * 255)), mix(std::lround(style.resistance * 255));
    f.styleKey = mix.h;
    mix = {};
    mix(std::lround(angle)), mix(std::lround(style.resistance * 255));
    const std::string summary = model_.summary();
    for (char c : summary)
        mix(c);
    f.readingKey = mix.h;
    f.valid = true;
    return f;
}

std::vector<sf::FloatRect> HandsOnScene::liveDamage() {
    if (!model_.ok()) return Scene::liveDamage();
    LiveFootprint now = footprint();
    const LiveFootprint& was = lastFootprint_;
    std::vector<sf::FloatRect> out;
    auto changed = [](const sf::FloatRect& a, const sf::FloatRect& b) {
        return a != b; // even a sliver of a pixel moves an antialiased edge
    };
    const bool sameShapes = was.valid && was.shapes.size() == now.shapes.size();
    const bool restyled = was.styleKey != now.styleKey;
    for (std::size_t i = 0; i < now.shapes.size(); ++i) {
        const auto& n = now.shapes[i];
        // The symptom glow and the resistance tint recolour the legs and the goniometer.
        const bool tinted =
            n.tag.role != rc::body::DrawRole::furniture && n.tag.role != rc::body::DrawRole::body;
        if (!sameShapes || changed(n.box, was.shapes[i].box) ||
            n.tag.symptomatic != was.shapes[i].tag.symptomatic || (restyled && tinted)) {
            out.push_back(n.box);
            if (sameShapes) out.push_back(was.shapes[i].box);
        }
    }
    if (!sameShapes)
        for (const auto& w : was.shapes)
            out.push_back(w.box);
    if (!was.valid || changed(now.pill, was.pill) || restyled || was.readingKey != now.readingKey) {
        out.push_back(now.pill);
        if (was.valid) out.push_back(was.pill);
    }
    if (!was.valid || was.readingKey != now.readingKey)
        out.push_back(inset(reading_, -ctx_.theme.px(4)));
    lastFootprint_ = std::move(now);
    return out;
}

bool HandsOnScene::flatUnder(const sf::FloatRect& r, sf::Color& c) const {
    const bool inside = r.left >= plain_.left && r.top >= plain_.top &&
                        r.left + r.width <= plain_.left + plain_.width &&
                        r.top + r.height <= plain_.top + plain_.height;
    if (inside) c = ctx_.theme.c.panel;
    return inside && model_.ok();
}

void HandsOnScene::drawLiveLayer(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    const auto& sim = model_.sim();
    const BodyStyle style = bodyStyle();
    // The body and its angle pill stay on the stage, the reading in its block: a partial repaint
    // of one draws nothing of the other.
    const bool onStage = liveClip_.intersects(stage_), onReading = liveClip_.intersects(reading_);
    if (onReading) drawReading(p, style);
    if (!onStage) return;
    SfmlBodyDraw draw(t, sim, map_, style);
    draw.cullTo(liveClip_);
    {
        // The body, clipped to the stage (the plinth's legs run out of its bottom edge).
        ClipScope clip(t, {stage_.left + 1, viewport_.top - th.px(8), stage_.width - 2,
                           stage_.top + stage_.height - viewport_.top + th.px(8) - th.px(2)});
        rc::body::drawExam(sim, draw);
    }

    // Goniometer value beside the arc: large, in a white pill.
    const double angle = sim.measuredAngleDeg();
    const TextStyle big = pillText();
    const sf::String label = utf8(degrees(angle));
    const sf::FloatRect pill = pillRect(draw.labelAnchor(), big, label);
    const float h = pill.height;
    roundedRect(t, {pill.left, pill.top + 1, pill.width, pill.height}, h / 2, th.c.shadow);
    roundedRect(t, pill, h / 2, th.c.panel, mix(th.c.accent, th.c.caution, style.resistance), 1.5f);
    drawLine(t, big, label, pill.left + pill.width / 2, pill.top + h / 2, Align::Centre);
}

void HandsOnScene::drawReading(const Painter& p, const BodyStyle& style) {
    sf::RenderTarget& t = p.target;
    const Theme& th = p.theme;
    const auto& sim = model_.sim();
    const double angle = sim.measuredAngleDeg();
    // Reading block in the side panel.
    const float x0 = reading_.left;
    const float rowY = reading_.top + th.px(50);
    drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.textSecondary),
             utf8(play::readingLabel(sim.spec().manoeuvre, angle)), x0, rowY);
    const TextStyle huge{&ctx_.fonts.get(Weight::Bold), static_cast<unsigned>(th.px(40)), th.c.text,
                         th.drawn};
    drawLine(t, huge, utf8(degrees(std::abs(angle))), reading_.left + reading_.width,
             rowY - th.px(2), Align::Right);
    // Felt resistance near the end of range, shown quietly.
    if (style.resistance > 0.05f)
        drawLine(t,
                 p.text(TextSize::Caption, Weight::SemiBold,
                        mix(th.c.textSecondary, th.c.caution, style.resistance)),
                 utf8(style.resistance > 0.85f ? "Firm end feel" : "Resistance building"), x0,
                 rowY + th.px(20));
    // What would be recorded now.
    const auto f = sim.recordedFinding();
    const float fy = reading_.top + reading_.height - th.px(8);
    const float s = th.px(14);
    float tx = x0;
    if (f.symptomsFound) {
        icon::caution(t, {x0 + s / 2, fy}, s, th.c.pain, th.c.panel);
        tx += s + th.px(8);
    } else if (f.angleDeg > 0.5 || f.endOfRange) {
        icon::tick(t, {x0 + s / 2, fy}, s, th.c.good);
        tx += s + th.px(8);
    }
    drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
             utf8("Finding: " + model_.summary()), tx, fy, Align::Left,
             reading_.left + reading_.width - tx);
}

} // namespace rc::ui
