#include "game/engine/case_loader.hpp"
#include "game/engine/content_hash.hpp"
#include "game/engine/fnv1a.hpp"
#include "game/engine/scoring.hpp"
#include "tests/engine/test_support.hpp"

#include <doctest/doctest.h>

using rc::Diagnostics;
using rc::Domain;
using rc::Side;
using rc::Tag;

TEST_CASE("fixture-l3: case, patient and chart") {
    const rc::Case& c = rct::fixtureCase();
    CHECK(c.id == "fixture-l3");
    CHECK(c.title == "The knee that gives way");
    CHECK(c.difficulty == 2);
    CHECK(c.minutes == 15);
    CHECK(c.file == rct::fixtureCasePath("fixture-l3"));
    CHECK(c.contentHash == rc::contentHash(rct::readFile(c.file)));
    const rc::Patient& p = c.patient;
    CHECK(p.name == "Maria Costa");
    CHECK(p.age == 52);
    CHECK(p.sex == "female");
    CHECK(p.job == "Warehouse picker");
    CHECK(p.build == "slim");
    CHECK(p.skin == 4);
    CHECK(p.complaint == "My right knee aches at the front.");
    CHECK(p.wants == "To get back to full shifts.");
    CHECK(p.manner == "Practical and brisk.");
    REQUIRE(p.chart.size() == 3);
    CHECK(p.chart[0].at == "lower-back");
    CHECK(p.chart[0].side == Side::None);
    CHECK(p.chart[0].kind == "pain");
    CHECK(p.chart[2].at == "medial-knee");
    CHECK(p.chart[2].side == Side::Right);
    CHECK(p.chart[2].kind == "tingling");
}

TEST_CASE("fixture-l3: truth, accept, answers, findings and results") {
    const rc::Case& c = rct::fixtureCase();
    CHECK(c.truthDiagnosis == "l3-radiculopathy");
    CHECK(c.truthSide == Side::Right);
    CHECK(c.truthText == "A right L3 root irritation.");
    REQUIRE(c.accepts.size() == 1);
    CHECK(c.accepts[0].diagnosis == "l4-radiculopathy");
    CHECK(c.accepts[0].side == Side::Right);
    CHECK(c.accepts[0].credit == doctest::Approx(0.6));
    CHECK(c.accepts[0].feedback == "Close: the level is one higher.");
    CHECK(c.accepts[0].pos.line == 15);

    REQUIRE(c.base.answers.size() == 3);
    CHECK(c.base.answers.at("pain-site").variants ==
          std::vector<std::string>{"Here, the front of the knee, and up the thigh."});
    CHECK(c.base.answers.at("onset").variants ==
          std::vector<std::string>{"Onset variant A.", "Onset variant B.", "Onset variant C."});
    CHECK(c.base.answers.at("onset").pos.line == 18);

    REQUIRE(c.base.findings.size() == 3);
    const rc::Finding& slr = c.base.findings.at(rc::findingKey("slr", Side::Right));
    CHECK(slr.exam == "slr");
    CHECK(slr.side == Side::Right);
    CHECK(slr.result == "positive");
    CHECK(slr.onset == 45);
    CHECK(slr.range == 70);
    CHECK(slr.neural);
    CHECK(slr.text == "Pain into the thigh at 45 degrees.");
    CHECK(slr.pos.line == 26);
    const rc::Finding& reflex = c.base.findings.at("knee-reflex/right");
    CHECK(reflex.result == "reduced");
    CHECK_FALSE(reflex.onset.has_value());
    CHECK_FALSE(reflex.range.has_value());
    CHECK_FALSE(reflex.neural);
    CHECK_FALSE(c.base.findings.at("pkb/right").neural);
    CHECK(c.base.findings.at("pkb/right").range == 110);

    REQUIRE(c.base.results.size() == 2);
    const rc::Result& mri = c.base.results.at("mri-lumbar");
    CHECK(mri.test == "mri-lumbar");
    CHECK(mri.report == "Right foraminal protrusion at L3-L4.");
    CHECK(mri.incidental ==
          std::vector<std::string>{"Mild bulge at L4-L5.", "Mild bulge at L5-S1."});
    REQUIRE(mri.image.has_value());
    CHECK(mri.image->level == "L3-L4");
    CHECK(mri.image->finding == "protrusion");
    CHECK(mri.image->side == Side::Right);
    CHECK(mri.image->grade == 2);
    CHECK_FALSE(c.base.results.at("xray-lumbar").image.has_value());
    CHECK(c.base.results.at("xray-lumbar").incidental.empty());
    CHECK_FALSE(c.base.chart.has_value());
}

TEST_CASE("fixture-l3: visits, next rules and outcomes") {
    const rc::Case& c = rct::fixtureCase();
    REQUIRE(c.visits.size() == 3);
    const rc::Visit& v1 = c.visits[0];
    CHECK(v1.id == "v1");
    CHECK(v1.title == "First visit");
    CHECK(v1.weeks == 0);
    CHECK(v1.status == "new");
    CHECK(v1.narrative.empty());
    REQUIRE(v1.next.size() == 3);
    CHECK(v1.next[0].visit == "v2-better");
    CHECK(v1.next[0].outcome.empty());
    CHECK(v1.next[0].pathways == std::vector<std::string>{"conservative"});
    CHECK(v1.next[0].parts == std::vector<std::string>{"exercise-programme"});
    CHECK(v1.next[0].notParts == std::vector<std::string>{"analgesia"});
    CHECK_FALSE(v1.next[0].unconditional());
    CHECK(v1.next[1].pathways == std::vector<std::string>{"conservative", "urgent"});
    CHECK(v1.next[2].outcome == "overtreated");
    CHECK(v1.next[2].unconditional());
    CHECK(v1.next[2].pos.line == 45);

    const rc::Visit& v2 = c.visits[1];
    CHECK(v2.id == "v2-better");
    CHECK(v2.weeks == 6);
    CHECK(v2.status == "better");
    CHECK(v2.narrative == "She is walking more easily.");
    CHECK(v2.overrides.answers.at("pain-site").variants[0] == "Just a bit of an ache now.");
    CHECK(v2.overrides.findings.at("pkb/right").result == "negative");
    REQUIRE(v2.overrides.chart.has_value());
    CHECK(v2.overrides.chart->size() == 1);
    CHECK(v2.overrides.results.empty());
    CHECK(c.visits[2].overrides.results.at("mri-lumbar").report ==
          "Larger right protrusion at L3-L4.");
    CHECK(c.visits[2].status == "same");

    REQUIRE(c.outcomes.size() == 3);
    CHECK(c.outcomes[0].id == "recovered");
    CHECK(c.outcomes[0].status == "better");
    CHECK(c.outcomes[0].text == "Back to full shifts at twelve weeks.");
    CHECK(c.outcomes[2].status == "worse");
    CHECK(c.visit("v2-same") == &c.visits[2]);
    CHECK(c.visit("v3") == nullptr);
    CHECK(c.outcome("slow") == &c.outcomes[1]);
    CHECK(c.outcome("v1") == nullptr);
}

TEST_CASE("fixture-l3: weights, rules, expert path and learning") {
    const rc::Case& c = rct::fixtureCase();
    // history and safety set; the rest (-1) take the scoring policy's.
    const std::array<double, rc::kDomainCount> w{10, -1, -1, -1, -1, 15, -1};
    CHECK(c.weights == w);
    const std::array<double, rc::kDomainCount> eff{10, 20, 15, 20, 15, 15, 5};
    CHECK(rc::effectiveWeights(c, rct::catalog().policy) == eff);
    REQUIRE(c.rules.size() == 16);
    const rc::Rule& bb = c.rules[0];
    CHECK(bb.text == "ask bladder-bowel");
    CHECK(bb.pattern.verb == rc::Verb::Ask);
    CHECK(bb.pattern.args == std::vector<std::string>{"bladder-bowel"});
    CHECK(bb.tag == Tag::Essential);
    CHECK(bb.points == 4);
    CHECK(bb.domain == Domain::Safety);
    CHECK(bb.critical);
    CHECK(bb.visit.empty());
    CHECK(bb.feedback == "Screen for cauda equina.");
    CHECK(bb.pos.line == 68);
    CHECK(c.rules[1].domain == Domain::History); // from the verb
    CHECK_FALSE(c.rules[1].critical);
    CHECK(c.rules[2].tag == Tag::Indicated);
    CHECK(c.rules[3].tag == Tag::Neutral);
    CHECK(c.rules[3].points == 0);
    CHECK(c.rules[4].domain == Domain::Examination);
    CHECK(c.rules[4].pattern.side == Side::Right);
    CHECK(c.rules[7].visit == "v2-better");
    CHECK(c.rules[9].tag == Tag::Unnecessary);
    CHECK(c.rules[9].domain == Domain::Investigations);
    CHECK(c.rules[10].tag == Tag::Harmful);
    CHECK(c.rules[12].domain == Domain::Management);
    CHECK(c.rules[15].critical);
    CHECK(c.rules[15].tag == Tag::Harmful);

    REQUIRE(c.expert.size() == 13);
    CHECK(c.expert[0].str() == "ask pain-site");
    CHECK(c.expert[0].line == 87); // line numbers are the case file's
    CHECK(c.expert[3].str() == "exam slr right 50");
    CHECK(c.expert[12].verb == rc::Verb::Advance);
    CHECK(c.expert[12].line == 99);
    CHECK(c.expertPos.line == 85);
    REQUIRE(c.learning.size() == 2);
    CHECK(c.learning[0].cite == "fixture:2");
    CHECK(c.learning[0].text == "Knee pain can come from the L3 root.");
}

TEST_CASE("fixture-oa: defaults of optional attributes") {
    const rc::Case& c = rct::fixtureCase("fixture-oa");
    CHECK(c.patient.build == "average");
    CHECK(c.patient.skin == 3);
    CHECK(c.patient.chart.empty());
    CHECK(c.truthSide == Side::None);
    CHECK(c.accepts.empty());
    CHECK(c.base.answers.empty());
    const std::array<double, rc::kDomainCount> unset{-1, -1, -1, -1, -1, -1, -1};
    CHECK(c.weights == unset);
    const std::array<double, rc::kDomainCount> w{15, 20, 15, 20, 15, 10, 5};
    CHECK(rc::effectiveWeights(c, rct::catalog().policy) == w);
    CHECK(c.visits.size() == 1);
}

TEST_CASE("fnv1a and hexHash") {
    CHECK(rc::fnv1a("") == 0xcbf29ce484222325ull);
    CHECK(rc::fnv1a("a") == 0xaf63dc4c8601ec8cull);
    CHECK(rc::hexHash(0xaf63dc4c8601ec8cull) == "af63dc4c8601ec8c");
    CHECK(rc::hexHash(1) == "0000000000000001");
}

namespace {
// A minimal valid case. Line 6 is a slot ("@@") for one-line snippets; columns in the
// table below were counted from this text.
const std::string kMin = R"(<case id="t" title="T" difficulty="1" minutes="5">
  <patient name="P" age="40" sex="male" job="J">
    <complaint>c</complaint><wants>w</wants><manner>m</manner>
  </patient>
  <truth diagnosis="knee-oa">t</truth>
  @@
  <visit id="v1" title="V"><next outcome="o"/></visit>
  <outcome id="o" status="better">o</outcome>
  <scoring><rule do="ask pain-site" tag="essential" points="1">f</rule></scoring>
  <expert>
ask pain-site
diagnose knee-oa
plan conservative
advance
  </expert>
  <learning><point cite="fixture">p</point></learning>
</case>)";

std::string with(std::string from, std::string to, std::string base = kMin) {
    auto at = base.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    base.replace(at, from.size(), to);
    if (from != "@@") {
        auto slot = base.find("@@");
        if (slot != std::string::npos) base.replace(slot, 2, "");
    }
    return base;
}

struct Fault {
    std::string from, to, code;
    int line, col;
};

void expectOnly(const Fault& f) {
    CAPTURE(f.to);
    Diagnostics d;
    auto c = rct::caseFromString(with(f.from, f.to), d);
    INFO(d.str());
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].code == f.code);
    CHECK(d.all()[0].line == f.line);
    CHECK(d.all()[0].col == f.col);
    CHECK(d.all()[0].file == "inline.xml");
}
} // namespace

TEST_CASE("the minimal inline case is clean, against the fixture catalogue too") {
    Diagnostics d;
    auto c = rct::checkedCaseFromString(with("@@", ""), d);
    INFO(d.str());
    REQUIRE(c);
    CHECK(d.all().empty());
    CHECK(c->expert.size() == 4);
    CHECK(c->expert[0].line == 11);
}

TEST_CASE("typed attribute faults in a case: code, line and column") {
    const std::vector<Fault> faults = {
        // <case> itself (line 1)
        {"id=\"t\"", "id=\"T\"", "bad-id", 1, 7},
        {"difficulty=\"1\"", "difficulty=\"4\"", "out-of-range", 1, 24},
        {"difficulty=\"1\"", "difficulty=\"0\"", "out-of-range", 1, 24},
        {"minutes=\"5\"", "minutes=\"five\"", "bad-number", 1, 39},
        {"minutes=\"5\"", "minutes=\"121\"", "out-of-range", 1, 39},
        {"minutes=\"5\"", "minutes=\"5\" author=\"me\"", "unknown-attribute", 1, 51},
        {" title=\"T\"", "", "missing-attribute", 1, 1},
        {"title=\"T\"", "title=\"\"", "empty-attribute", 1, 14},
        // <patient> (line 2)
        {"age=\"40\"", "age=\"forty\"", "bad-number", 2, 21},
        {"age=\"40\"", "age=\"111\"", "out-of-range", 2, 21},
        {"sex=\"male\"", "sex=\"m\"", "bad-enum", 2, 30},
        {"job=\"J\"", "job=\"J\" build=\"tall\"", "bad-enum", 2, 49},
        {"job=\"J\"", "job=\"J\" skin=\"6\"", "out-of-range", 2, 49},
        {" job=\"J\"", "", "missing-attribute", 2, 3},
        {"<complaint>c</complaint>", "", "missing-element", 2, 3},
        {"<wants>w</wants>", "<wants></wants>", "missing-text", 3,
         29}, // once: not also "needs <wants>"
        {"<manner>m</manner>", "<manner>m</manner> stray", "unexpected-text", 3, 64},
        {"status=\"better\">o</outcome>", "status=\"better\"></outcome>", "missing-text", 8, 3},
        {"<manner>m</manner>", "<manner>m</manner><mood/>", "unknown-element", 3, 63},
        // <truth>, <accept>
        {"diagnosis=\"knee-oa\">t", "diagnosis=\"Knee\">t", "bad-id", 5, 10},
        {"<truth diagnosis=\"knee-oa\">t</truth>",
         "<truth diagnosis=\"knee-oa\" side=\"up\">t</truth>", "bad-enum", 5, 30},
        {"@@", "<accept diagnosis=\"l3-radiculopathy\">x</accept>", "missing-attribute", 6, 3},
        {"@@", "<accept diagnosis=\"l3-radiculopathy\" credit=\"1.5\">x</accept>", "out-of-range",
         6, 40},
        // <history>, <exam>, <investigations> (slot, line 6)
        {"@@", "<history><answer q=\"Pain\">x</answer></history>", "bad-id", 6, 20},
        {"@@", "<history><answer q=\"onset\"/></history>", "missing-text", 6, 12},
        {"@@", "<history><answer q=\"onset\"><say>a</say>\n<say> </say></answer></history>",
         "missing-text", 7, 1},
        {"@@", "<history><answer q=\"onset\">a</answer>\n<answer q=\"onset\">b</answer></history>",
         "duplicate-id", 7, 9},
        {"@@", "<history><question q=\"onset\"/></history>", "unknown-element", 6, 12},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\" "
         "onset=\"abc\">x</finding></exam>",
         "bad-number", 6, 60},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\" "
         "onset=\"181\">x</finding></exam>",
         "out-of-range", 6, 60},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\" "
         "range=\"-1\">x</finding></exam>",
         "out-of-range", 6, 60},
        {"@@", "<exam><finding exam=\"slr\" side=\"right\" result=\"odd\">x</finding></exam>",
         "bad-enum", 6, 42},
        {"@@", "<exam><finding exam=\"slr\" side=\"up\" result=\"positive\">x</finding></exam>",
         "bad-enum", 6, 29},
        {"@@", "<exam><finding exam=\"slr\" side=\"right\">x</finding></exam>", "missing-attribute",
         6, 9},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\" "
         "neural=\"maybe\">x</finding></exam>",
         "bad-enum", 6, 60},
        {"@@", "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\"/></exam>",
         "missing-text", 6, 9},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\" onset=\"50\" "
         "range=\"40\">x</finding></exam>",
         "onset-beyond-range", 6, 60},
        {"@@",
         "<exam><finding exam=\"slr\" side=\"right\" result=\"positive\">x</finding>\n<finding "
         "exam=\"slr\" side=\"right\" result=\"normal\">y</finding></exam>",
         "duplicate-id", 7, 10},
        {"@@", "<investigations><result test=\"mri-lumbar\"/></investigations>", "missing-element",
         6, 19},
        {"@@",
         "<investigations><result test=\"mri-lumbar\"><report>r</report><image level=\"L6-L7\" "
         "finding=\"bulge\"/></result></investigations>",
         "bad-enum", 6, 70},
        {"@@",
         "<investigations><result test=\"mri-lumbar\"><report>r</report><image level=\"L3-L4\" "
         "finding=\"bulge\" grade=\"6\"/></result></investigations>",
         "out-of-range", 6, 100},
        {"@@",
         "<investigations><result test=\"mri-lumbar\"><report>r</report><image "
         "level=\"L3-L4\"/></result></investigations>",
         "missing-attribute", 6, 63},
        {"@@",
         "<investigations><result "
         "test=\"mri-lumbar\"><report>r</report><film/></result></investigations>",
         "unknown-element", 6, 63},
        // visits
        {"@@", "<visit id=\"v0\" title=\"V0\" weeks=\"105\"><next visit=\"v1\"/></visit>",
         "out-of-range", 6, 29},
        {"@@", "<visit id=\"v0\" title=\"V0\" status=\"fine\"><next visit=\"v1\"/></visit>",
         "bad-enum", 6, 29},
        {"@@", "<visit id=\"v0\" title=\"V0\"><next visit=\"v1\" outcome=\"o\"/></visit>",
         "bad-next", 6, 29},
        {"@@", "<visit id=\"v0\" title=\"V0\"><next/></visit>", "bad-next", 6, 29},
        {"@@", "<visit id=\"v0\" title=\"V0\"><next visit=\"v1\" when=\"now\"/></visit>",
         "unknown-attribute", 6, 46},
        {"@@", "<visit id=\"v0\" title=\"V0\"><narrative/><next visit=\"v1\"/></visit>",
         "missing-text", 6, 29},
        {"@@",
         "<visit id=\"v0\" title=\"V0\"><chart><region at=\"calf\" kind=\"pain\"/></chart><next "
         "visit=\"v1\"/></visit>",
         "missing-attribute", 6, 36},
        {"@@",
         "<visit id=\"v0\" title=\"V0\"><chart><region at=\"elbow\" side=\"left\" "
         "kind=\"pain\"/></chart><next visit=\"v1\"/></visit>",
         "bad-enum", 6, 44},
        {"@@",
         "<visit id=\"v0\" title=\"V0\"><chart><region at=\"saddle\" side=\"left\" "
         "kind=\"pain\"/></chart><next visit=\"v1\"/></visit>",
         "unexpected-side", 6, 56},
        {"@@",
         "<visit id=\"v0\" title=\"V0\"><chart><region at=\"calf\" side=\"left\" "
         "kind=\"ache\"/></chart><next visit=\"v1\"/></visit>",
         "bad-enum", 6, 66},
        {"@@", "<visit id=\"v0\" title=\"V0\"><plan/><next visit=\"v1\"/></visit>",
         "unknown-element", 6, 29},
        {"<outcome id=\"o\" status=\"better\">", "<outcome id=\"o\" status=\"fine\">", "bad-enum",
         8, 19},
        // scoring (line 9)
        {"points=\"1\">f", ">f", "missing-points", 9, 12},
        {"points=\"1\">f", "points=\"21\">f", "out-of-range", 9, 53},
        {"points=\"1\">f", "points=\"0\">f", "out-of-range", 9, 53},
        {"tag=\"essential\" points=\"1\"", "tag=\"neutral\" points=\"1\"", "out-of-range", 9, 51},
        {"tag=\"essential\" points=\"1\"", "tag=\"vital\"", "bad-enum", 9, 37},
        {"do=\"ask pain-site\"", "do=\"ask\"", "bad-action", 9, 18},
        {"do=\"ask pain-site\"", "do=\"diagnose knee-oa\"", "bad-action", 9, 18},
        {"do=\"ask pain-site\"", "do=\"advance\"", "bad-action", 9, 18},
        {"points=\"1\">f", "points=\"1\" domain=\"diagnosis\">f", "bad-enum", 9, 64},
        {"points=\"1\">f", "points=\"1\" critical=\"yes\">f", "bad-enum", 9, 64},
        {"points=\"1\">f", "points=\"1\" visit=\"V1\">f", "bad-id", 9, 64},
        {"points=\"1\">f</rule>", "points=\"1\"></rule>", "missing-text", 9, 12},
        {"<scoring>", "<scoring><weights history=\"101\"/>", "out-of-range", 9, 21},
        {"<scoring>",
         "<scoring><weights history=\"0\" examination=\"0\" investigations=\"0\" diagnosis=\"0\" "
         "management=\"0\" safety=\"0\" efficiency=\"0\"/>",
         "out-of-range", 9, 12},
        {"<scoring>", "<scoring><weights speed=\"3\"/>", "unknown-attribute", 9, 21},
        {"<scoring>", "<scoring><bonus/>", "unknown-element", 9, 12},
        // expert and learning
        {"plan conservative\n", "plan\n", "bad-action", 13, 0},
        {"<point cite=\"fixture\">p</point>", "<point>p</point>", "missing-attribute", 16, 13},
        {"<point cite=\"fixture\">p</point>", "", "missing-element", 16, 3},
        {"<point cite=\"fixture\">p</point>", "<point cite=\"fixture\">p</point><tip/>",
         "unknown-element", 16, 44},
        {"</learning>\n", "</learning>\n  <appendix/>\n", "unknown-element", 17, 3},
    };
    for (const Fault& f : faults)
        expectOnly(f);
}

TEST_CASE("missing top-level elements are reported at <case>") {
    const std::string base = with("@@", "");
    const std::pair<const char*, const char*> cuts[] = {
        {"  <patient", "</patient>\n"}, {"  <truth", "</truth>\n"},
        {"  <visit", "</visit>\n"},     {"  <scoring>", "</scoring>\n"},
        {"  <expert>", "</expert>\n"},  {"  <learning>", "</learning>\n"},
    };
    for (const auto& [from, to] : cuts) {
        CAPTURE(from);
        std::string text = base;
        auto a = text.find(from);
        auto b = text.find(to, a);
        REQUIRE(a != std::string::npos);
        REQUIRE(b != std::string::npos);
        text.erase(a, b + std::string(to).size() - a);
        Diagnostics d;
        auto c = rct::caseFromString(text, d);
        INFO(d.str());
        REQUIRE(d.all().size() == 1);
        CHECK(d.all()[0].code == "missing-element");
        CHECK(d.all()[0].line == 1);
        CHECK(d.all()[0].message.find(std::string(to).substr(2, std::string(to).size() - 4)) !=
              std::string::npos);
    }
}

TEST_CASE("expert block: a bad line points at its line in the case file") {
    Diagnostics d;
    auto c = rct::caseFromString(
        with("diagnose knee-oa\n", "diagnose knee-oa\n  # fine\nfly away\n"), d);
    auto x = rct::only(d, "bad-action");
    CHECK(x.line == 14);
    CHECK(c->expert.size() == 4);
    CHECK(c->expert[3].line == 16);
}

TEST_CASE("an expert block with only comments is missing-expert at <expert>") {
    Diagnostics d;
    rct::caseFromString(
        with("ask pain-site\ndiagnose knee-oa\nplan conservative\nadvance\n", "# nothing\n"), d);
    auto x = rct::only(d, "missing-expert");
    CHECK(x.line == 10);
    CHECK(x.col == 3);
}

TEST_CASE("an answer holds text or say variants, not both") {
    Diagnostics d;
    auto c = rct::caseFromString(
        with("@@", "<history><answer q=\"onset\">x<say>a</say><say>b</say></answer></history>"), d);
    INFO(d.str());
    CHECK(rct::only(d, "mixed-answer").line == 6);
}

TEST_CASE("more than three visits is too-many-visits at <case>") {
    Diagnostics d;
    rct::caseFromString(
        with("@@",
             "<visit id=\"a\" title=\"A\"><next visit=\"b\"/></visit><visit id=\"b\" title=\"B\">"
             "<next visit=\"c\"/></visit><visit id=\"c\" title=\"C\"><next visit=\"v1\"/></visit>"),
        d);
    auto x = rct::only(d, "too-many-visits");
    CHECK(x.line == 1);
    CHECK(d.all().size() == 1);
}

TEST_CASE("a second visit defaults to status 'same', the first to 'new'") {
    Diagnostics d;
    auto c = rct::caseFromString(
        with("  <visit id=\"v1\" title=\"V\"><next outcome=\"o\"/></visit>",
             "  <visit id=\"v1\" title=\"V\"><next visit=\"v2\"/></visit>\n"
             "  <visit id=\"v2\" title=\"W\" weeks=\"2\"><next outcome=\"o\"/></visit>"),
        d);
    REQUIRE(c);
    CHECK(d.all().empty());
    CHECK(c->visits[0].status == "new");
    CHECK(c->visits[1].status == "same");
    CHECK(c->visits[1].weeks == 2);
}

TEST_CASE("the loader keeps going: every fault of a file is reported in one run") {
    Diagnostics d;
    std::string text = with("age=\"40\"", "age=\"x\"");
    text = with("difficulty=\"1\"", "difficulty=\"9\"", text);
    text = with("do=\"ask pain-site\"", "do=\"ask Pain\"", text);
    text = with("<outcome id=\"o\" status=\"better\">", "<outcome id=\"o\" status=\"fine\">", text);
    auto c = rct::caseFromString(text, d);
    REQUIRE(c);
    CHECK(rct::codes(d) ==
          std::vector<std::string>{"out-of-range", "bad-number", "bad-enum", "bad-action"});
    std::vector<int> lines;
    for (const auto& x : d.all())
        lines.push_back(x.line);
    CHECK(lines == std::vector<int>{1, 2, 8, 9});
}

TEST_CASE("a file that is not a case is wrong-root, broken files give no case") {
    Diagnostics d;
    CHECK_FALSE(rct::caseFromString("<catalog/>", d).has_value());
    CHECK(rct::only(d, "wrong-root").line == 1);
    Diagnostics d2;
    CHECK_FALSE(rc::loadCaseFile(rct::fixtures() + "/nope.xml", d2).has_value());
    rct::only(d2, "missing-file");
    Diagnostics d3;
    CHECK_FALSE(rct::caseFromString("<case id=\"x\"><patient></case>", d3).has_value());
    rct::only(d3, "xml-syntax");
}
