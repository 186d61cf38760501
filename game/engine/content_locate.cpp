#include "game/engine/content_locate.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace rc {

namespace {

std::string gArgv0;

// Set by CMake for this file only: the source tree's content/ and the build tree.
#ifndef ROOTCAUSE_SOURCE_CONTENT_DIR
#define ROOTCAUSE_SOURCE_CONTENT_DIR ""
#endif
#ifndef ROOTCAUSE_SOURCE_SOUNDS_DIR
#define ROOTCAUSE_SOURCE_SOUNDS_DIR ""
#endif
#ifndef ROOTCAUSE_BUILD_DIR
#define ROOTCAUSE_BUILD_DIR ""
#endif

bool hasCatalog(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "catalog", ec);
}

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

/// True when `path` is `dir` or inside it (both made canonical as far as they exist).
bool isInside(const fs::path& path, const fs::path& dir) {
    std::error_code ec;
    const fs::path p = fs::weakly_canonical(path, ec);
    if (ec) return false;
    const fs::path d = fs::weakly_canonical(dir, ec);
    if (ec || d.empty()) return false;
    const std::string ps = p.string(), ds = d.string();
    if (ps.compare(0, ds.size(), ds) != 0) return false;
    return ps.size() == ds.size() || ps[ds.size()] == fs::path::preferred_separator ||
           ds.back() == fs::path::preferred_separator;
}

} // namespace

void setExecutablePath(const char* argv0) {
    gArgv0 = argv0 ? argv0 : "";
}

std::string executableDir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec); // Linux (and the BSDs' linprocfs)
    if (ec || exe.empty()) {
        // Portable fallback: argv[0] when it names a path (not a bare name looked up in PATH).
        if (gArgv0.find('/') == std::string::npos) return {};
        exe = fs::absolute(gArgv0, ec);
        if (ec) return {};
    }
    return exe.parent_path().string();
}

namespace {

/// Steps 3 to 5 of locateContent (and 2 to 4 of locateSounds): the install prefix, the XDG data
/// folders, then the source tree for a program run in its build tree. `sub`: the folder under
/// share/rootcause; `fits`: whether a folder is the one wanted.
void searchData(ContentLocation& loc, const char* sub, bool (*fits)(const fs::path&),
                const std::string& source) {
    auto tryDir = [&loc, fits](const fs::path& dir, const char* how) {
        loc.looked.push_back(dir.lexically_normal().string());
        if (!fits(dir)) return false;
        loc.dir = loc.looked.back(), loc.how = how;
        return true;
    };
    const std::string exeDir = executableDir();
    if (!exeDir.empty() &&
        tryDir(fs::path(exeDir) / ".." / "share" / "rootcause" / sub, "install prefix"))
        return;
    std::string xdg = env("XDG_DATA_DIRS");
    if (xdg.empty()) xdg = "/usr/local/share:/usr/share";
    for (std::size_t start = 0; start <= xdg.size();) {
        std::size_t end = xdg.find(':', start);
        if (end == std::string::npos) end = xdg.size();
        const std::string d = xdg.substr(start, end - start);
        if (!d.empty() && fs::path(d).is_absolute() &&
            tryDir(fs::path(d) / "rootcause" / sub, "$XDG_DATA_DIRS"))
            return;
        start = end + 1;
    }
    const std::string build = ROOTCAUSE_BUILD_DIR;
    if (!exeDir.empty() && !build.empty() && !source.empty() && isInside(exeDir, build))
        tryDir(source, "source tree, for a build run in place");
}

bool isFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir, ec);
}

} // namespace

ContentLocation locateContent(const std::string& given) {
    ContentLocation loc;
    if (!given.empty()) {
        loc.dir = given, loc.how = "--content";
        return loc;
    }
    if (std::string e = env("ROOTCAUSE_CONTENT"); !e.empty()) {
        loc.dir = e, loc.how = "$ROOTCAUSE_CONTENT";
        return loc;
    }
    searchData(loc, "content", hasCatalog, ROOTCAUSE_SOURCE_CONTENT_DIR);
    return loc;
}

ContentLocation locateSounds() {
    ContentLocation loc;
    if (std::string e = env("ROOTCAUSE_SOUNDS"); !e.empty()) {
        loc.dir = e, loc.how = "$ROOTCAUSE_SOUNDS";
        return loc;
    }
    searchData(loc, "sounds", isFolder, ROOTCAUSE_SOURCE_SOUNDS_DIR);
    return loc;
}

std::string ContentLocation::describe() const {
    if (!dir.empty()) return dir + " (from " + how + ")";
    std::string s = "none found (looked in";
    for (const auto& d : looked)
        s += " " + d;
    return s + "; give --content or set ROOTCAUSE_CONTENT)";
}

} // namespace rc
