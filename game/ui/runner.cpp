#include "game/ui/runner.hpp"

#include "game/ui/screenshot.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <SFML/System/Clock.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace rc::ui {

Runner::Runner(Context& ctx, SceneStack& stack) : ctx_(ctx), stack_(stack) {}

void Runner::screenshot(const std::string& name) {
    if (ctx_.settings.screenshotDir.empty() || shot_.count(name)) return;
    pendingShot_ = name;
}

void Runner::ensureCache() {
    const sf::Vector2u sz = ctx_.window.getSize();
    if (sz == cacheSize_) return;
    sf::ContextSettings cs;
    cs.antialiasingLevel = 4;
    if (!cache_.create(sz.x, sz.y, cs)) cache_.create(sz.x, sz.y);
    cacheSize_ = sz;
    for (Scene* s : stack_.visible()) s->invalidate();
}

void Runner::handle(const sf::Event& e) {
    Scene* top = stack_.top();
    const sf::Vector2f size(ctx_.window.getSize());
    switch (e.type) {
    case sf::Event::Closed: quit_ = true; return;
    case sf::Event::Resized:
        ctx_.window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(e.size.width),
                                                   static_cast<float>(e.size.height))));
        stack_.relayout({static_cast<float>(e.size.width), static_cast<float>(e.size.height)});
        return;
    case sf::Event::KeyPressed: {
        const auto in = ctx_.bindings.map(e.key);
        if (in == Input::ScaleUp || in == Input::ScaleDown || in == Input::ScaleReset) {
            const float s = in == Input::ScaleReset ? 1.0f
                            : in == Input::ScaleUp  ? ctx_.theme.scale + 0.1f
                                                    : ctx_.theme.scale - 0.1f;
            if (ctx_.theme.setScale(s)) stack_.relayout(size);
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

void Runner::render() {
    ensureCache();
    const auto vis = stack_.visible();
    bool dirty = false;
    for (Scene* s : vis) dirty = dirty || s->dirty();
    if (dirty) {
        cache_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(cacheSize_.x),
                                              static_cast<float>(cacheSize_.y))));
        cache_.clear(ctx_.theme.c.background);
        for (Scene* s : vis) {
            s->draw(cache_);
            s->clean();
        }
        cache_.display();
        ++cacheRedraws_;
    }
    ctx_.window.clear(ctx_.theme.c.background);
    ctx_.window.draw(sf::Sprite(cache_.getTexture()));
    for (Scene* s : vis) s->drawLive(ctx_.window);
    if (!pendingShot_.empty()) {
        char num[16];
        std::snprintf(num, sizeof num, "%02d", ++shotCount_);
        const std::string path = ctx_.settings.screenshotDir + "/" + num + "-" + pendingShot_ + ".png";
        const std::string err = saveScreenshot(ctx_.window, path);
        if (!err.empty()) std::cerr << "rootcause: screenshot: " << err << "\n";
        else std::cout << "screenshot " << path << "\n";
        shot_.insert(pendingShot_);
        pendingShot_.clear();
    }
}

int Runner::run() {
    sf::Clock clock;
    ctx_.window.setFramerateLimit(ctx_.settings.bench ? 0 : 60);
    stack_.apply(sf::Vector2f(ctx_.window.getSize()));
    while (ctx_.window.isOpen() && !quit_) {
        sf::Event e;
        while (ctx_.window.pollEvent(e)) handle(e);
        const float dt = clock.restart().asSeconds();
        sf::Clock work;
        if (Scene* top = stack_.top()) top->update(dt);
        stack_.apply(sf::Vector2f(ctx_.window.getSize()));
        if (stack_.empty()) break;
        // The first frame a scene is on top, it is photographed (when --screenshot-dir is set).
        if (stack_.top() != lastTop_) {
            lastTop_ = stack_.top();
            screenshot(lastTop_->name());
        }
        render();
        ctx_.window.display(); // in --bench mode there is no frame limit, so this is real work
        const double ms = work.getElapsedTime().asMicroseconds() / 1000.0;
        if (frame_ > 2) benchTotal_ += ms, benchMax_ = std::max(benchMax_, ms), ++benchFrames_;
        if (ctx_.settings.bench && frame_ > 2 && lastTop_) sceneTimes_[lastTop_->name()].push_back(ms);
        ++frame_;
        if (frameLimit_ > 0 && frame_ >= frameLimit_) break;
    }
    if (ctx_.settings.bench && benchFrames_ > 0)
        std::printf("bench: %ld frames, mean %.2f ms, max %.2f ms, static layer redrawn %ld times\n",
                    benchFrames_, benchTotal_ / benchFrames_, benchMax_, cacheRedraws_);
    if (ctx_.settings.bench)
        for (auto& [name, v] : sceneTimes_) {
            std::sort(v.begin(), v.end());
            auto pct = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))]; };
            std::printf("bench: scene %-28s %6zu frames  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms\n", name.c_str(),
                        v.size(), pct(0.5), pct(0.95), pct(0.99));
        }
    return status_;
}

} // namespace rc::ui
