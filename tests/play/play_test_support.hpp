#pragma once
// Shared by the play layer's tests (with tests/engine/test_support.hpp: the bundled content).
#include "tests/engine/test_support.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace rct {

/// An empty folder of the system's temporary folder for one test, named `prefix`-`name`.
inline std::string freshTempDir(const std::string& prefix, const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path p = fs::temp_directory_path() / (prefix + "-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

} // namespace rct
