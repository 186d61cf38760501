#pragma once
// What the frame loop tells the aids that watch it: random input (--monkey), frame timing (--bench)
// and the comparison of every presented frame with a whole redraw (ROOTCAUSE_CHECK_DAMAGE). They
// live in game/ui/dev; the runner knows only this interface, called at fixed points of a frame.
#include <vector>

namespace rc::ui {

class Scene;

class RunnerProbe {
  public:
    virtual ~RunnerProbe() = default;
    /// Once, before the first frame.
    virtual void started() {}
    /// Each frame after the window's events, before the top scene's update: input may be
    /// injected here (Runner::inject).
    virtual void beforeUpdate() {}
    /// After the scene stack's queued changes were applied.
    virtual void afterApply() {}
    /// A new scene is on top.
    virtual void topChanged(const Scene&) {}
    /// The frame was drawn into the window (`visible`: bottom first), before its screenshot.
    virtual void rendered(const std::vector<Scene*>& visible) { (void)visible; }
    /// Frame number `frame` (from 0) took `ms` of work with `top` on top (null: none yet).
    virtual void timed(long frame, const Scene* top, double ms) {
        (void)frame, (void)top, (void)ms;
    }
    /// False ends the loop after this frame.
    virtual bool keepRunning() { return true; }
    /// After the last frame: print what was found; may set the exit status.
    virtual void finished(int& status) { (void)status; }
};

} // namespace rc::ui
