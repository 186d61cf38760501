#include <doctest/doctest.h>

#include <filesystem>

#include "game/engine/content.hpp"
#include "game/engine/lint.hpp"
#include "tests/engine/test_support.hpp"

namespace fs = std::filesystem;
using rc::Diagnostics;

namespace {
/// A copy of the fixture content folder in a temporary folder, to break things in.
struct ContentCopy : rct::TempDir {
    ContentCopy() {
        fs::copy(rct::fixtureContent(), path, fs::copy_options::recursive);
    }
};
} // namespace

TEST_CASE("the fixture content loads clean: catalogue, two cases, one challenge") {
    Diagnostics d;
    rc::Content c = rc::loadContent(rct::fixtureContent(), d);
    INFO(d.str());
    CHECK(d.all().empty());
    CHECK(c.dir == rct::fixtureContent());
    REQUIRE(c.cases.size() == 2);
    CHECK(c.cases[0].id == "fixture-l3"); // sorted by file name
    CHECK(c.cases[1].id == "fixture-oa");
    CHECK(c.findCase("fixture-oa") == &c.cases[1]);
    CHECK(c.findCase("nope") == nullptr);
    REQUIRE(c.challenges.size() == 1);
    CHECK(c.findChallenge("fixture-pack") == &c.challenges[0]);
    CHECK(c.findChallenge("nope") == nullptr);
    CHECK(c.catalog.exam("slr") != nullptr);
}

TEST_CASE("a broken case is reported and left out, the others load") {
    ContentCopy t;
    std::string text = rct::readFile(t.str() + "/cases/fixture-oa.xml");
    text.replace(text.find("age=\"68\""), 8, "age=\"old\"");
    t.write("cases/fixture-oa.xml", text);
    Diagnostics d;
    rc::Content c = rc::loadContent(t.str(), d);
    REQUIRE(c.cases.size() == 1);
    CHECK(c.cases[0].id == "fixture-l3");
    REQUIRE(d.errorCount() == 2);
    CHECK(d.all()[0].code == "bad-number");
    CHECK(d.all()[0].file == t.str() + "/cases/fixture-oa.xml");
    CHECK(d.all()[0].line == 4);
    // The challenge still loads, and says which case it cannot find.
    CHECK(d.all()[1].code == "unknown-ref");
    CHECK(d.all()[1].file == t.str() + "/challenges/fixture-pack.xml");
    CHECK(d.all()[1].line == 5);
    CHECK(c.challenges.size() == 1);
}

TEST_CASE("a case with a dangling reference is left out, so is malformed XML and an empty file") {
    ContentCopy t;
    t.write("cases/a-empty.xml", "\n");
    t.write("cases/b-malformed.xml", "<case id=\"b\">\n<patient>\n</case>\n");
    std::string text = rct::readFile(t.str() + "/cases/fixture-oa.xml");
    text.replace(text.find("<truth diagnosis=\"knee-oa\">"), 27, "<truth diagnosis=\"hip-oa\">");
    t.write("cases/fixture-oa.xml", text);
    Diagnostics d;
    rc::Content c = rc::loadContent(t.str(), d);
    REQUIRE(c.cases.size() == 1);
    CHECK(c.cases[0].id == "fixture-l3");
    CHECK(rct::codes(d) ==
          std::vector<std::string>{"empty-file", "xml-syntax", "unknown-ref", "unknown-ref"});
}

TEST_CASE("two files with one case id: the second is reported and left out") {
    ContentCopy t;
    fs::copy_file(t.path / "cases/fixture-oa.xml", t.path / "cases/z-copy.xml");
    Diagnostics d;
    rc::Content c = rc::loadContent(t.str(), d);
    CHECK(c.cases.size() == 2);
    auto x = rct::only(d, "duplicate-id");
    CHECK(x.file == t.str() + "/cases/z-copy.xml");
}

TEST_CASE("a folder without a catalogue is missing-file, never a crash") {
    rct::TempDir t;
    Diagnostics d;
    rc::Content c = rc::loadContent(t.str() + "/nowhere", d);
    rct::only(d, "missing-file");
    CHECK(c.cases.empty());
}

TEST_CASE("xmlFilesIn: sorted .xml files only, a missing folder is empty") {
    rct::TempDir t;
    t.write("b.xml", "x");
    t.write("a.xml", "x");
    t.write("c.txt", "x");
    t.write("sub/d.xml", "x");
    CHECK(rc::xmlFilesIn(t.str()) ==
          std::vector<std::string>{t.str() + "/a.xml", t.str() + "/b.xml"});
    CHECK(rc::xmlFilesIn(t.str() + "/none").empty());
}

TEST_CASE("resolveCase: by id, by path, or unknown-case") {
    Diagnostics d;
    rc::Content c = rc::loadContent(rct::fixtureContent(), d);
    std::optional<rc::Case> storage;
    const rc::Case* k = rc::resolveCase("fixture-oa", c, storage, d);
    REQUIRE(k);
    CHECK(k->id == "fixture-oa");
    CHECK_FALSE(storage.has_value());
    k = rc::resolveCase(rct::fixtures() + "/lint/case.xml", c, storage, d);
    REQUIRE(k);
    CHECK(k->id == "lint-case");
    CHECK(storage.has_value());
    CHECK(d.all().empty());
    CHECK(rc::resolveCase("no-such-case", c, storage, d) == nullptr);
    rct::only(d, "unknown-case");
    Diagnostics d2;
    CHECK(rc::resolveCase(rct::fixtures() + "/lint/case_fail_bad-number.xml", c, storage, d2) == nullptr);
    rct::only(d2, "bad-number");
}

TEST_CASE("checkCase: references, sides and visits against the catalogue") {
    const std::string base = rct::readFile(rct::fixtures() + "/lint/case.xml");
    auto check = [&](const std::string& from, const std::string& to) {
        std::string text = base;
        auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
        Diagnostics d;
        auto c = rct::checkedCaseFromString(text, d);
        REQUIRE(c);
        return d;
    };
    SUBCASE("clean") {
        Diagnostics d;
        rct::checkedCaseFromString(base, d);
        CHECK(d.all().empty());
    }
    SUBCASE("a sided true diagnosis without a side") {
        Diagnostics d = check("<truth diagnosis=\"l3-radiculopathy\" side=\"left\">",
                              "<truth diagnosis=\"l3-radiculopathy\">");
        rct::only(d, "missing-side");
    }
    SUBCASE("an unsided accepted diagnosis with a side") {
        Diagnostics d = check("<accept diagnosis=\"l4-radiculopathy\" side=\"left\"",
                              "<accept diagnosis=\"knee-oa\" side=\"left\"");
        CHECK(rct::only(d, "unexpected-side").line == 14);
    }
    SUBCASE("accepting the true diagnosis") {
        Diagnostics d = check("<accept diagnosis=\"l4-radiculopathy\"", "<accept diagnosis=\"l3-radiculopathy\"");
        CHECK(rct::only(d, "duplicate-id").line == 14);
    }
    SUBCASE("unknown references everywhere") {
        for (auto [from, to, line] : std::vector<std::tuple<std::string, std::string, int>>{
                 {"<accept diagnosis=\"l4-radiculopathy\"", "<accept diagnosis=\"hip-oa\"", 14},
                 {"<answer q=\"pain-site\">", "<answer q=\"pain-where\">", 16},
                 {"<finding exam=\"pkb\"", "<finding exam=\"fabere\"", 19},
                 {"<result test=\"mri-lumbar\">", "<result test=\"ct-lumbar\">", 22},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative homeopathy\"", 27},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative\" part=\"massage\"", 27},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative\" not-part=\"massage\"", 27},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative\" diagnosis=\"gout\"", 27},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative\" ordered=\"ct-lumbar\"", 27},
                 {"<next visit=\"v2\" pathway=\"conservative\"", "<next visit=\"v2\" pathway=\"conservative\" not-ordered=\"ct-lumbar\"", 27},
                 {"<next outcome=\"better\"/>", "<next outcome=\"gone\"/>", 31},
                 {"do=\"exam pkb left\"", "do=\"exam fabere left\"", 37},
                 {"do=\"order xray-lumbar\"", "do=\"order ct-lumbar\"", 38},
                 {"do=\"order xray-lumbar\"", "do=\"order xray-knee|ct-lumbar\"", 38},
                 {"do=\"plan conservative\"", "do=\"plan conservative massage\"", 39},
                 {"do=\"plan conservative\" tag", "do=\"plan conservative\" visit=\"v9\" tag", 39},
                 {"<path kind=\"guideline\" result=\"pass\" outcome=\"better\"", "<path kind=\"guideline\" result=\"pass\" outcome=\"gone\"", 53},
             }) {
            CAPTURE(to);
            Diagnostics d = check(from, to);
            INFO(d.str());
            auto x = rct::only(d, "unknown-ref");
            CHECK(x.line == line);
            CHECK(d.errorCount() == 1);
        }
    }
    SUBCASE("an unsided exam rule with a side") {
        Diagnostics d = check("do=\"order xray-lumbar\"", "do=\"exam knee-effusion left\"");
        CHECK(rct::only(d, "unexpected-side").line == 38);
    }
    SUBCASE("critical on a neutral or unnecessary rule") {
        Diagnostics d = check("tag=\"harmful\" points=\"4\">", "tag=\"unnecessary\" points=\"4\" critical=\"true\">");
        CHECK(rct::only(d, "bad-critical").line == 38);
    }
}

TEST_CASE("lintExpert: legal, finished, and at least 95") {
    const rc::Case& good = rct::fixtureCase();
    Diagnostics d;
    rc::lintExpert(good, rct::catalog(), d);
    CHECK(d.all().empty());

    rc::Case weak = good;
    weak.expert.erase(weak.expert.begin() + 2); // drop the critical cauda equina screen
    Diagnostics d2;
    rc::lintExpert(weak, rct::catalog(), d2);
    auto x = rct::only(d2, "expert-score");
    CHECK(x.line == 85);
    CHECK(x.message.find("85.0") != std::string::npos);
    CHECK(x.message.find("misses 'ask bladder-bowel'") != std::string::npos);

    rc::Case unfinished = good;
    unfinished.expert.pop_back();
    Diagnostics d3;
    rc::lintExpert(unfinished, rct::catalog(), d3);
    CHECK(rct::only(d3, "expert-unfinished").line == 85);

    rc::Case illegal = good;
    std::string err;
    REQUIRE(rc::parseAction("exam slr", illegal.expert[3], err));
    illegal.expert[3].line = 90;
    Diagnostics d4;
    rc::lintExpert(illegal, rct::catalog(), d4);
    CHECK(rct::only(d4, "illegal-action").line == 90);
}

TEST_CASE("lintPath: the fixture content folder is clean, a missing path is reported") {
    Diagnostics d;
    rc::LintStats st = rc::lintPath(rct::fixtureContent(), rct::fixtureContent(), d);
    INFO(d.str());
    CHECK(d.all().empty());
    CHECK(st.cases == 2);
    CHECK(st.challenges == 1);
    CHECK(st.files == 5 + 2 + 1);
    Diagnostics d2;
    rc::lintPath(rct::fixtures() + "/no-such-thing", rct::fixtureContent(), d2);
    CHECK(rct::only(d2, "missing-file").line == 0);
}

TEST_CASE("lintPath: a case outside a content folder is checked against the fallback") {
    Diagnostics d;
    rc::LintStats st = rc::lintPath(rct::fixtures() + "/lint/case.xml", rct::fixtureContent(), d);
    INFO(d.str());
    CHECK(d.all().empty());
    CHECK(st.cases == 1);
    // A fallback whose catalogue is broken is reported once, not as a cascade of case errors.
    rct::TempDir t;
    t.write("catalog/x.xml", "<catalog><topic id=\"t\"/></catalog>");
    Diagnostics d2;
    rc::lintPath(rct::fixtures() + "/lint/case.xml", t.str(), d2);
    CHECK(d2.has("broken-catalog"));
}

TEST_CASE("findContentRoot: the nearest folder with a catalog/, or the fallback") {
    CHECK(rc::findContentRoot(rct::fixtureCasePath("fixture-oa"), "FB") == rct::fixtureContent());
    CHECK(rc::findContentRoot(rct::fixtureContent(), "FB") == rct::fixtureContent());
    CHECK(rc::findContentRoot(rct::fixtures() + "/lint/case.xml", "FB") == "FB");
}
