// The case briefing's text and what the library and the title say about the player's cases (a
// card's status, the resume label), with no display.
#include "game/engine/action.hpp"
#include "game/engine/autosave.hpp"
#include "game/engine/content.hpp"
#include "game/play/briefing.hpp"
#include "game/play/library_view.hpp"
#include "game/play/profile.hpp"
#include "tests/play/play_test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace rc::play;

namespace {
const rc::Case& bundled(const char* id) {
    const rc::Case* c = rct::bundledContent().findCase(id);
    REQUIRE(c);
    return *c;
}
} // namespace

TEST_CASE("briefing: who the patient is and why they came, in full") {
    const rc::Case& c = bundled("knee-oa-classic");
    const Briefing b = makeBriefing(c, "practice");
    CHECK(b.name == "Margaret Holloway");
    CHECK(b.who == "64 · female · Retired school cook");
    CHECK(b.title == c.title);
    // The whole complaint, quoted: never cut to a card's two lines.
    CHECK(b.complaint == "“" + c.patient.complaint + "”");
    CHECK(b.time == "No time limit · usually about 15 minutes");
    CHECK_FALSE(b.tutorial);
}

TEST_CASE("briefing: every bundled case has a complaint and a who line") {
    for (const rc::Case& c : rct::bundledContent().cases) {
        CAPTURE(c.id);
        const Briefing b = makeBriefing(c, "exam");
        CHECK(b.complaint.size() > 2);
        CHECK_FALSE(b.who.empty());
        CHECK_FALSE(b.name.empty());
    }
}

TEST_CASE("briefing: a patient with no complaint, job or name still reads") {
    rc::Case c = bundled("knee-l3-disc");
    c.patient.complaint = "  \n ";
    c.patient.job.clear();
    c.patient.name.clear();
    const Briefing b = makeBriefing(c, "practice");
    CHECK(b.name == "The patient");
    CHECK(b.who == std::to_string(c.patient.age) + " · " + c.patient.sex);
    CHECK_FALSE(b.complaint.empty());
    CHECK(b.complaint.find("The patient has come") == 0);
}

TEST_CASE("briefing: the mode says when feedback comes") {
    const rc::Case& c = bundled("knee-l3-disc");
    const Briefing practice = makeBriefing(c, "practice");
    const Briefing exam = makeBriefing(c, "exam");
    CHECK(practice.modeTitle == "Practice");
    CHECK(practice.modeText.find("Feedback as you go") == 0);
    CHECK(exam.modeTitle == "Exam");
    CHECK(exam.modeText.find("No feedback until the debrief") == 0);
    CHECK(isExamMode("exam"));
    CHECK_FALSE(isExamMode("practice"));
}

TEST_CASE("briefing: a time budget counts down, the ledger names minutes, pounds and mSv") {
    const rc::Case& c = bundled("knee-l3-disc");
    const Briefing b = makeBriefing(c, "exam", 20);
    CHECK(b.time.find("20 minutes, counting down") == 0);
    CHECK(b.ledger.find("minutes of clinic time") != std::string::npos);
    CHECK(b.ledger.find("£ cost") != std::string::npos);
    CHECK(b.ledger.find("mSv of radiation") != std::string::npos);
    // Two plain lines.
    CHECK(std::count(b.ledger.begin(), b.ledger.end(), '\n') == 1);
}

TEST_CASE("library card: in progress from the autosave, else best, else not played") {
    Profile p;
    CHECK(cardStatus(p, "knee-oa-classic", "").kind == CardStatus::Kind::NotPlayed);
    CHECK(cardStatus(p, "knee-oa-classic", "").text == "Not played");
    const CardStatus left = cardStatus(p, "knee-oa-classic", "knee-oa-classic");
    CHECK(left.kind == CardStatus::Kind::InProgress);
    CHECK(left.text == "In progress");
    CHECK(cardStatus(p, "knee-l3-disc", "knee-oa-classic").text == "Not played");
    p.record("knee-oa-classic", 72.25, "practice");
    CHECK(cardStatus(p, "knee-oa-classic", "").text == "Best 72.3");
    CHECK(cardStatus(p, "knee-oa-classic", "").kind == CardStatus::Kind::Played);
    CHECK(cardStatus(p, "knee-oa-classic", "knee-oa-classic").text == "In progress · best 72.3");
}

TEST_CASE("title: the resume label names the patient, the case and the visit") {
    const rc::Content& content = rct::bundledContent();
    const rc::Case& c = bundled("knee-oa-classic");
    rc::SavedGame g;
    g.caseId = c.id;
    CHECK(resumeLabel(g, content) == "Resume: Margaret Holloway, " + c.title + " — visit 1");
    rc::Action ask;
    std::string why;
    REQUIRE(rc::parseAction("ask pain-site", ask, why));
    g.log.actions.push_back(ask);
    rc::Action adv;
    std::string err;
    REQUIRE(rc::parseAction("advance 6", adv, err));
    g.log.actions.push_back(adv);
    CHECK(savedVisit(g) == 2);
    CHECK(resumeLabel(g, content) == "Resume: Margaret Holloway, " + c.title + " — visit 2");
    CHECK(resumeLabel(g, content, false) == "Resume: Margaret Holloway — visit 2");
    // A finished play's extra advance never names a visit the case does not have.
    g.log.actions.push_back(adv);
    g.log.actions.push_back(adv);
    CHECK(savedVisit(g) == 4);
    CHECK(resumeLabel(g, content).find("visit " + std::to_string(c.visits.size())) !=
          std::string::npos);
    g.caseId = "no-such-case";
    CHECK(resumeLabel(g, content) == "Resume the saved case");
}

TEST_CASE("title: the autosave is peeked at without being set aside") {
    const std::string dir = rct::freshTempDir("rc-play-test", "peek");
    const std::string path = dir + "/autosave.log";
    CHECK_FALSE(peekSavedGame(path).has_value()); // missing
    std::ofstream(path) << "not a save";
    CHECK_FALSE(peekSavedGame(path).has_value());
    CHECK(std::filesystem::exists(path)); // a corrupt save stays for the resume to explain
    rc::SavedGame g;
    g.caseId = "knee-oa-classic";
    g.player = "Ana";
    std::string err;
    REQUIRE(rc::writeSavedGame(path, g, err));
    const auto back = peekSavedGame(path);
    REQUIRE(back.has_value());
    CHECK(back->caseId == "knee-oa-classic");
}
