#pragma once
#include "game/ui/core/context.hpp"
#include "game/ui/core/line_tip.hpp"
#include "game/ui/core/presenter.hpp"
#include "game/ui/core/runner_probe.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace rc::ui {

/// Exit status of --exit-after-debrief and --exit-after-challenge when a write (autosave, profile,
/// results file) failed and never succeeded since.
constexpr int kExitWriteFailed = 4;

/// The frame loop: events → bindings → scene; cached static layer; screenshots; UI scale.
class Runner {
  public:
    Runner(Context& ctx, SceneStack& stack);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;
    /// Run until the stack is empty, the window closes or `quit()`; returns the exit status.
    int run();
    /// Stop after this frame.
    void quit(int status = 0) { quit_ = true, status_ = status; }
    /// Save a PNG of the next frame as `<dir>/<NN>-<name>.png` (once per name).
    void screenshot(const std::string& name);
    /// Stop after this many frames (0 = never): for scripted screenshots.
    void setFrameLimit(long frames) { frameLimit_ = frames; }
    /// Adds an aid that watches every frame (game/ui/dev); they are told in the order added.
    void addProbe(std::unique_ptr<RunnerProbe> p) { probes_.push_back(std::move(p)); }
    /// How the window was opened: fullscreen or not, and the windowed size to return to.
    void setWindowState(bool fullscreen, sf::Vector2u windowedSize) {
        fullscreen_ = fullscreen, windowedSize_ = windowedSize;
    }
    bool fullscreen() const { return fullscreen_; }
    /// Fullscreen (the desktop's mode) or back to the windowed size it had: the window is made
    /// anew, and everything that belonged to the old one (view, cached layer, icon) with it;
    /// the profile remembers the choice.
    void setFullscreen(bool on);
    /// The smallest window the game keeps (a smaller Resized window is set back to it).
    static constexpr unsigned kMinWidth = 640, kMinHeight = 480;
    /// What F1 (or '?' outside a text field) opens over a scene of a kind: the help overlay
    /// (game/ui/scenes, installed by game/app; core does not know the scenes). None: no help.
    void setHelp(std::function<std::unique_ptr<Scene>(SceneKind)> make) {
        makeHelp_ = std::move(make);
    }
    /// Draws a whole frame of `visible` into `t` as the window shows it: every scene's static and
    /// live layer, the save banner and a line's tip (the damage check's reference).
    void drawWhole(sf::RenderTarget& t, const std::vector<Scene*>& visible) {
        drawScenes(t, visible, true);
    }
    /// Handles an event as if it came from the window (--monkey's random input).
    void inject(const sf::Event& e) { handle(e); }
    /// What the loop has done so far, for --bench and the damage check.
    struct Stats {
        long presented = 0;       ///< frames shown
        long cacheRedraws = 0;    ///< static layers redrawn whole
        long partialRedraws = 0;  ///< static layers redrawn in parts
        long coveredFrames = 0;   ///< frames whose live layer covered the window
        bool direct = false;      ///< drawn straight into the window (software OpenGL)
        double firstFrameMs = 0;  ///< when the first frame was shown, since the process started
    };
    Stats stats() const;
    /// Frames are paced to 60 Hz; a frame with nothing new to show is not presented at all.
    static constexpr double kFrameSeconds = 1.0 / 60.0;
    /// Milliseconds since the process started (a static initialiser in runner.cpp).
    static double sinceStartMs();

  private:
    void handle(const sf::Event& e);
    /// The window is now `size`: the theme's scale is held within what it allows (said on stdout
    /// when that starts or stops limiting the player's choice).
    void fitScale(sf::Vector2f size);
    /// "scale: N %" on stdout, or the chosen and the fitted scale when the window limits it.
    void sayScale() const;
    /// Opens the help over the top scene, or closes it when it is on top.
    void toggleHelp();
    /// The cues play raised since the last frame, through the sound bank (if any), at the
    /// profile's volume (none when muted).
    void playCues();
    /// Every frame: retry failed writes; when the save banner's text changes, say so on stdout
    /// ("save-error: ..." / "save-ok") and redraw whole.
    void watchWrites(double now);
    /// The save banner (a failed autosave or profile) over the top of the window, if any.
    void drawBanner(sf::RenderTarget& t);
    /// The visible scenes' static layers (and live ones if `live`), bottom first, the banner and
    /// the tip of a shortened line under the pointer; the top scene's lines are recorded.
    void drawScenes(sf::RenderTarget& t, const std::vector<Scene*>& vis, bool live);
    /// Draw what changed (through the presenter); false when nothing had to be shown.
    bool render(bool refresh);
    /// After a frame was drawn: scenes cleaned, probes told, the pending screenshot taken.
    void finishFrame(const std::vector<Scene*>& vis);

    Context& ctx_;
    SceneStack& stack_;
    bool quit_ = false;
    int status_ = 0;
    long frame_ = 0, frameLimit_ = 0;
    std::set<std::string> shot_;
    std::string pendingShot_;
    int shotCount_ = 0;
    Scene* lastTop_ = nullptr;
    long presented_ = 0;
    bool firstShown_ = false;
    std::string banner_;        ///< the save banner shown (empty: none)
    bool bannerDirty_ = false;  ///< the banner changed: the next frame is redrawn whole
    double firstFrameMs_ = 0;
    std::vector<std::unique_ptr<RunnerProbe>> probes_;
    bool fullscreen_ = false;
    sf::Vector2u windowedSize_{1280, 720};
    DrawnText drawn_;            ///< what the top scene's last redraw drew (for the tip)
    Presenter presenter_;        ///< how a frame reaches the window (after drawn_: it draws)
    LineTip tip_;                ///< the whole text of a shortened line under the pointer
    std::function<std::unique_ptr<Scene>(SceneKind)> makeHelp_; ///< see setHelp()
    bool swallowReturn_ = false; ///< Alt+Enter was pressed: its '\r' text event is not typed
};

} // namespace rc::ui
