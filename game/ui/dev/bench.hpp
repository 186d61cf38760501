#pragma once
// --bench: how long each frame's work took, per scene (p50, p95, p99, max) and overall, the
// static layer's redraws, the first frame's time since the process started, and the reference
// cost of an empty frame on this machine. tools/bench reads what it prints.
#include "game/ui/core/context.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/runner_probe.hpp"

#include <map>
#include <string>
#include <vector>

namespace rc::ui {

class Bench : public RunnerProbe {
  public:
    Bench(Context& ctx, const Runner& runner) : ctx_(ctx), runner_(runner) {}

    void timed(long frame, const Scene* top, double ms) override;
    void finished(int& status) override;

  private:
    /// The reference frame: the median time to clear the window and show it, with frames paced
    /// like the game's own (one per 60 Hz tick) and, for comparison, drawn back to back.
    struct EmptyFrame {
        double pacedMs = 0, backToBackMs = 0;
    };
    EmptyFrame measureEmptyFrame();

    Context& ctx_;
    const Runner& runner_;
    double total_ = 0, max_ = 0;
    long frames_ = 0;
    std::map<std::string, std::vector<double>> sceneTimes_; ///< frame ms per scene name
};

} // namespace rc::ui
