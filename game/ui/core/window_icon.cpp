#include "game/ui/core/window_icon.hpp"

#include "game/engine/content_locate.hpp"

#include <SFML/Graphics/Image.hpp>
#include <filesystem>

namespace rc::ui {

std::string setWindowIcon(sf::Window& window) {
    const std::string exeDir = rc::executableDir();
    if (exeDir.empty()) return {};
    const std::filesystem::path exe(exeDir), rel("icons/hicolor/64x64/apps/rootcause.png");
    for (const std::filesystem::path& p : {exe / ".." / "share" / rel, exe / "assets" / rel}) {
        std::error_code ec;
        sf::Image icon;
        if (!std::filesystem::is_regular_file(p, ec) || !icon.loadFromFile(p.string())) continue;
        window.setIcon(icon.getSize().x, icon.getSize().y, icon.getPixelsPtr());
        return p.lexically_normal().string();
    }
    return {};
}

} // namespace rc::ui
