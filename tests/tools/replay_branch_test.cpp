// rootcause-replay --branch N --then FILE ("what if" branches) and the probability trail in
// --json, on the bundled knee-l3-disc case.
#include "tests/tools/board_testutil.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace {

std::string replay() {
    return std::string(ROOTCAUSE_TEST_TOOLS) + "/rootcause-replay";
}
std::string bundled(const std::string& id) {
    return std::string(ROOTCAUSE_TEST_CONTENT) + "/cases/" + id + ".xml";
}

} // namespace

TEST_CASE("replay: --branch N --then FILE plays N actions of the log, then the other file") {
    const std::string dir = boardtest::tempDir("branch");
    // The first visit of the expert path, then a surgical plan instead of conservative care.
    boardtest::spit(dir + "/log.txt",
                    "ask pain-site\nask bladder-bowel\nask saddle-numbness\nexam pkb right 72\n"
                    "diagnose l3-radiculopathy right\n"
                    "plan conservative education activity-advice exercise-programme follow-up-6w\n"
                    "advance\n");
    boardtest::spit(dir + "/then.txt", "plan surgical\nadvance\n");
    auto r = boardtest::run(boardtest::quote(replay()) + " --case " +
                            boardtest::quote(bundled("knee-l3-disc")) + " --actions " +
                            boardtest::quote(dir + "/log.txt") + " --branch 5 --then " +
                            boardtest::quote(dir + "/then.txt") + " --json");
    INFO(r.output);
    const auto j = nlohmann::json::parse(r.output.substr(r.output.find('{')));
    CHECK(j["finished"] == true);
    const std::string branched = j["outcome"]["text"];
    auto e = boardtest::run(boardtest::quote(replay()) + " --case " +
                            boardtest::quote(bundled("knee-l3-disc")) + " --actions " +
                            boardtest::quote(dir + "/log.txt") + " --json");
    const auto k = nlohmann::json::parse(e.output.substr(e.output.find('{')));
    const std::string straight = k["outcome"]["text"];
    CHECK(branched != straight);
    // Beyond the log: refused with a clear message, nothing played.
    auto far = boardtest::run(boardtest::quote(replay()) + " --case " +
                              boardtest::quote(bundled("knee-l3-disc")) + " --actions " +
                              boardtest::quote(dir + "/log.txt") + " --branch 8 --then " +
                              boardtest::quote(dir + "/then.txt"));
    CHECK(far.status == 1);
    CHECK(far.output.find("--branch 8 is beyond the log, which holds 7 actions") !=
          std::string::npos);
    // --then without --branch is bad usage.
    auto bad = boardtest::run(boardtest::quote(replay()) + " --case knee-l3-disc --actions " +
                              boardtest::quote(dir + "/log.txt") + " --then " +
                              boardtest::quote(dir + "/then.txt"));
    CHECK(bad.status == 2);
}

TEST_CASE("replay: --json prints the probability trail of the likelihood-ratio differential") {
    auto r = boardtest::run(boardtest::quote(replay()) + " --case " +
                            boardtest::quote(bundled("knee-l3-disc")) + " --expert --json");
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.output);
    const auto& d = j["differential"];
    REQUIRE(d.is_object());
    CHECK(d["priors"].size() >= 2);
    CHECK(d["final"][0]["dx"] == "l3-radiculopathy");
    bool combined = false;
    for (const auto& step : d["trail"])
        for (const auto& e : step["effects"])
            if (e["use"] == "combined" && e["dx"] == "l3-radiculopathy") combined = true;
    CHECK(combined); // femoral stretch + reduced patellar reflex: Suri 2011's LR+ 7.0
}
