// Paths the player types in the game (the host's class list): "~" is the home folder.
#include "game/engine/autosave.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <string>

TEST_CASE("expandHome: a typed ~ or ~/ is the user's home, every other path as it is") {
    const char* home = std::getenv("HOME");
    REQUIRE(home != nullptr);
    CHECK(rc::expandHome("~") == std::string(home));
    CHECK(rc::expandHome("~/Downloads/class.csv") == std::string(home) + "/Downloads/class.csv");
    CHECK(rc::expandHome("/srv/class.csv") == "/srv/class.csv");
    CHECK(rc::expandHome("~bob/class.csv") == "~bob/class.csv"); // another user's: left alone
    CHECK(rc::expandHome("class~.csv") == "class~.csv");
    CHECK(rc::expandHome("").empty());
}
