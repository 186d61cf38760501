#include "game/ui/dev/bench.hpp"

#include "game/ui/core/scene.hpp"

#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

namespace rc::ui {

void Bench::timed(long frame, const Scene* top, double ms) {
    if (frame <= 2) return; // the first frames load fonts and glyphs
    total_ += ms, max_ = std::max(max_, ms), ++frames_;
    if (top) sceneTimes_[top->name()].push_back(ms);
}

void Bench::finished(int& status) {
    (void)status;
    const Runner::Stats st = runner_.stats();
    std::printf("first-frame-ms: %.0f\n", st.firstFrameMs);
    if (ctx_.window.isOpen()) {
        const EmptyFrame empty = measureEmptyFrame();
        std::printf("empty-frame-ms: %.2f\nempty-frame-back-to-back-ms: %.2f\n", empty.pacedMs,
                    empty.backToBackMs);
    }
    if (frames_ > 0)
        std::printf(
            "bench: %ld frames (%ld presented), mean %.2f ms, max %.2f ms, static layer "
            "redrawn %ld times whole, %ld times in parts, %s\n",
            frames_, st.presented, total_ / frames_, max_, st.cacheRedraws, st.partialRedraws,
            st.direct ? "drawn straight into the window" : "composed from the cached layer");
    for (auto& [name, v] : sceneTimes_) {
        std::sort(v.begin(), v.end());
        auto pct = [&](double q) {
            return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))];
        };
        std::printf("bench: scene %-28s %6zu frames  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  "
                    "max %6.2f ms\n",
                    name.c_str(), v.size(), pct(0.5), pct(0.95), pct(0.99), v.back());
    }
}

// A scene's frames are timed one per 60 Hz tick, after a sleep. Under a software renderer a
// frame drawn after such a pause costs about twice one drawn straight after another (the
// rasteriser's threads have gone to sleep, caches have gone cold): 0.9 against 0.5 ms for an
// empty frame on the 2-core bench machine. The budget compares like with like, so its
// reference is paced the same way; the back-to-back figure is printed beside it.
Bench::EmptyFrame Bench::measureEmptyFrame() {
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
        tick += std::chrono::microseconds(static_cast<long>(Runner::kFrameSeconds * 1e6));
        std::this_thread::sleep_until(tick);
        paced.push_back(frame());
    }
    for (int i = 0; i < 31; ++i)
        backToBack.push_back(frame());
    return {median(paced), median(backToBack)};
}

} // namespace rc::ui
