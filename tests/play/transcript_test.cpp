// The encounter's transcript: a scripted session gives every question with the patient's answer,
// every exam with its finding, each report when it arrives, the decisions and each new visit, in
// order, with the visit and the clinic clock, using the labels the encounter shows.
#include "game/engine/content.hpp"
#include "game/play/transcript.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>

using namespace rc::play;
using Kind = TranscriptEntry::Kind;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}

rc::Session play(const std::vector<std::string>& lines) {
    const rc::Case* c = content().findCase("knee-l3-disc");
    REQUIRE(c != nullptr);
    rc::Session s(*c, content().catalog, 1);
    for (const auto& l : lines) {
        const rc::Reply r = s.apply(l);
        INFO(l << ": " << r.error);
        REQUIRE(r.ok);
    }
    return s;
}
} // namespace

TEST_CASE("a fresh session's transcript is the first visit alone") {
    const auto t = transcript(play({}));
    REQUIRE(t.size() == 1);
    CHECK(t[0].kind == Kind::Visit);
    CHECK(t[0].visit == 1);
    CHECK(t[0].title == "Visit 1 · First visit");
    // It opens with the patient's complaint in their words.
    CHECK(t[0].text == "“The front of my right knee aches, and twice now it's buckled on me on "
                       "the stairs.”");
}

TEST_CASE("a scripted session gives every line in order with its visit and clock") {
    const rc::Catalog& cat = content().catalog;
    const rc::Session s =
        play({"ask pain-back", "ask pain-back", "exam slr right 80", "order mri-lumbar",
              "order bladder-scan", "differential l3-radiculopathy knee-oa",
              "diagnose l3-radiculopathy right",
              "plan conservative exercise-programme functional-training", "advance",
              "ask giving-way", "exam pkb right 130"});
    const auto t = transcript(s);
    std::vector<Kind> kinds;
    for (const auto& e : t)
        kinds.push_back(e.kind);
    const std::vector<Kind> want = {
        Kind::Visit,  Kind::Question,     Kind::Question,  Kind::Exam, Kind::Order,
        Kind::Report, Kind::Differential, Kind::Diagnosis, Kind::Plan, Kind::Visit,
        Kind::Report, Kind::Question,     Kind::Exam};
    REQUIRE(kinds == want);
    // The question as the History list shows it, the patient's answer word for word.
    CHECK(t[1].title == cat.question("pain-back")->text);
    CHECK(t[1].text == "Well, yes, my back's been stiff. It went first, before the knee. I didn't "
                       "think it mattered.");
    CHECK(t[1].minutes == 0);
    CHECK_FALSE(t[1].repeat);
    // Asked again: kept, marked, and it took no clinic time.
    CHECK(t[2].repeat);
    const int q = cat.question("pain-back")->minutes;
    CHECK(t[2].minutes == q);
    CHECK(t[3].minutes == q);
    // The exam by its label and side; the finding the session gave.
    CHECK(t[3].title == "Straight leg raise · right · by hand");
    CHECK(t[3].text == s.taken()[2].reply);
    // A next-visit order says so; a same-visit test's report is there at once.
    CHECK(t[4].title == "MRI lumbar spine (no contrast)");
    CHECK(t[4].text.find("next visit") != std::string::npos);
    CHECK(t[5].title == "Bladder scan (post-void residual)");
    CHECK(t[5].text == "Post-void residual 40 mL.");
    CHECK(t[6].text == "1 L3 radiculopathy (L2–L3 or L3–L4 disc or foramen)   2 " +
                           cat.diagnosis("knee-oa")->label);
    CHECK(t[7].text == "L3 radiculopathy (L2–L3 or L3–L4 disc or foramen) (right)");
    CHECK(t[8].text == "Conservative care: Graded exercise programme, Functional training");
    for (std::size_t k = 0; k <= 8; ++k)
        CHECK(t[k].visit == 1);
    // Visit 2 begins with its narrative, then the MRI report arrives (with its incidentals).
    CHECK(t[9].visit == 2);
    CHECK(t[9].title == "Visit 2 · week 6 · Six weeks later");
    CHECK(t[9].text.rfind("Maria has done her exercises", 0) == 0);
    CHECK(t[10].visit == 2);
    CHECK(t[10].title == "MRI lumbar spine (no contrast)");
    CHECK(t[10].text.rfind("Right foraminal disc protrusion at L3-L4", 0) == 0);
    CHECK(t[10].text.find("\nIncidental: Mild facet joint arthropathy at L4-L5.") !=
          std::string::npos);
    CHECK(t[11].visit == 2);
    CHECK(t[11].text == "Not once since the second week. I go down the stairs normally now.");
    CHECK(t[12].text.find("Knee bends fully with a quadriceps stretch only") == 0);
    // The clock runs on: the second visit's lines start where the first visit's time ended.
    CHECK(t[9].minutes == t[11].minutes);
    CHECK(t[12].minutes == t[11].minutes + cat.question("giving-way")->minutes);
}

TEST_CASE("the transcript ends with the outcome and never shows reports that were never read") {
    const rc::Session s = play({"order mri-lumbar", "diagnose knee-oa right",
                                "plan conservative exercise-programme", "advance"});
    REQUIRE(s.finished());
    const auto t = transcript(s);
    REQUIRE(t.size() == 5);
    CHECK(t.back().kind == Kind::Outcome);
    CHECK(t.back().text == s.outcome()->text);
    for (const auto& e : t)
        CHECK(e.kind != Kind::Report);
}

TEST_CASE("a timed log shows its seconds and the text form lists every entry") {
    rc::Session s = play({});
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction("ask onset @125.0", a, err));
    REQUIRE(s.apply(a).ok);
    const auto t = transcript(s);
    REQUIRE(t.size() == 2);
    CHECK(stamp(t[1]) == "Visit 1 · 0 min · 2:05");
    CHECK(stamp(t[0]) == "Visit 1 · 0 min");
    const std::string text = transcriptText(t);
    CHECK(text.find("[Visit 1 · 0 min · 2:05] Asked: When did this start") != std::string::npos);
    CHECK(text.find("\n  " + s.taken()[0].reply + "\n") != std::string::npos);
}

TEST_CASE("a cancelled order is in the transcript and its report never arrives") {
    const rc::Session s =
        play({"order mri-lumbar", "cancel mri-lumbar", "diagnose l3-radiculopathy right",
              "plan conservative exercise-programme functional-training", "advance"});
    REQUIRE_FALSE(s.finished());
    const auto t = transcript(s);
    REQUIRE(t.size() == 6);
    CHECK(t[1].kind == Kind::Order);
    CHECK(t[2].kind == Kind::Cancel);
    CHECK(t[2].title == "MRI lumbar spine (no contrast)");
    CHECK(t[2].text == s.taken()[1].reply);
    CHECK(t[5].kind == Kind::Visit);
    for (const auto& e : t)
        CHECK(e.kind != Kind::Report);
}
