// ROOTCAUSE_CHECK_DAMAGE's comparison of each presented frame with a whole redraw.
#include "game/ui/dev/damage_check.hpp"

#include "game/ui/core/scene.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace rc::ui {

namespace {

/// The window's back buffer as an image (empty if it cannot be read).
sf::Image backBuffer(sf::RenderWindow& w) {
    sf::Texture t;
    if (!t.create(w.getSize().x, w.getSize().y)) return {};
    t.update(w);
    return t.copyToImage();
}

/// Pixels of two images of the same size whose red, green or blue differ by more than `tolerance`,
/// and the box around them.
struct Difference {
    long pixels = 0;
    unsigned left = ~0u, top = ~0u, right = 0, bottom = 0;
};
Difference differingPixels(const sf::Image& a, const sf::Image& b, int tolerance) {
    Difference d;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            if (std::abs(p.r - q.r) > tolerance || std::abs(p.g - q.g) > tolerance ||
                std::abs(p.b - q.b) > tolerance) {
                ++d.pixels;
                d.left = std::min(d.left, x), d.top = std::min(d.top, y);
                d.right = std::max(d.right, x + 1), d.bottom = std::max(d.bottom, y + 1);
            }
        }
    return d;
}

} // namespace

bool DamageCheck::requested() {
    const char* check = std::getenv("ROOTCAUSE_CHECK_DAMAGE");
    return check && std::atoi(check) != 0;
}

void DamageCheck::rendered(const std::vector<Scene*>& vis) {
    // The picture partial redraws left in the window must equal a whole redraw of every scene.
    const sf::Vector2u size = ctx_.window.getSize();
    const sf::Image got = backBuffer(ctx_.window);
    if (got.getSize() != size) return;
    if (reference_.getSize() != size && !reference_.create(size.x, size.y)) return;
    reference_.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    reference_.clear(ctx_.theme.c.background);
    runner_.drawWhole(reference_, vis); // the scenes and what the runner draws over them
    reference_.display();
    const sf::Image want = reference_.getTexture().copyToImage();
    const Difference diff = differingPixels(got, want, 2);
    const long differ = diff.pixels;
    ++checkedFrames_;
    // A pose that moved less than 1/64 px is not redrawn (no frame is presented for it), and may
    // still flip a pixel or two of an antialiased edge: a few pixels are tolerated; a missed
    // part shows as a band of hundreds.
    if (differ <= 16) return;
    ++badFrames_, maxBadPixels_ = std::max(maxBadPixels_, differ);
    // Where (the first few): enough to find the part a scene forgot to invalidate.
    if (badFrames_ <= 5)
        std::printf("damage-check: frame %ld (%s) differs: %ld pixels in %u,%u %ux%u\n",
                    checkedFrames_, vis.empty() ? "none" : vis.back()->name().c_str(), differ,
                    diff.left, diff.top, diff.right - diff.left, diff.bottom - diff.top);
    if (badFrames_ == 1 && !ctx_.settings.screenshotDir.empty()) {
        const std::string stem =
            ctx_.settings.screenshotDir + "/damage-" + (vis.empty() ? "none" : vis.back()->name());
        got.saveToFile(stem + "-window.png");
        want.saveToFile(stem + "-whole.png");
    }
}

void DamageCheck::finished(int& status) {
    std::printf("damage-check: %ld frames checked, %ld differ from a whole redraw (worst: %ld "
                "pixels)\n",
                checkedFrames_, badFrames_, maxBadPixels_);
    std::fflush(stdout);
    std::printf("live-cover: %ld frames showed the live layer alone (the cached layer was not "
                "copied)\n",
                runner_.stats().coveredFrames);
    std::fflush(stdout);
    if (badFrames_ > 0) status = 1;
}

} // namespace rc::ui
