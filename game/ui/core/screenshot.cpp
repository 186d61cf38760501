#include "game/ui/core/screenshot.hpp"

#include <SFML/Graphics/Texture.hpp>
#include <filesystem>
#include <system_error>

namespace rc::ui {

std::string saveScreenshot(const sf::RenderWindow& w, const std::string& path) {
    std::error_code ec;
    const auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return "cannot create " + parent.string() + ": " + ec.message();
    sf::Texture t;
    if (!t.create(w.getSize().x, w.getSize().y))
        return "cannot create a texture for the screenshot";
    t.update(w);
    if (!t.copyToImage().saveToFile(path)) return "cannot write " + path;
    return {};
}

} // namespace rc::ui
