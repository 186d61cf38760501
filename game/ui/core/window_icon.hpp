#pragma once
#include <SFML/Window/Window.hpp>
#include <string>

namespace rc::ui {

/// Gives the window the application icon: the 64 px PNG the build renders from
/// assets/rootcause.svg, found beside the executable (installed:
/// ../share/icons/hicolor/64x64/apps/rootcause.png; in the build tree: assets/icons/...). Returns
/// the file used, or "" (no icon set) when there is none.
std::string setWindowIcon(sf::Window& window);

} // namespace rc::ui
