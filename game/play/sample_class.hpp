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

/// What the ended board says the class found hard, worded as game/grading words it, for the
/// same room (the layout check).
std::vector<std::string> sampleHighlights();

} // namespace rc::play
