#pragma once
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Shape.hpp>
#include <SFML/Graphics/View.hpp>
#include <vector>

namespace rc::ui {

/// π as the drawing code uses it (float, radians).
inline constexpr float kPi = 3.14159265f;

/// A clip rectangle that clips nothing (window pixels): the default of the live clip and culls.
inline const sf::FloatRect kEverywhere{-1e6f, -1e6f, 2e6f, 2e6f};

/// A convex polygon as an sf::Shape, built once. sf::ConvexShape rebuilds every vertex, its
/// outline and bounds on each setPoint: a 36-point ellipse was rebuilt 36 times, and that made
/// sf::Shape::update the game's largest CPU cost in a frame. `thickness` < 0 is inside.
class PolygonShape : public sf::Shape {
  public:
    explicit PolygonShape(std::vector<sf::Vector2f> pts, sf::Color fill = sf::Color::White,
                          sf::Color outline = sf::Color::Transparent, float thickness = 0);
    std::size_t getPointCount() const override { return pts_.size(); }
    sf::Vector2f getPoint(std::size_t i) const override { return pts_[i]; }

  private:
    std::vector<sf::Vector2f> pts_;
};

/// Outline of a rectangle with rounded corners, as a convex polygon.
std::vector<sf::Vector2f> roundedRectPoints(const sf::FloatRect& r, float radius,
                                            int cornerSegments = 6);

/// A filled polygon (convex) with an optional inside border.
void fillPolygon(sf::RenderTarget& t, const std::vector<sf::Vector2f>& pts, sf::Color fill,
                 sf::Color outline = sf::Color::Transparent, float thickness = 0);

/// A rounded rectangle with an optional 1 px border drawn inside its bounds.
void roundedRect(sf::RenderTarget& t, const sf::FloatRect& r, float radius, sf::Color fill,
                 sf::Color outline = sf::Color::Transparent, float thickness = 0);

/// A panel: white rounded rectangle, 1 px border and a soft shadow.
void panel(sf::RenderTarget& t, const Theme& th, const sf::FloatRect& r, bool shadow = true);

/// A thick line with round caps (a capsule) from a to b.
void capsule(sf::RenderTarget& t, sf::Vector2f a, sf::Vector2f b, float radius, sf::Color c);

/// A straight line of the given thickness with square ends.
void line(sf::RenderTarget& t, sf::Vector2f a, sf::Vector2f b, float thickness, sf::Color c);

/// A filled circle.
void disc(sf::RenderTarget& t, sf::Vector2f centre, float radius, sf::Color c,
          sf::Color outline = sf::Color::Transparent, float thickness = 0);

/// An ellipse as polygon points.
std::vector<sf::Vector2f> ellipsePoints(sf::Vector2f centre, sf::Vector2f radii, int n = 28);

/// The keyboard focus ring: 2 px accent outline just outside `r`.
void focusRing(sf::RenderTarget& t, const Theme& th, const sf::FloatRect& r, float radius);

/// A 1 px horizontal hairline.
void hairline(sf::RenderTarget& t, float x0, float x1, float y, sf::Color c);

/// While alive, drawing on the target is clipped to `r` (a view with a matching viewport).
class ClipScope {
  public:
    ClipScope(sf::RenderTarget& t, const sf::FloatRect& r);
    ~ClipScope();
    ClipScope(const ClipScope&) = delete;
    ClipScope& operator=(const ClipScope&) = delete;

  private:
    sf::RenderTarget& t_;
    sf::View old_;
};

/// `r` shrunk by `d` on every side.
sf::FloatRect inset(const sf::FloatRect& r, float d);

} // namespace rc::ui
