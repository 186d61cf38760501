#pragma once
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace rc::ui {

/// Icons drawn as shapes (Inter lacks most symbol glyphs). Each fits a square of side `size`
/// centred on `c`.
namespace icon {
void tick(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
void cross(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
void clock(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col, sf::Color face);
void radiation(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col, sf::Color face);
void caution(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col, sf::Color mark);
void chevronRight(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
void chevronDown(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
void person(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
/// A minus and a plus (the − / + of steppers: drawn, so they show in every font).
void minus(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
void plus(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col);
/// A loudspeaker with sound waves, or, `muted`, with a cross beside it.
void speaker(sf::RenderTarget& t, sf::Vector2f c, float size, sf::Color col, bool muted);
} // namespace icon

} // namespace rc::ui
