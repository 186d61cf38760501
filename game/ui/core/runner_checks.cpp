// The runner's test aids: --monkey's random input, the empty-frame reference of --bench and
// ROOTCAUSE_CHECK_DAMAGE's comparison of each presented frame with a whole redraw.
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

namespace rc::ui {

namespace {

/// The window's back buffer as an image (empty if it cannot be read).
sf::Image backBuffer(sf::RenderWindow& w) {
    sf::Texture t;
    if (!t.create(w.getSize().x, w.getSize().y)) return {};
    t.update(w);
    return t.copyToImage();
}

/// Pixels of two images of the same size whose red, green or blue differ by more than `tolerance`.
long differingPixels(const sf::Image& a, const sf::Image& b, int tolerance) {
    long differ = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            if (std::abs(p.r - q.r) > tolerance || std::abs(p.g - q.g) > tolerance ||
                std::abs(p.b - q.b) > tolerance)
                ++differ;
        }
    return differ;
}

} // namespace

void Runner::checkFrame(const std::vector<Scene*>& vis) {
    // The picture partial redraws left in the window must equal a whole redraw of every scene.
    const sf::Vector2u size = ctx_.window.getSize();
    const sf::Image got = backBuffer(ctx_.window);
    if (got.getSize() != size) return;
    if (reference_.getSize() != size && !reference_.create(size.x, size.y)) return;
    reference_.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    reference_.clear(ctx_.theme.c.background);
    for (Scene* s : vis)
        s->draw(reference_), s->drawLive(reference_);
    reference_.display();
    const sf::Image want = reference_.getTexture().copyToImage();
    const long differ = differingPixels(got, want, 2);
    ++checkedFrames_;
    // A pose that moved less than 1/64 px is not redrawn (no frame is presented for it), and may
    // still flip a pixel or two of an antialiased edge: a few pixels are tolerated; a missed
    // part shows as a band of hundreds.
    if (differ <= 16) return;
    ++badFrames_, maxBadPixels_ = std::max(maxBadPixels_, differ);
    if (badFrames_ == 1 && !ctx_.settings.screenshotDir.empty()) {
        const std::string stem =
            ctx_.settings.screenshotDir + "/damage-" + (vis.empty() ? "none" : vis.back()->name());
        got.saveToFile(stem + "-window.png");
        want.saveToFile(stem + "-whole.png");
    }
}

void Runner::checkScreen() {
    const sf::Vector2u size = ctx_.window.getSize();
    const sf::Image want = backBuffer(ctx_.window);
    if (want.getSize() != size) return;
    const sf::Image got = PartialPresent::screen(ctx_.window.getSystemHandle(), size);
    if (got.getSize() != size) {
        ++unreadScreens_;
        return;
    }
    ++checkedScreens_;
    if (differingPixels(got, want, 0) == 0) return;
    ++badScreens_;
    if (badScreens_ == 1 && !ctx_.settings.screenshotDir.empty()) {
        got.saveToFile(ctx_.settings.screenshotDir + "/screen-shown.png");
        want.saveToFile(ctx_.settings.screenshotDir + "/screen-back-buffer.png");
    }
}

// A scene's frames are timed one per 60 Hz tick, after a sleep. Under a software renderer a
// frame drawn after such a pause costs about twice one drawn straight after another (the
// rasteriser's threads have gone to sleep, caches have gone cold): 0.9 against 0.5 ms for an
// empty frame on the 2-core bench machine. The budget compares like with like, so its
// reference is paced the same way; the back-to-back figure is printed beside it.
Runner::EmptyFrame Runner::measureEmptyFrame() {
    sf::RenderWindow& w = ctx_.window;
    auto frame = [&] {
        sf::Clock c;
        w.clear(ctx_.theme.c.background);
        w.display();
        return c.getElapsedTime().asMicroseconds() / 1000.0;
    };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> paced, backToBack;
    auto tick = std::chrono::steady_clock::now();
    for (int i = 0; i < 61; ++i) {
        tick += std::chrono::microseconds(static_cast<long>(kFrameSeconds * 1e6));
        std::this_thread::sleep_until(tick);
        paced.push_back(frame());
    }
    for (int i = 0; i < 31; ++i)
        backToBack.push_back(frame());
    return {median(paced), median(backToBack)};
}

void Runner::monkeyFrame() {
    // A small portable generator (splitmix64): the same seed gives the same input.
    auto next = [this]() {
        unsigned long long z = (monkeyState_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    auto pick = [&](unsigned n) { return static_cast<unsigned>(next() % n); };
    const sf::Vector2u size = ctx_.window.getSize();
    const int count = 1 + static_cast<int>(pick(2));
    for (int k = 0; k < count; ++k) {
        sf::Event e{};
        const int x = static_cast<int>(pick(size.x)), y = static_cast<int>(pick(size.y));
        const unsigned kind = pick(100);
        if (kind < 40) {
            e.type = sf::Event::MouseMoved;
            e.mouseMove = {x, y};
        } else if (kind < 58) {
            e.type = sf::Event::MouseButtonPressed;
            e.mouseButton = {pick(10) == 0 ? sf::Mouse::Right : sf::Mouse::Left, x, y};
            handle(e), ++monkeyEvents_;
            e.type = sf::Event::MouseButtonReleased;
        } else if (kind < 66) {
            e.type = sf::Event::MouseWheelScrolled;
            e.mouseWheelScroll = {sf::Mouse::VerticalWheel, pick(2) ? 1.0f : -1.0f, x, y};
        } else {
            static const sf::Keyboard::Key keys[] = {
                sf::Keyboard::Tab,      sf::Keyboard::Tab,    sf::Keyboard::Up,
                sf::Keyboard::Down,     sf::Keyboard::Left,   sf::Keyboard::Right,
                sf::Keyboard::Enter,    sf::Keyboard::Space,  sf::Keyboard::Escape,
                sf::Keyboard::Num1,     sf::Keyboard::Num2,   sf::Keyboard::Num3,
                sf::Keyboard::Num4,     sf::Keyboard::Add,    sf::Keyboard::Equal,
                sf::Keyboard::Subtract, sf::Keyboard::Hyphen, sf::Keyboard::BackSpace,
                sf::Keyboard::A,        sf::Keyboard::Z};
            const unsigned n = sizeof keys / sizeof keys[0];
            sf::Keyboard::Key key = keys[pick(n)];
            if (key == sf::Keyboard::Z)
                key = static_cast<sf::Keyboard::Key>(sf::Keyboard::A + static_cast<int>(pick(26)));
            e.type = sf::Event::KeyPressed;
            e.key.code = key;
            e.key.shift = key == sf::Keyboard::Tab && pick(2);
            e.key.control = (key == sf::Keyboard::Add || key == sf::Keyboard::Equal ||
                             key == sf::Keyboard::Subtract || key == sf::Keyboard::Hyphen) &&
                            pick(3) == 0;
            // Never quit by itself: Esc (Back) on the title closes the game.
            const Scene* top = stack_.top();
            if (top && top->name() == "title" && ctx_.bindings.map(e.key) == Input::Back) continue;
            if (e.key.control && pick(4))
                continue; // scale changes: rarer (each relays out everything)
            handle(e), ++monkeyEvents_;
            if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z) {
                e = sf::Event{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = static_cast<sf::Uint32>('a' + (key - sf::Keyboard::A));
            } else if (key == sf::Keyboard::BackSpace) {
                e = sf::Event{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = 8;
            } else {
                continue;
            }
        }
        handle(e), ++monkeyEvents_;
    }
}

} // namespace rc::ui
