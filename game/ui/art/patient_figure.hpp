#pragma once
#include "game/ui/art/figure_geometry.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace rc::ui {

/// Skin colour for tone 1 (light) to 5 (dark); out-of-range values are clamped.
sf::Color skinTone(int tone);

/// Draws the stylised patient: flat rounded shapes, front or back, fitted into a box.
class PatientFigure {
  public:
    /// Draw the figure described by `geo` (which holds the spec and the box).
    static void draw(sf::RenderTarget& t, const FigureGeometry& geo);

  private:
    static void drawLegs(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin);
    static void drawTorso(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin);
    static void drawArms(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin);
    static void drawHead(sf::RenderTarget& t, const FigureGeometry& g, sf::Color skin);
    static void drawClothes(sf::RenderTarget& t, const FigureGeometry& g);
};

} // namespace rc::ui
