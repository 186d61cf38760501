// Scene logic that needs no window: the profile file, the encounter's rows, the decision's
// actions, the play state (autosave, resume, hints) and autoplay.
#include "game/engine/content.hpp"
#include "game/play/autoplay.hpp"
#include "game/play/decision_model.hpp"
#include "game/play/encounter_rows.hpp"
#include "game/play/play_state.hpp"
#include "game/play/profile.hpp"
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
    return rct::freshTempDir("rc-play-test", name);
}
} // namespace

TEST_CASE("profile round-trips and a corrupt profile is set aside") {
    Profile p;
    p.name = "Ana Lima";
    p.scale = 1.25f;
    p.reducedMotion = true;
    CHECK(p.record("knee-l3-disc", 80.5, "practice"));
    CHECK_FALSE(p.record("knee-l3-disc", 70, "exam"));
    CHECK(p.best["knee-l3-disc"] == doctest::Approx(80.5));
    Profile q;
    std::string err;
    REQUIRE(parseProfile(formatProfile(p), q, err));
    CHECK(q.name == "Ana Lima");
    CHECK(q.scale == doctest::Approx(1.25f));
    CHECK(q.reducedMotion);
    CHECK(q.history.size() == 2);
    CHECK_FALSE(parseProfile("# rootcause profile\nname: x\n", q, err)); // cut off
    const std::string dir = tempDir("profile");
    const std::string path = dir + "/profile.txt";
    std::ofstream(path) << "not a profile";
    std::string msg;
    const Profile fresh = loadProfile(path, msg);
    CHECK(fresh.name == "Student");
    CHECK(msg.find("could not be read") != std::string::npos);
    CHECK(fs::exists(path + ".corrupt-1"));
    CHECK(saveProfile(path, p, err));
    CHECK(loadProfile(path, msg).name == "Ana Lima");
    CHECK(msg.empty());
}

TEST_CASE("encounter rows follow the catalogue and the session") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    const auto hist = historyRows(s);
    // Every catalogue topic is a heading (including 'joint'), every question a row.
    std::size_t headings = 0, items = 0;
    for (const auto& r : hist)
        (r.heading ? headings : items)++;
    CHECK(headings == content().catalog.topics.size());
    CHECK(items == content().catalog.questions.size());
    REQUIRE(s.apply("ask pain-site").ok);
    const auto after = historyRows(s);
    const int row = rowFor(after, s.taken().back().action);
    REQUIRE(row >= 0);
    CHECK(after[row].done);
    CHECK(after[row].caption == "1 min");
    // Sided exams offer both sides; hands-on exams are marked.
    const auto exams = examRows(s);
    bool slr = false;
    for (const auto& r : exams)
        if (r.id == "slr") slr = r.sided && r.handsOn;
    CHECK(slr);
    // Investigations show cost and wait; ordering marks them pending.
    REQUIRE(s.apply("order xray-lumbar").ok);
    for (const auto& r : investigationRows(s))
        if (r.id == "xray-lumbar") CHECK(r.caption == "pending until next visit");
    CHECK(replyFor(s, rc::Verb::Ask, "pain-site", rc::Side::None) == s.taken().front().reply);
}

TEST_CASE("the differential toggles and holds at most five") {
    std::vector<std::string> d;
    for (const char* id : {"a", "b", "c", "d", "e", "f"})
        d = toggleDifferential(d, id);
    CHECK(d.size() == 5);
    d = toggleDifferential(d, "b");
    CHECK(d == std::vector<std::string>{"a", "c", "d", "e"});
}

TEST_CASE("a decision becomes diagnose, plan and advance") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    rc::Session s(*c, content().catalog);
    DecisionChoice ch;
    std::string missing;
    CHECK(decisionActions(s, ch, missing).empty());
    CHECK(missing == "Choose a diagnosis.");
    ch.diagnosis = "l3-radiculopathy";
    CHECK(decisionActions(s, ch, missing).empty());
    CHECK(missing == "Choose the side of the diagnosis.");
    ch.side = rc::Side::Right;
    ch.pathway = "conservative";
    ch.parts = {"education", "follow-up-6w"};
    const auto acts = decisionActions(s, ch, missing);
    REQUIRE(acts.size() == 3);
    CHECK(acts[0].str() == "diagnose l3-radiculopathy right");
    CHECK(acts[1].str() == "plan conservative education follow-up-6w");
    CHECK(acts[2].str() == "advance");
    // Once made, the same diagnosis is not sent again.
    REQUIRE(s.apply(acts[0]).ok);
    CHECK(decisionActions(s, ch, missing).size() == 2);
    // Part groups come from the catalogue.
    bool followUp = false;
    for (const auto& r : partRows(content().catalog))
        followUp = followUp || (r.heading && r.id == "follow-up");
    CHECK(followUp);
}

TEST_CASE("play state autosaves every action and restores it exactly") {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    const std::string dir = tempDir("play");
    PlayState play;
    play.setAutosavePath(dir + "/autosave.log");
    play.start(*c, content().catalog, "", "Ana", "practice");
    for (std::size_t i = 0; i < 6 && i < c->expert.size(); ++i)
        REQUIRE(play.apply(c->expert[i]).ok);
    CHECK_FALSE(play.apply("ask no-such-question").ok);
    std::optional<rc::SavedGame> saved;
    rc::Diagnostics d;
    REQUIRE(rc::loadSavedGame(dir + "/autosave.log", saved, d) == rc::LoadStatus::Loaded);
    PlayState again;
    again.setAutosavePath("");
    std::string err;
    REQUIRE(again.restore(*saved, content(), err));
    CHECK(rc::formatActionLog(again.session().log()) == rc::formatActionLog(play.session().log()));
    CHECK(again.session().ledger().minutes == play.session().ledger().minutes);
    // Practice mode gives a hint on the last action; exam mode none.
    CHECK(play.hint().kind != Hint::Kind::None);
    PlayState exam;
    exam.setAutosavePath("");
    exam.start(*c, content().catalog, "", "Ana", "exam");
    REQUIRE(exam.apply(c->expert[0]).ok);
    CHECK(exam.hint().kind == Hint::Kind::None);
    play.clearAutosave();
    CHECK_FALSE(fs::exists(dir + "/autosave.log"));
}

TEST_CASE("autoplay paces its beats and skips restored actions") {
    Autoplay a;
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c);
    a.set(c->expert);
    a.pace = 0.2f;
    CHECK(a.tick(0.05f) == Autoplay::Beat::Wait);
    CHECK(a.tick(0.06f) == Autoplay::Beat::Show);
    CHECK(a.tick(0.11f) == Autoplay::Beat::Act);
    std::vector<rc::Action> played(c->expert.begin(), c->expert.begin() + 3);
    CHECK(a.skipPlayed(played));
    CHECK(a.remaining() == c->expert.size() - 3);
    played[0] = c->expert[1];
    CHECK_FALSE(a.skipPlayed(played));
}
