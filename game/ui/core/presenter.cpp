// The frame's way to the window (game/ui/core/presenter.hpp): damage rectangles, a cached static
// layer, and drawing straight into the window under software OpenGL.
#include "game/ui/core/presenter.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>

namespace rc::ui {

namespace {

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

/// Many parts, or most of the window: one full redraw is cheaper.
bool tooMuch(const std::vector<sf::IntRect>& rs, sf::Vector2u size) {
    long area = 0;
    for (const auto& r : rs)
        area += static_cast<long>(r.width) * r.height;
    return rs.size() > 6 || area * 10 > static_cast<long>(size.x) * size.y * 7;
}

} // namespace

Presenter::Presenter(sf::RenderWindow& window, const Theme& theme, DrawScenes draw)
    : window_(window), theme_(theme), drawScenes_(std::move(draw)) {
    const char* full = std::getenv("ROOTCAUSE_FULL_REDRAW");
    forceFull_ = full && std::atoi(full) != 0;
}

void Presenter::windowRecreated() {
    cacheSize_ = {0, 0};
    cacheStaleAll_ = true, cacheStaleParts_.clear();
    lastVisible_.clear();
    if (!std::getenv("ROOTCAUSE_DIRECT")) direct_ = -1;
}

bool Presenter::draw(const std::vector<Scene*>& vis, bool whole, bool refresh) {
    bool full = whole || vis != lastVisible_;
    bool animating = false;
    std::vector<sf::IntRect> parts;
    const sf::Vector2u size = window_.getSize();
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
    // Under software OpenGL a frame where nothing visible moved is not shown at all; a GPU
    // composes every frame of an animation and settles once afterwards.
    if (!software && (animating || settled)) refresh = true;
    if (!full && parts.empty() && live.empty() && !refresh) return false;
    lastVisible_ = vis;
    if (forceFull_) {
        // The renderer without damage rectangles, measured against this one (README
        // "Performance"): whenever anything changed, every scene drawn whole into the window.
        drawDirect(true, {}, vis);
        return true;
    }
    if (!full && !parts.empty()) {
        parts = mergeParts(std::move(parts));
        full = tooMuch(parts, size);
    }
    if (software && !animating && !settled) {
        // Software OpenGL (llvmpipe under Xvfb, a laptop without a GPU driver): pixels are the
        // cost, and the window's back buffer survives a swap (it is copied to the screen), so the
        // scenes draw straight into it and only what changed is redrawn. Copying a cached layer
        // into the window cost 4-5 ms a frame at 1280x720.
        drawDirect(full, full ? std::vector<sf::IntRect>{} : parts, vis);
    } else {
        drawComposed(full, software, parts, live, vis);
    }
    return true;
}

void Presenter::drawComposed(bool full, bool software, const std::vector<sf::IntRect>& parts,
                             const std::vector<sf::IntRect>& live, const std::vector<Scene*>& vis) {
    // Composed from the cached static layer, with the live layer drawn over it. Under software
    // OpenGL only the changed parts are repainted (a moving leg: a tenth of the window); a GPU,
    // whose back buffer is undefined after a swap, gets every frame whole (cheap on a GPU).
    const sf::Vector2u size = window_.getSize();
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
    sf::RenderWindow& w = window_;
    w.setActive(true);
    if (cacheWhole || !software || tooMuch(restore, size)) {
        // The cached layer holds every visible scene's static layer; only the top scene's live
        // layer, drawn last, can hide all of it.
        const bool covered = !vis.empty() && vis.back()->liveCoversWindow();
        if (covered)
            ++coveredFrames_;
        else
            w.draw(sf::Sprite(cache_.getTexture()), sf::RenderStates(sf::BlendNone));
        for (Scene* s : vis)
            s->drawLive(w);
        return;
    }
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

void Presenter::ensureCache() {
    const sf::Vector2u sz = window_.getSize();
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

void Presenter::redrawCache(const std::vector<sf::FloatRect>& parts,
                            const std::vector<Scene*>& vis) {
    cache_.setView(sf::View(
        sf::FloatRect(0, 0, static_cast<float>(cacheSize_.x), static_cast<float>(cacheSize_.y))));
    if (parts.empty()) { // the whole layer
        cache_.clear(theme_.c.background);
        drawScenes_(cache_, vis, false);
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
        cache_.clear(theme_.c.background);
        drawScenes_(cache_, vis, false);
        cache_.setActive(true);
        scissor(r, cacheSize_.y);
        cache_.display();
        cache_.setActive(true);
        glDisable(GL_SCISSOR_TEST);
    }
    ++partialRedraws_;
}

bool Presenter::softwareRenderer() {
    if (direct_ >= 0) return direct_ == 1;
    if (const char* e = std::getenv("ROOTCAUSE_DIRECT")) {
        direct_ = std::atoi(e) ? 1 : 0;
        return direct_ == 1;
    }
    sf::RenderWindow& w = window_;
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
    const sf::Color a = theme_.c.background;
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

void Presenter::drawDirect(bool full, const std::vector<sf::IntRect>& parts,
                           const std::vector<Scene*>& vis) {
    sf::RenderWindow& w = window_;
    w.setActive(true);
    if (full) {
        w.clear(theme_.c.background);
        drawScenes_(w, vis, true);
        ++cacheRedraws_;
    } else {
        for (const sf::IntRect& r : parts) {
            w.setActive(true);
            scissor(r, w.getSize().y);
            w.clear(theme_.c.background);
            drawScenes_(w, vis, true);
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

} // namespace rc::ui
