#include "game/ui/scenes/hands_on_scene.hpp"

#include "game/engine/fnv1a.hpp"
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
#include <cmath>
#include <cstdio>

namespace rc::ui {

namespace {

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

/// Metres of floor (below the plinth top) left out of the stage.
constexpr float kFloorCrop = 0.25f;

} // namespace

HandsOnScene::HandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                           const std::string& examId, rc::Side side,
                           std::function<void(const rc::Action&)> onRecord,
                           std::optional<int> autoAngle)
    : Scene(ctx, stack), model_(session, examId, side, autoAngle), onRecord_(std::move(onRecord)),
      figure_(figureFor(session.kase().patient)), patientName_(session.kase().patient.name) {
    if (model_.ok()) guide_ = play::manoeuvreGuide(model_.sim().spec().manoeuvre);
    // A quicker autoplay pace (tests, demos) moves the examiner's hands as much quicker.
    model_.setAutoplaySpeed(play::kDefaultAutoplayPace /
                            std::max(ctx.settings.autoplayPace, 0.01f));
    focus_ = -1;
}

HandsOnScene::~HandsOnScene() {
    if (ctx_.settings.bench && liveFrames_ > 0)
        std::printf("bench: hands-on live layer %ld frames, mean %.2f ms (CPU side), physics "
                    "%.3f ms/frame\n",
                    liveFrames_, liveMs_ / static_cast<double>(liveFrames_),
                    physicsMs_ / static_cast<double>(std::max(1L, physicsFrames_)));
}

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
    case Input::Neck: // N, D (Bindings): the differentiation switches, when the test has them
        if (!model_.supportsNeck()) return false;
        return model_.toggleNeck(), true;
    case Input::Ankle:
        if (!model_.supportsAnkle()) return false;
        return model_.toggleAnkle(), true;
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
    if (e.type == sf::Event::MouseButtonPressed &&
        coachClick(ctx_, stack_, *this, coach_,
                   {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
        return true; // the tutorial's coach panel
    switch (e.type) {
    case sf::Event::KeyPressed:
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
    // The autoplayed examiner moves one fixed step a frame, whatever the frame took: its run,
    // and the photo of the reading, are the same on every machine and under the sanitizers.
    model_.advance(model_.autoplay() ? static_cast<float>(Runner::kFrameSeconds) : dt);
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
    rc::Fnv1aMix mix;
    const auto& sim = model_.sim();
    const float px = map_.scale() * 64;
    for (int i = 0; i < rc::body::kSegmentCount; ++i)
        if (const auto pose = sim.pose(static_cast<rc::body::Segment>(i))) {
            mix(std::lround(pose->position.x * px));
            mix(std::lround(pose->position.y * px));
            mix(std::lround(pose->angle * 5729.6f));
        }
    mix(std::lround(sim.measuredAngleDeg() * 10));
    mix(std::lround(model_.resistance() * 64));
    const double age = model_.symptomFlashAge();
    mix(age < 0 ? -1 : ctx_.theme.reducedMotion ? 1 : std::lround(age * 60));
    mix(model_.mouseHeld() || keyUp_ || keyDown_ ? 1 : 0);
    return mix.h;
}

std::unique_ptr<Scene> makeHandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                                        const std::string& examId, rc::Side side,
                                        std::function<void(const rc::Action&)> onRecord,
                                        std::optional<int> autoAngle) {
    return std::make_unique<HandsOnScene>(ctx, stack, session, examId, side, std::move(onRecord),
                                          autoAngle);
}

} // namespace rc::ui
