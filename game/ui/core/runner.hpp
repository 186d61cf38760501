#pragma once
#include "game/ui/core/context.hpp"
#include "game/ui/core/partial_present.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace rc::ui {

/// The frame loop: events → bindings → scene; cached static layer; screenshots; UI scale.
class Runner {
  public:
    Runner(Context& ctx, SceneStack& stack);
    /// Run until the stack is empty, the window closes or `quit()`; returns the exit status.
    int run();
    /// Stop after this frame.
    void quit(int status = 0) { quit_ = true, status_ = status; }
    /// Save a PNG of the next frame as `<dir>/<NN>-<name>.png` (once per name).
    void screenshot(const std::string& name);
    /// Stop after this many frames (0 = never): for scripted screenshots.
    void setFrameLimit(long frames) { frameLimit_ = frames; }
    /// --monkey: inject random input for `seconds`, then print a summary and exit 0.
    void setMonkey(double seconds, unsigned seed) { monkeySeconds_ = seconds, monkeySeed_ = seed; }
    /// Milliseconds since the process started (a static initialiser in runner.cpp).
    static double sinceStartMs();

  private:
    void handle(const sf::Event& e);
    void ensureCache();
    /// Redraw what was invalidated and present it; false when nothing had to be shown.
    bool render(bool refresh);
    void redrawCache(const std::vector<sf::FloatRect>& parts, const std::vector<Scene*>& vis);
    /// True under software OpenGL (llvmpipe) whose window keeps its picture across a swap
    /// (tested once): draw straight into the window. ROOTCAUSE_DIRECT=0|1 overrides.
    bool softwareRenderer();
    /// Redraw the whole window, or only `parts` of it, with no cached layer in between.
    void drawDirect(bool full, const std::vector<sf::IntRect>& parts,
                    const std::vector<Scene*>& vis);
    /// Shows the frame render() drew: only its changed parts where it can (PartialPresent),
    /// else a swap.
    void present();
    /// --bench's reference frame: the median time to clear the window and show it, with frames
    /// paced like the game's own (one per 60 Hz tick) and, for comparison, drawn back to back.
    struct EmptyFrame {
        double pacedMs = 0, backToBackMs = 0;
    };
    EmptyFrame measureEmptyFrame();
    /// ROOTCAUSE_CHECK_DAMAGE=1 (tests): compare the presented picture with a whole redraw.
    void checkFrame(const std::vector<Scene*>& vis);
    /// After a partial present: the screen must show exactly the window's back buffer.
    void checkScreen();
    void monkeyFrame();

    /// Frames are paced to 60 Hz; a frame with nothing new to show is not presented at all.
    static constexpr double kFrameSeconds = 1.0 / 60.0;

    Context& ctx_;
    SceneStack& stack_;
    sf::RenderTexture cache_;
    sf::Vector2u cacheSize_{0, 0};
    bool quit_ = false;
    int status_ = 0;
    long frame_ = 0, frameLimit_ = 0;
    std::set<std::string> shot_;
    std::string pendingShot_;
    int shotCount_ = 0;
    Scene* lastTop_ = nullptr;
    double benchTotal_ = 0, benchMax_ = 0;
    std::map<std::string, std::vector<double>> sceneTimes_; ///< --bench: frame ms per scene name
    long benchFrames_ = 0, cacheRedraws_ = 0, partialRedraws_ = 0, presented_ = 0;
    std::vector<Scene*> lastVisible_;
    bool firstShown_ = false, lastAnimating_ = false;
    bool checkDamage_ = false;
    sf::RenderTexture reference_;
    long checkedFrames_ = 0, badFrames_ = 0, maxBadPixels_ = 0;
    long checkedScreens_ = 0, badScreens_ = 0, unreadScreens_ = 0;
    long coveredFrames_ = 0; ///< frames whose live layer covered the window (liveCoversWindow)
    PartialPresent partial_;
    std::vector<sf::IntRect> presentParts_; ///< what render() changed; empty: present whole
    long partialPresents_ = 0;
    bool forceFull_ = false;    ///< ROOTCAUSE_FULL_REDRAW=1: every frame whole (worst-case bench)
    int direct_ = -1;           ///< softwareRenderer(): -1 not yet known
    bool cacheStaleAll_ = true; ///< the cached layer must be redrawn whole before use
    std::vector<sf::IntRect> cacheStaleParts_; ///< parts drawn straight to the window since
    double firstFrameMs_ = 0;
    // --monkey
    double monkeySeconds_ = 0;
    unsigned monkeySeed_ = 1;
    unsigned long long monkeyState_ = 0;
    long monkeyEvents_ = 0, monkeySceneChanges_ = 0;
    std::vector<long> monkeyFramesPerSecond_;
};

} // namespace rc::ui
