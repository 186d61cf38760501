// Content found at run time (content_locate.hpp): the order of the places looked in.
#include "game/engine/content_locate.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <optional>
#include <string>

namespace fs = std::filesystem;

namespace {

/// Sets (or unsets, with nullopt) an environment variable for one scope.
class EnvVar {
  public:
    EnvVar(const char* name, std::optional<std::string> value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value->c_str(), 1);
        else
            ::unsetenv(name);
    }
    ~EnvVar() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

std::string sourceContent() {
    return fs::weakly_canonical(ROOTCAUSE_TEST_CONTENT).lexically_normal().string();
}

} // namespace

TEST_CASE("locateContent: --content, then $ROOTCAUSE_CONTENT, taken as given") {
    EnvVar env("ROOTCAUSE_CONTENT", "/from/env");
    const rc::ContentLocation given = rc::locateContent("/from/option");
    CHECK(given.dir == "/from/option");
    CHECK(given.how == "--content");
    const rc::ContentLocation fromEnv = rc::locateContent();
    CHECK(fromEnv.dir == "/from/env");
    CHECK(fromEnv.how == "$ROOTCAUSE_CONTENT");
    CHECK(fromEnv.describe() == "/from/env (from $ROOTCAUSE_CONTENT)");
}

TEST_CASE("locateContent: $XDG_DATA_DIRS before the source tree, only folders with a catalog") {
    const fs::path tmp = fs::temp_directory_path() / "rc-locate-test";
    fs::remove_all(tmp);
    fs::create_directories(tmp / "empty" / "rootcause" / "content"); // no catalog/: skipped
    fs::create_directories(tmp / "data" / "rootcause" / "content" / "catalog");
    EnvVar noEnv("ROOTCAUSE_CONTENT", std::nullopt);
    {
        EnvVar xdg("XDG_DATA_DIRS",
                   "relative/ignored:" + (tmp / "empty").string() + ":" + (tmp / "data").string());
        const rc::ContentLocation loc = rc::locateContent();
        CHECK(loc.dir == (tmp / "data" / "rootcause" / "content").string());
        CHECK(loc.how == "$XDG_DATA_DIRS");
        // The install prefix beside the executable came first, then the empty data folder.
        REQUIRE(loc.looked.size() == 3);
        CHECK(loc.looked[0] ==
              (fs::path(rc::executableDir()).parent_path() / "share" / "rootcause" / "content")
                  .lexically_normal()
                  .string());
        CHECK(loc.looked[1] == (tmp / "empty" / "rootcause" / "content").string());
    }
    {
        // This test runs from the build tree, so the source tree's content comes last.
        EnvVar xdg("XDG_DATA_DIRS", (tmp / "empty").string());
        const rc::ContentLocation loc = rc::locateContent();
        CHECK(loc.dir == sourceContent());
        CHECK(loc.how == "source tree, for a build run in place");
        CHECK(loc.describe() == sourceContent() + " (from source tree, for a build run in place)");
    }
    fs::remove_all(tmp);
}

TEST_CASE("executableDir: the folder of the running test executable") {
    const std::string dir = rc::executableDir();
    REQUIRE_FALSE(dir.empty());
    CHECK(fs::exists(fs::path(dir) / "engine_tests"));
}
