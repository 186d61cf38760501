#pragma once
// A full room for the host's board when no class is playing: thirty students with long and
// accented names at every stage (joined, playing, dropped, finished, a second attempt). The layout
// check (rootcause --layout-check) shows the board with it, so a projector's crowded board is
// checked as well as an empty one. No SFML.
#include "game/net/hosted_class.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// Thirty rows in id order for a challenge of `cases` cases; `ended`: the instructor ended it
/// (everyone's total shown), with a few students not finished.
rc::net::ClassSnapshot sampleClass(int cases, bool ended);

/// Where the sample room's host is, as its board shows it (a room's network, not this machine).
inline constexpr const char* kSampleHostAddress = "192.168.1.20:7420";
/// The sample room's results folder, as an instructor's machine would have it.
inline constexpr const char* kSampleResultsDir = "~/Documents/Root Cause/classes/week-5/results";

/// What the ended board says the class found hard, worded as game/grading words it, for the
/// same room (the layout check).
std::vector<std::string> sampleHighlights();

} // namespace rc::play
