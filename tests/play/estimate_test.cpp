// The estimate asked before an investigation and the debrief's calibration (issue #19): the
// profile's setting, the prompt's rows, clamping and the action it sends, and the calibration
// rows against hand-computed probabilities.
#include "game/engine/content.hpp"
#include "game/play/calibration_view.hpp"
#include "game/play/estimate_prompt.hpp"
#include "game/play/profile.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>

using namespace rc::play;

namespace {

/// Three diagnoses, one exam with a figure for knee OA (LR+ 3.0), two investigations.
struct World {
    rc::Catalog cat;
    rc::Case c;
    World() {
        for (const char* d : {"l3-radiculopathy", "knee-oa", "l5-radiculopathy"}) {
            rc::DiagnosisDef def;
            def.id = d;
            def.label = std::string("Label of ") + d;
            def.region = "spine";
            cat.diagnoses.push_back(def);
        }
        rc::Exam e;
        e.id = "crepitus";
        e.label = "Crepitus";
        e.group = "g";
        e.sided = true;
        e.normal = "Normal.";
        e.accuracy = {rct::lrFigure(3.0, 0.6, {"knee-oa"})};
        cat.exams.push_back(e);
        for (const char* id : {"mri", "xray"}) {
            rc::Investigation inv;
            inv.id = id;
            inv.label = std::string(id) == "mri" ? "MRI" : "X-ray";
            inv.kind = "imaging";
            cat.investigations.push_back(inv);
        }
        cat.index();
        c.id = "est";
        c.priors = {{"l3-radiculopathy", 0.35, "fixture", "", {}, {}},
                    {"knee-oa", 0.40, "fixture", "", {}, {}},
                    {"l5-radiculopathy", 0.10, "fixture", "", {}, {}}};
        rc::Visit v;
        v.id = "v1";
        v.title = "First";
        c.visits.push_back(v);
        rc::Finding f;
        f.exam = "crepitus";
        f.side = rc::Side::Right;
        f.result = "positive";
        f.text = "Crepitus.";
        c.base.findings[rc::findingKey("crepitus", rc::Side::Right)] = f;
    }
};

} // namespace

TEST_CASE("estimate: the setting is off by default, saved, read back and checked") {
    Profile p;
    CHECK_FALSE(p.askEstimates);
    p.askEstimates = true;
    const std::string text = formatProfile(p);
    CHECK(text.find("\nask-estimates: 1\n") != std::string::npos);
    Profile q;
    std::string err;
    REQUIRE(parseProfile(text, q, err));
    CHECK(q.askEstimates);
    CHECK(q.unknown.empty()); // a known key, not kept as a newer build's
    const std::string head = "# rootcause profile\nname: Ana\n";
    Profile r;
    REQUIRE(parseProfile(head + "ask-estimates: 0\n# end\n", r, err));
    CHECK_FALSE(r.askEstimates);
    // A corrupt value is refused like any known key's.
    CHECK_FALSE(parseProfile(head + "ask-estimates: yes\n# end\n", r, err));
    CHECK(err.find("ask-estimates") != std::string::npos);
    CHECK_FALSE(parseProfile(head + "ask-estimates: 2\n# end\n", r, err));
}

TEST_CASE("estimate: asked in practice only, never in an exam or the tutorial") {
    CHECK(estimateWanted(true, "practice", false));
    CHECK_FALSE(estimateWanted(false, "practice", false));
    CHECK_FALSE(estimateWanted(true, "exam", false));
    CHECK_FALSE(estimateWanted(true, "practice", true));
}

TEST_CASE("estimate: the rows are the working differential, else the priors, most likely first") {
    World w;
    rc::Session s(w.c, w.cat);
    const EstimatePrompt fromPriors(s, "mri");
    REQUIRE(fromPriors.rows().size() == 3);
    CHECK(fromPriors.rows()[0].dx == "knee-oa"); // 0.40
    CHECK(fromPriors.rows()[1].dx == "l3-radiculopathy");
    CHECK(fromPriors.rows()[2].dx == "l5-radiculopathy");
    CHECK(fromPriors.rows()[0].label == "Label of knee-oa");
    CHECK_FALSE(fromPriors.rows()[0].percent.has_value());
    REQUIRE(s.apply("differential l5-radiculopathy l3-radiculopathy").ok);
    const EstimatePrompt fromList(s, "mri");
    REQUIRE(fromList.rows().size() == 2);
    CHECK(fromList.rows()[0].dx == "l5-radiculopathy");
    CHECK(fromList.rows()[1].dx == "l3-radiculopathy");
}

TEST_CASE("estimate: steps of 5 clamped to 0-100, and the action Enter and Esc send") {
    World w;
    rc::Session s(w.c, w.cat);
    EstimatePrompt e(s, "mri");
    CHECK_FALSE(e.any());
    CHECK(e.commit().str() == "order mri"); // nothing set: a plain order
    CHECK(EstimatePrompt::valueText(e.rows()[0]) == "\u2013");
    e.step(0, 1); // an unset row starts at 50
    CHECK(*e.rows()[0].percent == 50);
    e.step(0, 1);
    CHECK(*e.rows()[0].percent == 55);
    for (int i = 0; i < 30; ++i)
        e.step(0, 1);
    CHECK(*e.rows()[0].percent == 100);
    e.step(2, -1);
    for (int i = 0; i < 30; ++i)
        e.step(2, -1);
    CHECK(*e.rows()[2].percent == 0);
    e.set(1, 140);
    CHECK(*e.rows()[1].percent == 100);
    e.set(1, 35);
    e.step(7, 1); // no such row: nothing
    e.move(5);
    CHECK(e.focused() == 2);
    e.move(-9);
    CHECK(e.focused() == 0);
    CHECK(e.any());
    CHECK(EstimatePrompt::valueText(e.rows()[1]) == "35 %");
    const rc::Action a = e.commit();
    CHECK(a.str() == "order mri estimate knee-oa=100 l3-radiculopathy=35 l5-radiculopathy=0");
    CHECK(e.skip().str() == "order mri");
    // What Enter sends parses back to the same action and the session takes it.
    rc::Action back;
    std::string err;
    REQUIRE(rc::parseAction(a.str(), back, err));
    CHECK(back.estimates == a.estimates);
    CHECK(s.apply(a).ok);
    // Autoplay shows what the log commits.
    EstimatePrompt shown(s, "xray");
    REQUIRE(rc::parseAction("order xray estimate l3-radiculopathy=60", back, err));
    shown.preset(back);
    CHECK(shown.commit().str() == "order xray estimate l3-radiculopathy=60");
}

TEST_CASE("calibration: each estimate against the computed figure then, with a verdict") {
    World w;
    rc::Session s(w.c, w.cat);
    // Before any finding: knee OA is at its prior, 40 %; 45 is 5 points over, still close.
    REQUIRE(s.apply("order xray estimate knee-oa=45").ok);
    // Crepitus positive: knee OA odds 0.40/0.60 x LR+ 3.0 = 2.0, p = 2/3 = 67 %.
    REQUIRE(s.apply("exam crepitus right").ok);
    REQUIRE(s.apply("order mri estimate knee-oa=40 l3-radiculopathy=60").ok);
    const CalibrationReview v = calibrationReview(s, "practice");
    REQUIRE(v.shown);
    REQUIRE(v.rows.size() == 3);
    CHECK(v.rows[0].order == "X-ray \u00b7 visit 1");
    CHECK(v.rows[0].dx == "Label of knee-oa");
    CHECK(v.rows[0].said == "you said 45 %");
    CHECK(v.rows[0].computed == "the findings then gave 40 %");
    CHECK(v.rows[0].gap == 5);
    CHECK(v.rows[0].verdict == "Close: within 5 points");
    CHECK(v.rows[1].order == "MRI \u00b7 visit 1");
    CHECK(v.rows[1].computed == "the findings then gave 67 %");
    CHECK(v.rows[1].gap == -27);
    CHECK(v.rows[1].verdict == "Under-confident by 27 points");
    // L3 has no figure for crepitus: still its prior, 35 %.
    CHECK(v.rows[2].dx == "Label of l3-radiculopathy");
    CHECK(v.rows[2].computed == "the findings then gave 35 %");
    CHECK(v.rows[2].verdict == "Over-confident by 25 points");
    // Mean gap (5 - 27 + 25) / 3 = 1.
    CHECK(v.summary == "3 estimates: 1 close, 1 over-confident, 1 under-confident (mean gap +1 "
                       "point)");
    CHECK_FALSE(calibrationReview(s, "exam").shown);
}

TEST_CASE("calibration: nothing without estimates, and a diagnosis outside the priors") {
    World w;
    rc::DiagnosisDef extra;
    extra.id = "hip-oa";
    extra.label = "Hip OA";
    extra.region = "hip";
    w.cat.diagnoses.push_back(extra);
    w.cat.index();
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("order xray").ok);
    CHECK_FALSE(calibrationReview(s, "practice").shown);
    REQUIRE(s.apply("order mri estimate hip-oa=20").ok);
    const CalibrationReview v = calibrationReview(s, "practice");
    REQUIRE(v.rows.size() == 1);
    CHECK_FALSE(v.rows[0].hasComputed);
    CHECK(v.rows[0].computed == "not in the case's computed differential");
    CHECK(v.summary == "1 estimate");
    int gap = 0;
    CHECK(calibrationVerdict(30, 0.346, gap) == "Close: within 5 points");
    CHECK(gap == -5); // 34.6 rounds to 35
    CHECK(calibrationVerdict(90, 0.5, gap) == "Over-confident by 40 points");
    CHECK(calibrationVerdict(49, 0.5, gap) == "Close: within 5 points");
    CHECK(calibrationVerdict(44, 0.5, gap) == "Under-confident by 6 points");
    CHECK(calibrationVerdict(51, 0.5, gap) == "Close: within 5 points");
}
