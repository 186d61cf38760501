#pragma once
// A path or argument as it must be typed into a POSIX shell, for the command lines the game shows
// to be copied: the host board's and rootcause-host's `rootcause-board --challenge FILE DIR`.
#include <string>

namespace rc {

/// `word` unchanged when a shell reads it as one word as it is; otherwise in single quotes (a
/// quote inside written '\''), with a leading "~/" left outside them so the shell still expands
/// it. An empty word is ''.
std::string shellWord(const std::string& word);

} // namespace rc
