// The stored tamper fixtures (tests/fixtures/board/tamper): each edit is named by the board.
#include "tests/tools/board_testutil.hpp"

#include <doctest/doctest.h>
#include <map>

using namespace boardtest;

TEST_CASE("board tamper fixtures: every kind of tampering is named, and the honest file is clean") {
    const std::string fx = std::string(ROOTCAUSE_TEST_FIXTURES);
    const std::string dir = fx + "/board/tamper";
    const std::map<std::string, std::string> expected = {
        {"score-edited.xml", "score mismatch"},
        {"log-edited.xml", "score mismatch"},
        {"truncated.xml", "unreadable file"},
        {"another-challenge.xml", "another challenge"},
        {"shared-id-a.xml", "shared student id"},
        {"shared-id-b.xml", "shared student id"},
        {"other-copy.xml", "case content differs"},
        {"not-in-challenge.xml", "case not in challenge"},
        {"copied-log-a.xml", "identical logs"},
        {"copied-log-b.xml", "identical logs"},
    };
    rc::Diagnostics d;
    auto ch = rc::loadChallengeFile(fx + "/content/challenges/fixture-pack.xml", d);
    REQUIRE(ch);
    const rc::Content content = rc::loadContent(fx + "/content", d);
    rc::board::Board b;
    REQUIRE(rc::board::startBoard(b, *ch, content, d));
    int files = 0;
    for (const auto& f : rc::xmlFilesIn(dir)) {
        rc::board::addResultsFile(b, f);
        ++files;
    }
    rc::board::finish(b);
    CHECK(files == 11);
    for (const auto& [name, reason] : expected) {
        bool found = false;
        for (const auto& p : b.problems)
            found = found || (p.file.rfind(dir + "/" + name, 0) == 0 && p.reason == reason);
        const std::string what = name + ": " + reason;
        CHECK_MESSAGE(found, what);
    }
    bool honestClean = true;
    for (const auto& p : b.problems)
        honestClean = honestClean && p.file.find("honest.xml") == std::string::npos;
    CHECK(honestClean);
    // The shared id holds both files; the other eight files are counted.
    CHECK(b.held.size() == 2);
    CHECK(b.students.size() == 7);
}
