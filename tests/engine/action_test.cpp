#include <doctest/doctest.h>

#include <string>

#include "game/engine/action.hpp"

using rc::Action;
using rc::Side;
using rc::Verb;

namespace {
Action parsed(const std::string& line) {
    Action a;
    std::string err;
    INFO("line: " << line);
    REQUIRE_MESSAGE(rc::parseAction(line, a, err), err);
    CHECK(err.empty());
    return a;
}
std::string failure(const std::string& line) {
    Action a;
    std::string err;
    INFO("line: " << line);
    CHECK_FALSE(rc::parseAction(line, a, err));
    CHECK_FALSE(err.empty());
    return err;
}
} // namespace

TEST_CASE("every verb parses with its words") {
    Action a = parsed("ask pain-site");
    CHECK(a.verb == Verb::Ask);
    CHECK(a.args == std::vector<std::string>{"pain-site"});

    a = parsed("order mri-lumbar");
    CHECK(a.verb == Verb::Order);
    CHECK(a.args == std::vector<std::string>{"mri-lumbar"});

    a = parsed("exam knee-effusion");
    CHECK(a.verb == Verb::Exam);
    CHECK(a.side == Side::None);
    CHECK_FALSE(a.angle.has_value());

    a = parsed("differential l3-radiculopathy knee-oa hip-oa");
    CHECK(a.verb == Verb::Differential);
    CHECK(a.args == std::vector<std::string>{"l3-radiculopathy", "knee-oa", "hip-oa"});

    a = parsed("diagnose l3-radiculopathy right");
    CHECK(a.verb == Verb::Diagnose);
    CHECK(a.args == std::vector<std::string>{"l3-radiculopathy"});
    CHECK(a.side == Side::Right);

    a = parsed("plan conservative education follow-up-6w");
    CHECK(a.verb == Verb::Plan);
    CHECK(a.args == std::vector<std::string>{"conservative", "education", "follow-up-6w"});

    a = parsed("advance");
    CHECK(a.verb == Verb::Advance);
    CHECK(a.args.empty());
    a = parsed("advance 6w");
    CHECK(a.args == std::vector<std::string>{"6w"});
    a = parsed("advance 6");
    CHECK(a.args == std::vector<std::string>{"6"});
}

TEST_CASE("exam takes a side, an angle, or both, and whitespace is free") {
    Action a = parsed("exam slr left");
    CHECK(a.side == Side::Left);
    CHECK_FALSE(a.angle.has_value());
    a = parsed("  exam   slr   right   42 ");
    CHECK(a.side == Side::Right);
    REQUIRE(a.angle.has_value());
    CHECK(*a.angle == 42);
    a = parsed("exam slr both 0");
    CHECK(a.side == Side::Both);
    CHECK(*a.angle == 0);
    a = parsed("exam hip-ir 180");
    CHECK(a.side == Side::None);
    CHECK(*a.angle == 180);
    a = parsed("diagnose knee-oa");
    CHECK(a.side == Side::None);
}

TEST_CASE("a time stamp and a trailing comment are read and stripped") {
    Action a = parsed("ask onset @12.5");
    REQUIRE(a.time.has_value());
    CHECK(*a.time == doctest::Approx(12.5));
    CHECK(a.args == std::vector<std::string>{"onset"});
    a = parsed("exam slr right 40 @3");
    CHECK(*a.angle == 40);
    CHECK(*a.time == doctest::Approx(3.0));
    a = parsed("ask onset   # because the story matters");
    CHECK(a.args == std::vector<std::string>{"onset"});
    CHECK_FALSE(a.time.has_value());
}

TEST_CASE("key() drops the angle and time, str() keeps the angle") {
    Action a = parsed("exam slr right 42 @7");
    CHECK(a.key() == "exam slr right");
    CHECK(a.str() == "exam slr right 42");
    CHECK(parsed("plan conservative education").key() == "plan conservative education");
    CHECK(parsed("diagnose l3-radiculopathy left").str() == "diagnose l3-radiculopathy left");
    CHECK(parsed("advance 6w").str() == "advance 6w");
}

TEST_CASE("verb and side names round-trip") {
    CHECK(std::string(rc::verbName(Verb::Differential)) == "differential");
    CHECK(std::string(rc::sideName(Side::None)).empty());
    CHECK(rc::parseSide("left") == Side::Left);
    CHECK(rc::parseSide("both") == Side::Both);
    CHECK_FALSE(rc::parseSide("Left").has_value());
    CHECK_FALSE(rc::parseSide("").has_value());
}

TEST_CASE("bad lines are refused with a reason") {
    CHECK(failure("").find("empty") != std::string::npos);
    CHECK(failure("   # only a comment").find("empty") != std::string::npos);
    CHECK(failure("jump pain-site").find("unknown action 'jump'") != std::string::npos);
    CHECK(failure("Ask pain-site").find("unknown action") != std::string::npos);
    CHECK(failure("ask").find("exactly one id") != std::string::npos);
    failure("ask pain-site onset");
    CHECK(failure("order MRI").find("not a valid id") != std::string::npos);
    CHECK(failure("exam").find("needs an id") != std::string::npos);
    CHECK(failure("exam slr right 181").find("angle") != std::string::npos);
    CHECK(failure("exam slr up").find("'up'") != std::string::npos);
    CHECK(failure("exam slr right -5").find("'-5'") != std::string::npos);
    CHECK(failure("exam slr right 40 extra").find("unexpected 'extra'") != std::string::npos);
    CHECK(failure("diagnose knee-oa left 30").find("unexpected '30'") != std::string::npos);
    failure("diagnose");
    failure("differential");
    CHECK(failure("differential a b c d e f").find("one to five") != std::string::npos);
    failure("differential a B");
    CHECK(failure("plan").find("pathway") != std::string::npos);
    failure("plan conservative Exercise");
    CHECK(failure("advance soon").find("weeks") != std::string::npos);
    failure("advance 6w later");
    CHECK(failure("ask onset @x").find("time stamp") != std::string::npos);
    failure("ask onset @-1");
    failure("ask onset @1e9");
}

TEST_CASE("a refused line leaves the output action empty") {
    Action a;
    a.verb = Verb::Plan;
    a.args = {"x"};
    std::string err;
    CHECK_FALSE(rc::parseAction("ask", a, err));
    CHECK(a.verb == Verb::Ask);
    CHECK(a.args.empty());
}

TEST_CASE("parseActionLog: header, comments, blank lines, CRLF and line numbers") {
    const std::string text = "# rootcause action log\n"
                             "# case: fixture-l3\n"
                             "# seed: 42\n"
                             "\n"
                             "ask pain-site @1.5\r\n"
                             "   # a comment in the middle: not a header\n"
                             "exam slr right 40\n";
    rc::Diagnostics d;
    rc::ActionLog log = rc::parseActionLog(text, "x.log", d);
    CHECK(d.all().empty());
    CHECK(log.header.size() == 2);
    CHECK(log.header.at("case") == "fixture-l3");
    CHECK(log.header.at("seed") == "42");
    REQUIRE(log.actions.size() == 2);
    CHECK(log.actions[0].line == 5);
    CHECK(log.actions[0].args[0] == "pain-site");
    CHECK(*log.actions[0].time == doctest::Approx(1.5));
    CHECK(log.actions[1].line == 7);
}

TEST_CASE("parseActionLog reports every bad line as file:line: error: and keeps going") {
    rc::Diagnostics d;
    rc::ActionLog log =
        rc::parseActionLog("ask onset\n  jump x\nexam slr sideways\nadvance\n", "p.log", d);
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].code == "bad-action");
    CHECK(d.all()[0].file == "p.log");
    CHECK(d.all()[0].line == 2);
    CHECK(d.all()[0].col == 0); // FORMAT.md §3: "file:line: error: message"
    CHECK(rc::format(d.all()[0]).rfind("p.log:2: error: ", 0) == 0);
    CHECK(d.all()[1].line == 3);
    REQUIRE(log.actions.size() == 2);
    CHECK(log.actions[1].verb == Verb::Advance);
    CHECK(log.actions[1].line == 4);
}

TEST_CASE("parseActionLog counts lines from firstLine (the expert block of a case)") {
    rc::Diagnostics d;
    rc::ActionLog log = rc::parseActionLog("\n  ask onset\n  nonsense\n", "c.xml", d, 40);
    REQUIRE(log.actions.size() == 1);
    CHECK(log.actions[0].line == 41);
    auto x = d.all().at(0);
    CHECK(x.line == 42);
}

TEST_CASE("formatActionLog writes a log that parses back to the same actions") {
    rc::Diagnostics d;
    rc::ActionLog in = rc::parseActionLog(
        "# case: c1\nask onset @2\nexam slr left 35 @10.5\nplan conservative education\nadvance 6w\n",
        "a.log", d);
    REQUIRE(d.all().empty());
    std::string text = rc::formatActionLog(in);
    CHECK(text.rfind("# rootcause action log\n# case: c1\n", 0) == 0);
    CHECK(text.find("exam slr left 35 @10.5") != std::string::npos);
    rc::ActionLog out = rc::parseActionLog(text, "b.log", d);
    CHECK(d.all().empty());
    CHECK(out.header == in.header);
    REQUIRE(out.actions.size() == in.actions.size());
    for (std::size_t i = 0; i < in.actions.size(); ++i) {
        CHECK(out.actions[i].str() == in.actions[i].str());
        CHECK(out.actions[i].time.has_value() == in.actions[i].time.has_value());
    }
}
