// When the host's board grades the class: once when the challenge ends, again only when the
// results change, one grade at a time and off the calling thread.
#include "game/play/class_grading.hpp"

#include <atomic>
#include <chrono>
#include <doctest/doctest.h>
#include <future>
#include <thread>

using rc::play::ClassGrade;
using rc::play::ClassGrading;

namespace {

rc::net::BoardRow row(const std::string& id, bool finished, double total, int attempt = 1) {
    rc::net::BoardRow r;
    r.id = id;
    r.name = "Student " + id;
    r.connected = true;
    r.finished = finished;
    r.cases = 3;
    r.caseIndex = finished ? 3 : 1;
    r.attempt = attempt;
    r.total = total;
    return r;
}

rc::net::ClassSnapshot room(bool ended) {
    rc::net::ClassSnapshot s;
    s.rows = {row("S1", true, 71.5), row("S2", true, 64), row("S3", false, 20)};
    s.ended = ended;
    return s;
}

/// Waits (at most 10 s) for the grade running to finish; true when poll() saw it finish.
bool settle(ClassGrading& g) {
    for (int i = 0; i < 1000; ++i) {
        if (g.poll()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

} // namespace

TEST_CASE("class grading: nothing is graded while the class plays, once when it ends") {
    std::atomic<int> calls{0};
    ClassGrading g([&] {
        ++calls;
        ClassGrade c;
        c.graded = true;
        c.lines = {"grade " + std::to_string(calls.load())};
        return c;
    });
    auto s = room(false);
    CHECK_FALSE(g.observe(s));
    s.rows[2].finished = true, s.rows[2].total = 55; // results change, but the class plays on
    CHECK_FALSE(g.observe(s));
    CHECK_FALSE(g.busy());
    CHECK(g.started() == 0);
    s.ended = true;
    CHECK(g.observe(s));
    CHECK(g.busy());
    CHECK_FALSE(g.latest().has_value()); // the board says "grading…"
    REQUIRE(settle(g));
    CHECK_FALSE(g.busy());
    REQUIRE(g.latest().has_value());
    CHECK(g.latest()->lines == std::vector<std::string>{"grade 1"});
    CHECK(calls.load() == 1);
    CHECK_FALSE(g.poll()); // finished once, reported once
}

TEST_CASE("class grading: a student leaving or a log line does not re-grade, a changed result "
          "does") {
    std::atomic<int> calls{0};
    ClassGrading g([&] {
        ++calls;
        return ClassGrade{};
    });
    auto s = room(true);
    REQUIRE(g.observe(s));
    REQUIRE(settle(g));
    // The same results, seen again and again (the board copies the host's four times a second).
    for (int i = 0; i < 20; ++i)
        CHECK_FALSE(g.observe(s));
    s.rows[0].connected = false; // S1 left
    s.log.push_back("left S1");
    s.rows[2].caseIndex = 2; // progress is not a result
    CHECK_FALSE(g.observe(s));
    CHECK(g.started() == 1);
    // Each change of the results grades again: a total, a finish, an attempt, a new student.
    auto changed = [&](auto change) {
        change(s);
        const bool started = g.observe(s);
        CHECK(settle(g));
        CHECK_FALSE(g.observe(s));
        return started;
    };
    CHECK(changed([](auto& x) { x.rows[1].total = 66; }));
    CHECK(changed([](auto& x) { x.rows[2].finished = true; }));
    CHECK(changed([](auto& x) { x.rows[0].attempt = 2; }));
    CHECK(changed([](auto& x) { x.rows.push_back(row("S4", true, 80)); }));
    CHECK(g.started() == 5);
    CHECK(calls.load() == 5);
}

TEST_CASE("class grading: runs off the caller's thread, one grade at a time, the last results "
          "graded after the one running") {
    std::promise<void> open;
    std::shared_future<void> gate = open.get_future().share();
    std::atomic<int> calls{0}, running{0}, most{0};
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<bool> offThread{true};
    ClassGrading g([&] {
        const int n = ++calls;
        most = std::max(most.load(), ++running);
        if (std::this_thread::get_id() == caller) offThread = false;
        if (n == 1) gate.wait(); // the first grade takes its time
        --running;
        ClassGrade c;
        c.graded = true;
        c.lines = {"grade " + std::to_string(n)};
        return c;
    });
    auto s = room(true);
    REQUIRE(g.observe(s)); // returns at once: the grade runs elsewhere
    CHECK(g.busy());
    CHECK_FALSE(g.poll());
    // Two changes while the first grade runs: owed, not started beside it.
    s.rows[2].finished = true;
    CHECK_FALSE(g.observe(s));
    s.rows[2].total = 40;
    CHECK_FALSE(g.observe(s));
    CHECK(g.started() == 1);
    CHECK_FALSE(g.poll());
    open.set_value();
    REQUIRE(settle(g)); // the first finishes and the owed one (the latest results) starts
    CHECK(g.latest()->lines == std::vector<std::string>{"grade 1"});
    CHECK(g.started() == 2);
    CHECK(g.busy());
    REQUIRE(settle(g));
    CHECK(g.latest()->lines == std::vector<std::string>{"grade 2"});
    CHECK_FALSE(g.busy());
    CHECK(calls.load() == 2);
    CHECK(most.load() == 1);
    CHECK(offThread.load());
    CHECK_FALSE(g.observe(s));
}

TEST_CASE("class grading: results changed and changed back while grading owe nothing") {
    std::promise<void> open;
    std::shared_future<void> gate = open.get_future().share();
    std::atomic<int> calls{0};
    ClassGrading g([&] {
        if (++calls == 1) gate.wait();
        return ClassGrade{};
    });
    auto s = room(true);
    REQUIRE(g.observe(s));
    auto t = s;
    t.rows[1].total = 10;
    CHECK_FALSE(g.observe(t)); // owed...
    CHECK_FALSE(g.observe(s)); // ...until the results are back to those being graded
    open.set_value();
    REQUIRE(settle(g));
    CHECK_FALSE(g.busy());
    CHECK(g.started() == 1);
}

TEST_CASE("class grading: a grader that throws gives a note, and leaving waits for a grade "
          "running") {
    {
        ClassGrading g([]() -> ClassGrade { throw std::runtime_error("cannot list results/"); });
        REQUIRE(g.observe(room(true)));
        REQUIRE(settle(g));
        REQUIRE(g.latest().has_value());
        CHECK_FALSE(g.latest()->graded);
        CHECK(g.latest()->note == "The results could not be graded: cannot list results/");
    }
    std::atomic<bool> done{false};
    {
        ClassGrading g([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            done = true;
            return ClassGrade{};
        });
        REQUIRE(g.observe(room(true)));
    } // the board left mid-grade: the grade finishes before what it reads goes
    CHECK(done.load());
}
