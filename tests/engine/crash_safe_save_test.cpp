// Crash safety of the autosave: a writer killed at random points always leaves either the
// previous or the next complete save on disk, never a torn one, and no action it had
// confirmed as saved is lost.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "game/engine/autosave.hpp"

using namespace rc;

namespace {

SavedGame gameWith(int n) {
    SavedGame g;
    g.caseId = "knee-l3-disc";
    g.seed = 7;
    g.player = "Kill Test";
    for (int i = 0; i < n; ++i) {
        Action a;
        a.verb = Verb::Ask;
        a.args = {"q" + std::to_string(i)};
        a.time = i * 1.5;
        g.log.actions.push_back(a);
    }
    return g;
}

} // namespace

TEST_CASE("an autosave writer killed at random points never leaves a torn save") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("rc-kill-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string path = (dir / "autosave.log").string();
    std::mt19937 rng(2026);
    const int kills = 120;
    int loaded = 0;
    for (int k = 0; k < kills; ++k) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            // Child: save ever longer logs (large enough that a write takes a while).
            for (int n = 1;; ++n) {
                std::string err;
                if (!writeSavedGame(path, gameWith(200 + n), err)) ::_exit(3);
                int confirmed = 200 + n;
                if (::write(fds[1], &confirmed, sizeof confirmed) != sizeof confirmed) ::_exit(4);
            }
        }
        ::close(fds[1]);
        // Wait for the first complete save, then kill at a random point of later ones.
        int confirmed = 0, c = 0;
        REQUIRE(::read(fds[0], &confirmed, sizeof confirmed) == sizeof confirmed);
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 20000));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        while (::read(fds[0], &c, sizeof c) == sizeof c) confirmed = c;
        ::close(fds[0]);

        std::optional<SavedGame> g;
        Diagnostics diags;
        std::string aside;
        LoadStatus st = loadSavedGame(path, g, diags, &aside);
        INFO("kill " << k << ": " << diags.str());
        REQUIRE(st == LoadStatus::Loaded);
        ++loaded;
        REQUIRE(g);
        // Everything the writer confirmed is there, and the log is a clean prefix.
        CHECK(static_cast<int>(g->log.actions.size()) >= confirmed);
        for (std::size_t i = 0; i < g->log.actions.size(); ++i)
            CHECK(g->log.actions[i].args[0] == "q" + std::to_string(i));
        fs::remove(path);
        for (const auto& e : fs::directory_iterator(dir)) fs::remove(e.path());
    }
    MESSAGE("kill points: " << kills << ", every one left a complete save");
    CHECK(loaded == kills);
    fs::remove_all(dir);
}

TEST_CASE("a corrupt autosave is reported and set aside, never deleted") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("rc-corrupt-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string path = (dir / "autosave.log").string();
    std::string err;
    REQUIRE(writeSavedGame(path, gameWith(5), err));
    std::string text = formatSavedGame(gameWith(5));
    { // cut it off in the middle
        FILE* f = std::fopen(path.c_str(), "w");
        std::fwrite(text.data(), 1, text.size() / 2, f);
        std::fclose(f);
    }
    std::optional<SavedGame> g;
    Diagnostics diags;
    std::string aside;
    CHECK(loadSavedGame(path, g, diags, &aside) == LoadStatus::Corrupt);
    CHECK(diags.has("truncated-save"));
    CHECK_FALSE(fs::exists(path));
    REQUIRE(!aside.empty());
    CHECK(fs::file_size(aside) == text.size() / 2);
    // Starting fresh works: the next save is written and read back.
    REQUIRE(writeSavedGame(path, gameWith(2), err));
    Diagnostics d2;
    CHECK(loadSavedGame(path, g, d2) == LoadStatus::Loaded);
    CHECK(g->log.actions.size() == 2);
    fs::remove_all(dir);
}

TEST_CASE("a saved game round-trips its header and actions") {
    SavedGame g = gameWith(3);
    g.mode = "exam";
    g.caseFile = "/tmp/x.xml";
    Diagnostics d;
    auto back = parseSavedGame("s.log", formatSavedGame(g), d);
    REQUIRE(back);
    CHECK(back->caseId == g.caseId);
    CHECK(back->caseFile == g.caseFile);
    CHECK(back->seed == 7);
    CHECK(back->mode == "exam");
    CHECK(back->player == "Kill Test");
    CHECK(back->log.actions.size() == 3);
    CHECK(back->log.actions[2].time.has_value());
}
