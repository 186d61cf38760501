#pragma once
// --monkey SECONDS: random clicks, wheel turns and keys (a portable generator: the same seed gives
// the same input) for a time, starting the title again whenever a scene leaves the game; then a
// summary, failed unless every whole second produced frames ("responsive").
#include "game/engine/random_play.hpp"
#include "game/ui/core/context.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/runner_probe.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <SFML/System/Clock.hpp>
#include <vector>

namespace rc::ui {

class Monkey : public RunnerProbe {
  public:
    Monkey(Context& ctx, SceneStack& stack, Runner& runner, double seconds, unsigned seed)
        : ctx_(ctx), stack_(stack), runner_(runner), seconds_(seconds), rng_(seed) {}

    void started() override { clock_.restart(); }
    void beforeUpdate() override;
    void afterApply() override;
    void topChanged(const Scene&) override { ++sceneChanges_; }
    bool keepRunning() override;
    void finished(int& status) override;

  private:
    unsigned pick(unsigned n) { return static_cast<unsigned>(rng_.next() % n); }
    void inject(const sf::Event& e) { runner_.inject(e), ++events_; }

    Context& ctx_;
    SceneStack& stack_;
    Runner& runner_;
    double seconds_;
    rc::Rng rng_;
    sf::Clock clock_;
    long events_ = 0, frames_ = 0, sceneChanges_ = 0;
    std::vector<long> framesPerSecond_;
};

} // namespace rc::ui
