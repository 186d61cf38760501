// `cancel I`: an order withdrawn before its result arrives (FORMAT.md §3): the session, the
// ledger, scoring and the debrief's path.
#include "game/engine/debrief.hpp"
#include "game/engine/random_play.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/session.hpp"
#include "tests/engine/test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using rc::Session;

namespace {

Session fresh() {
    return Session(rct::fixtureCase("fixture-l3"), rct::catalog(), 1);
}

void ok(Session& s, const std::string& line) {
    const rc::Reply r = s.apply(line);
    INFO(line << ": " << r.error);
    REQUIRE(r.ok);
}

const std::vector<std::string> kVisit1 = {"ask pain-site",
                                          "ask onset",
                                          "ask bladder-bowel",
                                          "exam slr right 50",
                                          "exam pkb right 75",
                                          "exam knee-effusion",
                                          "diagnose l3-radiculopathy right"};

rc::Score score(const Session& s) {
    return rc::scoreSession(s, rc::expertLedger(s.kase(), s.catalog()));
}

bool hasDeduction(const rc::Score& sc, const std::string& action) {
    return std::any_of(sc.deductions.begin(), sc.deductions.end(),
                       [&](const rc::Deduction& d) { return d.action == action; });
}

bool judged(const rc::Score& sc, const std::string& action) {
    return std::any_of(sc.decisions.begin(), sc.decisions.end(),
                       [&](const rc::Judgement& j) { return j.action == action && !j.missed; });
}

} // namespace

TEST_CASE("cancel parses as its own verb with one id") {
    rc::Action a;
    std::string err;
    REQUIRE(rc::parseAction("cancel mri-lumbar @12.5", a, err));
    CHECK(a.verb == rc::Verb::Cancel);
    CHECK(a.args == std::vector<std::string>{"mri-lumbar"});
    CHECK(a.str() == "cancel mri-lumbar");
    CHECK(std::string(rc::verbName(rc::Verb::Cancel)) == "cancel");
    CHECK_FALSE(rc::parseAction("cancel", a, err));
    CHECK_FALSE(rc::parseAction("cancel mri-lumbar xray-knee", a, err));
}

TEST_CASE("a pending order can be cancelled: no result arrives, money and radiation come back") {
    Session s = fresh();
    ok(s, "order xray-lumbar"); // next-visit result, 1.5 mSv, £60, 3 minutes
    CHECK(s.pending("xray-lumbar"));
    const rc::Ledger before = s.ledger();
    CHECK(before.cost == 60);
    const rc::Reply r = s.apply("cancel xray-lumbar");
    REQUIRE(r.ok);
    CHECK(r.text.find("cancelled") != std::string::npos);
    CHECK(s.ledger().minutes == before.minutes); // the time spent stays spent
    CHECK(s.ledger().cost == 0);
    CHECK(s.ledger().radiation == doctest::Approx(0.0));
    CHECK(s.orders().empty());
    CHECK_FALSE(s.ordered("xray-lumbar"));
    CHECK_FALSE(s.pending("xray-lumbar"));
    REQUIRE(s.taken().size() == 2);
    CHECK(s.taken()[0].cancelled);
    CHECK(s.taken()[1].action.verb == rc::Verb::Cancel);
    ok(s, "plan conservative");
    ok(s, "advance");
    CHECK(s.orders().empty()); // nothing arrives at the next visit
}

TEST_CASE(
    "cancel is refused after the result arrived, for an order never made, for an unknown test") {
    Session s = fresh();
    ok(s, "order crp"); // same-visit: the report is already there
    rc::Reply r = s.apply("cancel crp");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("already arrived") != std::string::npos);
    r = s.apply("cancel mri-lumbar");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("has not been ordered") != std::string::npos);
    r = s.apply("cancel no-such-test");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("unknown investigation") != std::string::npos);
    // A next-visit order whose result arrived at the next visit cannot be cancelled there.
    ok(s, "order mri-lumbar");
    ok(s, "plan conservative");
    ok(s, "advance");
    r = s.apply("cancel mri-lumbar");
    CHECK_FALSE(r.ok);
    CHECK(s.taken().size() == 4); // refused actions change nothing
    // Cancelling twice: the second finds nothing to cancel.
    ok(s, "order xray-lumbar");
    ok(s, "cancel xray-lumbar");
    CHECK_FALSE(s.apply("cancel xray-lumbar").ok);
}

TEST_CASE("a cancelled harmful order draws no penalty and no harm-and-waste deduction") {
    std::vector<std::string> base = kVisit1;
    Session plain = fresh(), harmed = fresh(), withdrawn = fresh();
    for (const auto& l : base)
        ok(plain, l), ok(harmed, l), ok(withdrawn, l);
    ok(harmed, "order xray-lumbar");
    ok(withdrawn, "order xray-lumbar");
    ok(withdrawn, "cancel xray-lumbar");
    for (Session* s : {&plain, &harmed, &withdrawn}) {
        ok(*s, "plan conservative education exercise-programme follow-up-6w");
        ok(*s, "advance 6w");
    }
    const rc::Score p = score(plain), h = score(harmed), w = score(withdrawn);
    const int inv = static_cast<int>(rc::Domain::Investigations);
    CHECK(judged(h, "order xray-lumbar"));
    CHECK(hasDeduction(h, "order xray-lumbar"));
    CHECK(h.domains[inv] < p.domains[inv]);
    CHECK_FALSE(judged(w, "order xray-lumbar"));
    CHECK_FALSE(hasDeduction(w, "order xray-lumbar"));
    CHECK(w.domains[inv] == doctest::Approx(p.domains[inv]));
    CHECK(w.precision == doctest::Approx(p.precision));
    CHECK(w.ledger.cost == p.ledger.cost);
    CHECK(w.ledger.radiation == doctest::Approx(p.ledger.radiation));
    CHECK(w.ledger.minutes == p.ledger.minutes + 3); // the minutes spent arranging it stay
    CHECK(w.total > h.total);
}

TEST_CASE("an order cancelled and placed again is judged once, as the second order") {
    Session s = fresh();
    for (const auto& l : kVisit1)
        ok(s, l);
    ok(s, "order xray-lumbar");
    ok(s, "cancel xray-lumbar");
    ok(s, "order xray-lumbar");
    CHECK(s.orders().size() == 1);
    CHECK(s.ledger().cost == 60);
    ok(s, "plan conservative");
    ok(s, "advance");
    const rc::Score sc = score(s);
    int count = 0;
    for (const auto& j : sc.decisions)
        if (j.action == "order xray-lumbar") ++count;
    CHECK(count == 1);
    CHECK(hasDeduction(sc, "order xray-lumbar"));
}

TEST_CASE("the debrief path shows a cancel but it is no divergence") {
    Session s = fresh();
    const std::vector<std::string> expert = {
        "ask pain-site",
        "ask onset",
        "ask bladder-bowel",
        "exam slr right 50",
        "exam pkb right 75",
        "exam knee-effusion",
        "differential l3-radiculopathy l4-radiculopathy knee-oa"};
    for (const auto& l : expert)
        ok(s, l);
    ok(s, "order xray-lumbar");
    ok(s, "cancel xray-lumbar");
    ok(s, "diagnose l3-radiculopathy right");
    ok(s, "plan conservative education exercise-programme follow-up-6w");
    const rc::Debrief d = rc::makeDebrief(s);
    CHECK(std::find(d.playerPath.begin(), d.playerPath.end(), "cancel xray-lumbar") !=
          d.playerPath.end());
    // Everything else is on the expert's path: the withdrawn order is not a divergence.
    CHECK(d.playerDivergence == -1);
}

TEST_CASE("random play cancels pending orders and every play replays and scores the same") {
    const rc::Case& c = rct::fixtureCase("fixture-l3");
    int cancels = 0;
    for (std::uint64_t seed = 1; seed <= 60; ++seed)
        for (const auto& a : rc::randomPlay(c, rct::catalog(), seed))
            if (a.verb == rc::Verb::Cancel) ++cancels;
    CHECK(cancels > 0);
    rc::RandomPlayReport report;
    rc::checkRandomPlays(c, rct::catalog(), 60, 7, report);
    CHECK(report.failures.empty());
}
