// A live class over loopback: rootcause-host and rootcause-classbots as separate processes,
// the host killed (SIGKILL) and restarted mid-class, students dropping and rejoining; then the
// board over the host's results, the journal replayed, and what reached the students searched
// for the answer key. And intruders: a wrong code, garbage, a flood, too many connections.
#include "game/engine/content_text.hpp"
#include "game/engine/scoring.hpp"
#include "game/net/class_client.hpp"
#include "game/net/journal.hpp"
#include "tests/tools/board_testutil.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <map>
#include <thread>

using namespace boardtest;

namespace {

const std::string kExam = kContent + "/challenges/spine-or-knee.xml";

/// Starts a command in the background; returns its pid (0 on failure).
int spawn(const std::string& cmd, const std::string& out) {
    // popen runs the line with sh: the command goes to the background, its output to `out`.
    RunResult r = run(cmd + " > " + quote(out) + " 2>&1 & echo $!");
    try {
        return std::stoi(r.output);
    } catch (...) {
        return 0;
    }
}

/// Waits until `file` holds `text` (true) or `seconds` pass (false).
bool waitFor(const std::string& file, const std::string& text, double seconds) {
    auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (slurp(file).find(text) != std::string::npos) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

/// The word after `key` on the first line of `file` holding it ("listening 127.0.0.1:4000").
std::string wordAfter(const std::string& file, const std::string& key) {
    std::string text = slurp(file);
    std::size_t at = text.find(key + " ");
    if (at == std::string::npos) return {};
    at += key.size() + 1;
    return text.substr(at, text.find_first_of(" \n", at) - at);
}

int countOf(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string hostCmd(const std::string& data, const std::string& listen,
                    const std::string& extra = {}) {
    return kTools + "/rootcause-host --challenge " + quote(kExam) + " --data " + quote(data) +
           " --listen " + listen + " --board-every 1 " + extra;
}

struct JournaledCase {
    std::string student;
    std::vector<rc::Action> log;
};

/// The cases the journal holds, each with its actions (host times), in order.
std::vector<JournaledCase> journaledCases(const std::string& path) {
    rc::net::Journal j;
    std::vector<rc::net::Message> records;
    std::string error;
    REQUIRE(j.open(path, records, error));
    std::vector<JournaledCase> out;
    std::map<std::string, std::size_t> open;
    for (const auto& r : records) {
        const std::string id = r.value("student");
        if (r.type == "start") {
            open[id] = out.size();
            out.push_back({id, {}});
        } else if (r.type == "act") {
            rc::Action a;
            REQUIRE(rc::parseAction(r.value("line"), a, error));
            a.time = std::stod(r.value("t"));
            out[open.at(id)].log.push_back(a);
        }
    }
    return out;
}

} // namespace

TEST_CASE("live class: 30 students over loopback, the host killed and restarted, drops, and "
          "nothing acknowledged is lost") {
    const std::string dir = tempDir("live-class"), data = dir + "/data";
    const std::string hostOut = dir + "/host.out", botsOut = dir + "/bots.out",
                      recv = dir + "/received.log";
    const std::string limits = "--per-address 1000 --max-rate 1000";
    int host = spawn(hostCmd(data, "127.0.0.1:0", limits), hostOut);
    REQUIRE(host > 0);
    REQUIRE(waitFor(hostOut, "listening", 20));
    const std::string endpoint = wordAfter(hostOut, "listening"), code = wordAfter(hostOut, "code");
    CHECK(code.size() == 6);
    int bots = spawn(kTools + "/rootcause-classbots --connect " + endpoint + " --code " + code +
                         " --students 30 --seed 5 --think-ms 15 --drop-rate 0.03 --received-log " +
                         quote(recv),
                     botsOut);
    REQUIRE(bots > 0);
    // Kill the host mid-class, with no warning, and start it again on the same data.
    REQUIRE(waitFor(data + "/journal.log", "\tline=diagnose", 60));
    run("kill -9 " + std::to_string(host));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const std::string hostOut2 = dir + "/host2.out";
    host = spawn(hostCmd(data, endpoint, limits), hostOut2);
    REQUIRE(waitFor(hostOut2, "listening", 20));
    CHECK(slurp(hostOut2).find("resumed from") != std::string::npos);
    CHECK(wordAfter(hostOut2, "code") == code); // the class keeps its code
    REQUIRE(waitFor(botsOut, "bots: ", 240));
    const std::string summary = slurp(botsOut);
    CHECK_MESSAGE(summary.find("bots: 30 finished, 0 failed") != std::string::npos, summary);
    // SIGTERM: hosting stops with everything written.
    run("kill -TERM " + std::to_string(host));
    REQUIRE(waitFor(hostOut2, "results: ", 20));
    const std::string hostLog = slurp(hostOut2);
    CHECK(hostLog.find("rejoined") != std::string::npos);

    // The board counts all 30 from the host's results files, with no problem.
    RunResult b = run(kTools + "/rootcause-board --challenge " + quote(kExam) + " " +
                      quote(data + "/results") + " --top 3");
    CHECK_MESSAGE(b.status == 0, b.output);
    CHECK(b.output.find("30 results files: 30 students counted, 0 held, 0 problems") !=
          std::string::npos);

    // The board's scores equal a replay of each journaled log.
    rc::Diagnostics d;
    auto ch = rc::loadChallengeFile(kExam, d);
    REQUIRE(ch);
    rc::board::Board board;
    REQUIRE(rc::board::startBoard(board, *ch, bundled(), d));
    for (const auto& f : rc::xmlFilesIn(data + "/results"))
        rc::board::addResultsFile(board, f);
    rc::board::finish(board);
    REQUIRE(board.students.size() == 30);
    std::map<std::string, int> nextCase;
    auto cases = journaledCases(data + "/journal.log");
    CHECK(cases.size() == 30 * ch->cases.size());
    int compared = 0;
    for (const auto& jc : cases) {
        const int k = nextCase[jc.student]++;
        const rc::Case& kase = *bundled().findCase(ch->cases[static_cast<std::size_t>(k)].ref);
        rc::Session s(kase, bundled().catalog, ch->seed);
        for (const auto& a : jc.log)
            REQUIRE(s.apply(a).ok);
        double replayed =
            rc::scoreSession(s, rc::expertLedger(kase, bundled().catalog, ch->seed)).total;
        const rc::board::Student* st = nullptr;
        for (const auto& x : board.students)
            if (x.studentId == jc.student) st = &x;
        REQUIRE(st);
        CHECK(st->cases[static_cast<std::size_t>(k)].score ==
              doctest::Approx(replayed).epsilon(1e-9));
        // The results file holds exactly the journaled log, times included.
        REQUIRE(st->cases[static_cast<std::size_t>(k)].log.size() == jc.log.size());
        for (std::size_t i = 0; i < jc.log.size(); ++i)
            CHECK(st->cases[static_cast<std::size_t>(k)].log[i].time == jc.log[i].time);
        ++compared;
    }
    CHECK(compared == 180);
    // And the replay tool agrees, for one log played through its command line.
    {
        const auto& jc = cases.front();
        rc::ActionLog log;
        log.actions = jc.log;
        spit(dir + "/one.log", rc::formatActionLog(log));
        rc::Session s(*bundled().findCase(ch->cases[0].ref), bundled().catalog, ch->seed);
        for (const auto& a : jc.log)
            s.apply(a);
        double expected =
            rc::scoreSession(s, rc::expertLedger(s.kase(), bundled().catalog, ch->seed)).total;
        RunResult r = run(kTools + "/rootcause-replay --case " + ch->cases[0].ref + " --actions " +
                          quote(dir + "/one.log") + " --seed " + std::to_string(ch->seed));
        CHECK_MESSAGE(r.output.find("Total             " + rc::oneDecimal(expected)) !=
                          std::string::npos,
                      r.output);
    }

    // An exam: nothing a student received holds the answer key.
    const std::string got = rc::collapseSpace(slurp(recv));
    CHECK(got.size() > 100000);
    for (const char* el :
         {"<truth", "<accept", "<scoring", "<expert", "<learning", "<validity", "<rule"})
        CHECK_MESSAGE(got.find(el) == std::string::npos, el);
    int keyTexts = 0;
    for (const auto& cc : ch->cases) {
        const rc::Case& k = *bundled().findCase(cc.ref);
        std::vector<std::string> key{k.truthText};
        for (const auto& r : k.rules)
            key.push_back(r.feedback);
        for (const auto& a : k.accepts)
            key.push_back(a.feedback);
        for (const auto& l : k.learning)
            key.push_back(l.text);
        for (const auto& o : k.outcomes)
            key.push_back(o.text);
        for (const auto& t : key) {
            std::string c = rc::collapseSpace(t);
            if (c.size() < 40) continue;
            ++keyTexts;
            CHECK_MESSAGE(got.find(c) == std::string::npos, c);
        }
    }
    CHECK(keyTexts > 30);
    CHECK(countOf(slurp(recv), "<< case ") >= 180);
    fs::remove_all(dir);
}

TEST_CASE("live class: a wrong code, garbage, a flood and too many connections are refused while "
          "the class goes on") {
    const std::string dir = tempDir("live-intruders"), data = dir + "/data",
                      hostOut = dir + "/host.out";
    int host =
        spawn(hostCmd(data, "127.0.0.1:0", "--code 424242 --per-address 6 --max-rate 20"), hostOut);
    REQUIRE(host > 0);
    REQUIRE(waitFor(hostOut, "listening", 20));
    std::string address;
    unsigned short port = 0;
    const std::string endpoint = wordAfter(hostOut, "listening");
    address = endpoint.substr(0, endpoint.rfind(':'));
    port = static_cast<unsigned short>(std::stoi(endpoint.substr(endpoint.rfind(':') + 1)));
    std::string error;
    auto refusal = [&](rc::net::ClassClient& c) {
        rc::net::Message m;
        if (!c.receive(m, 10, error)) return std::string("(nothing: ") + error + ")";
        return m.type + ":" + m.value("code");
    };
    { // A wrong join code.
        rc::net::ClassClient c;
        REQUIRE(c.connect(address, port, 5, error));
        rc::net::Message h("hello");
        h.set("version", 1).set("code", "111111").set("student", "S1");
        REQUIRE(c.send(h, error));
        CHECK(refusal(c) == "refused:code");
    }
    { // Garbage: an oversized frame header.
        rc::net::ClassClient c;
        REQUIRE(c.connect(address, port, 5, error));
        rc::net::Message junk("act");
        junk.body = std::string(20000, 'x'); // over the host's 16 KiB limit
        REQUIRE(c.send(junk, error));
        CHECK(refusal(c) == "refused:protocol");
    }
    { // A flood: a few hundred messages as fast as the socket takes them.
        rc::net::ClassClient c;
        REQUIRE(c.connect(address, port, 5, error));
        rc::net::Message h("hello");
        h.set("version", 1).set("code", "424242").set("student", "FLOOD1");
        REQUIRE(c.send(h, error));
        for (int i = 0; i < 400 && c.send(rc::net::Message("next"), error); ++i) {
        }
        std::string last;
        rc::net::Message m;
        while (c.receive(m, 5, error))
            last = m.type + ":" + m.value("code");
        CHECK(last == "refused:flood");
    }
    // Meanwhile and after, honest students are served.
    RunResult ok = run(kTools + "/rootcause-classbots --connect " + endpoint +
                       " --code 424242 --students 3 --seed 9 --think-ms 80");
    CHECK_MESSAGE(ok.output.find("bots: 3 finished, 0 failed") != std::string::npos, ok.output);
    { // Too many connections from one address: the seventh is refused.
        std::vector<std::unique_ptr<rc::net::ClassClient>> idle;
        for (int i = 0; i < 6; ++i) {
            idle.push_back(std::make_unique<rc::net::ClassClient>());
            REQUIRE(idle.back()->connect(address, port, 5, error));
        }
        rc::net::ClassClient seventh;
        REQUIRE(seventh.connect(address, port, 5, error));
        CHECK(refusal(seventh) == "refused:busy");
    }
    run("kill -TERM " + std::to_string(host));
    REQUIRE(waitFor(hostOut, "results: ", 20));
    const std::string log = slurp(hostOut);
    CHECK(log.find("wrong join code") != std::string::npos);
    CHECK(log.find("malformed message") != std::string::npos);
    CHECK(log.find("(flood)") != std::string::npos);
    CHECK(log.find("connections from one address") != std::string::npos);
    fs::remove_all(dir);
}
