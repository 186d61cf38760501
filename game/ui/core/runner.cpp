#include "game/ui/core/runner.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/screenshot.hpp"
#include "game/ui/core/window_icon.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/sound_bank.hpp"
#include "game/ui/kit/text.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace rc::ui {

namespace {

/// Taken by a static initialiser, before main: the origin of `first-frame-ms`.
const auto kProcessStart = std::chrono::steady_clock::now();

/// While idle, present the unchanged picture this often anyway (exposed windows, compositors).
constexpr float kRefreshSeconds = 0.5f;

} // namespace

double Runner::sinceStartMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                     kProcessStart)
        .count();
}

Runner::Runner(Context& ctx, SceneStack& stack)
    : ctx_(ctx), stack_(stack),
      presenter_(ctx.window, ctx.theme,
                 [this](sf::RenderTarget& t, const std::vector<Scene*>& vis, bool live) {
                     drawScenes(t, vis, live);
                 }) {
    ctx_.theme.drawn = &drawn_;
}

Runner::~Runner() {
    if (ctx_.theme.drawn == &drawn_) ctx_.theme.drawn = nullptr;
}

void Runner::drawScenes(sf::RenderTarget& t, const std::vector<Scene*>& vis, bool live) {
    drawn_.begin();
    // Only the top scene's lines can have a tip: the scenes under a dialog are covered.
    for (Scene* s : vis) {
        drawn_.setRecording(s == vis.back());
        s->draw(t);
        drawn_.setRecording(false);
        if (live) s->drawLive(t);
    }
    drawBanner(t);
    tip_.draw(t, ctx_.fonts, ctx_.theme, sf::Vector2f(ctx_.window.getSize()));
}

Runner::Stats Runner::stats() const {
    const Presenter::Stats p = presenter_.stats();
    return {presented_, p.cacheRedraws, p.partialRedraws, p.coveredFrames, p.direct, firstFrameMs_};
}

void Runner::screenshot(const std::string& name) {
    if (ctx_.settings.screenshotDir.empty() || shot_.count(name)) return;
    pendingShot_ = name;
}

void Runner::handle(const sf::Event& e) {
    Scene* top = stack_.top();
    const sf::Vector2f size(ctx_.window.getSize());
    switch (e.type) {
    case sf::Event::Closed:
        quit_ = true;
        return;
    case sf::Event::MouseMoved:
        // A shortened line under the pointer: its tip is drawn over the next frame, whole.
        if (tip_.pointer({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)},
                         drawn_))
            bannerDirty_ = true;
        if (top) top->event(e);
        return;
    case sf::Event::MouseLeft:
        if (tip_.hide()) bannerDirty_ = true;
        if (top) top->event(e);
        return;
    case sf::Event::Resized: {
        // Never smaller than 640x480: a smaller window is set back (its own Resized follows).
        const unsigned w = std::max(e.size.width, kMinWidth),
                       h = std::max(e.size.height, kMinHeight);
        if (!fullscreen_ && (w != e.size.width || h != e.size.height)) ctx_.window.setSize({w, h});
        ctx_.window.setView(
            sf::View(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h))));
        fitScale({static_cast<float>(w), static_cast<float>(h)});
        stack_.relayout({static_cast<float>(w), static_cast<float>(h)});
        return;
    }
    case sf::Event::TextEntered:
        // The Enter of Alt+Enter also types a carriage return: not for the scene.
        if (swallowReturn_ && (e.text.unicode == '\r' || e.text.unicode == '\n')) {
            swallowReturn_ = false;
            return;
        }
        // '?' opens the help, unless a text field has the keyboard (then it is typed).
        if (e.text.unicode == '?' && top && !top->typing() && top->kind() != SceneKind::Help) {
            toggleHelp();
            return;
        }
        if (top) top->event(e);
        return;
    case sf::Event::KeyPressed: {
        const auto in = ctx_.bindings.map(e.key);
        swallowReturn_ = false;
        if (in == Input::Help) { // F1: always, even while typing
            toggleHelp();
            return;
        }
        if (in == Input::Fullscreen) {
            swallowReturn_ = e.key.code == sf::Keyboard::Enter;
            setFullscreen(!fullscreen_);
            return;
        }
        if (in == Input::ScaleUp || in == Input::ScaleDown || in == Input::ScaleReset) {
            const float chosen = ctx_.theme.chosenScale;
            const float s = in == Input::ScaleReset ? 1.0f
                            : in == Input::ScaleUp  ? chosen + 0.1f
                                                    : chosen - 0.1f;
            if (ctx_.theme.setScale(s)) stack_.relayout(size);
            if (ctx_.theme.chosenScale != chosen) {
                // Remembered like the title's setting: the next start opens at this scale.
                if (ctx_.game)
                    ctx_.game->profile.scale = ctx_.theme.chosenScale, ctx_.game->saveProfile();
                sayScale();
                // The title shows the choice; any other screen is drawn anew at the new scale.
                if (!stack_.empty()) stack_.top()->invalidate();
            }
            return;
        }
        if (in == Input::Screenshot) {
            if (top) shot_.erase(top->name()), screenshot(top->name());
            return;
        }
        if (top && in && top->input(*in)) return;
        if (top) top->event(e);
        return;
    }
    default:
        if (top) top->event(e);
    }
}

void Runner::toggleHelp() {
    Scene* top = stack_.top();
    if (!top) return;
    if (top->kind() == SceneKind::Help) {
        top->input(Input::Help); // closes itself
        return;
    }
    if (!makeHelp_) return;
    // The screen under the help loses the keyboard: a key held there (the hands-on leg) is let go.
    sf::Event lost{};
    lost.type = sf::Event::LostFocus;
    top->event(lost);
    stack_.push(makeHelp_(top->kind()));
}

void Runner::setFullscreen(bool on) {
    sf::RenderWindow& w = ctx_.window;
    if (!fullscreen_) windowedSize_ = w.getSize();
    const sf::VideoMode mode =
        on ? sf::VideoMode::getDesktopMode() : sf::VideoMode(windowedSize_.x, windowedSize_.y);
    // A new window and OpenGL context. Textures (fonts' glyphs, images) live in SFML's shared
    // context and survive; what belonged to the old window is set up again below.
    w.create(mode, "Root Cause", on ? sf::Style::Fullscreen : sf::Style::Default);
    fullscreen_ = on;
    w.setKeyRepeatEnabled(true);
    w.setFramerateLimit(0); // paced by run()
    setWindowIcon(w);
    const sf::Vector2f size(w.getSize());
    w.setView(sf::View(sf::FloatRect(0, 0, size.x, size.y)));
    fitScale(size);
    stack_.relayout(size);
    // The cached layer is made again at the new size; the first frame is drawn whole; whether
    // the new window keeps its picture across a swap is tested again.
    presenter_.windowRecreated();
    for (Scene* s : stack_.visible())
        s->invalidate();
    if (ctx_.game && ctx_.game->profile.fullscreen != on)
        ctx_.game->profile.fullscreen = on, ctx_.game->saveProfile();
    std::printf("fullscreen: %s %ux%u\n", on ? "on" : "off", w.getSize().x, w.getSize().y);
    std::fflush(stdout);
}

void Runner::fitScale(sf::Vector2f size) {
    const bool limited = ctx_.theme.scaleLimited();
    ctx_.theme.fitWindow(size.x, size.y);
    if (limited != ctx_.theme.scaleLimited()) sayScale();
}

void Runner::sayScale() const {
    const Theme& th = ctx_.theme;
    if (th.scaleLimited())
        std::printf("scale: %.0f %% chosen, %.0f %% fits the window\n", th.chosenScale * 100,
                    th.scale * 100);
    else
        std::printf("scale: %.0f %%\n", th.scale * 100);
    std::fflush(stdout);
}

void Runner::playCues() {
    if (!ctx_.game) return;
    const std::vector<play::Cue> cues = ctx_.game->cues.take();
    const play::Profile& p = ctx_.game->profile;
    for (const play::Cue c : cues) {
        // Autoplay (tests) says each cue on stdout, so a run shows which sounds it raised.
        if (ctx_.game->autoplaying) std::printf("cue: %s\n", play::cueFile(c)), std::fflush(stdout);
        if (ctx_.sounds) // null with --mute, or when no sounds were found: silent
            ctx_.sounds->play(static_cast<std::size_t>(c), p.mute ? 0 : p.volume);
    }
}

void Runner::watchWrites(double now) {
    if (!ctx_.game) return;
    ctx_.game->retryWrites(now);
    std::string b = ctx_.game->writes.banner();
    if (b == banner_) return;
    banner_ = std::move(b);
    bannerDirty_ = true;
    if (banner_.empty())
        std::printf("save-ok: every write succeeded\n");
    else
        std::printf("save-error: %s\n", banner_.c_str());
    std::fflush(stdout);
}

void Runner::drawBanner(sf::RenderTarget& t) {
    if (banner_.empty()) return;
    const Theme& th = ctx_.theme;
    const float w = static_cast<float>(ctx_.window.getSize().x);
    const TextStyle st = style(ctx_.fonts, th, TextSize::Caption, Weight::SemiBold, th.c.text);
    const float iconW = th.px(28);
    const float textW = std::max(th.px(120), w - 2 * th.gap() - iconW - th.px(12));
    const Paragraph para = layout(st, utf8(banner_), textW);
    const float h = para.height() + 2 * th.px(8);
    // Below the top bar, across the window: the caution colour's edge, the text on white.
    const sf::FloatRect r(th.gap(), th.topBar() + th.px(8), w - 2 * th.gap(), h);
    roundedRect(t, r, th.px(6), th.c.panel, th.c.bad, th.px(2));
    icon::caution(t, {r.left + iconW / 2 + th.px(2), r.top + th.px(8) + para.lineHeight / 2},
                  th.px(16), th.c.caution, th.c.text);
    drawParagraph(t, st, utf8(banner_), {r.left + iconW, r.top + th.px(8), textW, h});
}

bool Runner::render(bool refresh) {
    const auto vis = stack_.visible();
    const bool whole = bannerDirty_;
    bannerDirty_ = false;
    // A screenshot waits for no change: the picture in the window is taken as it is.
    if (!presenter_.draw(vis, whole, refresh || !pendingShot_.empty())) return false;
    finishFrame(vis);
    return true;
}

void Runner::finishFrame(const std::vector<Scene*>& vis) {
    for (Scene* s : vis)
        s->clean();
    for (auto& p : probes_)
        p->rendered(vis);
    if (!pendingShot_.empty()) {
        char num[16];
        std::snprintf(num, sizeof num, "%02d", ++shotCount_);
        const std::string path =
            ctx_.settings.screenshotDir + "/" + num + "-" + pendingShot_ + ".png";
        const std::string err = saveScreenshot(ctx_.window, path);
        if (!err.empty())
            std::cerr << "rootcause: screenshot: " << err << "\n";
        else
            std::cout << "screenshot " << path << "\n";
        shot_.insert(pendingShot_);
        pendingShot_.clear();
    }
}

int Runner::run() {
    sf::Clock clock, refreshClock;
    // Frames are paced here (not by SFML): a frame that presents nothing would not be.
    ctx_.window.setFramerateLimit(0);
    for (auto& p : probes_)
        p->started();
    if (ctx_.theme.scaleLimited()) sayScale(); // the window holds the scale from the start
    stack_.apply(sf::Vector2f(ctx_.window.getSize()));
    auto tickStart = std::chrono::steady_clock::now();
    while (ctx_.window.isOpen() && !quit_) {
        sf::Event e;
        bool refresh = false;
        while (ctx_.window.pollEvent(e)) {
            if (e.type == sf::Event::GainedFocus || e.type == sf::Event::MouseEntered)
                refresh = true;
            handle(e);
        }
        const float dt = clock.restart().asSeconds();
        sf::Clock work;
        for (auto& p : probes_)
            p->beforeUpdate();
        if (ctx_.onFrame) ctx_.onFrame(dt);
        if (Scene* top = stack_.top()) top->update(dt);
        watchWrites(sinceStartMs() / 1000.0);
        stack_.apply(sf::Vector2f(ctx_.window.getSize()));
        // The tutorial's coach moves on with the actions accepted: redraw its panel.
        if (ctx_.game && ctx_.game->followPlay() && !stack_.empty()) stack_.top()->invalidate();
        playCues();
        for (auto& p : probes_)
            p->afterApply();
        if (stack_.empty()) break;
        // The first frame a scene is on top, it is photographed (when --screenshot-dir is set).
        if (stack_.top() != lastTop_) {
            lastTop_ = stack_.top();
            tip_.hide();
            for (auto& p : probes_)
                p->topChanged(*lastTop_);
            screenshot(lastTop_->name());
        }
        if (refreshClock.getElapsedTime().asSeconds() >= kRefreshSeconds) refresh = true;
        if (render(refresh)) {
            // What was drawn may have moved under a resting pointer: its tip follows next frame.
            if (tip_.recheck(drawn_)) bannerDirty_ = true;
            presenter_.show();
            ++presented_;
            refreshClock.restart();
            if (!firstShown_) firstShown_ = true, firstFrameMs_ = sinceStartMs();
        }
        const double ms = work.getElapsedTime().asMicroseconds() / 1000.0;
        for (auto& p : probes_)
            p->timed(frame_, lastTop_, ms);
        ++frame_;
        bool keep = true;
        for (auto& p : probes_)
            keep = p->keepRunning() && keep;
        if (!keep) break;
        if (frameLimit_ > 0 && frame_ >= frameLimit_) break;
        // Sleep to the next 60 Hz tick: idle frames cost (almost) nothing.
        tickStart += std::chrono::microseconds(static_cast<long>(kFrameSeconds * 1e6));
        const auto now = std::chrono::steady_clock::now();
        if (tickStart > now)
            sf::sleep(sf::microseconds(static_cast<sf::Int64>(
                std::chrono::duration_cast<std::chrono::microseconds>(tickStart - now).count())));
        else
            tickStart = now;
    }
    for (auto& p : probes_)
        p->finished(status_);
    return status_;
}

} // namespace rc::ui
