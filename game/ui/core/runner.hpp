#pragma once
#include "game/ui/core/context.hpp"
#include "game/ui/core/line_tip.hpp"
#include "game/ui/core/partial_present.hpp"
#include "game/ui/core/runner_probe.hpp"
#include "game/ui/core/scene_stack.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
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
    /// Handles an event as if it came from the window (--monkey's random input).
    void inject(const sf::Event& e) { handle(e); }
    /// What the loop has done so far, for --bench and the damage check.
    struct Stats {
        long presented = 0;       ///< frames shown
        long partialPresents = 0; ///< of them, shown in parts
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
    long cacheRedraws_ = 0, partialRedraws_ = 0, presented_ = 0;
    std::vector<Scene*> lastVisible_;
    bool firstShown_ = false, lastAnimating_ = false;
    long coveredFrames_ = 0; ///< frames whose live layer covered the window (liveCoversWindow)
    PartialPresent partial_;
    std::vector<sf::IntRect> presentParts_; ///< what render() changed; empty: present whole
    long partialPresents_ = 0;
    std::string banner_;        ///< the save banner shown (empty: none)
    bool bannerDirty_ = false;  ///< the banner changed: the next frame is redrawn whole
    bool forceFull_ = false;    ///< ROOTCAUSE_FULL_REDRAW=1: every frame whole (worst-case bench)
    int direct_ = -1;           ///< softwareRenderer(): -1 not yet known
    bool cacheStaleAll_ = true; ///< the cached layer must be redrawn whole before use
    std::vector<sf::IntRect> cacheStaleParts_; ///< parts drawn straight to the window since
    double firstFrameMs_ = 0;
    std::vector<std::unique_ptr<RunnerProbe>> probes_;
    bool fullscreen_ = false;
    sf::Vector2u windowedSize_{1280, 720};
    DrawnText drawn_;            ///< what the top scene's last redraw drew (for the tip)
    LineTip tip_;                ///< the whole text of a shortened line under the pointer
    std::function<std::unique_ptr<Scene>(SceneKind)> makeHelp_; ///< see setHelp()
    bool swallowReturn_ = false; ///< Alt+Enter was pressed: its '\r' text event is not typed
};

} // namespace rc::ui
