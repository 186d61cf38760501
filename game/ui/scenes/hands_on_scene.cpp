#include "game/ui/scenes/hands_on_scene.hpp"

#include "game/body/body_draw.hpp"
#include "game/play/hands_on_model.hpp"
#include "game/ui/art/body_draw_sfml.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"

#include <SFML/System/Clock.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <algorithm>
#include <box2d/b2_body.h>
#include <cmath>
#include <cstdio>

namespace rc::ui {
namespace {

using rc::body::Manoeuvre;

/// The patient's looks, copied from the case (the session need not outlive the scene).
FigureSpec figureFor(const rc::Patient& p) {
    FigureSpec f;
    f.sex = p.sex == "male" ? Sex::Male : Sex::Female;
    f.build = p.build == "slim" ? Build::Slim : p.build == "heavy" ? Build::Heavy : Build::Average;
    f.skin = std::clamp(p.skin, 1, 5);
    f.age = p.age > 0 ? p.age : 40;
    f.view = View::Front;
    return f;
}

std::string sideWord(rc::Side s) {
    return s == rc::Side::Left ? "Left" : "Right";
}
std::string lower(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

/// Metres of floor (below the plinth top) left out of the stage.
constexpr float kFloorCrop = 0.25f;

std::string degrees(double a) {
    return std::to_string(static_cast<int>(std::lround(a))) + "\u00B0";
}

class HandsOnScene : public Scene {
  public:
    HandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                 const std::string& examId, rc::Side side,
                 std::function<void(const rc::Action&)> onRecord, std::optional<int> autoAngle)
        : Scene(ctx, stack), model_(session, examId, side, autoAngle),
          onRecord_(std::move(onRecord)), figure_(figureFor(session.kase().patient)),
          patientName_(session.kase().patient.name) {
        if (model_.ok()) guide_ = play::manoeuvreGuide(model_.sim().spec().manoeuvre);
        // A quicker autoplay pace (tests, demos) moves the examiner's hands as much quicker.
        model_.setAutoplaySpeed(play::kDefaultAutoplayPace /
                                std::max(ctx.settings.autoplayPace, 0.01f));
        focus_ = -1;
    }

    ~HandsOnScene() override {
        if (ctx_.settings.bench && liveFrames_ > 0)
            std::printf("bench: hands-on live layer %ld frames, mean %.2f ms (CPU side), physics "
                        "%.3f ms/frame\n",
                        liveFrames_, liveMs_ / static_cast<double>(liveFrames_),
                        physicsMs_ / static_cast<double>(std::max(1L, physicsFrames_)));
    }

    std::string name() const override { return "hands-on-" + model_.examId(); }
    /// Live physics is redrawn only while the picture moves: a leg at rest costs no frames.
    bool animating() const override { return model_.ok() && moving_; }

    void layout(sf::Vector2f size) override;
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& t) override;
    void drawLive(sf::RenderTarget& t) override;
    void drawLiveLayer(sf::RenderTarget& t);

  private:
    enum class Ctl { Neck, Ankle, Cancel, Record };
    struct Control {
        Ctl kind;
        sf::FloatRect rect;
    };

    void record();
    void cancel();
    void activate(Ctl c);
    int controlAt(sf::Vector2f p) const;
    int defaultFocus() const;
    void drawTopBar(const Painter& p);
    void drawCard(const Painter& p);
    void drawSide(const Painter& p);
    void drawUnavailable(const Painter& p);
    sf::FloatRect unavailableBox() const;
    void drawSwitch(const Painter& p, const sf::FloatRect& r, const std::string& label,
                    const std::string& key, bool on, int index);

    play::HandsOnModel model_;
    std::function<void(const rc::Action&)> onRecord_;
    FigureSpec figure_;
    std::string patientName_;
    play::ManoeuvreGuide guide_;
    bool done_ = false;
    bool keyUp_ = false, keyDown_ = false;
    int seenVersion_ = -1;
    bool moving_ = true;
    std::uint64_t liveKey_ = 0; ///< what the live layer shows, to a quarter pixel; see liveKey()
    std::uint64_t liveKey() const;
    /// What the live layer covered when last asked (liveDamage()).
    struct LiveFootprint {
        std::vector<BodyFootprint::Shape> shapes;
        sf::FloatRect pill;
        std::uint64_t styleKey = 0, readingKey = 0;
        bool valid = false;
    };
    LiveFootprint footprint() const;
    LiveFootprint lastFootprint_;
    std::vector<sf::FloatRect> liveDamage() override;
    bool flatUnder(const sf::FloatRect& r, sf::Color& c) const override;
    /// The goniometer's white pill around the angle label, kept inside the viewport.
    sf::FloatRect pillRect(sf::Vector2f anchor, const TextStyle& big,
                           const sf::String& label) const;
    TextStyle pillText() const;
    BodyStyle bodyStyle() const;
    void drawReading(const Painter& p, const BodyStyle& style);
    int focus_ = -1, hover_ = -1;
    std::vector<Control> controls_;
    // Layout (pixels).
    sf::FloatRect stage_, card_, portrait_, bubble_, viewport_, side_, reading_;
    sf::FloatRect plain_; ///< where the static layer is the bare panel colour (see layout())
    WorldToScreen map_;
    // --bench figures.
    double liveMs_ = 0, physicsMs_ = 0;
    long liveFrames_ = 0, physicsFrames_ = 0;
};

// ---- layout ---------------------------------------------------------------------------

void HandsOnScene::layout(sf::Vector2f size) {
    Scene::layout(size);
    const Theme& th = ctx_.theme;
    const float top = th.topBar() + th.gap();
    const float bottom = size.y - th.gap();
    const float split = std::round(size.x * 2.0f / 3.0f);
    stage_ = {th.gap(), top, split - th.gap() - th.gap() / 2, bottom - top};
    side_ = {split + th.gap() / 2, top, size.x - split - th.gap() * 1.5f, bottom - top};

    const float pad = th.padding();
    card_ = {stage_.left + pad, stage_.top + pad, stage_.width - 2 * pad, th.px(96)};
    portrait_ = {card_.left, card_.top, card_.height, card_.height};
    bubble_ = {portrait_.left + portrait_.width + th.px(14), card_.top,
               card_.left + card_.width - portrait_.left - portrait_.width - th.px(14),
               card_.height};
    viewport_ = {stage_.left + pad, card_.top + card_.height + th.px(8), stage_.width - 2 * pad,
                 stage_.top + stage_.height - 1 - (card_.top + card_.height + th.px(8))};
    // The stage's plain panel: below the note on the point of view, inside the border and clear
    // of the rounded corners.
    const float noteBottom = viewport_.top + th.px(24), edge = std::max(2.0f, th.radius() + 1);
    plain_ = {stage_.left + edge, noteBottom, stage_.width - 2 * edge,
              stage_.top + stage_.height - edge - noteBottom};
    if (model_.ok()) {
        const auto& sc = model_.sim().scene();
        const bool mirror = !sc.frontView && sc.moved == rc::body::Side::left;
        // Crop the floor: the plinth's legs run out of the bottom of the stage, the patient is
        // drawn larger.
        rc::body::Rect view = sc.view;
        view.min.y += kFloorCrop;
        map_ = WorldToScreen(view, viewport_, mirror);
    }

    // Side panel controls, from the bottom up: buttons, then the switches above the reading.
    controls_.clear();
    const sf::FloatRect in = inset(side_, pad);
    const float bh = th.px(40);
    const Painter p{ctx_.window, ctx_.fonts, ctx_.theme};
    const float recW = buttonWidth(p, "Record finding");
    const float canW = buttonWidth(p, "Cancel");
    const sf::FloatRect rec(in.left + in.width - recW, in.top + in.height - bh, recW, bh);
    const sf::FloatRect can(rec.left - th.px(12) - canW, rec.top, canW, bh);
    if (model_.ok()) {
        // Reading block above the buttons (with a line of key hints between).
        reading_ = {in.left, rec.top - th.px(28) - th.px(96), in.width, th.px(96)};
        float y = reading_.top - th.px(16);
        const bool ankle = model_.supportsAnkle(), neck = model_.supportsNeck();
        const float rowH = th.px(40);
        if (ankle) y -= rowH, controls_.push_back({Ctl::Ankle, {in.left, y, in.width, rowH}});
        if (neck)
            y -= rowH + th.px(4), controls_.push_back({Ctl::Neck, {in.left, y, in.width, rowH}});
        std::reverse(controls_.begin(), controls_.end());
    }
    controls_.push_back({Ctl::Cancel, can});
    controls_.push_back({Ctl::Record, rec});
    if (!model_.ok()) {
        const sf::FloatRect box = inset(unavailableBox(), th.px(24));
        const float bw = buttonWidth(p, "Back");
        controls_.back().rect = {box.left + box.width - bw, box.top + box.height - bh, bw, bh};
    }
    if (focus_ < 0 || focus_ >= static_cast<int>(controls_.size())) focus_ = defaultFocus();
    invalidate();
}

int HandsOnScene::defaultFocus() const {
    return static_cast<int>(controls_.size()) - 1;
}

int HandsOnScene::controlAt(sf::Vector2f p) const {
    for (std::size_t i = 0; i < controls_.size(); ++i)
        if (controls_[i].rect.contains(p)) {
            if (!model_.ok() && controls_[i].kind == Ctl::Cancel) continue;
            return static_cast<int>(i);
        }
    return -1;
}

// ---- input ----------------------------------------------------------------------------

void HandsOnScene::record() {
    if (done_) return;
    done_ = true;
    model_.release();
    const rc::Action a = model_.action();
    stack_.pop();
    if (onRecord_) onRecord_(a);
}

void HandsOnScene::cancel() {
    if (done_) return;
    done_ = true;
    model_.release();
    stack_.pop();
}

void HandsOnScene::activate(Ctl c) {
    switch (c) {
    case Ctl::Neck:
        model_.toggleNeck();
        break;
    case Ctl::Ankle:
        model_.toggleAnkle();
        break;
    case Ctl::Cancel:
        cancel();
        break;
    case Ctl::Record:
        model_.ok() ? record() : cancel();
        break;
    }
    invalidate();
}

bool HandsOnScene::input(Input in) {
    if (done_) return true;
    const int n = static_cast<int>(controls_.size());
    switch (in) {
    case Input::Up:
        keyUp_ = true;
        return true;
    case Input::Down:
        keyDown_ = true;
        return true;
    case Input::Back:
        cancel();
        return true;
    case Input::Activate:
        if (!model_.ok())
            cancel();
        else if (focus_ >= 0 && focus_ < n)
            activate(controls_[static_cast<std::size_t>(focus_)].kind);
        else
            record();
        return true;
    case Input::Next:
    case Input::Prev:
        if (!model_.ok() || n == 0) return true;
        focus_ = ((focus_ < 0 ? defaultFocus() : focus_) + (in == Input::Next ? 1 : n - 1)) % n;
        invalidate();
        return true;
    default:
        return false;
    }
}

bool HandsOnScene::event(const sf::Event& e) {
    if (done_) return false;
    switch (e.type) {
    case sf::Event::KeyPressed:
        if (e.key.code == sf::Keyboard::N && model_.supportsNeck())
            return model_.toggleNeck(), true;
        if (e.key.code == sf::Keyboard::D && model_.supportsAnkle())
            return model_.toggleAnkle(), true;
        return false;
    case sf::Event::KeyReleased: {
        const auto in = ctx_.bindings.map(e.key);
        if (in == Input::Up || e.key.code == sf::Keyboard::Up) keyUp_ = false;
        if (in == Input::Down || e.key.code == sf::Keyboard::Down) keyDown_ = false;
        return true;
    }
    case sf::Event::LostFocus:
        keyUp_ = keyDown_ = false;
        model_.release();
        return true;
    case sf::Event::MouseButtonPressed: {
        if (e.mouseButton.button != sf::Mouse::Left) return false;
        const sf::Vector2f pt(static_cast<float>(e.mouseButton.x),
                              static_cast<float>(e.mouseButton.y));
        if (const int c = controlAt(pt); c >= 0) {
            focus_ = c;
            activate(controls_[static_cast<std::size_t>(c)].kind);
            return true;
        }
        if (model_.ok() && stage_.contains(pt)) model_.grab(map_.toWorld(pt));
        return true;
    }
    case sf::Event::MouseMoved: {
        const sf::Vector2f pt(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        if (model_.mouseHeld()) model_.dragTo(map_.toWorld(pt));
        const int h = controlAt(pt);
        if (h != hover_) hover_ = h, invalidate();
        return true;
    }
    case sf::Event::MouseButtonReleased:
        if (e.mouseButton.button == sf::Mouse::Left) model_.release();
        return true;
    default:
        return false;
    }
}

void HandsOnScene::update(float dt) {
    if (done_ || !model_.ok()) return;
    model_.setKeyDrive((keyUp_ ? 1 : 0) - (keyDown_ ? 1 : 0));
    const sf::Clock clock;
    model_.advance(dt);
    physicsMs_ += clock.getElapsedTime().asMicroseconds() / 1000.0, ++physicsFrames_;
    if (model_.version() != seenVersion_) seenVersion_ = model_.version(), invalidate();
    const std::uint64_t key = liveKey();
    moving_ = key != liveKey_;
    liveKey_ = key;
    if (model_.takeAutoplayPauseStarted() && ctx_.runner)
        ctx_.runner->screenshot(name() + "-reading");
    if (model_.autoplayDone()) record();
}

std::uint64_t HandsOnScene::liveKey() const {
    // Everything drawLiveLayer() reads, quantised to what can be seen: segment poses to 1/64
    // pixel and a hundredth of a degree, the goniometer reading, the resistance tint and the
    // symptom pulse. Held keys or mouse count as motion (the hand is about to move the leg).
    // This only gates whether a frame is presented; liveDamage() diffs exact footprints against
    // the last presented frame, so drift below the gate is repainted exactly when a frame comes
    // (quantising the footprints instead left edge pixels stale: the damage check caught it).
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](long v) { h = (h ^ static_cast<std::uint64_t>(v)) * 1099511628211ull; };
    const auto& sim = model_.sim();
    const float px = map_.scale() * 64;
    for (int i = 0; i < rc::body::kSegmentCount; ++i)
        if (const b2Body* b = sim.body(static_cast<rc::body::Segment>(i))) {
            mix(std::lround(b->GetPosition().x * px));
            mix(std::lround(b->GetPosition().y * px));
            mix(std::lround(b->GetAngle() * 5729.6f));
        }
    mix(std::lround(sim.measuredAngleDeg() * 10));
    mix(std::lround(model_.resistance() * 64));
    const double age = model_.symptomFlashAge();
    mix(age < 0 ? -1 : ctx_.theme.reducedMotion ? 1 : std::lround(age * 60));
    mix(model_.mouseHeld() || keyUp_ || keyDown_ ? 1 : 0);
    return h;
}

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
    drawLine(p.target, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
             utf8(model_.ok() ? "Esc cancels \u00B7 Space records" : "Esc goes back"),
             size_.x - th.padding(), cy, Align::Right);
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
    y += th.px(18) + th.px(18);

    // Steps.
    sectionHeading(p, {in.left, y, in.width, th.px(16)}, "STEPS");
    y += th.px(26);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const float numR = th.px(11);
    const float textX = in.left + 2 * numR + th.px(10);
    const float stepsBottom =
        controls_.empty() ? reading_.top : std::min(reading_.top, controls_.front().rect.top);
    for (std::size_t i = 0; i < guide_.steps.size(); ++i) {
        if (y + Theme::lineHeight(body.size) > stepsBottom - th.px(28)) break;
        disc(p.target, {in.left + numR, y + Theme::lineHeight(body.size) / 2}, numR,
             th.c.accentSoft);
        drawLine(p.target, p.text(TextSize::Caption, Weight::Bold, th.c.accent),
                 utf8(std::to_string(i + 1)), in.left + numR, y + Theme::lineHeight(body.size) / 2,
                 Align::Centre);
        const sf::FloatRect box(textX, y, in.left + in.width - textX, stepsBottom - th.px(28) - y);
        y += drawParagraph(p.target, body, utf8(guide_.steps[i]), box) + th.px(10);
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
            drawSwitch(p, c.rect, neck ? "Neck flexion" : "Ankle dorsiflexion", neck ? "N" : "D",
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
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](long v) { h = (h ^ static_cast<std::uint64_t>(v)) * 1099511628211ull; };
    mix(std::lround(style.flash * 255)), mix(std::lround(style.resistance * 255));
    f.styleKey = h;
    h = 1469598103934665603ull;
    mix(std::lround(angle)), mix(std::lround(style.resistance * 255));
    const std::string summary = model_.summary();
    for (char c : summary)
        mix(c);
    f.readingKey = h;
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
    const TextStyle huge{&ctx_.fonts.get(Weight::Bold), static_cast<unsigned>(th.px(40)),
                         th.c.text};
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

} // namespace

std::unique_ptr<Scene> makeHandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                                        const std::string& examId, rc::Side side,
                                        std::function<void(const rc::Action&)> onRecord,
                                        std::optional<int> autoAngle) {
    return std::make_unique<HandsOnScene>(ctx, stack, session, examId, side, std::move(onRecord),
                                          autoAngle);
}

} // namespace rc::ui
