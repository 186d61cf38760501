// PartialPresent where the X11/GLX path is not built (ROOTCAUSE_X11=OFF, or no X11): never
// available, so the runner presents every frame whole (sf::Window::display), which every
// platform SFML supports. Only the damaged parts are still redrawn where the back buffer
// survives a swap; only the copy to the screen is whole.
#include "game/ui/core/partial_present.hpp"

namespace rc::ui {

bool PartialPresent::available() {
    state_ = 0;
    return false;
}

void PartialPresent::present(const std::vector<sf::IntRect>&, unsigned) const {}

sf::Image PartialPresent::screen(sf::WindowHandle, sf::Vector2u) {
    return {};
}

} // namespace rc::ui
