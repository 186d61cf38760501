// The likelihood-ratio differential beyond examinations: history answers and investigation
// reports as findings (each against hand-computed odds), a reference standard that confirms, and
// the content checks that make authors say what an answer or a report means for the model.
#include "game/engine/content.hpp"
#include "game/engine/content_hash.hpp"
#include "game/engine/differential_model.hpp"
#include "game/engine/session.hpp"
#include "game/engine/student_copy.hpp"
#include "tests/engine/test_support.hpp"

#include <cmath>
#include <doctest/doctest.h>

namespace {

rc::Accuracy referenceStandard(std::vector<std::string> dx) {
    rc::Accuracy a;
    a.target = "the lesion seen on the films";
    a.cite = "fixture";
    a.referenceStandard = true;
    a.dx = std::move(dx);
    return a;
}

rc::Investigation investigation(const std::string& id, rc::Wait wait,
                                std::vector<rc::Accuracy> acc) {
    rc::Investigation i;
    i.id = id;
    i.label = id + " films";
    i.kind = "imaging";
    i.wait = wait;
    i.normal = "Normal.";
    i.accuracy = std::move(acc);
    return i;
}

/// Three diagnoses, two questions (one with figures), three investigations, two visits.
struct World {
    rc::Catalog cat;
    rc::Case c;
    World() {
        for (const char* d : {"hip-oa", "knee-oa", "scfe"}) {
            rc::DiagnosisDef def;
            def.id = d;
            def.label = d;
            def.region = "hip";
            cat.diagnoses.push_back(def);
        }
        rc::Question groin;
        groin.id = "groin";
        groin.label = "Groin pain";
        groin.text = "Any groin pain?";
        groin.defaultAnswer = "No.";
        groin.accuracy = {rct::lrFigure(2.84, 0.22, {"hip-oa"})};
        cat.questions.push_back(groin);
        rc::Question site;
        site.id = "site";
        site.text = "Where is it?";
        site.defaultAnswer = "The knee.";
        cat.questions.push_back(site);
        // Same visit: LR+ 4 / LR- 0.5 for hip OA, LR+ 3 / LR- 0.25 for knee OA.
        cat.investigations.push_back(investigation(
            "xr", rc::Wait::SameVisit,
            {rct::lrFigure(4, 0.5, {"hip-oa"}), rct::lrFigure(3, 0.25, {"knee-oa"})}));
        // Next visit: LR+ 10 / LR- 0.1 for knee OA.
        cat.investigations.push_back(
            investigation("mri", rc::Wait::NextVisit, {rct::lrFigure(10, 0.1, {"knee-oa"})}));
        // The films on which a slip is diagnosed.
        cat.investigations.push_back(
            investigation("frog", rc::Wait::SameVisit, {referenceStandard({"scfe"})}));
        rc::Pathway cons;
        cons.id = "conservative";
        cons.label = "Conservative";
        cat.pathways.push_back(cons);
        cat.index();

        c.id = "findings";
        c.patient.chart = {{"anterior-knee", rc::Side::Right, "pain"}};
        c.priors = {{"hip-oa", 0.20, "fixture", "", {}, {}},
                    {"knee-oa", 0.40, "fixture", "", {}, {}},
                    {"scfe", 0.10, "fixture", "", {}, {}}};
        rc::Answer yes;
        yes.variants = {"Yes, deep in the groin."};
        yes.positive = yes.positiveGiven = true;
        c.base.answers["groin"] = yes;
        rc::Result xr;
        xr.test = "xr";
        xr.report = "Hip osteoarthritis.";
        xr.shows = {"hip-oa"};
        xr.showsGiven = true;
        c.base.results["xr"] = xr;
        rc::Result mri;
        mri.test = "mri";
        mri.report = "Normal knee.";
        mri.showsGiven = true; // shows none
        c.base.results["mri"] = mri;
        rc::Visit v1, v2;
        v1.id = "v1";
        v1.title = "First";
        rc::NextRule toV2;
        toV2.visit = "v2";
        v1.next = {toV2};
        v2.id = "v2";
        v2.title = "Second";
        rc::NextRule end;
        end.outcome = "done";
        v2.next = {end};
        c.visits = {v1, v2};
        rc::Outcome done;
        done.id = "done";
        done.status = "improving";
        done.text = "Better.";
        c.outcomes = {done};
    }
};

double prob(const std::vector<rc::DxProbability>& v, const std::string& dx) {
    for (const auto& p : v)
        if (p.dx == dx) return p.p;
    return -1;
}

double post(double prior, double lr) {
    const double odds = prior / (1 - prior) * lr;
    return odds / (1 + odds);
}

bool near(double a, double b) {
    return std::fabs(a - b) < 1e-9;
}

/// `text` with `attr` added to every element that starts with `open` ("<answer q=\"x\"").
std::string withAttribute(std::string text, const std::string& open, const std::string& attr) {
    for (auto at = text.find(open); at != std::string::npos; at = text.find(open, at + 1))
        text.insert(at + open.size(), " " + attr);
    return text;
}
const std::string kAnswer = "<answer q=\"pain-site\"";
const std::string kResult = "<result test=\"mri-lumbar\"";

} // namespace

TEST_CASE("differential: a history answer counts once, LR+ for a yes and LR- for a no") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("ask site").ok);  // no figures: not on the trail
    REQUIRE(s.apply("ask groin").ok); // yes: hip OA 0.20 x LR+ 2.84
    REQUIRE(s.apply("ask groin").ok); // a repeat: on the trail, not counted
    rc::DifferentialModel m(w.c, w.cat);
    const auto trail = m.trail(s);
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].kind == rc::FindingKind::History);
    CHECK(trail[0].action == 1);
    CHECK(trail[0].label == "Groin pain");
    CHECK(trail[0].result == "yes");
    CHECK(trail[0].counted);
    CHECK_FALSE(trail[1].counted);
    CHECK(trail[1].why.find("already counted") != std::string::npos);
    const bool yes = near(prob(m.probabilities(s, 3), "hip-oa"), post(0.20, 2.84));
    CHECK(yes);
    const bool untouched = near(prob(m.probabilities(s, 3), "knee-oa"), 0.40);
    CHECK(untouched);
    REQUIRE(trail[0].effects.size() == 3);
    CHECK(trail[0].effects[0].use == rc::LrUse::Applied);
    CHECK(rc::lrText(trail[0].effects[0]) == "LR+ 2.84");
    CHECK(trail[0].effects[1].use == rc::LrUse::NoFigure);

    // The default answer is a no: LR- 0.22.
    rc::Case no = w.c;
    no.base.answers.clear();
    rc::Session n(no, w.cat);
    REQUIRE(n.apply("ask groin").ok);
    rc::DifferentialModel mn(no, w.cat);
    const bool negative = near(prob(mn.probabilities(n, 1), "hip-oa"), post(0.20, 0.22));
    CHECK(negative);
    CHECK(mn.trail(n).at(0).result == "no");
    CHECK(rc::lrText(mn.trail(n).at(0).effects.at(0)) == "LR- 0.22");
}

TEST_CASE(
    "differential: a report counts when it arrives, LR+ for what it shows, LR- for the rest") {
    World w;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("order xr").ok); // same visit: shows hip OA, not knee OA
    rc::DifferentialModel m(w.c, w.cat);
    auto p = m.probabilities(s, 1);
    const bool hip = near(prob(p, "hip-oa"), post(0.20, 4));
    const bool knee = near(prob(p, "knee-oa"), post(0.40, 0.25));
    CHECK(hip);
    CHECK(knee);
    auto trail = m.trail(s);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].kind == rc::FindingKind::Investigation);
    CHECK(trail[0].positive);
    CHECK(trail[0].effects[0].positive);
    CHECK_FALSE(trail[0].effects[1].positive);

    // Next visit: nothing until the advance that brings the report (it shows nothing: LR- 0.1).
    REQUIRE(s.apply("order mri").ok);
    CHECK(m.trail(s).size() == 1);
    REQUIRE(s.apply("plan conservative").ok);
    REQUIRE(s.apply("advance").ok);
    trail = m.trail(s);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == 3); // the advance
    CHECK(trail[1].text == "order mri");
    CHECK(trail[1].result == "report");
    CHECK_FALSE(trail[1].positive);
    const bool after = near(prob(m.probabilities(s, 4), "knee-oa"), post(post(0.40, 0.25), 0.1));
    CHECK(after);
    const bool before = near(prob(m.probabilities(s, 3), "knee-oa"), post(0.40, 0.25));
    CHECK(before);

    // A cancelled order never arrives.
    rc::Session c(w.c, w.cat);
    REQUIRE(c.apply("order mri").ok);
    REQUIRE(c.apply("cancel mri").ok);
    REQUIRE(c.apply("plan conservative").ok);
    REQUIRE(c.apply("advance").ok);
    CHECK(m.trail(c).empty());
    const bool unchanged = near(prob(m.probabilities(c, 4), "knee-oa"), 0.40);
    CHECK(unchanged);
}

TEST_CASE("differential: a reference standard that shows a diagnosis confirms it") {
    World w;
    rc::Result slip;
    slip.test = "frog";
    slip.report = "A slipped capital femoral epiphysis.";
    slip.shows = {"scfe"};
    slip.showsGiven = true;
    w.c.base.results["frog"] = slip;
    rc::Session s(w.c, w.cat);
    REQUIRE(s.apply("order frog").ok);
    rc::DifferentialModel m(w.c, w.cat);
    const auto trail = m.trail(s);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].effects[2].use == rc::LrUse::Confirmed);
    CHECK(rc::lrText(trail[0].effects[2]) == "reference standard");
    CHECK(prob(m.probabilities(s, 1), "scfe") == 1.0);
    CHECK(m.ranked(s).front().dx == "scfe");
    CHECK(m.leads(s, "scfe"));
    CHECK_FALSE(m.leads(s, "knee-oa"));
    CHECK_FALSE(m.leads(s, "not-a-prior"));
    const auto moved = m.movers(s, 5);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].dx == "scfe");

    // Films that show no slip do not exclude one: unchanged.
    w.c.base.results["frog"].shows.clear();
    rc::Session n(w.c, w.cat);
    REQUIRE(n.apply("order frog").ok);
    CHECK(m.trail(n).at(0).effects[2].use == rc::LrUse::NoFigure);
    const bool same = near(prob(m.probabilities(n, 1), "scfe"), 0.10);
    CHECK(same);
    CHECK_FALSE(m.leads(n, "scfe"));
    CHECK(m.leads(n, "knee-oa")); // 0.40, untouched by the films
}

TEST_CASE("differential: answers and reports that move the model must say what they mean") {
    // Against the fixture catalogue, whose 'pain-site' question gives figures in this test.
    rc::Catalog cat = rct::catalog();
    for (auto& q : cat.questions)
        if (q.id == "pain-site") {
            q.label = "Site";
            q.accuracy = {rct::lrFigure(2, 0.5, {"l3-radiculopathy"})};
        }
    for (auto& i : cat.investigations)
        if (i.id == "mri-lumbar") i.accuracy.push_back(rct::lrFigure(5, 0.2, {"l3-radiculopathy"}));
    cat.index();
    const std::string base = rct::readFile(rct::fixtureCasePath("fixture-l3"));
    auto check = [&](const std::string& xml, rc::Diagnostics& d) {
        auto c = rct::caseFromString(xml, d);
        REQUIRE(c.has_value());
        rc::checkCase(*c, cat, d);
    };
    auto hasMessage = [](const rc::Diagnostics& d, const std::string& code,
                         const std::string& part) {
        for (const auto& x : d.all())
            if (x.code == code && x.message.find(part) != std::string::npos) return true;
        return false;
    };
    REQUIRE(base.find(kAnswer) != std::string::npos);
    REQUIRE(base.find(kResult) != std::string::npos);
    {
        rc::Diagnostics d;
        check(base, d);
        CHECK(hasMessage(d, "missing-attribute", "'pain-site' moves the likelihood-ratio"));
        CHECK(hasMessage(d, "missing-attribute", "'mri-lumbar' moves the likelihood-ratio"));
    }
    const std::string fixed = withAttribute(
        withAttribute(base, kResult, "shows=\"l3-radiculopathy\""), kAnswer, "positive=\"true\"");
    {
        rc::Diagnostics d;
        check(fixed, d);
        CHECK_FALSE(hasMessage(d, "missing-attribute", "likelihood-ratio"));
        CHECK_FALSE(d.hasErrors());
    }
    {
        // "none" is explicit; a diagnosis the investigation has no figures for is refused.
        const std::string none = withAttribute(withAttribute(base, kResult, "shows=\"none\""),
                                               kAnswer, "positive=\"false\"");
        rc::Diagnostics d;
        check(none, d);
        CHECK_FALSE(d.hasErrors());
        const std::string wrong = withAttribute(base, kResult, "shows=\"knee-oa\"");
        rc::Diagnostics w;
        check(wrong, w);
        CHECK(hasMessage(w, "unknown-ref", "has no figures"));
        const std::string both = withAttribute(base, kResult, "shows=\"none knee-oa\"");
        rc::Diagnostics b;
        check(both, b);
        CHECK(hasMessage(b, "unknown-ref", "not both"));
    }
}

TEST_CASE("differential: a student copy leaves out what a report shows") {
    const std::string xml = rct::readFile(rct::fixtureCasePath("fixture-l3"));
    const std::string keyed = withAttribute(xml, kResult, "shows=\"l3-radiculopathy\"");
    rc::XmlFile f;
    rc::Diagnostics d;
    REQUIRE(f.parse("keyed.xml", keyed, d));
    const std::string copy = rc::studentProjection(f.root());
    CHECK(copy.find("shows=") == std::string::npos);
    CHECK(copy.find("<result test=\"mri-lumbar\"") != std::string::npos);
    // The hash prints the same projection straight from the case.
    CHECK(rc::studentHash(f.root()) == rc::contentHash(copy));
}
