#include <doctest/doctest.h>

#include "game/engine/catalog_loader.hpp"
#include "tests/engine/test_support.hpp"

using rc::Catalog;
using rc::Diagnostics;

TEST_CASE("the fixture catalogue loads clean from five files") {
    Diagnostics d;
    Catalog cat = rc::loadCatalogDir(rct::fixtureContent(), d);
    INFO(d.str());
    CHECK(d.all().empty());
    CHECK(cat.topics.size() == 3);
    CHECK(cat.questions.size() == 5);
    CHECK(cat.examGroups.size() == 3);
    CHECK(cat.exams.size() == 4);
    CHECK(cat.investigations.size() == 4);
    CHECK(cat.pathways.size() == 3);
    CHECK(cat.parts.size() == 4);
    CHECK(cat.diagnoses.size() == 4);
}

TEST_CASE("questions and topics: every field") {
    const Catalog& cat = rct::catalog();
    REQUIRE(cat.topics.size() == 3);
    CHECK(cat.topics[0].id == "pain");
    CHECK(cat.topics[0].label == "The pain");
    CHECK(cat.topics[0].questions == std::vector<std::string>{"pain-site", "onset"});
    CHECK(cat.topics[1].id == "red-flags");
    const rc::Question* q = cat.question("pain-site");
    REQUIRE(q);
    CHECK(q->topic == "pain");
    CHECK(q->text == "Where exactly is the pain?");
    CHECK(q->defaultAnswer == "In the knee.");
    CHECK(q->minutes == 2);
    CHECK(q->pos.line == 5);
    CHECK(q->pos.col == 5);
    CHECK(q->pos.file == rct::fixtureContent() + "/catalog/history.xml");
    CHECK(cat.question("onset")->minutes == 1); // default
    CHECK(cat.question("weight-loss")->minutes == 0);
    CHECK(cat.question("nope") == nullptr);
}

TEST_CASE("exams: every field, defaults and accuracy figures") {
    const Catalog& cat = rct::catalog();
    const rc::Exam* slr = cat.exam("slr");
    REQUIRE(slr);
    CHECK(slr->group == "neurodynamic");
    CHECK(slr->label == "Straight leg raise");
    CHECK(slr->minutes == 2);
    CHECK(slr->sided);
    CHECK(slr->handsOn == "slr");
    CHECK(slr->normal == "Hip flexes to about 80 degrees with a hamstring stretch only.");
    REQUIRE(slr->accuracy.size() == 1);
    const rc::Accuracy& a = slr->accuracy[0];
    CHECK(a.target == "Disc herniation with root compression");
    CHECK(*a.sens == doctest::Approx(0.91));
    CHECK(*a.spec == doctest::Approx(0.26));
    CHECK_FALSE(a.lrPos.has_value());
    CHECK_FALSE(a.lrNeg.has_value());
    CHECK(a.cite == "fixture:1 deville-2000");
    CHECK(a.note.empty());
    CHECK(slr->bearsOn == std::vector<std::string>{"l4-radiculopathy"});
    CHECK(slr->normalRange == 80);
    CHECK(*slr->dorsiflexionShift == doctest::Approx(-10));
    CHECK_FALSE(slr->neckReleaseShift.has_value());

    const rc::Exam* pkb = cat.exam("pkb");
    REQUIRE(pkb);
    CHECK(pkb->minutes == 3);
    CHECK(*pkb->accuracy[0].lrPos == doctest::Approx(2.5));
    CHECK(*pkb->accuracy[0].lrNeg == doctest::Approx(0.4));
    CHECK_FALSE(pkb->accuracy[0].sens.has_value());
    CHECK(pkb->bearsOn.size() == 2);
    CHECK(pkb->normalRange == 130);
    CHECK_FALSE(pkb->dorsiflexionShift.has_value());

    const rc::Exam* eff = cat.exam("knee-effusion");
    REQUIRE(eff);
    CHECK_FALSE(eff->sided);
    CHECK(eff->handsOn.empty());
    CHECK(eff->accuracy[0].note == "No accuracy data in the fact sheet.");
    CHECK_FALSE(eff->accuracy[0].sens.has_value());

    const rc::Exam* reflex = cat.exam("knee-reflex");
    REQUIRE(reflex);
    CHECK(reflex->minutes == 2); // default
    CHECK(reflex->sided);
    CHECK(reflex->handsOn.empty());
    CHECK(cat.examGroups[1].exams == std::vector<std::string>{"knee-effusion"});
}

TEST_CASE("investigations: every field and defaults") {
    const Catalog& cat = rct::catalog();
    const rc::Investigation* crp = cat.investigation("crp");
    REQUIRE(crp);
    CHECK(crp->kind == "laboratory");
    CHECK(crp->cost == 15);
    CHECK(crp->minutes == 2);
    CHECK(crp->wait == rc::Wait::SameVisit);
    CHECK(crp->radiation == 0);
    CHECK(crp->image == "chart");
    CHECK(crp->normal == "CRP 3 mg/L (normal).");

    const rc::Investigation* xr = cat.investigation("xray-lumbar");
    REQUIRE(xr);
    CHECK(xr->wait == rc::Wait::NextVisit);
    CHECK(xr->radiation == doctest::Approx(1.5));
    CHECK(xr->minutes == 3); // default
    CHECK(xr->cost == 60);
    CHECK(xr->image == "spine-xray");

    const rc::Investigation* mri = cat.investigation("mri-lumbar");
    REQUIRE(mri);
    CHECK(mri->wait == rc::Wait::NextVisit); // default
    CHECK(mri->label == "MRI lumbar spine");
    CHECK(mri->bearsOn == std::vector<std::string>{"l3-radiculopathy"});
    CHECK(cat.investigation("xray-knee")->radiation == doctest::Approx(0.005));
}

TEST_CASE("pathways, parts and diagnoses: every field") {
    const Catalog& cat = rct::catalog();
    const rc::Pathway* p = cat.pathway("conservative");
    REQUIRE(p);
    CHECK(p->label == "Conservative care");
    CHECK(p->about == "Education, staying active and exercise first.");
    CHECK(cat.pathway("education") == nullptr);

    const rc::PlanPart* fu = cat.part("follow-up-6w");
    REQUIRE(fu);
    CHECK(fu->group == "follow-up");
    CHECK(fu->weeks == 6);
    CHECK(fu->label == "Review in six weeks");
    CHECK(cat.part("analgesia")->group == "medication");
    CHECK(cat.part("analgesia")->weeks == -1);
    CHECK(cat.part("conservative") == nullptr);

    const rc::DiagnosisDef* l3 = cat.diagnosis("l3-radiculopathy");
    REQUIRE(l3);
    CHECK(l3->label == "L3 radiculopathy");
    CHECK(l3->region == "spine");
    CHECK(l3->roots == std::vector<std::string>{"L3"});
    CHECK(l3->sided);
    CHECK(cat.diagnosis("l4-radiculopathy")->roots == std::vector<std::string>{"L3", "L4"});
    CHECK(cat.diagnosis("cauda-equina")->roots.size() == 3);
    const rc::DiagnosisDef* oa = cat.diagnosis("knee-oa");
    REQUIRE(oa);
    CHECK_FALSE(oa->sided);
    CHECK(oa->roots.empty());
    CHECK(oa->region == "knee");
}

namespace {
// A minimal catalogue holding one of each kind; tests alter one line at a time.
const char* kCat = R"(<catalog>
  <diagnosis id="knee-oa" label="Knee OA" region="knee"/>
  <exam-group id="knee" label="Knee">
    <exam id="effusion" label="Effusion">
      <normal>None.</normal>
      <accuracy target="x" sens="0.5" spec="0.5" cite="c"/>
      <bears-on diagnosis="knee-oa"/>
    </exam>
  </exam-group>
</catalog>)";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("catalogue faults carry their code, line and column") {
    SUBCASE("clean") {
        Diagnostics d;
        Catalog cat;
        rct::catalogFromString(kCat, cat, d);
        rc::checkCatalog(cat, d);
        CHECK(d.all().empty());
    }
    struct Case {
        const char* from;
        const char* to;
        const char* code;
        int line, col;
    };
    const Case cases[] = {
        {"sens=\"0.5\" spec", "sens=\"1.5\" spec", "out-of-range", 6, 28},
        {"sens=\"0.5\" spec", "sens=\"half\" spec", "bad-number", 6, 28},
        {" spec=\"0.5\"", "", "accuracy-figures", 6, 7},
        {"sens=\"0.5\" spec=\"0.5\" ", "", "accuracy-figures", 6, 7},
        {"region=\"knee\"", "region=\"leg\"", "bad-enum", 2, 43},
        {"region=\"knee\"", "region=\"knee\" root=\"L9\"", "bad-enum", 2, 57},
        {"label=\"Effusion\"", "label=\"Effusion\" sided=\"yes\"", "bad-enum", 4, 42},
        {"label=\"Effusion\"", "label=\"Effusion\" hands-on=\"squat\"", "bad-enum", 4, 42},
        {"label=\"Effusion\"", "label=\"Effusion\" minutes=\"61\"", "out-of-range", 4, 42},
        // Normal ranges and differentiation shifts are data of hands-on exams only.
        {"label=\"Effusion\"", "label=\"Effusion\" normal-range=\"80\"", "not-hands-on", 4, 5},
        {"label=\"Effusion\"", "label=\"Effusion\" dorsiflexion-shift=\"-10\"", "not-hands-on", 4,
         5},
        {"label=\"Effusion\"", "label=\"Effusion\" hands-on=\"pkb\"", "missing-attribute", 4, 5},
        {"label=\"Effusion\"", "label=\"Effusion\" hands-on=\"pkb\" normal-range=\"0\"",
         "out-of-range", 4, 57},
        {"label=\"Effusion\"",
         "label=\"Effusion\" hands-on=\"slump\" normal-range=\"90\" neck-release-shift=\"99\"",
         "out-of-range", 4, 77},
        {"label=\"Effusion\"", "label=\"Effusion\" colour=\"red\"", "unknown-attribute", 4, 42},
        {"id=\"effusion\"", "id=\"Effusion\"", "bad-id", 4, 11},
        {" label=\"Effusion\"", "", "missing-attribute", 4, 5},
        {"<normal>None.</normal>", "<normal/>", "missing-text", 5, 7},
        {"<normal>None.</normal>", "", "missing-element", 4, 5},
        {"<bears-on diagnosis=\"knee-oa\"/>", "<bears-on diagnosis=\"hip-oa\"/>", "unknown-ref", 4, 5},
        {"<bears-on diagnosis=\"knee-oa\"/>", "<bears-on/>", "missing-attribute", 7, 7},
        {"<bears-on diagnosis=\"knee-oa\"/>", "<bears-on diagnosis=\"knee-oa\"/><cite/>", "unknown-element", 7, 38},
        {"<exam-group id=\"knee\" label=\"Knee\">", "<exam-group id=\"knee\" label=\"Knee\"><note/>",
         "unknown-element", 3, 38},
        {"region=\"knee\"/>", "region=\"knee\"><x/></diagnosis>", "unknown-element", 2, 57},
        {"region=\"knee\"/>", "region=\"knee\"/>\n  <diagnosis id=\"knee-oa\" label=\"Again\" region=\"knee\"/>",
         "duplicate-id", 3, 3},
    };
    for (const Case& c : cases) {
        CAPTURE(c.to);
        Diagnostics d;
        Catalog cat;
        rct::catalogFromString(replaced(kCat, c.from, c.to), cat, d);
        rc::checkCatalog(cat, d);
        INFO(d.str());
        REQUIRE(d.all().size() == 1);
        CHECK(d.all()[0].code == c.code);
        CHECK(d.all()[0].line == c.line);
        CHECK(d.all()[0].col == c.col);
        CHECK(d.all()[0].file == "cat.xml");
    }
}

TEST_CASE("a follow-up part needs weeks, weeks are 0..52") {
    Diagnostics d;
    Catalog cat;
    rct::catalogFromString(R"(<catalog>
  <part id="fu" group="follow-up" label="F"><about>a</about></part>
  <part id="fu2" group="follow-up" weeks="53" label="F"><about>a</about></part>
  <part id="ex" group="exercises" label="E"><about>a</about></part>
  <pathway id="p" label="P"/>
</catalog>)",
                           cat, d);
    REQUIRE(rct::codes(d) ==
            std::vector<std::string>{"missing-attribute", "out-of-range", "missing-attribute",
                                     "bad-enum", "missing-element"});
    CHECK(d.all()[0].line == 2);
    CHECK(d.all()[1].line == 3);
    CHECK(d.all()[1].col == 36);
    CHECK(d.all()[3].line == 4);
    CHECK(d.all()[4].line == 5);
    CHECK(cat.parts.size() == 3);
}

TEST_CASE("investigation faults: kind, cost, wait, radiation, image") {
    Diagnostics d;
    Catalog cat;
    rct::catalogFromString(R"(<catalog>
  <investigation id="a" label="A" kind="scan" cost="1"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
  <investigation id="b" label="B" kind="imaging"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
  <investigation id="c" label="C" kind="imaging" cost="1" wait="later"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
  <investigation id="d" label="D" kind="imaging" cost="1" radiation="51"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
  <investigation id="e" label="E" kind="imaging" cost="1" image="photo"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
  <investigation id="f" label="F" kind="imaging" cost="100001"><normal>n</normal><accuracy target="t" note="n" cite="c"/><bears-on diagnosis="x"/></investigation>
</catalog>)",
                           cat, d);
    REQUIRE(rct::codes(d) == std::vector<std::string>{"bad-enum", "missing-attribute", "bad-enum",
                                                      "out-of-range", "bad-enum", "out-of-range"});
    for (int i = 0; i < 6; ++i) CHECK(d.all()[static_cast<std::size_t>(i)].line == i + 2);
    CHECK(d.all()[0].col == 35);
    CHECK(cat.investigations.size() == 6);
    CHECK(cat.investigations[2].wait == rc::Wait::NextVisit);
}

TEST_CASE("a catalogue file with another root is wrong-root") {
    Diagnostics d;
    Catalog cat;
    rct::catalogFromString("<case id=\"x\"/>", cat, d);
    auto x = rct::only(d, "wrong-root");
    CHECK(x.line == 1);
    CHECK(cat.questions.empty());
}

TEST_CASE("an empty catalogue folder is missing-file, a missing file inside is not a crash") {
    rct::TempDir t;
    Diagnostics d;
    Catalog cat = rc::loadCatalogDir(t.str(), d);
    rct::only(d, "missing-file");
    Diagnostics d2;
    rc::loadCatalogFile(t.str() + "/nope.xml", cat, d2);
    rct::only(d2, "missing-file");
}

TEST_CASE("ids are unique across files of a folder") {
    rct::TempDir t;
    t.write("catalog/a.xml", "<catalog>\n<diagnosis id=\"x\" label=\"X\" region=\"knee\"/>\n</catalog>");
    t.write("catalog/b.xml", "<catalog>\n\n<diagnosis id=\"x\" label=\"X\" region=\"knee\"/>\n</catalog>");
    Diagnostics d;
    rc::loadCatalogDir(t.str(), d);
    auto x = rct::only(d, "duplicate-id");
    CHECK(x.file == t.str() + "/catalog/b.xml");
    CHECK(x.line == 3);
}
