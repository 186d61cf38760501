// Command lines the game shows for copying: every path one shell word.
#include "game/engine/shell_word.hpp"

#include <doctest/doctest.h>

using rc::shellWord;

TEST_CASE("shell word: plain paths stay as they are, others are quoted") {
    CHECK(shellWord("/home/ana/classes/week5/results") == "/home/ana/classes/week5/results");
    CHECK(shellWord("spine-or-knee.xml") == "spine-or-knee.xml");
    CHECK(shellWord("/home/ana/Root Cause/results") == "'/home/ana/Root Cause/results'");
    CHECK(shellWord("it's here") == "'it'\\''s here'");
    CHECK(shellWord("$HOME") == "'$HOME'");
    CHECK(shellWord("") == "''");
}

TEST_CASE("shell word: a leading ~/ stays outside the quotes, so the shell expands it") {
    CHECK(shellWord("~/classes/results") == "~/classes/results");
    CHECK(shellWord("~/Documents/Root Cause/results") == "~/'Documents/Root Cause/results'");
    CHECK(shellWord("~/") == "~/");
}
