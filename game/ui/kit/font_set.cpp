#include "game/ui/kit/font_set.hpp"

#include <SFML/System/Err.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace rc::ui {
namespace {

bool exists(const std::string& path) {
    return std::ifstream(path).good();
}

/// Find the first existing file named `name` among the directories.
std::string findFile(const std::vector<std::string>& dirs, const std::string& name) {
    for (const auto& d : dirs) {
        const std::string p = d + "/" + name;
        if (exists(p)) return p;
    }
    return {};
}

/// Load quietly (SFML prints its own errors to sf::err(); we report ours instead).
bool loadQuiet(sf::Font& f, const std::string& path) {
    std::ostringstream sink;
    auto* old = sf::err().rdbuf(sink.rdbuf());
    const bool ok = !path.empty() && f.loadFromFile(path);
    sf::err().rdbuf(old);
    return ok;
}

} // namespace

std::string FontSet::load() {
    std::vector<std::string> interDirs, dejaDirs;
    if (const char* env = std::getenv("ROOTCAUSE_FONT_DIR"); env && *env) {
        interDirs.emplace_back(env);
        dejaDirs.emplace_back(env);
    }
    interDirs.emplace_back("/usr/share/fonts/opentype/inter");
    interDirs.emplace_back("/usr/share/fonts/truetype/inter");
    dejaDirs.emplace_back("/usr/share/fonts/truetype/dejavu");

    const std::string dejaPath = findFile(dejaDirs, "DejaVuSans.ttf");
    hasFallback_ = loadQuiet(fallback_, dejaPath);

    const std::string reg = findFile(interDirs, "Inter-Regular.otf");
    hasInter_ = loadQuiet(regular_, reg);
    if (hasInter_) {
        // Heavier weights fall back to the regular face if a file is missing.
        if (!loadQuiet(medium_, findFile(interDirs, "Inter-Medium.otf"))) medium_ = regular_;
        if (!loadQuiet(semiBold_, findFile(interDirs, "Inter-SemiBold.otf"))) semiBold_ = medium_;
        if (!loadQuiet(bold_, findFile(interDirs, "Inter-Bold.otf"))) bold_ = semiBold_;
        description_ = "Inter (" + reg + ")";
        return {};
    }
    if (hasFallback_) {
        regular_ = medium_ = semiBold_ = fallback_;
        sf::Font b;
        bold_ = loadQuiet(b, findFile(dejaDirs, "DejaVuSans-Bold.ttf")) ? b : fallback_;
        semiBold_ = bold_;
        description_ = "DejaVu Sans (" + dejaPath + "); Inter not found";
        return {};
    }
    std::string msg = "Root Cause could not find its fonts.\n  Looked for Inter-Regular.otf in:";
    for (const auto& d : interDirs)
        msg += "\n    " + d;
    msg += "\n  and DejaVuSans.ttf in:";
    for (const auto& d : dejaDirs)
        msg += "\n    " + d;
    msg += "\n  Install them (apt-get install fonts-inter fonts-dejavu-core) or set "
           "ROOTCAUSE_FONT_DIR to a folder holding Inter-Regular.otf or DejaVuSans.ttf.";
    return msg;
}

const sf::Font& FontSet::get(Weight w) const {
    switch (w) {
    case Weight::Medium:
        return medium_;
    case Weight::SemiBold:
        return semiBold_;
    case Weight::Bold:
        return bold_;
    case Weight::Regular:
        break;
    }
    return regular_;
}

} // namespace rc::ui
