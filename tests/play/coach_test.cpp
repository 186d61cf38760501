// The tutorial's coach: each step shows until its event (an action of a kind, a scene reached),
// never a timer; early events move past; the debrief marks the tutorial done; skipping works.
#include "game/engine/action.hpp"
#include "game/play/coach.hpp"
#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

using namespace rc::play;
using rc::CoachEvent;

namespace {
std::vector<rc::CoachStep> steps(std::initializer_list<CoachEvent> events) {
    std::vector<rc::CoachStep> out;
    for (CoachEvent e : events) {
        rc::CoachStep s;
        s.until = e;
        s.title = rc::coachEventName(e);
        out.push_back(s);
    }
    return out;
}
rc::Action act(const std::string& line) {
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction(line, a, err));
    return a;
}
const rc::Case& tutorial() {
    const rc::Case* c = tutorialCase(rct::bundledContent());
    REQUIRE(c);
    return *c;
}
} // namespace

TEST_CASE("coach: each step advances on its own event, in order, to the last") {
    const auto all =
        steps({CoachEvent::Ask, CoachEvent::Exam, CoachEvent::Order, CoachEvent::Differential,
               CoachEvent::Advance, CoachEvent::Debrief, CoachEvent::End});
    Coach c(all);
    REQUIRE(c.active());
    CHECK(c.count() == 7);
    for (std::size_t i = 0; i + 1 < all.size(); ++i) {
        CAPTURE(i);
        CHECK(c.index() == i);
        CHECK_FALSE(c.finished());
        // Another step's event that has passed, or the End, changes nothing.
        CHECK_FALSE(c.notify(CoachEvent::End));
        if (i > 0) CHECK_FALSE(c.notify(all[i - 1].until));
        CHECK(c.index() == i);
        c.folded = true; // the player folded the panel: the next step opens it again
        CHECK(c.notify(all[i].until));
        CHECK_FALSE(c.folded);
    }
    CHECK(c.finished());
    CHECK(c.current()->until == CoachEvent::End);
    CHECK_FALSE(c.notify(CoachEvent::Ask)); // the last step stays
}

TEST_CASE("coach: an early event moves past every step up to it") {
    const auto all = steps({CoachEvent::Ask, CoachEvent::Exam, CoachEvent::Order, CoachEvent::End});
    Coach c(all);
    CHECK(c.notify(CoachEvent::Order)); // ordered before asking anything
    CHECK(c.finished());
    Coach d(all);
    CHECK_FALSE(d.notify(CoachEvent::Advance)); // no step waits for it: nothing moves
    CHECK(d.index() == 0);
}

TEST_CASE("coach: actions raise the events of their kind, other actions none") {
    CHECK(coachEventOf(act("ask pain-site")) == CoachEvent::Ask);
    CHECK(coachEventOf(act("exam hip-ir left 5")) == CoachEvent::Exam);
    CHECK_FALSE(coachEventOf(act("exam gait")).has_value()); // not a hands-on examination
    CHECK(coachEventOf(act("order xray-hip-froglateral")) == CoachEvent::Order);
    CHECK(coachEventOf(act("differential scfe perthes-disease")) == CoachEvent::Differential);
    CHECK(coachEventOf(act("advance")) == CoachEvent::Advance);
    CHECK_FALSE(coachEventOf(act("diagnose scfe left")).has_value());
    CHECK_FALSE(coachEventOf(act("plan urgent education")).has_value());
    CHECK_FALSE(Coach().active());
    CHECK(Coach().current() == nullptr);
}

TEST_CASE("tutorial: the bundled one is left out of the library and coached step by step") {
    const rc::Content& content = rct::bundledContent();
    const rc::Case& t = tutorial();
    CHECK(t.tutorial());
    CHECK(t.coach.size() == 7);
    const auto listed = libraryCases(content);
    CHECK(listed.size() + 1 == content.cases.size());
    for (const rc::Case* c : listed)
        CHECK_FALSE(c->tutorial());

    const std::string dir = rct::freshTempDir("rc-play-test", "tutorial");
    Game g;
    g.profilePath = dir + "/profile.txt";
    g.play.setAutosavePath(dir + "/autosave.log");
    std::vector<std::size_t> shown;
    g.onCoachStep = [&shown](const Coach& c) { shown.push_back(c.index()); };
    g.play.start(t, content.catalog, "", "Ana", "practice");
    g.startCoach();
    REQUIRE(g.coach.active());
    CHECK(shown == std::vector<std::size_t>{0});
    CHECK_FALSE(g.followPlay()); // nothing done yet: no timer moves it
    // The expert path, action by action: the steps follow the actions of their kinds.
    for (const rc::Action& a : t.expert) {
        REQUIRE(g.play.apply(a).ok);
        g.followPlay();
        if (a.verb == rc::Verb::Order) CHECK(g.coach.current()->until == CoachEvent::Differential);
    }
    CHECK(g.coach.current()->until == CoachEvent::Debrief); // the follow-up: the debrief next
    CHECK_FALSE(g.profile.tutorialDone);
    CHECK(g.coachEvent(CoachEvent::Debrief));
    CHECK(g.coach.finished());
    CHECK(g.profile.tutorialDone);
    CHECK(shown == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6});
    // Recorded in the profile file: tutorial=1.
    std::string msg;
    CHECK(loadProfile(g.profilePath, msg).tutorialDone);
}

TEST_CASE("tutorial: a resumed play finds its step again, another case has no coach") {
    const rc::Content& content = rct::bundledContent();
    const rc::Case& t = tutorial();
    const std::string dir = rct::freshTempDir("rc-play-test", "tutorial-resume");
    Game g;
    g.play.setAutosavePath(dir + "/autosave.log");
    g.play.start(t, content.catalog, "", "Ana", "practice");
    REQUIRE(g.play.apply(act("ask pain-site")).ok);
    REQUIRE(g.play.apply(act("exam gait")).ok);
    g.startCoach(); // as a resume does, with the log's actions already played
    CHECK(g.coach.current()->until == CoachEvent::Exam); // gait is not done by hand
    REQUIRE(g.play.apply(act("exam hip-ir left 5")).ok);
    g.startCoach();
    CHECK(g.coach.current()->until == CoachEvent::Order);
    g.play.start(*content.findCase("knee-l3-disc"), content.catalog, "", "Ana", "practice");
    g.startCoach();
    CHECK_FALSE(g.coach.active());
}

TEST_CASE("tutorial: skipping stops the coach, removes its save and is remembered") {
    const rc::Content& content = rct::bundledContent();
    const std::string dir = rct::freshTempDir("rc-play-test", "tutorial-skip");
    Game g;
    g.profilePath = dir + "/profile.txt";
    g.play.setAutosavePath(dir + "/autosave.log");
    CHECK(g.profile.isNew());
    g.play.start(tutorial(), content.catalog, "", "Ana", "practice");
    g.startCoach();
    REQUIRE(g.play.apply(act("ask pain-site")).ok);
    CHECK(std::filesystem::exists(dir + "/autosave.log"));
    g.skipTutorial();
    CHECK_FALSE(g.coach.active());
    CHECK_FALSE(std::filesystem::exists(dir + "/autosave.log"));
    CHECK(g.profile.tutorialDone);
    CHECK_FALSE(g.profile.isNew());
    std::string msg;
    CHECK(loadProfile(g.profilePath, msg).tutorialDone);
}
