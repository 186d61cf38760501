#pragma once
#include "game/ui/art/figure_geometry.hpp"
#include "game/ui/kit/widgets.hpp"

#include <string>
#include <vector>

namespace rc::ui {

/// Leg dermatomes L2–S1 (approximate: key points after Rupp 2021, ISNCSCI) on front and back
/// figures, with some roots highlighted.
class DermatomeMap {
  public:
    /// The roots drawn, top to bottom.
    static const std::vector<std::string>& roots();
    /// Draw the map into `r`: front and back figures, every root tinted and labelled; the
    /// `highlight` roots ("L3", "L4"…) strong on `side` ("left", "right", "both" or "").
    static void draw(const Painter& p, const sf::FloatRect& r, const FigureSpec& patient,
                     const std::vector<std::string>& highlight, const std::string& side);

  private:
    static void drawView(const Painter& p, const FigureGeometry& g,
                         const std::vector<std::string>& highlight, const std::string& side,
                         bool labels);
};

} // namespace rc::ui
