// The student's notes in the play: kept by PlayState, written with the autosave (on saveNotes
// and with every action), restored on resume, never part of the action log; an autoplay log's
// notes are handed over once, and hostile ones refuse the log.
#include "game/engine/content.hpp"
#include "game/play/autoplay.hpp"
#include "game/play/play_state.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace rc::play;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}
std::string tempDir(const std::string& name) {
    return rct::freshTempDir("rc-notes-test", name);
}
std::string slurp(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace

TEST_CASE("notes are saved with the autosave, restored on resume and never logged as actions") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c != nullptr);
    const std::string save = tempDir("play") + "/autosave.log";
    PlayState ps;
    ps.setAutosavePath(save);
    ps.start(*c, content().catalog, "", "Ana", "practice", 5);
    REQUIRE(ps.apply("ask onset").ok);
    ps.setNotes("thigh burning?\ncheck PKB both sides");
    // Not written until saveNotes (the encounter calls it when typing pauses).
    CHECK(slurp(save).find("#| thigh burning?") == std::string::npos);
    ps.saveNotes();
    CHECK(slurp(save).find("#| thigh burning?\n#| check PKB both sides\n# end") !=
          std::string::npos);
    // Every action writes them too; the action log never holds them.
    ps.setNotes("thigh burning?");
    REQUIRE(ps.apply("ask pain-back").ok);
    CHECK(slurp(save).find("#| thigh burning?\n# end") != std::string::npos);
    CHECK(rc::formatActionLog(ps.session().log()).find("thigh") == std::string::npos);
    // Resume.
    std::optional<rc::SavedGame> g;
    rc::Diagnostics d;
    REQUIRE(rc::loadSavedGame(save, g, d) == rc::LoadStatus::Loaded);
    PlayState back;
    back.setAutosavePath("");
    std::string err;
    REQUIRE(back.restore(*g, content(), err));
    CHECK(back.notes() == "thigh burning?");
    CHECK(back.session().taken().size() == 2);
    // A new case starts with none.
    back.start(*c, content().catalog, "", "Ana", "practice", 5);
    CHECK(back.notes().empty());
}

TEST_CASE("notes past the limit are cut at a character boundary") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c != nullptr);
    PlayState ps;
    ps.setAutosavePath("");
    ps.start(*c, content().catalog, "", "Ana", "practice", 5);
    ps.setNotes(std::string(rc::kMaxNotesBytes - 1, 'a') + "é");
    CHECK(ps.notes().size() == rc::kMaxNotesBytes - 1);
    std::string why;
    CHECK(rc::notesAcceptable(ps.notes(), why));
}

TEST_CASE("an autoplay log's notes are handed over once and hostile ones refuse the log") {
    const std::string dir = tempDir("autoplay");
    std::ofstream(dir + "/ok.log") << "# rootcause action log\nask onset\n#| first line\n#|\n"
                                      "#| third ✓\n";
    Autoplay a;
    std::string err;
    REQUIRE(a.load(dir + "/ok.log", err));
    CHECK(a.remaining() == 1);
    CHECK(a.takeNotes() == "first line\n\nthird ✓");
    CHECK(a.takeNotes().empty());
    std::ofstream(dir + "/bad.log") << "ask onset\n#| bell \x07\n";
    Autoplay b;
    CHECK_FALSE(b.load(dir + "/bad.log", err));
    CHECK(err.find("control character") != std::string::npos);
}
