#pragma once
#include "game/play/screen.hpp"
#include "game/ui/core/bindings.hpp"
#include "game/ui/core/context.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <memory>
#include <string>
#include <vector>

namespace rc::ui {

class SceneStack;

/// What a scene is, for the decisions of flow (the challenge's flow, the monkey) and its help
/// page: by kind, never by name(), which is for screenshots and --bench. One list with the play
/// layer's (game/play/screen.hpp).
using SceneKind = play::Screen;

/// One screen. Input becomes engine actions; drawing reads state. The static part is drawn
/// into a cached texture only when the scene is marked dirty; `drawLive` runs every frame.
class Scene {
  public:
    Scene(Context& ctx, SceneStack& stack) : ctx_(ctx), stack_(stack) {}
    virtual ~Scene() = default;

    /// A short stable name used for screenshots ("encounter", "debrief").
    virtual std::string name() const = 0;
    /// What the scene is (see SceneKind).
    virtual SceneKind kind() const = 0;
    /// Recompute layout for a window size in pixels (also after a UI-scale change).
    virtual void layout(sf::Vector2f size) { size_ = size; }
    /// A raw event (mouse, text); return true if consumed.
    virtual bool event(const sf::Event&) { return false; }
    /// A mapped input (keyboard through Bindings); return true if consumed.
    virtual bool input(Input) { return false; }
    /// Advance time (seconds since last frame).
    virtual void update(float) {}
    /// On top again: the scenes above it were popped (a visit ended in them, an exam was
    /// recorded). Called by SceneStack::apply before the scene's next frame is drawn, so a scene
    /// that mirrors the session brings itself up to date here, not a frame late in update().
    virtual void resumed() {}
    /// Draw the static layer (cached until invalidate()).
    virtual void draw(sf::RenderTarget& t) = 0;
    /// Draw per-frame content over the cached layer (animations, live physics).
    virtual void drawLive(sf::RenderTarget&) {}
    /// True while the scene wants its whole static layer redrawn.
    bool dirty() const { return dirty_; }
    void invalidate() { dirty_ = true; }
    /// Redraw only this part of the static layer (window px): hover and focus changes, one
    /// panel. The runner redraws the scenes clipped to the damaged parts and presents only them.
    void invalidate(const sf::FloatRect& r) {
        if (r.width > 0 && r.height > 0) damage_.push_back(r);
    }
    /// Parts waiting to be redrawn (empty when none, or when the whole layer is dirty).
    const std::vector<sf::FloatRect>& damage() const { return damage_; }
    void clean() { dirty_ = false, damage_.clear(); }
    /// True while `drawLive` changes from frame to frame (live physics, a fade): the runner
    /// then presents every frame; otherwise it presents only when something was invalidated.
    virtual bool animating() const { return false; }
    /// While animating (and on the frame after): the parts of the window (px) where drawLive's
    /// picture differs from the last frame's, both where things were and where they are now.
    /// Called once a frame. The default is the whole window; a scene whose live layer moves in
    /// small parts (a leg) names them, and the runner repaints only those.
    virtual std::vector<sf::FloatRect> liveDamage() { return {{0, 0, size_.x, size_.y}}; }
    /// The part of the window drawLive's next call will be clipped to (window px): a scene may
    /// skip what lies wholly outside it. The runner sets it around partial live repaints.
    void setLiveClip(const sf::FloatRect& r) { liveClip_ = r; }
    /// True if the static layer is the single colour `c` all over `r` (window px): the runner
    /// then restores a part of a live repaint by clearing it rather than copying it from the
    /// cached layer (under software OpenGL a copy samples a texture and costs twice a clear).
    virtual bool flatUnder(const sf::FloatRect& r, sf::Color& c) const {
        (void)r, (void)c;
        return false;
    }
    /// True if drawLive's next picture paints the whole window opaquely (the first frame of a
    /// fade-in): when the scene is on top, the runner then brings its cached layer up to date
    /// without copying it into the window, where it would only be painted over. Under software
    /// OpenGL that copy is the dearer half of a scene's first frame.
    virtual bool liveCoversWindow() const { return false; }
    /// True if the scene below should be drawn too (dialogs).
    virtual bool overlay() const { return false; }
    /// --layout-check: how many distinct states (tabs, panels) the scene can show now, and show
    /// state `i` of them (0 first) as if the student had chosen it.
    virtual int tourStates() const { return 1; }
    virtual void tourState(int i) { (void)i; }
    /// True while a text field has the keyboard: a typed '?' is then text, not the help overlay
    /// (F1 opens help either way).
    virtual bool typing() const { return false; }

  protected:
    Painter painter(sf::RenderTarget& t) const { return Painter{t, ctx_.fonts, ctx_.theme}; }
    Context& ctx_;
    SceneStack& stack_;
    sf::Vector2f size_{1280, 720};
    sf::FloatRect liveClip_ = kEverywhere; ///< see setLiveClip()

  private:
    bool dirty_ = true;
    std::vector<sf::FloatRect> damage_;
};

} // namespace rc::ui
