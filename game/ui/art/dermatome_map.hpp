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

    /// The map over a patient's own figure (the encounter's dermatome overlay): every root
    /// tinted, drawn over the figure and under the symptom marks...
    static void overlayTints(const Painter& p, const FigureGeometry& g) {
        drawView(p, g, {}, "", kTints);
    }
    /// ...and the roots' labels, over the marks.
    static void overlayLabels(const Painter& p, const FigureGeometry& g) {
        drawView(p, g, {}, "", kLabels);
    }

  private:
    /// What drawView draws (bits).
    static constexpr unsigned kFigure = 1, kTints = 2, kLabels = 4;
    static void drawView(const Painter& p, const FigureGeometry& g,
                         const std::vector<std::string>& highlight, const std::string& side,
                         unsigned parts);
};

} // namespace rc::ui
