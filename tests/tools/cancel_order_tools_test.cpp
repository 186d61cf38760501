// A log with `cancel`: rootcause-replay plays it (and reports a refused cancel at its line), a
// results file carries it and rootcause-board re-scores it to the replay tool's total.
#include "tests/tools/board_testutil.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace boardtest;

namespace {

std::string fixtureCase() {
    return rct::fixtureCasePath("fixture-l3");
}

nlohmann::json replayJson(const std::string& args) {
    RunResult r = run(quote(kTools + "/rootcause-replay") + " --json " + args);
    INFO(r.output);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.output);
}

const char* kVisit1 = "ask pain-site\nask onset\nask bladder-bowel\nexam slr right 50\n"
                      "exam pkb right 75\nexam knee-effusion\n"
                      "diagnose l3-radiculopathy right\n";

} // namespace

TEST_CASE("replay: a cancelled order is withdrawn: no deduction, charged only its minutes") {
    std::string dir = tempDir("cancel-replay");
    const std::string tail = "plan conservative education exercise-programme follow-up-6w\n"
                             "advance 6w\n";
    spit(dir + "/kept.log", std::string(kVisit1) + "order xray-lumbar\n" + tail);
    spit(dir + "/cancelled.log",
         std::string(kVisit1) + "order xray-lumbar @60\ncancel xray-lumbar @75\n" + tail);
    nlohmann::json kept =
        replayJson("--case " + quote(fixtureCase()) + " --actions " + quote(dir + "/kept.log"));
    nlohmann::json cancelled = replayJson("--case " + quote(fixtureCase()) + " --actions " +
                                          quote(dir + "/cancelled.log"));
    CHECK(kept.at("deductions").size() == 1);
    CHECK(cancelled.at("deductions").empty());
    CHECK(kept.at("ledger").at("radiation").get<double>() == doctest::Approx(1.5));
    CHECK(cancelled.at("ledger").at("radiation").get<double>() == doctest::Approx(0));
    CHECK(cancelled.at("ledger").at("minutes") == kept.at("ledger").at("minutes"));
    CHECK(cancelled.at("total").get<double>() > kept.at("total").get<double>());
    const auto& path = cancelled.at("player_path");
    CHECK(std::find(path.begin(), path.end(), "cancel xray-lumbar") != path.end());
    fs::remove_all(dir);
}

TEST_CASE("replay: a cancel after the result, or of an order never made, is file:line: error:") {
    std::string dir = tempDir("cancel-refused");
    const std::string arrived = dir + "/arrived.log";
    spit(arrived, "ask pain-site\norder crp\ncancel crp\n");
    RunResult r = run(quote(kTools + "/rootcause-replay") + " --case " + quote(fixtureCase()) +
                      " --actions " + quote(arrived));
    INFO(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find(arrived + ":3: error: 'cancel crp'") != std::string::npos);
    CHECK(r.output.find("already arrived") != std::string::npos);
    const std::string never = dir + "/never.log";
    spit(never, "ask pain-site\n\ncancel mri-lumbar\n");
    RunResult n = run(quote(kTools + "/rootcause-replay") + " --case " + quote(fixtureCase()) +
                      " --actions " + quote(never));
    INFO(n.output);
    CHECK(n.status == 1);
    CHECK(n.output.find(never + ":3: error: 'cancel mri-lumbar'") != std::string::npos);
    CHECK(n.output.find("[illegal-action]") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("board: a results file whose log cancels an order re-scores to the replay total") {
    std::string dir = tempDir("cancel-board");
    rc::board::GenOptions o;
    o.students = 12;
    o.seed = 5;
    auto students = rc::board::simulateStudents(challenge(), bundled(), o);
    // A student whose knee-l3-disc log has a plan and no knee MRI: the MRI is ordered and
    // cancelled before that plan.
    rc::ResultsFile* pick = nullptr;
    rc::CaseResult* cr = nullptr;
    for (auto& st : students) {
        for (auto& c : st.attempts.at(0).cases) {
            const auto& acts = c.log.actions;
            const bool planned = std::any_of(acts.begin(), acts.end(), [](const rc::Action& a) {
                return a.verb == rc::Verb::Plan;
            });
            const bool mri = std::any_of(acts.begin(), acts.end(), [](const rc::Action& a) {
                return a.verb == rc::Verb::Order && a.args[0] == "mri-knee";
            });
            if (c.caseId == "knee-l3-disc" && planned && !mri) pick = &st, cr = &c;
        }
        if (pick) break;
    }
    REQUIRE(pick);
    auto& acts = cr->log.actions;
    const auto plan = std::find_if(acts.begin(), acts.end(),
                                   [](const rc::Action& a) { return a.verb == rc::Verb::Plan; });
    rc::Action order = rc::makeAction(rc::Verb::Order, {"mri-knee"});
    rc::Action cancel = rc::makeAction(rc::Verb::Cancel, {"mri-knee"});
    order.time = cancel.time = plan->time;
    const auto at = acts.insert(plan, {order, cancel});
    // The score the game would have shown: the replay tool's total for this log.
    const std::string log = dir + "/s.log";
    spit(log, rc::formatActionLog(cr->log));
    const double total =
        replayJson("--seed " + std::to_string(challenge().seed) + " --content " + quote(kContent) +
                   " --case knee-l3-disc --actions " + quote(log))
            .at("total")
            .get<double>();
    cr->shownScore = total;
    const std::string file = dir + "/" + rc::board::resultsFileName(*pick);
    std::string err;
    REQUIRE(rc::writeFileAtomically(file, rc::formatResults(*pick), err));
    CHECK(slurp(file).find("cancel mri-knee") != std::string::npos);
    rc::board::Board b = boardOf({file});
    for (const auto& p : b.problems)
        MESSAGE(p.file << ": " << p.reason << ": " << p.detail);
    CHECK(b.problems.empty());
    REQUIRE(b.students.size() == 1);
    const rc::board::Student& s = b.students[0];
    bool found = false;
    for (const auto& pc : s.cases) {
        if (std::find(pc.path.begin(), pc.path.end(), "cancel mri-knee") == pc.path.end()) continue;
        found = true;
        CHECK(pc.score == doctest::Approx(total).epsilon(1e-9));
        // The knee MRI never happened: not a wrong choice of the student's.
        for (const auto& w : pc.wrongChoices)
            CHECK(w.first.find("one woman in five") == std::string::npos);
    }
    CHECK(found);
    // The same log with the MRI kept scores lower.
    acts.erase(at + 1);
    spit(log, rc::formatActionLog(cr->log));
    const double keptTotal =
        replayJson("--seed " + std::to_string(challenge().seed) + " --content " + quote(kContent) +
                   " --case knee-l3-disc --actions " + quote(log))
            .at("total")
            .get<double>();
    CHECK(keptTotal < total);
    fs::remove_all(dir);
}
