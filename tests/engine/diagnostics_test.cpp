#include <doctest/doctest.h>

#include "game/engine/diagnostics.hpp"

using rc::Diagnostic;
using rc::Diagnostics;
using rc::Severity;

TEST_CASE("format: path:line:col: error: message [code]") {
    Diagnostic d{Severity::Error, "content/cases/a.xml", 12, 7, "unknown-attribute", "no such"};
    CHECK(rc::format(d) == "content/cases/a.xml:12:7: error: no such [unknown-attribute]");
}

TEST_CASE("format omits a zero column, a zero line and an empty code") {
    CHECK(rc::format({Severity::Error, "a.log", 3, 0, "bad-action", "m"}) ==
          "a.log:3: error: m [bad-action]");
    CHECK(rc::format({Severity::Error, "a.xml", 0, 5, "missing-file", "m"}) ==
          "a.xml: error: m [missing-file]");
    CHECK(rc::format({Severity::Warning, "a.xml", 2, 1, "", "m"}) == "a.xml:2:1: warning: m");
}

TEST_CASE("Diagnostics counts errors and warnings, finds codes and keeps order") {
    Diagnostics d;
    CHECK_FALSE(d.hasErrors());
    CHECK(d.str().empty());
    d.warning("w.xml", 1, 1, "unreachable-outcome", "never reached");
    CHECK_FALSE(d.hasErrors());
    CHECK(d.warningCount() == 1);
    d.error("e.xml", 2, 3, "bad-id", "bad");
    d.add({Severity::Error, "f.xml", 4, 0, "bad-number", "nan"});
    CHECK(d.errorCount() == 2);
    CHECK(d.warningCount() == 1);
    CHECK(d.hasErrors());
    CHECK(d.has("bad-id"));
    CHECK(d.has("unreachable-outcome"));
    CHECK_FALSE(d.has("bad"));
    REQUIRE(d.all().size() == 3);
    CHECK(d.all()[1].file == "e.xml");
    CHECK(d.all()[1].line == 2);
    CHECK(d.all()[1].col == 3);
    CHECK(d.str() ==
          "w.xml:1:1: warning: never reached [unreachable-outcome]\n"
          "e.xml:2:3: error: bad [bad-id]\n"
          "f.xml:4: error: nan [bad-number]\n");
}

TEST_CASE("Diagnostics::append keeps both lists in order") {
    Diagnostics a, b;
    a.error("a", 1, 1, "x", "1");
    b.error("b", 1, 1, "y", "2");
    b.warning("b", 2, 1, "z", "3");
    a.append(b);
    REQUIRE(a.all().size() == 3);
    CHECK(a.all()[0].code == "x");
    CHECK(a.all()[1].code == "y");
    CHECK(a.all()[2].code == "z");
    CHECK(a.errorCount() == 2);
    CHECK(b.all().size() == 2);
}
