// Content tests over the bundled content: it loads and lints clean, and every case teaches
// what it should: the expert path scores >= 95 and beats a shotgun path and a
// "treat the knee" path; the cauda equina case punishes a missed bladder/bowel question.
#include <doctest/doctest.h>

#include <algorithm>

#include "game/engine/content.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/scoring.hpp"

using namespace rc;

namespace {

const Content& bundled() {
    static Diagnostics diags;
    static Content c = loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    return c;
}

Score play(const Case& c, const Catalog& cat, const std::vector<std::string>& lines) {
    Session s(c, cat, 1);
    for (const auto& l : lines) {
        Reply r = s.apply(l);
        INFO(c.id << ": " << l << " -> " << r.error);
        CHECK(r.ok);
    }
    return scoreSession(s, expertLedger(c, cat));
}

std::vector<std::string> expertLines(const Case& c) {
    std::vector<std::string> out;
    for (const auto& a : c.expert) out.push_back(a.str());
    return out;
}

/// The expert path, plus every investigation it does not order, at the first visit.
std::vector<std::string> shotgun(const Case& c, const Catalog& cat) {
    std::vector<std::string> lines;
    bool inserted = false;
    for (const auto& a : c.expert) {
        if (!inserted && (a.verb == Verb::Diagnose || a.verb == Verb::Plan)) {
            for (const auto& inv : cat.investigations) {
                bool already = std::any_of(c.expert.begin(), c.expert.end(), [&](const Action& e) {
                    return e.verb == Verb::Order && e.args[0] == inv.id;
                });
                if (!already) lines.push_back("order " + inv.id);
            }
            inserted = true;
        }
        lines.push_back(a.str());
    }
    return lines;
}

/// History and examination as the expert, then knee imaging, a knee diagnosis and knee care.
Score treatTheKnee(const Case& c, const Catalog& cat) {
    Session s(c, cat, 1);
    for (const auto& a : c.expert) {
        if (a.verb != Verb::Ask && a.verb != Verb::Exam) break;
        s.apply(a);
    }
    s.apply("order xray-knee");
    s.apply("order mri-knee");
    std::string side = c.truthSide == Side::Left ? "left" : "right";
    CHECK(s.apply("diagnose knee-oa " + side).ok);
    for (int i = 0; i < 3 && !s.finished(); ++i) {
        Reply r = s.apply("plan conservative education quadriceps-strengthening follow-up-6w");
        INFO(c.id << ": " << r.error);
        CHECK(r.ok);
        CHECK(s.apply("advance").ok);
    }
    CHECK(s.finished());
    return scoreSession(s, expertLedger(c, cat));
}

} // namespace

TEST_CASE("the bundled content lints clean") {
    Diagnostics diags;
    LintStats st = lintPath(ROOTCAUSE_TEST_CONTENT, ROOTCAUSE_TEST_CONTENT, diags);
    INFO(diags.str());
    CHECK(diags.errorCount() == 0);
    CHECK(st.cases >= 4);
    CHECK(bundled().cases.size() == static_cast<std::size_t>(st.cases));
}

TEST_CASE("every case's expert path scores at least 95") {
    REQUIRE(!bundled().cases.empty());
    for (const Case& c : bundled().cases) {
        Score s = play(c, bundled().catalog, expertLines(c));
        INFO(c.id << " total " << s.total);
        CHECK(s.total >= kExpertMinScore);
    }
}

TEST_CASE("ordering every investigation scores clearly lower than the expert") {
    for (const Case& c : bundled().cases) {
        double expert = play(c, bundled().catalog, expertLines(c)).total;
        double gun = play(c, bundled().catalog, shotgun(c, bundled().catalog)).total;
        INFO(c.id << ": expert " << expert << ", shotgun " << gun);
        CHECK(gun <= expert - 10);
    }
}

TEST_CASE("treating the knee scores clearly lower where the knee is not the source") {
    int checked = 0;
    for (const Case& c : bundled().cases) {
        const DiagnosisDef* d = bundled().catalog.diagnosis(c.truthDiagnosis);
        REQUIRE(d);
        if (d->region == "knee") continue;
        double expert = play(c, bundled().catalog, expertLines(c)).total;
        double knee = treatTheKnee(c, bundled().catalog).total;
        INFO(c.id << ": expert " << expert << ", treat-the-knee " << knee);
        CHECK(knee <= expert - 10);
        ++checked;
    }
    CHECK(checked >= 2);
}

TEST_CASE("cauda equina: never asking about bladder and bowel zeroes safety") {
    int found = 0;
    for (const Case& c : bundled().cases) {
        if (c.truthDiagnosis != "cauda-equina-syndrome") continue;
        ++found;
        std::vector<std::string> lines;
        for (const auto& l : expertLines(c))
            if (l != "ask bladder-bowel") lines.push_back(l);
        REQUIRE(lines.size() < c.expert.size());
        Score s = play(c, bundled().catalog, lines);
        CHECK(s.domains[static_cast<int>(Domain::Safety)] == 0);
        CHECK(s.zeroed[static_cast<int>(Domain::Safety)]);
        CHECK(s.total < kExpertMinScore - 10);
    }
    CHECK(found >= 1);
}

TEST_CASE("every case cites its evidence and plays in time") {
    for (const Case& c : bundled().cases) {
        INFO(c.id);
        CHECK(!c.learning.empty());
        for (const auto& lp : c.learning) CHECK(lp.cite.find("\xC2\xA7") != std::string::npos);
        CHECK(c.visits.size() >= 1);
        CHECK(c.visits.size() <= 3);
        CHECK(c.difficulty >= 1);
    }
}

TEST_CASE("each exam and investigation carries accuracy figures or says why not, with a cite") {
    for (const auto& e : bundled().catalog.exams)
        for (const auto& a : e.accuracy) {
            INFO(e.id);
            CHECK(!a.cite.empty());
            CHECK(((a.sens && a.spec) || a.lrPos || a.lrNeg || !a.note.empty()));
        }
    for (const auto& i : bundled().catalog.investigations) {
        INFO(i.id);
        CHECK(!i.accuracy.empty());
        CHECK(!i.bearsOn.empty());
    }
}
