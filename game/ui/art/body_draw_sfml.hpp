#pragma once
// An SFML implementation of rc::body::BodyDraw: the patient on the plinth as flat rounded shapes
// (skin, clothes, hair), the goniometer and the examiner's hand, in a pixel box.
#include "game/body/body_draw.hpp"
#include "game/body/exam_sim.hpp"
#include "game/ui/kit/shapes.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <functional>
#include <vector>

namespace rc::ui {

/// World metres (y up) to pixels (y down): a world rectangle fitted, centred and uniformly
/// scaled into a pixel box; optionally mirrored left-right (the left leg seen from the left).
class WorldToScreen {
  public:
    WorldToScreen() = default;
    WorldToScreen(const rc::body::Rect& view, const sf::FloatRect& box, bool mirror);
    sf::Vector2f operator()(rc::body::Vec2 w) const;
    rc::body::Vec2 toWorld(sf::Vector2f p) const;
    /// Pixels per metre.
    float scale() const { return scale_; }
    bool mirrored() const { return mirror_; }

  private:
    float scale_ = 100.0f, ox_ = 0, oy_ = 0; // pixel position of world (0, 0)
    bool mirror_ = false;
};

/// Colours and state the drawing needs beyond the shapes themselves.
struct BodyStyle {
    sf::Color skin{0xC8, 0x9B, 0x7B};        ///< the patient's skin
    sf::Color hair{0x4A, 0x3B, 0x33};        ///< hair
    sf::Color shirt{0x8A, 0xA4, 0xB6};       ///< top
    sf::Color shorts{0x4B, 0x5E, 0x70};      ///< shorts
    sf::Color plinth{0xD5, 0xDE, 0xE6};      ///< plinth cushion
    sf::Color plinthFrame{0xA9, 0xB5, 0xC1}; ///< plinth legs and edge
    sf::Color ink{0x1F, 0x29, 0x33};         ///< goniometer arms
    sf::Color accent{0x0E, 0x7C, 0x86};      ///< goniometer arc, the hand
    sf::Color caution{0xE6, 0x9F, 0x00};     ///< resistance near the end of range
    sf::Color pain{0xD5, 0x5E, 0x00};        ///< symptom flash
    bool female = true;                      ///< longer hair
    float resistance = 0;                    ///< 0..1: tints the goniometer arc
    float flash = 0;                         ///< 0..1: vermillion overlay on the symptomatic leg
    rc::body::Side symptomatic = rc::body::Side::right;
};

/// Draws the shapes drawExam() emits onto an SFML target.
class SfmlBodyDraw : public rc::body::BodyDraw {
  public:
    SfmlBodyDraw(sf::RenderTarget& target, const rc::body::ExamSimulation& sim,
                 const WorldToScreen& map, const BodyStyle& style);

    void drawPolygon(const rc::body::Vec2* vertices, int count,
                     const rc::body::DrawTag& tag) override;
    void drawCircle(rc::body::Vec2 centre, float radius, const rc::body::DrawTag& tag) override;
    void drawSegment(rc::body::Vec2 from, rc::body::Vec2 to, const rc::body::DrawTag& tag) override;
    void drawArc(rc::body::Vec2 centre, float radius, float startRad, float endRad,
                 const rc::body::DrawTag& tag) override;

    /// Screen position and radius (px) of the goniometer's label: just outside the arc, on its
    /// bisector (valid after drawExam()).
    sf::Vector2f labelAnchor() const { return labelAnchor_; }
    /// Draws only the shapes whose BodyFootprint box meets `r` (a partial repaint of a live
    /// frame): the others would be cut away by the clip anyway, and a software rasteriser
    /// still pays for their vertices and set-up.
    void cullTo(const sf::FloatRect& r) { cull_ = r; }

  private:
    sf::Color fillFor(const rc::body::DrawTag& tag) const;
    void shape(const std::vector<sf::Vector2f>& pts, sf::Color fill, bool soften = true);
    bool deferred(const rc::body::DrawTag& tag, std::function<void()> draw);
    void drawHead(rc::body::Vec2 centre, float radius, const rc::body::DrawTag& tag);

    sf::RenderTarget& t_;
    const rc::body::ExamSimulation& sim_;
    WorldToScreen map_;
    BodyStyle style_;
    std::vector<std::function<void()>> deferred_;
    bool replaying_ = false;
    int gaugeArms_ = 0;
    sf::Vector2f labelAnchor_;
    sf::FloatRect cull_ = kEverywhere;
};

/// Where SfmlBodyDraw puts each shape of drawExam() (pixels, padded for outlines, hair and the
/// enlarged goniometer), without drawing anything: two frames' footprints tell which parts of
/// the picture moved, so a live frame redraws only those.
class BodyFootprint : public rc::body::BodyDraw {
  public:
    struct Shape {
        sf::FloatRect box;
        rc::body::DrawTag tag;
    };
    explicit BodyFootprint(const WorldToScreen& map) : map_(map) {}

    void drawPolygon(const rc::body::Vec2* vertices, int count,
                     const rc::body::DrawTag& tag) override;
    void drawCircle(rc::body::Vec2 centre, float radius, const rc::body::DrawTag& tag) override;
    void drawSegment(rc::body::Vec2 from, rc::body::Vec2 to, const rc::body::DrawTag& tag) override;
    void drawArc(rc::body::Vec2 centre, float radius, float startRad, float endRad,
                 const rc::body::DrawTag& tag) override;

    const std::vector<Shape>& shapes() const { return shapes_; }
    /// As SfmlBodyDraw::labelAnchor().
    sf::Vector2f labelAnchor() const { return labelAnchor_; }

  private:
    WorldToScreen map_;
    std::vector<Shape> shapes_;
    sf::Vector2f labelAnchor_;
};

/// Rounds the corners of a convex polygon (pixels): each corner becomes an arc of about
/// `radius` (limited to a little under half of the shorter adjacent edge).
std::vector<sf::Vector2f> roundPolygon(const std::vector<sf::Vector2f>& pts, float radius,
                                       int segments = 4);

} // namespace rc::ui
