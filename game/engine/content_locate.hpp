#pragma once
#include <string>
#include <vector>

namespace rc {

/// Where the content folder (catalog/, cases/, challenges/), or the sounds, were found, and how.
struct ContentLocation {
    std::string dir;                 ///< the folder found; empty when none was
    std::string how;                 ///< "--content", "$ROOTCAUSE_CONTENT", "install prefix", ...
    std::vector<std::string> looked; ///< every folder looked at, in order (for error messages)
    /// One line for --help and error messages: "DIR (from HOW)" or "none found (looked in ...)".
    std::string describe() const;
};

/// Finds the content at run time, first match wins:
///  1. `given` (the --content value) when not empty, taken as it is, even if it does not exist;
///  2. $ROOTCAUSE_CONTENT, likewise;
///  3. <executable's folder>/../share/rootcause/content (an installed or packaged game);
///  4. each folder of $XDG_DATA_DIRS (default /usr/local/share:/usr/share) + /rootcause/content;
///  5. the source tree's content/, only for an executable that sits in its build tree.
/// Steps 3 to 5 need a folder holding catalog/.
ContentLocation locateContent(const std::string& given = {});

/// Finds the game's sound cues (a folder of WAV files) the same way, first match wins:
///  1. $ROOTCAUSE_SOUNDS, taken as it is;
///  2. <executable's folder>/../share/rootcause/sounds;
///  3. each folder of $XDG_DATA_DIRS + /rootcause/sounds;
///  4. the source tree's assets/sounds/, only for an executable that sits in its build tree.
/// Steps 2 to 4 need an existing folder. None found: `dir` is empty (the game plays silently).
ContentLocation locateSounds();

/// The running executable's folder ("" when it cannot be told). The only platform-specific
/// lookup of the engine: /proc/self/exe on Linux, else the folder of the path in argv[0] given
/// to setExecutablePath().
std::string executableDir();
/// Records argv[0] for executableDir()'s fallback on systems without /proc/self/exe.
void setExecutablePath(const char* argv0);

} // namespace rc
