// rootcause-board rules that need the whole class (issue #16): files sharing an id are held,
// copied logs are flagged (and honest ones are not), the attempt that counts, the roster both
// ways, flagged students in the CSV, formula cells defused, and the CSV read back as RFC 4180.
#include "game/grading/board_roster.hpp"
#include "tests/tools/board_testutil.hpp"
#include "tools/board_csv.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <set>

using namespace boardtest;
namespace fs = std::filesystem;

namespace {

bool flaggedWith(const rc::board::Board& b, const std::string& id, const std::string& reason) {
    for (const auto& s : b.students)
        if (s.studentId == id)
            for (const auto& f : s.flags)
                if (f == reason) return true;
    return false;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
        s.replace(at, from.size(), to);
    return s;
}

} // namespace

TEST_CASE("board rules: a log copied under another id is flagged, and 30 honest students are not") {
    std::string dir = tempDir("rules-copy");
    auto files = writeStudents(dir, 30, 21);
    auto clean = boardOf(files);
    for (const auto& s : clean.students)
        CHECK_MESSAGE(!s.flagged(), s.studentId);
    rc::Diagnostics d;
    auto r = *rc::loadResultsFile(files[3], d);
    std::string copy = dir + "/copy.xml";
    spit(copy,
         replaceAll(slurp(files[3]), "student-id=\"" + r.studentId + "\"", "student-id=\"X999\""));
    files.push_back(copy);
    auto b = boardOf(files);
    CHECK(flaggedWith(b, "X999", "identical logs"));
    CHECK(flaggedWith(b, r.studentId, "identical logs"));
    CHECK(b.students.size() == 31); // flagged students still count: the instructor decides
    fs::remove_all(dir);
}

TEST_CASE("board rules: the first finished attempt counts unless --attempt says otherwise") {
    std::string dir = tempDir("rules-attempts");
    auto files = writeStudents(dir, 3, 8);
    rc::Diagnostics d;
    auto a = *rc::loadResultsFile(files[0], d);
    auto weak = *rc::loadResultsFile(files[1], d);
    auto strong = *rc::loadResultsFile(files[2], d);
    // Attempt 1 unfinished (one case), 2 the weaker full play, 3 the stronger one.
    rc::ResultsFile multi = a;
    rc::Attempt first = weak.attempts[0];
    first.cases.resize(1);
    first.finished = false;
    rc::Attempt second = weak.attempts[0], third = strong.attempts[0];
    first.number = 1, second.number = 2, third.number = 3;
    multi.attempts = {first, second, third};
    const std::string path = dir + "/multi.xml";
    std::string err;
    REQUIRE(rc::writeFileAtomically(path, rc::formatResults(multi), err));
    auto totalWith = [&](rc::board::AttemptRule rule, int& which) {
        rc::board::Board b;
        rc::Diagnostics dd;
        rc::board::startBoard(b, challenge(), bundled(), dd);
        b.attemptRule = rule;
        rc::board::addResultsFile(b, path);
        rc::board::finish(b);
        REQUIRE(b.students.size() == 1);
        CHECK(b.students[0].attempts == 3);
        which = b.students[0].attempt;
        // Only the counted attempt's problems are reported: the unfinished first attempt's
        // missing case is not, unless it is the one that counts.
        bool missing = false;
        for (const auto& p : b.problems)
            missing = missing || p.reason == "missing case";
        CHECK(missing == (which == 1));
        return b.students[0].total;
    };
    int which = 0;
    double firstTotal = totalWith(rc::board::AttemptRule::FirstFinished, which);
    CHECK(which == 2);
    double best = totalWith(rc::board::AttemptRule::Best, which);
    CHECK(best >= firstTotal);
    double last = totalWith(rc::board::AttemptRule::Last, which);
    CHECK(which == 3);
    CHECK(best >= last);
    RunResult cli = run(kTools + "/rootcause-board --challenge " + quote(kChallenge) +
                        " --content " + quote(kContent) + " --attempt last " + quote(path));
    CHECK(cli.output.find("3 of 3") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("board rules: the roster is checked both ways and only its students reach the CSV") {
    std::string dir = tempDir("rules-roster");
    auto files = writeStudents(dir, 4, 5);
    rc::Diagnostics d;
    std::vector<rc::ResultsFile> rs;
    for (const auto& f : files)
        rs.push_back(*rc::loadResultsFile(f, d));
    // Moodle's export: quoted header, a BOM, one student without a file, one file not on the list.
    std::string roster =
        "\xEF\xBB\xBF\"First name\",\"Last name\",\"ID number\",\"Email address\"\r\n";
    for (int i = 0; i < 3; ++i)
        roster += "A,B," + rs[static_cast<std::size_t>(i)].studentId + ",x" + std::to_string(i) +
                  "@uni.example\r\n";
    roster += "\"Nobody\",\"Here, Yet\",S0000001,nobody@uni.example\r\n";
    spit(dir + "/roster.csv", roster);
    std::string cmd = kTools + "/rootcause-board --challenge " + quote(kChallenge) + " --content " +
                      quote(kContent) + " --roster " + quote(dir + "/roster.csv") + " --csv " +
                      quote(dir + "/grades.csv");
    for (const auto& f : files)
        cmd += " " + quote(f);
    RunResult r = run(cmd);
    CHECK(r.status == 3);
    CHECK(r.output.find("not on roster") != std::string::npos);
    CHECK(r.output.find(rs[3].studentId) != std::string::npos);
    CHECK(r.output.find("no results file") != std::string::npos);
    CHECK(r.output.find("S0000001") != std::string::npos);
    CHECK(r.output.find("1 left out") != std::string::npos);
    std::vector<std::vector<std::string>> rows;
    std::string err;
    REQUIRE_MESSAGE(rc::board::parseCsv(slurp(dir + "/grades.csv"), rows, err), err);
    CHECK(rows.size() == 4); // header + the three students on the roster
    for (const auto& row : rows)
        CHECK(row[0] != rs[3].studentId);

    // Bad rosters are refused before anything is written.
    for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
             {"Name,Email\r\nA,a@x\r\n", "no id column"},
             {"ID number\r\n\"S1\r\n", "not closed"},
             {"ID number\r\nS1\r\nS1\r\n", "listed twice"},
             {"ID number\r\nS\x1b]0;pwned\x07\r\n", "control character"},
             {"ID number\r\nS\xff\r\n", "invalid UTF-8"},
             {"", "empty"}}) {
        spit(dir + "/bad.csv", text);
        RunResult b =
            run(kTools + "/rootcause-board --challenge " + quote(kChallenge) + " --content " +
                quote(kContent) + " --roster " + quote(dir + "/bad.csv") + " " + quote(files[0]));
        CHECK_MESSAGE(b.status == 1, why);
        CHECK_MESSAGE(b.output.find(why) != std::string::npos, b.output);
    }
    RunResult folder = run(kTools + "/rootcause-board --challenge " + quote(kChallenge) +
                           " --roster " + quote(dir) + " " + quote(files[0]));
    CHECK(folder.status == 1);
    CHECK(folder.output.find("error: the roster is a directory, not a file") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("board csv: formula cells are defused, flagged students marked or left out, RFC 4180 "
          "round trip") {
    std::string dir = tempDir("rules-csv");
    auto files = writeStudents(dir, 3, 6);
    rc::Diagnostics d;
    std::vector<std::string> evil = {"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0",
                                     "@SUM(1+1)", "-2+3"};
    for (std::size_t i = 0; i < 3; ++i) {
        auto r = *rc::loadResultsFile(files[i], d);
        spit(files[i],
             replaceAll(slurp(files[i]), "student-id=\"" + r.studentId + "\"",
                        "student-id=\"" +
                            replaceAll(replaceAll(evil[i], "&", "&amp;"), "\"", "&quot;") + "\""));
    }
    auto b = boardOf(files);
    b.students[0].flags.push_back("score mismatch");
    rc::board::GradesCsv csv = rc::board::gradesCsv(b);
    CHECK(csv.defused >= 3);
    std::vector<std::vector<std::string>> rows;
    std::string err;
    REQUIRE_MESSAGE(rc::board::parseCsv(csv.text, rows, err), err);
    REQUIRE(rows.size() == 4);
    std::set<std::string> ids;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(rows[i][0][0] == '\'');
        ids.insert(rows[i][0].substr(1));
    }
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(ids.count(evil[i]) == 1);
    CHECK(rows[1].back() == "flagged: score mismatch");
    auto clean = rc::board::gradesCsv(b, {true});
    CHECK(clean.rows == 2);
    CHECK(clean.leftOut == 1);
    // The parser itself: quotes, commas and line breaks inside fields; refusals.
    REQUIRE(rc::board::parseCsv("a,\"b,\"\"c\"\"\r\nd\"\r\n,\r\n", rows, err));
    CHECK(rows == std::vector<std::vector<std::string>>{{"a", "b,\"c\"\r\nd"}, {"", ""}});
    CHECK_FALSE(rc::board::parseCsv("a\"b\n", rows, err));
    CHECK_FALSE(rc::board::parseCsv("\"a\"b\n", rows, err));
    fs::remove_all(dir);
}
