// Failed writes are visible and retried: WriteHealth's banner and retry timing, and a PlayState
// whose autosave path cannot be created keeps its session, records the failure, and clears it
// once the folder can be written.
#include "game/engine/content.hpp"
#include "game/play/play_state.hpp"
#include "game/play/write_health.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace {

const rc::Content& content() {
    return rct::bundledContent();
}

} // namespace

TEST_CASE("write health: a failure shows where and why until a write succeeds") {
    rc::play::WriteHealth h;
    CHECK(h.banner().empty());
    CHECK_FALSE(h.failedUnrecovered());
    h.tick(10);
    h.record("autosave", "/ro/autosave.log",
             "cannot create /ro/autosave.log.tmp.1: Read-only file system");
    const std::string b = h.banner();
    CHECK(b == "Cannot save to /ro/autosave.log: Read-only file system \xE2\x80\x94 your case is "
               "kept in memory; retrying");
    CHECK(h.failedUnrecovered());
    CHECK(h.failing("autosave"));
    CHECK_FALSE(h.retryDue());
    h.tick(10 + rc::play::WriteHealth::kRetrySeconds);
    CHECK(h.retryDue());
    h.record("autosave", "/ro/autosave.log", "");
    CHECK(h.banner().empty());
    CHECK_FALSE(h.failedUnrecovered());
    CHECK_FALSE(h.retryDue());
}

TEST_CASE("write health: a settled failure is not retried but still counts") {
    rc::play::WriteHealth h;
    h.record("profile", "/x/profile.ini", "/x/profile.ini is a folder");
    h.settle("profile");
    h.tick(100);
    CHECK_FALSE(h.retryDue());
    CHECK_FALSE(h.failing("profile"));
    CHECK(h.failedUnrecovered());
    CHECK(h.banner().find("is a folder") != std::string::npos);
}

TEST_CASE("write health: an autosave that cannot be written is kept in memory and retried") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "rc-write-health-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    { std::ofstream(dir / "blocker") << "a file where a folder should be"; }
    const std::string path = (dir / "blocker" / "data" / "autosave.log").string();

    const rc::Content& c = content();
    REQUIRE_FALSE(c.cases.empty());
    rc::play::WriteHealth h;
    rc::play::PlayState ps;
    ps.setAutosavePath(path);
    ps.setWriteHealth(&h);
    ps.start(c.cases.front(), c.catalog, "", "Student", "practice");
    REQUIRE(ps.apply("ask pain-site").ok);
    CHECK_FALSE(ps.autosaveError().empty());
    CHECK(h.failedUnrecovered());
    CHECK(h.banner().find(path) != std::string::npos);
    const std::size_t kept = ps.session().log().actions.size();
    CHECK(kept >= 1);

    // Still failing: the retry says so and keeps the session.
    CHECK_FALSE(ps.retryAutosave());
    CHECK(ps.session().log().actions.size() == kept);

    // The folder becomes writable: the retry writes, the banner clears.
    fs::remove(dir / "blocker");
    CHECK(ps.retryAutosave());
    CHECK(fs::exists(path));
    CHECK(h.banner().empty());
    CHECK_FALSE(h.failedUnrecovered());
    fs::remove_all(dir);
}
