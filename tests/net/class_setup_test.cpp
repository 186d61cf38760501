// Opening a live class (game/net/class_setup.hpp), which rootcause-host and the game's Host a
// class share: a new class gets a code and a journal, a restart resumes it with its own code, and
// bad codes, addresses, journals and content are refused with one clear sentence.
#include "game/engine/case_loader.hpp"
#include "game/net/class_setup.hpp"
#include "tests/tools/board_testutil.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace boardtest;
namespace fs = std::filesystem;

namespace {

rc::Challenge oneCaseChallenge() {
    rc::Diagnostics d;
    auto c =
        rc::loadChallengeFile(std::string(ROOTCAUSE_TEST_FIXTURES) + "/live/one-case-exam.xml", d);
    REQUIRE(c);
    return *c;
}

std::string freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("rc-class-setup-" + name);
    fs::remove_all(dir);
    return dir.string();
}

} // namespace

TEST_CASE("class setup: a new class gets a random six-digit code, a journal and a results folder") {
    const rc::Challenge ch = oneCaseChallenge();
    rc::net::ClassOptions o;
    o.dataDir = freshDir("new");
    o.listen = "127.0.0.1:0";
    rc::net::OpenedClass opened;
    std::string error;
    REQUIRE_MESSAGE(rc::net::openClass(ch, bundled(), o, opened, error), error);
    CHECK(opened.code.size() == 6);
    CHECK(rc::net::validJoinCode(opened.code));
    CHECK_FALSE(opened.resumed);
    CHECK(fs::is_directory(o.dataDir + "/results"));
    CHECK(fs::file_size(o.dataDir + "/journal.log") > 0);
    CHECK(opened.server.address == "127.0.0.1");
    CHECK(opened.server.announce.empty()); // loopback: nothing announced to the network
    CHECK(opened.server.beacon.title == ch.title);
}

TEST_CASE(
    "class setup: a restart resumes the class with its own code and says a new one was ignored") {
    const rc::Challenge ch = oneCaseChallenge();
    rc::net::ClassOptions o;
    o.dataDir = freshDir("resume");
    o.listen = "127.0.0.1:0";
    o.code = "4321";
    std::string error;
    {
        rc::net::OpenedClass first;
        REQUIRE_MESSAGE(rc::net::openClass(ch, bundled(), o, first, error), error);
        CHECK(first.code == "4321");
    }
    o.code = "9999";
    rc::net::OpenedClass again;
    REQUIRE_MESSAGE(rc::net::openClass(ch, bundled(), o, again, error), error);
    CHECK(again.resumed);
    CHECK(again.code == "4321");
    CHECK(again.codeKept == "4321");
}

TEST_CASE("class setup: bad codes, addresses, journals and content are refused") {
    const rc::Challenge ch = oneCaseChallenge();
    rc::net::ClassOptions o;
    o.listen = "127.0.0.1:0";
    std::string error;
    for (const std::string code : {"12", "abc-def", "1234567890123"}) {
        o.dataDir = freshDir("code");
        o.code = code;
        rc::net::OpenedClass opened;
        CHECK_FALSE(rc::net::openClass(ch, bundled(), o, opened, error));
        CHECK(error == "a join code is 4 to 12 letters or digits");
        CHECK_FALSE(fs::exists(o.dataDir)); // nothing written for a refused start
    }
    o.code.clear();
    o.listen = "localhost";
    {
        rc::net::OpenedClass opened;
        CHECK_FALSE(rc::net::openClass(ch, bundled(), o, opened, error));
        CHECK(error.find("ADDR:PORT") != std::string::npos);
    }
    o.listen = "127.0.0.1:0";
    o.dataDir = freshDir("not-a-journal");
    fs::create_directories(o.dataDir);
    std::ofstream(o.dataDir + "/journal.log") << "hello 1 name=x\n";
    {
        rc::net::OpenedClass opened;
        CHECK_FALSE(rc::net::openClass(ch, bundled(), o, opened, error));
        CHECK_MESSAGE(error.find("journal.log") != std::string::npos, error);
    }
    rc::Challenge unknown = ch;
    unknown.cases.front().ref = "no-such-case";
    o.dataDir = freshDir("missing-case");
    rc::net::OpenedClass opened;
    CHECK_FALSE(rc::net::openClass(unknown, bundled(), o, opened, error));
    CHECK(error == "the content lacks case 'no-such-case' of the challenge");
    CHECK(opened.missingCase == "no-such-case"); // the kind of failure, for rootcause-host
    CHECK_FALSE(fs::exists(o.dataDir)); // no journal begun for a class that cannot run
}
