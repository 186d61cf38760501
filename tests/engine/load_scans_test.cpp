// Loader scans checked against the plain way: the line index behind positions, whole numbers
// as strtol reads them, and action words split at the blanks a stream would skip.
#include "game/engine/action.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

#include <cerrno>
#include <cstdlib>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using rc::Diagnostics;

TEST_CASE("XmlFile::locate: the line index agrees with counting newlines") {
    // Lines of every length from 0 to 40, so newlines fall on every offset of a block.
    std::string text = "<r>\n";
    std::vector<std::string> marks;
    for (int len = 0; len <= 40; ++len) {
        const std::string mark = "m" + std::to_string(len) + "x";
        marks.push_back(mark);
        text += std::string(static_cast<std::size_t>(len), ' ') + "<!--" + mark + "-->";
        text += len % 3 == 0 ? "\r\n" : "\n";
        if (len % 7 == 0) text += "\n"; // an empty line now and then
    }
    text += "</r>";
    Diagnostics d;
    rc::XmlFile f;
    REQUIRE(f.parse("l.xml", text, d));
    for (const std::string& mark : marks) {
        const std::pair<int, int> where = rct::lineColOf(text, text.find(mark));
        const int line = where.first;
        INFO(mark);
        CHECK(f.locate(line, mark, false) == where);
        CHECK(f.locate(line > 1 ? line - 1 : 1, mark, false).first == line);
    }
}

TEST_CASE("Node::optInteger: accepts and refuses what strtol does, with the right diagnostic") {
    const std::vector<std::string> values = {"0",          "7",           "007",
                                             "100000",     "123456789",   "999999999",
                                             "1234567890", "00000000042", "+5",
                                             " 5",         "5 ",          "-3",
                                             "",           "12a",         "99999999999999999999",
                                             "1e3"};
    for (const std::string& v : values) {
        INFO("value '" << v << "'");
        Diagnostics d;
        rc::XmlFile f;
        REQUIRE(f.parse("n.xml", "<r n=\"" + v + "\"/>", d));
        rc::Node n(f, f.root(), d);
        const std::optional<int> got = n.optInteger("n", -10, 2000000000);
        // The plain way.
        char* end = nullptr;
        errno = 0;
        const long x = std::strtol(v.c_str(), &end, 10);
        const bool bad = end == v.c_str() || *end != '\0' || errno != 0;
        if (bad) {
            CHECK_FALSE(got);
            CHECK(d.has("bad-number"));
        } else if (x < -10 || x > 2000000000) {
            CHECK_FALSE(got);
            CHECK(d.has("out-of-range"));
        } else {
            REQUIRE(got);
            CHECK(*got == x);
            CHECK(d.all().empty());
        }
    }
}

TEST_CASE("parseAction: words are split at the blanks a stream would skip") {
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction("\v exam\fslr\r\tright \v45\f", a, err));
    CHECK(a.str() == "exam slr right 45");
    REQUIRE(rc::parseAction("plan\x1f"
                            "conservative",
                            a, err) == false);
    CHECK(err.find("unknown action") != std::string::npos);
    REQUIRE(rc::parseAction("ask  a\x7f", a, err) == false); // DEL is not a blank
}
