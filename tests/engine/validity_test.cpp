// Issue #14: outcomes follow the diagnosis and the orders, orders no rule justifies cost the
// total, a wrong-region diagnosis cannot pass, the generated validity paths, the red-flag policy
// and the bibliography's labels and links.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "game/engine/debrief.hpp"
#include "game/engine/dx_class.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/references.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/validity.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

using rc::Diagnostics;

namespace {

struct Played {
    std::string outcome;
    rc::Score score;
};

Played playLines(const rc::Case& c, const std::vector<std::string>& lines) {
    rc::Session s(c, rct::catalog(), 1);
    for (const auto& l : lines) {
        rc::Reply r = s.apply(l);
        INFO(l << " -> " << r.error);
        REQUIRE(r.ok);
    }
    return {s.outcome() ? s.outcome()->id : "", rc::scoreSession(s, rc::expertLedger(c, rct::catalog()))};
}

/// The fixture case's expert path with its diagnosis replaced.
std::vector<std::string> expertWithDiagnosis(const std::string& dx) {
    std::vector<std::string> out;
    for (const auto& a : rct::fixtureCase().expert) {
        std::string l = a.str();
        if (a.verb == rc::Verb::Diagnose) l = "diagnose " + dx;
        out.push_back(l);
    }
    return out;
}

std::string withText(const std::string& from, const std::string& to) {
    std::string text = rct::readFile(rct::fixtureCasePath("fixture-l3"));
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    return text;
}

Diagnostics lintText(const std::string& text) {
    Diagnostics d;
    auto c = rct::checkedCaseFromString(text, d);
    REQUIRE(c);
    Diagnostics out;
    rc::lintExpert(*c, rct::catalog(), out);
    rc::lintRedFlagPolicy(*c, rct::catalog(), out);
    rc::lintValidity(*c, rct::catalog(), out);
    return out;
}

} // namespace

TEST_CASE("classifyDiagnosis: right, wrong side, accepted, same region, wrong, none") {
    const rc::Case& c = rct::fixtureCase();
    auto cls = [&](const std::string& line) {
        if (line.empty()) return rc::classifyDiagnosis(c, rct::catalog(), nullptr);
        rc::Action a;
        std::string err;
        REQUIRE(rc::parseAction(line, a, err));
        return rc::classifyDiagnosis(c, rct::catalog(), &a);
    };
    CHECK(cls("diagnose l3-radiculopathy right") == rc::DxClass::Right);
    CHECK(cls("diagnose l3-radiculopathy left") == rc::DxClass::WrongSide);
    CHECK(cls("diagnose l4-radiculopathy right") == rc::DxClass::Accepted);
    CHECK(cls("diagnose cauda-equina") == rc::DxClass::SameRegion);
    CHECK(cls("diagnose knee-oa") == rc::DxClass::Wrong);
    CHECK(cls("") == rc::DxClass::None);
    CHECK(rc::onTarget(rc::DxClass::SameRegion));
    CHECK_FALSE(rc::onTarget(rc::DxClass::Wrong));
    CHECK_FALSE(rc::onTarget(rc::DxClass::None));
    // An alternative accepted for no credit is a named trap: judged by its region.
    rc::Case trap = c;
    trap.accepts.push_back({});
    trap.accepts.back().diagnosis = "knee-oa";
    trap.accepts.back().credit = 0;
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction("diagnose knee-oa", a, err));
    CHECK(rc::classifyDiagnosis(trap, rct::catalog(), &a) == rc::DxClass::Wrong);
    trap.accepts.back().credit = 0.2;
    CHECK(rc::classifyDiagnosis(trap, rct::catalog(), &a) == rc::DxClass::Accepted);
}

TEST_CASE("outcomes follow the diagnosis: a knee diagnosis with the expert's plan never recovers") {
    const Played expert = playLines(rct::fixtureCase(), expertWithDiagnosis("l3-radiculopathy right"));
    CHECK(expert.outcome == "recovered");
    const Played knee = playLines(rct::fixtureCase(), expertWithDiagnosis("knee-oa"));
    CHECK(knee.outcome != "recovered");
    // ... and the plan made for the wrong problem earns no management credit, and the total is capped.
    CHECK(knee.score.dxClass == rc::DxClass::Wrong);
    CHECK(knee.score.domains[static_cast<int>(rc::Domain::Management)] == 0);
    CHECK(knee.score.total <= rct::catalog().policy.wrongRegionCap);
    // However tidy the rest, a wrong-region diagnosis cannot pass: weigh only history and the
    // total is still capped.
    rc::Case historyOnly = rct::fixtureCase();
    historyOnly.weights.fill(0);
    historyOnly.weights[static_cast<int>(rc::Domain::History)] = 1;
    const Played capped = playLines(historyOnly, expertWithDiagnosis("knee-oa"));
    CHECK(capped.score.weighted > rct::catalog().policy.wrongRegionCap);
    CHECK(capped.score.capped);
    CHECK(capped.score.total == rct::catalog().policy.wrongRegionCap);
    CHECK(capped.score.capReason.find("another region") != std::string::npos);
    bool offTarget = false;
    for (const auto& j : knee.score.decisions)
        if (j.offTarget) {
            offTarget = true;
            CHECK(j.feedback.rfind("Not credited: your plan was made for a problem in another region.", 0) == 0);
        }
    CHECK(offTarget);
    // The accepted neighbour keeps the good story and is not capped.
    const Played l4 = playLines(rct::fixtureCase(), expertWithDiagnosis("l4-radiculopathy right"));
    CHECK(l4.outcome == "recovered");
    CHECK_FALSE(l4.score.capped);
}

TEST_CASE("next: diagnosis, region, ordered and not-ordered conditions") {
    auto outcomeWith = [](const std::string& next, const std::vector<std::string>& lines) {
        std::string text = withText("<next visit=\"v2-better\" pathway=\"conservative\"",
                                    next + "\n    <next visit=\"v2-better\" pathway=\"conservative\"");
        Diagnostics d;
        auto c = rct::checkedCaseFromString(text, d);
        INFO(d.str());
        REQUIRE(c);
        rc::Session s(*c, rct::catalog(), 1);
        for (const auto& l : lines) REQUIRE(s.apply(l).ok);
        return s.outcome() ? s.outcome()->id : std::string("(visit ") + s.visit().id + ")";
    };
    const std::vector<std::string> base = {"ask bladder-bowel", "order xray-knee", "diagnose knee-oa",
                                           "plan conservative exercise-programme", "advance"};
    CHECK(outcomeWith("<next outcome=\"slow\" diagnosis=\"knee-oa\"/>", base) == "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" region=\"knee hip\"/>", base) == "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" region=\"hip\"/>", base) != "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" ordered=\"xray-knee\"/>", base) == "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" ordered=\"xray-knee mri-lumbar\"/>", base) != "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" not-ordered=\"xray-knee\"/>", base) != "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" dx=\"wrong\"/>", base) == "slow");
    CHECK(outcomeWith("<next outcome=\"slow\" dx=\"right accepted\"/>", base) != "slow");
}

TEST_CASE("harm and waste: an order no rule justifies costs the total, more for radiation and a cascade") {
    std::vector<std::string> lines;
    for (const auto& a : rct::fixtureCase().expert) {
        if (a.verb == rc::Verb::Diagnose) {
            lines.push_back("order xray-lumbar");
            lines.push_back("order mri-lumbar");
            lines.push_back("order crp");
        }
        lines.push_back(a.str());
    }
    const Played p = playLines(rct::fixtureCase(), lines);
    const rc::ScoringPolicy& pol = rct::catalog().policy;
    REQUIRE(p.score.deductions.size() == 2); // the crp has a neutral rule: justified
    const rc::Deduction& xray = p.score.deductions[0];
    const rc::Deduction& mri = p.score.deductions[1];
    CHECK(xray.action == "order xray-lumbar");
    CHECK(xray.points == doctest::Approx(pol.harmOrder + pol.harmPerMsv * 1.5));
    CHECK(xray.reason.find("1.5 mSv of radiation") != std::string::npos);
    // The lumbar MRI (ruled only at v2-same) finds incidental bulges: a cascade of care.
    CHECK(mri.action == "order mri-lumbar");
    CHECK(mri.points == doctest::Approx(pol.harmOrder + pol.harmCascade));
    CHECK(mri.reason.find("cascade") != std::string::npos);
    CHECK(p.score.deducted == doctest::Approx(xray.points + mri.points));
    CHECK(p.score.total == doctest::Approx(std::round((p.score.weighted - p.score.deducted) * 10) / 10));
}

TEST_CASE("rule alternatives: 'a|b' matches either word, once") {
    std::string text = withText("<rule do=\"order xray-knee\" tag=\"unnecessary\" points=\"2\">",
                                "<rule do=\"order xray-knee|crp\" tag=\"unnecessary\" points=\"2\">");
    text = text.replace(text.find("    <rule do=\"order crp\" tag=\"neutral\">Harmless.</rule>\n"),
                        std::string("    <rule do=\"order crp\" tag=\"neutral\">Harmless.</rule>\n").size(), "");
    Diagnostics d;
    auto c = rct::checkedCaseFromString(text, d);
    INFO(d.str());
    REQUIRE(c);
    rc::Session s(*c, rct::catalog(), 1);
    REQUIRE(s.apply("order crp").ok);
    rc::Score sc = rc::scoreSession(s, rc::expertLedger(*c, rct::catalog()));
    bool judged = false;
    for (const auto& j : sc.decisions)
        if (j.action == "order crp" && j.tag == rc::Tag::Unnecessary && !j.generic) judged = true;
    CHECK(judged);
    // The verb itself takes no alternatives.
    Diagnostics bad;
    rct::caseFromString(withText("<rule do=\"order xray-knee\"", "<rule do=\"ask|order xray-knee\""), bad);
    CHECK(rct::only(bad, "bad-action").line > 0);
}

TEST_CASE("validity paths: which apply, and what each is made of") {
    const rc::Case& c = rct::fixtureCase();
    const rc::Catalog& cat = rct::catalog();
    CHECK(rc::pathApplies(rc::PathKind::KneeTreater, c, cat));
    CHECK_FALSE(rc::pathApplies(rc::PathKind::HipTreater, c, cat)); // no hip template in the fixture policy
    CHECK(rc::pathApplies(rc::PathKind::OverInvestigator, c, cat));
    CHECK(rc::pathApplies(rc::PathKind::Guideline, c, cat));

    const auto over = rc::generatePath(rc::PathKind::OverInvestigator, c, cat);
    // The policy's orders come before the first differential, diagnosis or plan.
    std::size_t firstOrder = over.size(), firstDecision = over.size();
    for (std::size_t i = 0; i < over.size(); ++i) {
        if (over[i].verb == rc::Verb::Order && firstOrder == over.size()) firstOrder = i;
        if ((over[i].verb == rc::Verb::Diagnose || over[i].verb == rc::Verb::Differential) && firstDecision == over.size())
            firstDecision = i;
    }
    CHECK(firstOrder < firstDecision);
    CHECK(over.size() == c.expert.size() + cat.policy.overInvestigation.size());

    const auto knee = rc::playPath(rc::PathKind::KneeTreater, c, cat);
    CHECK(knee.legal);
    CHECK(knee.finished);
    CHECK(knee.score.total <= cat.policy.wrongRegionCap);
    bool diagnosedKnee = false;
    for (const auto& a : knee.actions) diagnosedKnee = diagnosedKnee || (a.verb == rc::Verb::Diagnose && a.args[0] == "knee-oa");
    CHECK(diagnosedKnee);

    for (const auto& a : rc::generatePath(rc::PathKind::Guideline, c, cat)) {
        const rc::Investigation* inv = a.verb == rc::Verb::Order ? cat.investigation(a.args[0]) : nullptr;
        CHECK_FALSE((inv && inv->kind == "imaging"));
    }
}

TEST_CASE("lint: validity claims are checked against the generated paths") {
    CHECK(lintText(rct::readFile(rct::fixtureCasePath("fixture-l3"))).all().empty());
    SUBCASE("a wrong claim") {
        Diagnostics d = lintText(withText("<path kind=\"knee-treater\" result=\"fail\"", "<path kind=\"knee-treater\" result=\"pass\""));
        rct::only(d, "validity-claim");
    }
    SUBCASE("a missing claim") {
        Diagnostics d = lintText(withText("    <path kind=\"guideline\" result=\"pass\" outcome=\"recovered\"/>\n", ""));
        rct::only(d, "missing-validity");
    }
    SUBCASE("a wrong diagnosis that still recovers") {
        Diagnostics d = lintText(withText(" dx=\"right wrong-side accepted same-region none\"", ""));
        const auto codes = rct::codes(d);
        CHECK(std::count(codes.begin(), codes.end(), "wrong-path-rewarded") >= 1);
    }
}

TEST_CASE("lint: the red-flag policy") {
    SUBCASE("asking a red-flag question is never penalised") {
        Diagnostics d = lintText(withText("<rule do=\"ask past-back\" tag=\"neutral\">Reasonable, earns nothing.</rule>",
                                          "<rule do=\"ask weight-loss\" tag=\"unnecessary\" points=\"1\">Not needed.</rule>"));
        CHECK(rct::only(d, "red-flag-penalised").line > 0);
    }
    SUBCASE("back or leg symptoms make the cauda equina screen essential") {
        Diagnostics d = lintText(withText("<rule do=\"ask bladder-bowel\" tag=\"essential\" points=\"4\" domain=\"safety\" critical=\"true\">",
                                          "<rule do=\"ask bladder-bowel\" tag=\"indicated\" points=\"4\" domain=\"safety\">"));
        const auto codes = rct::codes(d);
        CHECK(std::count(codes.begin(), codes.end(), "ces-screen") >= 1);
    }
}

TEST_CASE("references: cite syntax, labels and links") {
    std::vector<rc::CiteToken> t;
    std::string err;
    REQUIRE(rc::parseCite("suri-2011 nice-ng59:1.2.1", t, err));
    REQUIRE(t.size() == 2);
    CHECK(t[0].id == "suri-2011");
    CHECK(t[1].id == "nice-ng59");
    CHECK(t[1].locator == "1.2.1");
    for (const char* bad : {"", "Suri 2011", "suri-2011:", "clinical facts §1"}) {
        CAPTURE(bad);
        std::vector<rc::CiteToken> u;
        CHECK_FALSE(rc::parseCite(bad, u, err));
    }
    rc::Reference art;
    art.kind = "article";
    art.authors = "Suri P, Rainville J, Katz JN, et al.";
    art.year = "2011";
    art.journal = "Spine";
    art.volume = "36";
    art.issue = "1";
    art.pmid = "20179659";
    CHECK(rc::referenceLabel(art) == "Suri 2011, Spine 36(1)");
    CHECK(rc::referenceLink(art) == "https://pubmed.ncbi.nlm.nih.gov/20179659/");
    art.doi = "10.1097/BRS.0b013e3181cd9b04";
    CHECK(rc::referenceLink(art) == "https://doi.org/10.1097/BRS.0b013e3181cd9b04");
    rc::Reference nice;
    nice.kind = "guideline";
    nice.publisher = "NICE";
    nice.number = "NG59";
    nice.year = "2016";
    CHECK(rc::citeLabel(nice, "1.2.1") == "NICE NG59 (2016), recommendation 1.2.1");
    rc::Reference book;
    book.kind = "book";
    book.authors = "Kasper DL, Fauci AS (eds)";
    book.title = "Harrison's Principles of Internal Medicine";
    book.year = "2015";
    CHECK(rc::referenceLabel(book) == "Harrison's Principles of Internal Medicine (2015)");
    // Every reference must give a student a way to open it.
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("refs.xml",
                    "<references><ref id=\"x-2000\" kind=\"article\" authors=\"X A\" year=\"2000\" title=\"T\" "
                    "journal=\"J\"/></references>",
                    d));
    std::vector<rc::Reference> refs;
    rc::loadReferencesXml(f, refs, d);
    CHECK(rct::only(d, "missing-link").line == 1);
}

TEST_CASE("the debrief lists the case's references once each, in order of use") {
    rc::Session s(rct::fixtureCase(), rct::catalog(), 1);
    const rc::Debrief d = rc::makeDebrief(s);
    REQUIRE(d.sources.size() == 1);
    CHECK(d.sources[0].id == "fixture");
    CHECK(d.sources[0].link == "https://example.org/fixture");
    REQUIRE(d.learningSources.size() == 2);
    CHECK(d.learningSources[0] == "Root Cause (2026), 2");
}
