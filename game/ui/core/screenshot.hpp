#pragma once
#include <SFML/Graphics/RenderWindow.hpp>
#include <string>

namespace rc::ui {

/// Save the window's current back buffer as PNG (call before display()). Creates the folder.
/// Returns an empty string on success, else an error message.
std::string saveScreenshot(const sf::RenderWindow& w, const std::string& path);

} // namespace rc::ui
