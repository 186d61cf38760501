#pragma once
// Shared by the play layer's tests: the bundled content, loaded once per test binary.
#include "game/engine/content.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace rct {

/// The bundled content folder (content/), loaded once; a broken one stops the tests loudly.
inline const rc::Content& bundledContent() {
    static const rc::Content c = [] {
        rc::Diagnostics d;
        rc::Content loaded = rc::loadContent(ROOTCAUSE_TEST_CONTENT, d);
        if (d.hasErrors()) throw std::runtime_error("the bundled content is broken:\n" + d.str());
        return loaded;
    }();
    return c;
}

/// An empty folder of the system's temporary folder for one test, named `prefix`-`name`.
inline std::string freshTempDir(const std::string& prefix, const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path p = fs::temp_directory_path() / (prefix + "-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

} // namespace rct
