#pragma once
#include "game/ui/core/scene.hpp"

namespace rc::ui {

/// A catalogue of the UI components on three pages (figures and body chart, imaging, widgets
/// and charts); Left/Right switch pages. With --screenshot-dir it photographs every page.
class GalleryScene : public Scene {
  public:
    GalleryScene(Context& ctx, SceneStack& stack, bool tour);
    std::string name() const override { return "gallery-" + std::to_string(page_ + 1); }
    SceneKind kind() const override { return SceneKind::Gallery; }
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& t) override;

    static constexpr int kPages = 3;

  private:
    void drawHeader(const Painter& p, const std::string& title);
    void drawFigures(const Painter& p);
    void drawImaging(const Painter& p);
    void drawWidgets(const Painter& p);
    int page_ = 0;
    bool tour_ = false;
    int tourFrames_ = 0;
    int hoverButton_ = -1;
};

} // namespace rc::ui
