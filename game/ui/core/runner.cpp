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

/// Pixel-aligned rect grown by one pixel (antialiased edges) and clipped to the window.
sf::IntRect pixelRect(const sf::FloatRect& r, sf::Vector2u size) {
    const int l = std::max(0, static_cast<int>(std::floor(r.left)) - 1);
    const int t = std::max(0, static_cast<int>(std::floor(r.top)) - 1);
    const int rr =
        std::min(static_cast<int>(size.x), static_cast<int>(std::ceil(r.left + r.width)) + 1);
    const int b =
        std::min(static_cast<int>(size.y), static_cast<int>(std::ceil(r.top + r.height)) + 1);
    return {l, t, std::max(0, rr - l), std::max(0, b - t)};
}

sf::IntRect unite(const sf::IntRect& a, const sf::IntRect& b) {
    const int l = std::min(a.left, b.left), t = std::min(a.top, b.top);
    const int r = std::max(a.left + a.width, b.left + b.width),
              bt = std::max(a.top + a.height, b.top + b.height);
    return {l, t, r - l, bt - t};
}

/// Merge overlapping parts; the result covers every input part.
std::vector<sf::IntRect> mergeParts(std::vector<sf::IntRect> parts) {
    bool merged = true;
    while (merged) {
        merged = false;
        for (std::size_t i = 0; i < parts.size() && !merged; ++i)
            for (std::size_t j = i + 1; j < parts.size() && !merged; ++j) {
                const sf::IntRect grown(parts[i].left - 8, parts[i].top - 8, parts[i].width + 16,
                                        parts[i].height + 16);
                if (grown.intersects(parts[j])) {
                    parts[i] = unite(parts[i], parts[j]);
                    parts.erase(parts.begin() + static_cast<long>(j));
                    merged = true;
                }
            }
    }
    return parts;
}

/// GL scissor in window pixels (SFML targets put y = 0 at the top; GL at the bottom).
void scissor(const sf::IntRect& r, unsigned height) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(r.left, static_cast<GLint>(height) - r.top - r.height, r.width, r.height);
}

} // namespace

double Runner::sinceStartMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                     kProcessStart)
        .count();
}

Runner::Runner(Context& ctx, SceneStack& stack) : ctx_(ctx), stack_(stack) {
    const char* full = std::getenv("ROOTCAUSE_FULL_REDRAW");
    forceFull_ = full && std::atoi(full) != 0;
    ctx_.theme.drawn = &drawn_;
}

Runner::~Runner() {
    if (ctx_.theme.drawn == &drawn_) ctx_.theme.drawn = nullptr;
}

void Runner::drawScenes(sf::RenderTarget& t, const std::vector<Scene*>& vis, bool live) {
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
    return {presented_,     partialPresents_, cacheRedraws_, partialRedraws_,
            coveredFrames_, direct_ == 1,     firstFrameMs_};
}

void Runner::screenshot(const std::string& name) {
    if (ctx_.settings.screenshotDir.empty() || shot_.count(name)) return;
    pendingShot_ = name;
}

void Runner::ensureCache() {
    const sf::Vector2u sz = ctx_.window.getSize();
    if (sz == cacheSize_) return;
    sf::ContextSettings cs;
    // No multisampling by default: under software OpenGL the 4x resolve doubled the cost of a
    // full redraw (measured: encounter p99 132 -> 62 ms on a loaded machine), while text is
    // antialiased by its glyphs anyway. ROOTCAUSE_MSAA=4 turns it back on for fast GPUs.
    const char* msaa = std::getenv("ROOTCAUSE_MSAA");
    cs.antialiasingLevel = msaa ? static_cast<unsigned>(std::atoi(msaa)) : 0u;
    if (!cache_.create(sz.x, sz.y, cs)) cache_.create(sz.x, sz.y);
    cacheSize_ = sz;
    cacheStaleAll_ = true;
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
            const float s = in == Input::ScaleReset ? 1.0f
                            : in == Input::ScaleUp  ? ctx_.theme.scale + 0.1f
                                                    : ctx_.theme.scale - 0.1f;
            if (ctx_.theme.setScale(s)) {
                stack_.relayout(size);
                // Remembered like the title's setting: the next start opens at this scale.
                if (ctx_.game)
                    ctx_.game->profile.scale = ctx_.theme.scale, ctx_.game->saveProfile();
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
    stack_.relayout(size);
    // The cached layer is made again at the new size; the first frame is drawn whole; whether
    // the new window keeps its picture across a swap is tested again.
    cacheSize_ = {0, 0};
    cacheStaleAll_ = true, cacheStaleParts_.clear();
    lastVisible_.clear();
    if (!std::getenv("ROOTCAUSE_DIRECT")) direct_ = -1;
    partial_ = PartialPresent();
    for (Scene* s : stack_.visible())
        s->invalidate();
    if (ctx_.game && ctx_.game->profile.fullscreen != on)
        ctx_.game->profile.fullscreen = on, ctx_.game->saveProfile();
    std::printf("fullscreen: %s %ux%u\n", on ? "on" : "off", w.getSize().x, w.getSize().y);
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

void Runner::redrawCache(const std::vector<sf::FloatRect>& parts, const std::vector<Scene*>& vis) {
    cache_.setView(sf::View(
        sf::FloatRect(0, 0, static_cast<float>(cacheSize_.x), static_cast<float>(cacheSize_.y))));
    drawn_.begin();
    if (parts.empty()) { // the whole layer
        cache_.clear(ctx_.theme.c.background);
        drawScenes(cache_, vis, false);
        cache_.display();
        ++cacheRedraws_;
        return;
    }
    // Only the damaged parts: each scene draws as usual, the scissor keeps the rasteriser (the
    // cost under software OpenGL) to the part, and the multisample resolve in display() is
    // clipped to it as well.
    for (const sf::FloatRect& f : parts) {
        const sf::IntRect r(static_cast<int>(f.left), static_cast<int>(f.top),
                            static_cast<int>(f.width), static_cast<int>(f.height));
        if (!cache_.setActive(true)) continue;
        scissor(r, cacheSize_.y);
        cache_.clear(ctx_.theme.c.background);
        drawScenes(cache_, vis, false);
        cache_.setActive(true);
        scissor(r, cacheSize_.y);
        cache_.display();
        cache_.setActive(true);
        glDisable(GL_SCISSOR_TEST);
    }
    ++partialRedraws_;
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

bool Runner::softwareRenderer() {
    if (direct_ >= 0) return direct_ == 1;
    if (const char* e = std::getenv("ROOTCAUSE_DIRECT")) {
        direct_ = std::atoi(e) ? 1 : 0;
        return direct_ == 1;
    }
    sf::RenderWindow& w = ctx_.window;
    w.setActive(true);
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string name = r ? r : "";
    const bool software = name.find("llvmpipe") != std::string::npos ||
                          name.find("softpipe") != std::string::npos ||
                          name.find("Software Rasterizer") != std::string::npos;
    direct_ = 0;
    if (!software) return false;
    // Drawing straight into the window needs its back buffer to keep the picture across a
    // swap. Software OpenGL under X copies it to the screen and keeps it, but that is tested
    // here rather than assumed: two swaps of colours one step apart, then the back buffer
    // must hold the second.
    const sf::Color a = ctx_.theme.c.background;
    const sf::Color b(a.r, a.g, static_cast<sf::Uint8>(a.b ^ 1));
    w.clear(a), w.display();
    w.clear(b), w.display();
    w.setActive(true);
    glReadBuffer(GL_BACK);
    unsigned char px[4] = {0, 0, 0, 0};
    glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, px);
    direct_ = px[0] == b.r && px[1] == b.g && px[2] == b.b ? 1 : 0;
    if (!direct_)
        std::cerr << "rootcause: the window does not keep its picture across frames; composing "
                     "each frame whole\n";
    return direct_ == 1;
}

void Runner::drawDirect(bool full, const std::vector<sf::IntRect>& parts,
                        const std::vector<Scene*>& vis) {
    sf::RenderWindow& w = ctx_.window;
    w.setActive(true);
    drawn_.begin();
    if (full) {
        w.clear(ctx_.theme.c.background);
        drawScenes(w, vis, true);
        ++cacheRedraws_;
    } else {
        for (const sf::IntRect& r : parts) {
            w.setActive(true);
            scissor(r, w.getSize().y);
            w.clear(ctx_.theme.c.background);
            drawScenes(w, vis, true);
            w.setActive(true);
            glDisable(GL_SCISSOR_TEST);
        }
        if (!parts.empty()) ++partialRedraws_;
    }
    // The window now holds a picture the cached layer does not.
    if (full || cacheStaleParts_.size() + parts.size() > 8)
        cacheStaleAll_ = true, cacheStaleParts_.clear();
    else
        cacheStaleParts_.insert(cacheStaleParts_.end(), parts.begin(), parts.end());
}

bool Runner::render(bool refresh) {
    presentParts_.clear();
    const auto vis = stack_.visible();
    bool full = vis != lastVisible_ || forceFull_ || bannerDirty_;
    bannerDirty_ = false;
    bool animating = false;
    std::vector<sf::IntRect> parts;
    const sf::Vector2u size = ctx_.window.getSize();
    for (Scene* s : vis) {
        full = full || s->dirty();
        animating = animating || s->animating();
        for (const sf::FloatRect& d : s->damage()) {
            const sf::IntRect r = pixelRect(d, size);
            if (r.width > 0 && r.height > 0) parts.push_back(r);
        }
    }
    // While a scene animates, and on the frame after it stops, its live layer says what moved.
    const bool settled = lastAnimating_ && !animating;
    lastAnimating_ = animating;
    std::vector<sf::IntRect> live;
    if (animating || settled)
        for (Scene* s : vis)
            for (const sf::FloatRect& d : s->liveDamage()) {
                const sf::IntRect r = pixelRect(d, size);
                if (r.width > 0 && r.height > 0) live.push_back(r);
            }
    const bool software = softwareRenderer();
    // Under software OpenGL a frame where nothing visible moved is not presented at all; a GPU
    // composes every frame of an animation and settles once afterwards.
    if (!software && (animating || settled)) refresh = true;
    if (!full && parts.empty() && live.empty() && !refresh && pendingShot_.empty()) return false;
    lastVisible_ = vis;
    auto tooMuch = [&size](const std::vector<sf::IntRect>& rs) {
        long area = 0;
        for (const auto& r : rs)
            area += static_cast<long>(r.width) * r.height;
        // Many parts, or most of the window: one full redraw is cheaper.
        return rs.size() > 6 || area * 10 > static_cast<long>(size.x) * size.y * 7;
    };
    if (!full && !parts.empty()) {
        parts = mergeParts(std::move(parts));
        full = tooMuch(parts);
    }

    if (software && !animating && !settled) {
        // Software OpenGL (llvmpipe under Xvfb, a laptop without a GPU driver): pixels are the
        // cost, and the window's back buffer survives a swap (it is copied to the screen), so the
        // scenes draw straight into it and only what changed is redrawn. Copying a cached layer
        // into the window cost 4-5 ms a frame at 1280x720.
        drawDirect(full, full ? std::vector<sf::IntRect>{} : parts, vis);
        if (!full && !refresh) presentParts_ = parts;
    } else {
        // Composed from the cached static layer, with the live layer drawn over it. Under
        // software OpenGL only the changed parts are repainted (a moving leg: a tenth of the
        // window); a GPU, whose back buffer is undefined after a swap, gets every presented
        // frame whole (cheap on a GPU).
        ensureCache();
        const bool cacheWhole = full || cacheStaleAll_;
        std::vector<sf::FloatRect> stale;
        if (!cacheWhole) {
            for (const auto& r : parts)
                stale.emplace_back(r);
            for (const auto& r : cacheStaleParts_)
                stale.emplace_back(r);
        }
        if (cacheWhole || !stale.empty())
            redrawCache(cacheWhole ? std::vector<sf::FloatRect>{} : stale, vis);
        cacheStaleAll_ = false, cacheStaleParts_.clear();
        std::vector<sf::IntRect> restore = parts;
        restore.insert(restore.end(), live.begin(), live.end());
        restore = mergeParts(std::move(restore));
        sf::RenderWindow& w = ctx_.window;
        w.setActive(true);
        if (cacheWhole || !software || tooMuch(restore)) {
            // The cached layer holds every visible scene's static layer; only the top scene's
            // live layer, drawn last, can hide all of it.
            const bool covered = !vis.empty() && vis.back()->liveCoversWindow();
            if (covered)
                ++coveredFrames_;
            else
                w.draw(sf::Sprite(cache_.getTexture()), sf::RenderStates(sf::BlendNone));
            for (Scene* s : vis)
                s->drawLive(w);
        } else {
            if (!refresh) presentParts_ = restore;
            for (const sf::IntRect& r : restore) {
                w.setActive(true);
                scissor(r, size.y);
                // Only a scene with nothing over or under it can vouch for what the part holds.
                sf::Color plain;
                if (vis.size() == 1 && vis.back()->flatUnder(sf::FloatRect(r), plain)) {
                    w.clear(plain); // clipped to the part by the scissor
                } else {
                    sf::Sprite part(cache_.getTexture(), r);
                    part.setPosition(static_cast<float>(r.left), static_cast<float>(r.top));
                    w.draw(part, sf::RenderStates(sf::BlendNone));
                }
                for (Scene* s : vis)
                    s->setLiveClip(sf::FloatRect(r)), s->drawLive(w), s->setLiveClip(kEverywhere);
                w.setActive(true);
                glDisable(GL_SCISSOR_TEST);
            }
        }
    }
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
    return true;
}

void Runner::present() {
    sf::RenderWindow& w = ctx_.window;
    if (!presentParts_.empty() && w.setActive(true) && partial_.available()) {
        partial_.present(presentParts_, w.getSize().y);
        ++partialPresents_;
        for (auto& p : probes_)
            p->presentedParts();
        return;
    }
    w.display();
}

int Runner::run() {
    sf::Clock clock, refreshClock;
    // Frames are paced here (not by SFML): a frame that presents nothing would not be.
    ctx_.window.setFramerateLimit(0);
    for (auto& p : probes_)
        p->started();
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
            present();
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
