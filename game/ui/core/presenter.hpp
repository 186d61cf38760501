#pragma once
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <functional>
#include <vector>

namespace rc::ui {

/// How a frame reaches the window: only what changed since the last frame is redrawn, and a
/// frame where nothing changed is not shown at all. Measured against whole-frame redraws
/// (ROOTCAUSE_FULL_REDRAW=1; README "Performance"), this is what keeps the hands-on leg's frame
/// near the cost of an empty one and the busiest screens inside 16.7 ms under software OpenGL.
///
/// Two ways to draw, chosen once per window:
/// - *direct* (software OpenGL whose window keeps its picture across a swap, tested rather than
///   assumed): the scenes draw straight into the window, clipped to the damaged parts;
/// - *composed* (a GPU, and any frame where a live layer moves): the scenes' static layers are
///   kept in a cached texture, redrawn in parts, and each frame copies it (or the damaged parts
///   of it) into the window with the live layers drawn over.
/// The whole class is SFML and OpenGL's portable API only: no platform code.
class Presenter {
  public:
    /// Draws the visible scenes into a target, bottom first: their static layers, their live
    /// layers too when `live`, then whatever the runner draws over them (banner, tip).
    using DrawScenes =
        std::function<void(sf::RenderTarget&, const std::vector<Scene*>& visible, bool live)>;

    Presenter(sf::RenderWindow& window, const Theme& theme, DrawScenes draw);

    /// Draws what changed since the last frame into the window's back buffer. `whole`: redraw
    /// every scene whole (something outside them changed); `refresh`: the frame must be shown
    /// even if nothing changed. False when there is nothing to show.
    bool draw(const std::vector<Scene*>& visible, bool whole, bool refresh);
    /// Shows the frame draw() drew.
    void show() { window_.display(); }
    /// The window was made anew (fullscreen on or off): the cached layer, the test of the
    /// window's back buffer and the last visible scenes start over.
    void windowRecreated();

    struct Stats {
        long cacheRedraws = 0;   ///< static layers redrawn whole
        long partialRedraws = 0; ///< static layers redrawn in parts
        long coveredFrames = 0;  ///< frames whose live layer covered the window
        bool direct = false;     ///< drawn straight into the window (software OpenGL)
    };
    Stats stats() const { return {cacheRedraws_, partialRedraws_, coveredFrames_, direct_ == 1}; }

  private:
    /// True under software OpenGL (llvmpipe) whose window keeps its picture across a swap
    /// (tested once): draw straight into the window. ROOTCAUSE_DIRECT=0|1 overrides.
    bool softwareRenderer();
    /// Redraw the whole window, or only `parts` of it, with no cached layer in between.
    void drawDirect(bool full, const std::vector<sf::IntRect>& parts,
                    const std::vector<Scene*>& vis);
    /// The cached layer, redrawn whole or in the damaged parts, under the live layers.
    void drawComposed(bool full, bool software, const std::vector<sf::IntRect>& parts,
                      const std::vector<sf::IntRect>& live, const std::vector<Scene*>& vis);
    void ensureCache();
    void redrawCache(const std::vector<sf::FloatRect>& parts, const std::vector<Scene*>& vis);

    sf::RenderWindow& window_;
    const Theme& theme_;
    DrawScenes drawScenes_;
    bool forceFull_ = false; ///< ROOTCAUSE_FULL_REDRAW=1: a changed frame drawn whole (bench)
    int direct_ = -1;        ///< softwareRenderer(): -1 not yet known
    sf::RenderTexture cache_;
    sf::Vector2u cacheSize_{0, 0};
    bool cacheStaleAll_ = true; ///< the cached layer must be redrawn whole before use
    std::vector<sf::IntRect> cacheStaleParts_; ///< parts drawn straight to the window since
    std::vector<Scene*> lastVisible_;
    bool lastAnimating_ = false;
    long cacheRedraws_ = 0, partialRedraws_ = 0, coveredFrames_ = 0;
};

} // namespace rc::ui
