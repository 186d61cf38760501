#pragma once
#include "game/ui/art/figure_geometry.hpp"

#include <string>
#include <vector>

namespace rc::ui {

/// A convex polygon in pixels.
using Polygon = std::vector<sf::Vector2f>;

/// The body-chart regions of content/FORMAT.md §2.2, placed on a figure.
namespace regions {
/// Every region name, midline ones first.
const std::vector<std::string>& all();
/// True for `lower-back` and `saddle` (no side).
bool isMidline(const std::string& name);
/// True if the name is one of FORMAT.md §2.2.
bool isKnown(const std::string& name);
/// The polygons that show `name` on `side` in the figure's view (empty if it is not visible
/// from this side of the body). Midline regions ignore `side`.
std::vector<Polygon> shapes(const FigureGeometry& g, const std::string& name, BodySide side);
} // namespace regions

/// True if the point lies inside the convex polygon.
bool insideConvex(const Polygon& poly, sf::Vector2f p);
/// The part of the infinite line through p with direction d that lies inside the convex polygon,
/// as two points; false if it misses.
bool clipLine(const Polygon& poly, sf::Vector2f p, sf::Vector2f d, sf::Vector2f& a,
              sf::Vector2f& b);

} // namespace rc::ui
