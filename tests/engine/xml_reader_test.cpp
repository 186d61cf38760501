#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

#include <doctest/doctest.h>
#include <string>

using rc::Diagnostics;
using rc::Node;
using rc::XmlFile;

namespace {
// Columns below are counted by hand from this text (1-based).
const char* kAttrs = R"(<root a="1" big="999" word="x12" neg="-3"
      flag="yes" colour="mauve" Id="Bad_Id" empty="  "
      num="abc" inf="inf" ratio="0.5" not-part="a" part="b">
  <child>  some
     text  </child>
  <blank/>
</root>)";
} // namespace

TEST_CASE("isValidId accepts lower-case ids and rejects everything else") {
    CHECK(rc::isValidId("mri-lumbar"));
    CHECK(rc::isValidId("l3-radiculopathy"));
    CHECK(rc::isValidId("a"));
    CHECK_FALSE(rc::isValidId(""));
    CHECK_FALSE(rc::isValidId("3-l"));
    CHECK_FALSE(rc::isValidId("-a"));
    CHECK_FALSE(rc::isValidId("Mri"));
    CHECK_FALSE(rc::isValidId("mri_lumbar"));
    CHECK_FALSE(rc::isValidId("mri lumbar"));
    CHECK(rc::isValidId(std::string(64, 'a')));
    CHECK_FALSE(rc::isValidId(std::string(65, 'a')));
}

TEST_CASE("collapseSpace trims and collapses runs of blanks") {
    CHECK(rc::collapseSpace("  a \n\t b  c \r\n") == "a b c");
    CHECK(rc::collapseSpace(" \n ").empty());
    CHECK(rc::collapseSpace("x") == "x");
}

TEST_CASE("parse: empty and blank text is empty-file at 1:1") {
    for (const char* text : {"", "  \n\t\r\n"}) {
        Diagnostics d;
        XmlFile f;
        CHECK_FALSE(f.parse("e.xml", text, d));
        auto x = rct::only(d, "empty-file");
        CHECK(x.file == "e.xml");
        CHECK(x.line == 1);
        CHECK(x.col == 1);
        CHECK(d.all().size() == 1);
    }
}

TEST_CASE("parse: malformed XML is xml-syntax at the line of the fault") {
    Diagnostics d;
    XmlFile f;
    // TinyXML-2 reports a mismatched end tag at the line of the element it fails to close.
    CHECK_FALSE(f.parse("m.xml", "<a>\n  <b>\n  </c>\n</a>\n", d));
    auto x = rct::only(d, "xml-syntax");
    CHECK(x.line == 2);
    CHECK(x.col == 3); // the opening tag left open, not column 1
    CHECK(x.message ==
          "malformed XML: <b> is not closed: a closing tag after it names another element");
    CHECK(x.message.find("ErrorID") == std::string::npos); // not TinyXML-2's raw dump
    CHECK(d.all().size() == 1);
}

TEST_CASE(
    "parse: a bare ampersand and an entity XML does not define are refused where they stand") {
    Diagnostics d;
    XmlFile f;
    CHECK_FALSE(f.parse("e.xml", "<a>\n  fish & chips\n</a>\n", d));
    auto bare = rct::only(d, "bad-entity");
    CHECK(bare.line == 2);
    CHECK(bare.col == 8);
    CHECK(bare.message == "a bare '&': write &amp; for an ampersand");
    Diagnostics d2;
    XmlFile g;
    CHECK_FALSE(g.parse("x.xml", "<a b=\"&xxe;\">text</a>", d2));
    auto named = rct::only(d2, "bad-entity");
    CHECK(named.col == 7);
    CHECK(named.message.rfind("'&xxe;' is not an XML entity", 0) == 0);
    // The five XML entities, character references, and '&' in comments, CDATA and
    // processing instructions are all fine.
    Diagnostics d3;
    XmlFile h;
    CHECK(h.parse(
        "ok.xml",
        "<?pi & ?><a t=\"&quot;&apos;\"><!-- & --><![CDATA[ & ]]>&amp;&lt;&gt;&#233;&#xE9;</a>",
        d3));
    CHECK_FALSE(d3.hasErrors());
}

TEST_CASE("parse: an unclosed attribute and a missing root do not crash") {
    Diagnostics d;
    XmlFile f;
    CHECK_FALSE(f.parse("m.xml", "<a b=\"1>\n</a>", d));
    CHECK(d.has("xml-syntax"));
    Diagnostics d2;
    XmlFile g;
    CHECK_FALSE(g.parse("c.xml", "<!-- only a comment -->", d2));
    CHECK(d2.hasErrors());
}

TEST_CASE("load: a missing file is missing-file with no line") {
    Diagnostics d;
    XmlFile f;
    CHECK_FALSE(f.load(rct::fixtures() + "/no/such/file.xml", d));
    auto x = rct::only(d, "missing-file");
    CHECK(x.line == 0);
    CHECK(x.file == rct::fixtures() + "/no/such/file.xml");
}

TEST_CASE("load: a file over the size limit is refused before parsing") {
    rct::TempDir t;
    std::string big = "<a>" + std::string(rc::kMaxContentFileBytes, ' ') + "</a>";
    std::string p = t.write("big.xml", big);
    Diagnostics d;
    XmlFile f;
    CHECK_FALSE(f.load(p, d));
    rct::only(d, "file-too-large");
}

TEST_CASE("load: reads and parses a real file") {
    Diagnostics d;
    XmlFile f;
    REQUIRE(f.load(rct::fixtureCasePath("fixture-oa"), d));
    CHECK_FALSE(d.hasErrors());
    CHECK(std::string(f.root()->Name()) == "case");
    CHECK(f.path() == rct::fixtureCasePath("fixture-oa"));
}

TEST_CASE("Node: typed reads report code, line and column of the attribute") {
    Diagnostics d;
    XmlFile f;
    REQUIRE(f.parse("n.xml", kAttrs, d));
    Node n(f, f.root(), d);

    SUBCASE("good values") {
        CHECK(n.integer("a", 0, 5) == 1);
        CHECK(n.integer("missing", 0, 5, 4) == 4);
        CHECK(n.number("ratio", 0, 1, 0) == doctest::Approx(0.5));
        CHECK(n.number("missing", 0, 1, 0.25) == doctest::Approx(0.25));
        CHECK(n.str("colour") == "mauve");
        CHECK(n.str("missing", "dflt") == "dflt");
        CHECK(n.choice("colour", {"red", "mauve"}) == "mauve");
        CHECK(n.choice("missing", {"red"}, "red") == "red");
        CHECK(n.boolean("missing", true));
        CHECK_FALSE(n.optInteger("missing", 0, 1).has_value());
        CHECK_FALSE(n.optId("missing").has_value());
        CHECK(d.all().empty());
    }
    SUBCASE("out-of-range integer") {
        CHECK_FALSE(n.optInteger("big", 0, 100).has_value());
        auto x = rct::only(d, "out-of-range");
        CHECK(x.line == 1);
        CHECK(x.col == 13);
    }
    SUBCASE("bad-number integer") {
        CHECK(n.integer("word", 0, 100, 7) == 7);
        auto x = rct::only(d, "bad-number");
        CHECK(x.line == 1);
        CHECK(x.col == 23);
    }
    SUBCASE("negative below range") {
        CHECK(n.integer("neg", 0, 100, 9) == 9);
        auto x = rct::only(d, "out-of-range");
        CHECK(x.col == 34);
    }
    SUBCASE("bad boolean is bad-enum") {
        CHECK_FALSE(n.boolean("flag", false));
        auto x = rct::only(d, "bad-enum");
        CHECK(x.line == 2);
        CHECK(x.col == 7);
    }
    SUBCASE("bad choice is bad-enum and keeps the default") {
        CHECK(n.choice("colour", {"red", "blue"}, "red") == "red");
        auto x = rct::only(d, "bad-enum");
        CHECK(x.line == 2);
        CHECK(x.col == 18);
        CHECK(x.message.find("red, blue") != std::string::npos);
    }
    SUBCASE("bad id") {
        n.id("Id");
        auto x = rct::only(d, "bad-id");
        CHECK(x.line == 2);
        CHECK(x.col == 33);
    }
    SUBCASE("empty attribute") {
        CHECK(n.str("empty").empty());
        auto x = rct::only(d, "empty-attribute");
        CHECK(x.line == 2);
        CHECK(x.col == 45);
    }
    SUBCASE("bad decimal and non-finite decimal") {
        n.number("num", 0, 10, 0);
        n.number("inf", 0, 10, 0);
        REQUIRE(d.all().size() == 2);
        CHECK(d.all()[0].code == "bad-number");
        CHECK(d.all()[0].line == 3);
        CHECK(d.all()[0].col == 7);
        CHECK(d.all()[1].code == "bad-number");
        CHECK(d.all()[1].col == 17);
    }
    SUBCASE("decimal out of range") {
        CHECK(n.number("ratio", 0.6, 1, 0.9) == doctest::Approx(0.9));
        auto x = rct::only(d, "out-of-range");
        CHECK(x.col == 27);
    }
    SUBCASE("required attribute missing is reported at the element") {
        n.str("title");
        n.integer("count", 0, 3);
        n.choice("kind", {"a", "b"});
        REQUIRE(d.all().size() == 3);
        for (const auto& x : d.all()) {
            CHECK(x.code == "missing-attribute");
            CHECK(x.line == 1);
            CHECK(x.col == 1);
        }
        CHECK(d.all()[2].message.find("(a, b)") != std::string::npos);
    }
    SUBCASE("an attribute whose name ends another attribute's name is found by word start") {
        CHECK(n.integer("part", 0, 1, 0) == 0);
        auto x = rct::only(d, "bad-number");
        CHECK(x.line == 3);
        CHECK(x.col == 52);
    }
    SUBCASE("finish reports every attribute nobody read, at its own position") {
        n.integer("a", 0, 5);
        n.str("colour");
        n.finish();
        std::vector<std::string> names;
        for (const auto& x : d.all()) {
            CHECK(x.code == "unknown-attribute");
            names.push_back(x.message);
        }
        CHECK(d.all().size() == 11);
        // 'big' is the first unread attribute.
        CHECK(d.all()[0].line == 1);
        CHECK(d.all()[0].col == 13);
        CHECK(names[0].find("'big'") != std::string::npos);
    }
}

TEST_CASE("Node: children, text and element positions") {
    Diagnostics d;
    XmlFile f;
    REQUIRE(f.parse("n.xml", kAttrs, d));
    Node root(f, f.root(), d);
    const auto* child = f.root()->FirstChildElement("child");
    const auto* blank = f.root()->FirstChildElement("blank");
    Node c(f, child, d);
    CHECK(c.text(true) == "some text");
    CHECK(c.pos().line == 4);
    CHECK(c.pos().col == 3);
    Node b(f, blank, d);
    CHECK(b.text(false).empty());
    CHECK(d.all().empty());
    b.text(true);
    auto x = rct::only(d, "missing-text");
    CHECK(x.line == 6);
    CHECK(x.col == 3);
    root.unknownChild(blank);
    auto u = rct::only(d, "unknown-element");
    CHECK(u.line == 6);
    CHECK(u.col == 3);
    CHECK(u.message.find("<blank>") != std::string::npos);
}

TEST_CASE("Node::warning makes a warning, not an error") {
    Diagnostics d;
    XmlFile f;
    REQUIRE(f.parse("n.xml", "<a x=\"1\"/>", d));
    Node n(f, f.root(), d);
    n.warning("some-code", "careful", "x");
    CHECK(d.warningCount() == 1);
    CHECK_FALSE(d.hasErrors());
    CHECK(d.all()[0].col == 4);
}
