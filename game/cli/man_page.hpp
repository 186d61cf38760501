#pragma once
#include <string>

namespace CLI {
class App;
}

namespace rc {

/// A manual page (roff, man(7) macros) written from a command line's own CLI11 definitions,
/// so it says what --help says: the name and summary from the description's first sentence,
/// the usage, the description, every visible option with its argument and help text, and for a
/// program that reads content, where it looks for it. `section` 6 for the game, 1 for a tool.
std::string manPage(const CLI::App& app, int section, const std::string& version,
                    bool findsContent);

/// Adds a hidden `--man` flag to `app`: prints manPage() and exits with status 0 (CLI::Success),
/// before required options are checked. The build runs it to write the installed man pages.
void addManFlag(CLI::App& app, int section, const std::string& version, bool findsContent);

} // namespace rc
