#pragma once
// ROOTCAUSE_CHECK_DAMAGE=1 (the end-to-end and hands-on tests): every presented frame is compared
// with a whole redraw of the visible scenes (partial redraws must leave nothing stale). The counts
// are printed at the end; any difference fails the run.
#include "game/ui/core/context.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/runner_probe.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

namespace rc::ui {

class DamageCheck : public RunnerProbe {
  public:
    /// `runner`: draws the reference frame (scenes, banner, tip) and reports its live-cover count.
    DamageCheck(Context& ctx, Runner& runner) : ctx_(ctx), runner_(runner) {}
    /// True when ROOTCAUSE_CHECK_DAMAGE asks for the check.
    static bool requested();

    void rendered(const std::vector<Scene*>& visible) override;
    void finished(int& status) override;

  private:
    Context& ctx_;
    Runner& runner_;
    sf::RenderTexture reference_;
    long checkedFrames_ = 0, badFrames_ = 0, maxBadPixels_ = 0;
};

} // namespace rc::ui
