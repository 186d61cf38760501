// The hands-on scene's logic without a window: the action recorded for what the student found,
// the crossed SLR's sides, keyboard drive, switches, autoplay and the reactions the face shows.
#include "game/engine/content.hpp"
#include "game/play/hands_on_model.hpp"
#include "game/play/hands_on_target.hpp"
#include "tests/play/play_test_support.hpp"

#include <cmath>
#include <cstdlib>
#include <doctest/doctest.h>

using namespace rc;
using rc::play::HandsOnFace;
using rc::play::HandsOnModel;

namespace {

const Content& bundled() {
    return rct::bundledContent();
}

Session sessionFor(const std::string& caseId) {
    const Case* c = bundled().findCase(caseId);
    REQUIRE(c);
    return Session(*c, bundled().catalog, 1);
}

// Runs the model until autoplay is done (at most `seconds` of simulated time).
void runAutoplay(HandsOnModel& m, double seconds = 40.0) {
    for (int i = 0; i < static_cast<int>(seconds * 60) && !m.autoplayDone(); ++i)
        m.stepOnce();
}

} // namespace

TEST_CASE("hands-on: the recorded action is exam <id> <side> <onset> when symptoms were found") {
    Session s = sessionFor("knee-l3-disc");
    HandsOnModel m(s, "pkb", Side::Right, 72);
    REQUIRE(m.ok());
    runAutoplay(m);
    REQUIRE(m.autoplayDone());
    const Action a = m.action();
    CHECK(a.verb == Verb::Exam);
    REQUIRE(a.args.size() == 1);
    CHECK(a.args[0] == "pkb");
    CHECK(a.side == Side::Right);
    REQUIRE(a.angle);
    CHECK(std::abs(*a.angle - 70) <= kAngleTolerance); // the case's onset
    CHECK(*a.angle == m.sim().loggedAngle());
    CHECK(a.str() == "exam pkb right " + std::to_string(*a.angle));
    CHECK(m.summary() == "symptoms at " + std::to_string(*a.angle) + "\u00B0");
    // The session accepts the action as the encounter would apply it.
    CHECK(s.apply(a).ok);
}

TEST_CASE("hands-on: with no symptoms the angle logged is the furthest reached") {
    Session s = sessionFor("knee-l3-disc");
    HandsOnModel m(s, "slr", Side::Right, 55); // negative SLR, range 80
    REQUIRE(m.ok());
    runAutoplay(m);
    REQUIRE(m.autoplayDone());
    REQUIRE(m.action().angle);
    CHECK(std::abs(*m.action().angle - 55) <= 2);
    CHECK_FALSE(m.sim().symptomsTriggered());
    CHECK(m.summary().rfind("no symptoms to ", 0) == 0);
}

TEST_CASE("hands-on: crossed SLR is logged by the leg raised, symptoms are in the other leg") {
    Session s = sessionFor("sciatica-failed-conservative");
    HandsOnModel m(s, "crossed-slr", Side::Right, 65);
    REQUIRE(m.ok());
    CHECK(m.sim().scene().moved == body::Side::right);      // the leg raised
    CHECK(m.sim().scene().symptomatic == body::Side::left); // where it hurts
    runAutoplay(m);
    const Action a = m.action();
    CHECK(a.side == Side::Right);
    REQUIRE(a.angle);
    CHECK(std::abs(*a.angle - 60) <= kAngleTolerance);
    CHECK(a.str().rfind("exam crossed-slr right ", 0) == 0);
}

TEST_CASE("hands-on: exams that are not hands-on give a clear message, not a scene to play") {
    Session s = sessionFor("knee-l3-disc");
    HandsOnModel knee(s, "knee-rom", Side::Right);
    CHECK_FALSE(knee.ok());
    CHECK(knee.error().find("not a hands-on") != std::string::npos);
    HandsOnModel unknown(s, "no-such-exam", Side::Right);
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error().find("no-such-exam") != std::string::npos);
    HandsOnModel unsided(s, "pkb", Side::None);
    CHECK_FALSE(unsided.ok());
}

TEST_CASE("hands-on: the keyboard moves the limb and the patient reacts at onset") {
    Session s = sessionFor("knee-l3-disc");
    HandsOnModel m(s, "pkb", Side::Right);
    REQUIRE(m.ok());
    CHECK(m.face() == HandsOnFace::Neutral);
    CHECK(m.speech().empty());
    const int v0 = m.version();
    m.setKeyDrive(+1);
    // Real time in uneven frames: the accumulator runs whole 1/60 s steps only.
    double t = 0;
    while (!m.sim().symptomsTriggered() && t < 10) {
        m.advance(0.021);
        t += 0.021;
    }
    REQUIRE(m.sim().symptomsTriggered());
    CHECK(m.sim().steps() == static_cast<int>(std::floor(t * 60 + 1e-6)));
    CHECK(m.face() == HandsOnFace::Pain);
    CHECK_FALSE(m.speech().empty());
    CHECK(m.observation().find("70") != std::string::npos); // the case's finding text
    CHECK(m.symptomFlashAge() >= 0);
    CHECK(m.version() > v0);
    // Holding still: the pain settles into a wince while the symptoms last.
    m.setKeyDrive(0);
    for (int i = 0; i < 150; ++i)
        m.stepOnce();
    CHECK(m.face() == HandsOnFace::Wince);
    // Lowering the leg eases the symptoms.
    m.setKeyDrive(-1);
    for (int i = 0; i < 120; ++i)
        m.stepOnce();
    CHECK_FALSE(m.sim().symptomsActive());
    CHECK(m.face() == HandsOnFace::Neutral);
    // The recorded finding keeps the onset.
    REQUIRE(m.action().angle);
    CHECK(std::abs(*m.action().angle - 70) <= kAngleTolerance);
}

TEST_CASE("hands-on: the switches follow the manoeuvre") {
    Session s = sessionFor("tight-hamstrings-l5s1");
    HandsOnModel slump(s, "slump", Side::Right);
    REQUIRE(slump.ok());
    CHECK(slump.supportsNeck());
    CHECK(slump.supportsAnkle());
    CHECK(slump.sim().switches().neckFlexion); // the slump starts with the neck flexed
    slump.toggleNeck();
    CHECK_FALSE(slump.sim().switches().neckFlexion);
    slump.toggleAnkle();
    CHECK(slump.sim().switches().ankleDorsiflexion);

    HandsOnModel slr(s, "slr", Side::Right);
    CHECK_FALSE(slr.supportsNeck());
    CHECK(slr.supportsAnkle());
    slr.toggleNeck(); // ignored
    CHECK_FALSE(slr.sim().switches().neckFlexion);

    Session k = sessionFor("knee-l3-disc");
    HandsOnModel pkb(k, "pkb", Side::Right);
    CHECK_FALSE(pkb.supportsNeck());
    CHECK_FALSE(pkb.supportsAnkle());
}

TEST_CASE("hands-on: a slow frame runs a bounded number of steps") {
    Session s = sessionFor("knee-l3-disc");
    HandsOnModel m(s, "pkb", Side::Right);
    CHECK(m.advance(5.0) == HandsOnModel::kMaxStepsPerFrame);
    CHECK(m.advance(1.0 / 60.0) <= 2);
}

TEST_CASE("hands-on: a quicker autoplay runs more of the same steps and records the same angle") {
    Session slowSession = sessionFor("knee-l3-disc");
    Session fastSession = sessionFor("knee-l3-disc");
    HandsOnModel slow(slowSession, "pkb", Side::Right, 72);
    HandsOnModel fast(fastSession, "pkb", Side::Right, 72);
    fast.setAutoplaySpeed(12.0);
    CHECK(fast.advance(1.0 / 60.0) == 2 * slow.advance(1.0 / 60.0) * 6); // 12 x 2 steps vs 2
    CHECK(fast.advance(5.0) == HandsOnModel::kMaxStepsPerFrame * 12);    // still bounded
    int slowFrames = 0, fastFrames = 0;
    while (!slow.autoplayDone() && slowFrames < 60 * 60)
        slow.advance(1.0 / 60.0), ++slowFrames;
    while (!fast.autoplayDone() && fastFrames < 60 * 60)
        fast.advance(1.0 / 60.0), ++fastFrames;
    REQUIRE(slow.autoplayDone());
    REQUIRE(fast.autoplayDone());
    CHECK(fast.action().str() == slow.action().str());
    CHECK(fastFrames * 6 < slowFrames);
    // Speed is for the autoplay examiner only: a student's own hands run in real time.
    Session own = sessionFor("knee-l3-disc");
    HandsOnModel hands(own, "pkb", Side::Right);
    hands.setAutoplaySpeed(12.0);
    CHECK(hands.advance(1.0 / 60.0) <= 2);
}

TEST_CASE("hands-on: --hands-on CASE:EXAM:SIDE parses") {
    rc::play::HandsOnTarget t;
    CHECK(rc::play::parseHandsOnTarget("knee-l3-disc:pkb:right", t).empty());
    CHECK(t.caseId == "knee-l3-disc");
    CHECK(t.examId == "pkb");
    CHECK(t.side == Side::Right);
    CHECK_FALSE(rc::play::parseHandsOnTarget("knee-l3-disc:pkb", t).empty());
    CHECK_FALSE(rc::play::parseHandsOnTarget("knee-l3-disc:pkb:both", t).empty());
    CHECK_FALSE(rc::play::parseHandsOnTarget("a:b:left:x", t).empty());
}

TEST_CASE("hands-on: every manoeuvre has steps and a reading") {
    for (auto m : {body::Manoeuvre::slr, body::Manoeuvre::crossedSlr, body::Manoeuvre::hipFlexion,
                   body::Manoeuvre::pkb, body::Manoeuvre::ake, body::Manoeuvre::slump,
                   body::Manoeuvre::hipIr}) {
        const auto g = rc::play::manoeuvreGuide(m);
        CHECK(g.steps.size() == 3);
        CHECK_FALSE(g.reading.empty());
        CHECK_FALSE(g.position.empty());
    }
    CHECK(rc::play::readingLabel(body::Manoeuvre::hipIr, -10) == "External rotation");
    CHECK(rc::play::readingLabel(body::Manoeuvre::slr, 42) == "Hip flexion");
}
