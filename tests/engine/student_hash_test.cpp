// Case::studentHash, what a results file binds a case to, is printed straight from the full case
// (no copy of the document): it must equal the hash of the student projection, the copy with the
// key taken out, for every bundled case and for the parts the projection drops.
#include "game/engine/content_hash.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/student_copy.hpp"
#include "game/engine/xml_reader.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <string>

namespace {

std::uint64_t viaCopy(const rc::XmlFile& f) {
    return rc::contentHash(rc::studentProjection(f.root()));
}

} // namespace

TEST_CASE(
    "student hash: printed from the full case, equal to the projection's, every bundled case") {
    int cases = 0;
    rc::XmlFile f;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(ROOTCAUSE_TEST_CONTENT) + "/cases")) {
        if (e.path().extension() != ".xml") continue;
        rc::Diagnostics d;
        REQUIRE(f.load(e.path().string(), d));
        CHECK_MESSAGE(rc::studentHash(f.root()) == viaCopy(f), e.path().string());
        ++cases;
    }
    CHECK(cases >= 20);
}

TEST_CASE("student hash: the key, the outcome's story, comments and the student-copy mark are left "
          "out, everything else counts") {
    const std::string base =
        "<case id=\"x\" title=\"T\"%s><!-- the answer is L3 --><patient age=\"40\">Ana &amp; "
        "co</patient><truth dx=\"l3\"/>%s<outcome id=\"better\" when=\"6w\"><story>%s</story>"
        "</outcome></case>";
    auto make = [&](const char* copyAttr, const char* extraKey, const char* story) {
        char buf[512];
        std::snprintf(buf, sizeof buf, base.c_str(), copyAttr, extraKey, story);
        rc::XmlFile f;
        rc::Diagnostics d;
        REQUIRE(f.parse("t.xml", buf, d));
        CHECK(rc::studentHash(f.root()) == viaCopy(f));
        return rc::studentHash(f.root());
    };
    const std::uint64_t plain = make("", "", "She recovered.");
    // None of these reach a student: the hash is the same.
    CHECK(make(" student-copy=\"true\"", "", "She recovered.") == plain);
    CHECK(make("", "<expert><step>ask a</step></expert>", "She recovered.") == plain);
    CHECK(make("", "", "A different story.") == plain);
    // What a student sees changes it.
    rc::XmlFile g;
    rc::Diagnostics d;
    REQUIRE(g.parse("t.xml",
                    "<case id=\"x\" title=\"T\"><patient age=\"41\">Ana &amp; co</patient>"
                    "<truth dx=\"l3\"/><outcome id=\"better\" when=\"6w\"/></case>",
                    d));
    CHECK(rc::studentHash(g.root()) != plain);
}
