// ClassHost without sockets: joins, refusals, the host's clock, timers, the journal's replay and
// what an exam lets reach a student.
#include "game/engine/content_text.hpp"
#include "game/net/class_host.hpp"
#include "tests/tools/board_testutil.hpp"

#include <doctest/doctest.h>

using namespace boardtest;
using rc::net::ClassHost;
using rc::net::Message;
using rc::net::Outgoing;

namespace {

constexpr double kT0 = 1780000000.0; // a host time, seconds since 1970

Message hello(const std::string& id, const std::string& secret = {},
              const std::string& code = "246810") {
    Message m("hello");
    m.set("version", 1).set("code", code).set("student", id).set("name", "Student " + id);
    if (!secret.empty()) m.set("secret", secret);
    return m;
}

Message act(const std::string& line, int seq = 1) {
    Message m("act");
    m.set("seq", seq);
    m.body = line;
    return m;
}

rc::net::HostOptions options(const std::string& resultsDir = {}) {
    rc::net::HostOptions o;
    o.code = "246810";
    o.resultsDir = resultsDir;
    o.salt = 0x5eed;
    return o;
}

const Message* find(const std::vector<Outgoing>& out, const std::string& type) {
    for (const auto& o : out)
        if (o.msg.type == type) return &o.msg;
    return nullptr;
}

/// Plays the expert path of the student's current case; returns every reply.
std::vector<Outgoing> playExpert(ClassHost& h, rc::net::ConnId c, const rc::Case& k, double& t) {
    std::vector<Outgoing> all;
    for (auto o : h.onMessage(c, "p", Message("next"), t))
        all.push_back(o);
    int seq = 0;
    for (const auto& a : k.expert) {
        t += 5;
        rc::Action plain = a;
        plain.time.reset();
        for (auto o : h.onMessage(c, "p", act(plain.str(), ++seq), t))
            all.push_back(o);
    }
    return all;
}

} // namespace

TEST_CASE("class host: a student joins with the code, gets a secret, and nobody else can take "
          "their place") {
    ClassHost h(challenge(), bundled(), options(), nullptr);
    auto out = h.onMessage(1, "a", hello("S1"), kT0);
    const Message* w = find(out, "welcome");
    REQUIRE(w);
    const std::string secret = w->value("secret");
    CHECK(secret.size() == 32);
    CHECK(w->value("mode") == "exam");
    CHECK(w->value("cases") == "2");
    // Wrong code, wrong version, a bad id: refused and closed.
    for (const Message& bad : {hello("S2", {}, "000000"), hello("bad id!"), Message("hello")}) {
        auto r = h.onMessage(2, "b", bad, kT0);
        REQUIRE(r.size() == 1);
        CHECK(r[0].msg.type == "refused");
        CHECK(r[0].close);
    }
    // The same id from another machine without the secret: refused; the first stays connected.
    auto thief = h.onMessage(3, "c", hello("S1"), kT0);
    REQUIRE(find(thief, "refused"));
    CHECK(find(thief, "refused")->value("code") == "taken");
    CHECK(h.board().at(0).connected);
    // With the secret (the same student after a crash): welcomed, the old connection told to go.
    auto back = h.onMessage(4, "d", hello("S1", secret), kT0 + 10);
    REQUIRE(find(back, "welcome"));
    REQUIRE(find(back, "bye"));
    CHECK(back[0].to == 1);
    // Nothing but hello before joining.
    auto early = h.onMessage(9, "e", Message("next"), kT0);
    CHECK(find(early, "refused"));
}

TEST_CASE("class host: only students on the roster may join") {
    auto o = options();
    o.roster = {{"S7", "Siân Evans", "s7@uni.example"}};
    ClassHost h(challenge(), bundled(), o, nullptr);
    auto out = h.onMessage(1, "a", hello("S8"), kT0);
    REQUIRE(find(out, "refused"));
    CHECK(find(out, "refused")->value("reason").find("not on this class's list") !=
          std::string::npos);
    out = h.onMessage(2, "b", hello("S7"), kT0);
    REQUIRE(find(out, "welcome"));
    CHECK(find(out, "welcome")->value("name") ==
          "Siân Evans"); // the roster's name, not the typed one
}

TEST_CASE("class host: an exam sends the student copy, stamps the host's time, and keeps the key "
          "and scores") {
    ClassHost h(challenge(), bundled(), options(), nullptr);
    h.onMessage(1, "a", hello("S1"), kT0);
    const rc::Case& k = *bundled().findCase(challenge().cases[0].ref);
    double t = kT0;
    auto all = playExpert(h, 1, k, t);
    const Message* c = find(all, "case");
    REQUIRE(c);
    CHECK(c->value("case") == k.id);
    CHECK(c->value("time-limit") == "1200.0");
    CHECK(c->body.find("student-copy=\"true\"") != std::string::npos);
    for (const char* el : {"<truth", "<accept", "<scoring", "<expert", "<learning", "<validity"})
        CHECK_MESSAGE(c->body.find(el) == std::string::npos, el);
    // Nothing sent holds a sentence of the key (feedback, truth, learning points, outcome stories).
    std::vector<std::string> key{rc::collapseSpace(k.truthText)};
    for (const auto& r : k.rules)
        key.push_back(rc::collapseSpace(r.feedback));
    for (const auto& l : k.learning)
        key.push_back(rc::collapseSpace(l.text));
    for (const auto& o : k.outcomes)
        key.push_back(rc::collapseSpace(o.text));
    for (const auto& o : all)
        for (const auto& text : key)
            if (text.size() >= 40)
                CHECK_MESSAGE(rc::collapseSpace(o.msg.body).find(text) == std::string::npos, text);
    // Every action acknowledged; the case ended with the outcome, without a score.
    int acks = 0;
    for (const auto& o : all)
        if (o.msg.type == "ack") acks += o.msg.value("ok") == "1";
    CHECK(acks == static_cast<int>(k.expert.size()));
    const Message* end = find(all, "case-end");
    REQUIRE(end);
    CHECK(end->value("reason") == "outcome");
    CHECK(end->get("score") == nullptr);
    // The host's clock, not the game's: a time written by the game is ignored.
    auto next = h.onMessage(1, "a", Message("next"), t);
    REQUIRE(find(next, "case"));
    auto a = h.onMessage(1, "a", act("ask pain-site @9999"), t + 12.34);
    REQUIRE(find(a, "ack"));
    CHECK(find(a, "ack")->value("t") == "12.3");
}

TEST_CASE("class host: practice mode sends the full case and the score of each case") {
    rc::Challenge practice = challenge();
    practice.mode = "practice";
    ClassHost h(practice, bundled(), options(), nullptr);
    h.onMessage(1, "a", hello("S1"), kT0);
    double t = kT0;
    auto all = playExpert(h, 1, *bundled().findCase(practice.cases[0].ref), t);
    REQUIRE(find(all, "case"));
    CHECK(find(all, "case")->body.find("<expert") != std::string::npos);
    REQUIRE(find(all, "case-end"));
    CHECK(find(all, "case-end")->get("score") != nullptr);
}

TEST_CASE("class host: a case whose time is up is ended by the host, connected or not") {
    ClassHost h(challenge(), bundled(), options(), nullptr);
    const std::string secret =
        find(h.onMessage(1, "a", hello("S1"), kT0), "welcome")->value("secret");
    h.onMessage(1, "a", Message("next"), kT0);
    h.onMessage(1, "a", act("ask pain-site"), kT0 + 30);
    h.onClose(1);
    CHECK(h.tick(kT0 + 1199).empty());
    CHECK(h.board().at(0).caseIndex == 0);
    h.tick(kT0 + 1201);
    CHECK(h.board().at(0).caseIndex == 1);
    // Rejoining, the student goes on with the next case, on the host's timer.
    auto back = h.onMessage(2, "b", hello("S1", secret), kT0 + 1300);
    REQUIRE(find(back, "welcome"));
    CHECK(find(back, "welcome")->value("index") == "1");
    auto c = h.onMessage(2, "b", Message("next"), kT0 + 1300);
    REQUIRE(find(c, "case"));
    CHECK(find(c, "case")->value("remaining") == "1200.0");
    auto r = h.onMessage(2, "b", Message("next"), kT0 + 1400);
    REQUIRE(find(r, "case"));
    CHECK(find(r, "case")->value("remaining") == "1100.0");
}

TEST_CASE("class host: a retake only when the instructor allows it, and every attempt kept") {
    for (bool allow : {false, true}) {
        auto o = options();
        o.allowRetake = allow;
        ClassHost h(challenge(), bundled(), o, nullptr);
        h.onMessage(1, "a", hello("S1"), kT0);
        double t = kT0;
        for (const auto& cc : challenge().cases)
            playExpert(h, 1, *bundled().findCase(cc.ref), t);
        CHECK(h.board().at(0).finished);
        auto r = h.onMessage(1, "a", Message("retake"), t);
        if (!allow) {
            REQUIRE(find(r, "denied"));
            CHECK(h.board().at(0).attempt == 1);
        } else {
            REQUIRE(find(r, "welcome"));
            CHECK(find(r, "welcome")->value("attempt") == "2");
            CHECK(h.board().at(0).attempt == 2);
            CHECK_FALSE(h.board().at(0).finished);
        }
    }
}

TEST_CASE("class host: the journal replays to the same class, results file for results file") {
    const std::string dir = tempDir("host-journal");
    std::vector<Message> none;
    std::string error;
    std::string live, replayed;
    std::string secret;
    {
        rc::net::Journal j;
        REQUIRE(j.open(dir + "/journal.log", none, error));
        REQUIRE(j.append(ClassHost::hostRecord(challenge(), "246810", 0x5eed), error));
        ClassHost h(challenge(), bundled(), options(dir + "/live"), &j);
        secret = find(h.onMessage(1, "a", hello("S1"), kT0), "welcome")->value("secret");
        h.onMessage(2, "b", hello("S2"), kT0 + 1);
        double t = kT0;
        playExpert(h, 1, *bundled().findCase(challenge().cases[0].ref), t);
        h.onMessage(2, "b", Message("next"), t);
        h.onMessage(2, "b", act("ask pain-site"), t + 3);
        // An order carrying the student's estimates (practice's calibration, issue #19).
        const auto acked = h.onMessage(
            2, "b", act("order mri-lumbar estimate l3-radiculopathy=60 knee-oa=15"), t + 9);
        REQUIRE(find(acked, "ack"));
        CHECK(find(acked, "ack")->value("ok") == "1");
        REQUIRE(h.sync(error));
        REQUIRE(h.writeAllResults(t + 10, error));
        live = slurp(dir + "/live/board-two-cases-S1.xml") +
               slurp(dir + "/live/board-two-cases-S2.xml");
    }
    rc::net::Journal j;
    std::vector<Message> records;
    REQUIRE(j.open(dir + "/journal.log", records, error));
    ClassHost h(challenge(), bundled(), options(dir + "/replayed"), &j);
    REQUIRE(h.restore(records, error));
    REQUIRE(h.writeAllResults(kT0 + 10 + 5 * 40, error));
    replayed = slurp(dir + "/replayed/board-two-cases-S1.xml") +
               slurp(dir + "/replayed/board-two-cases-S2.xml");
    // Same logs, times, scores (the written stamp differs: compare without it).
    auto strip = [](std::string s) {
        std::string out;
        std::size_t at = 0;
        while (true) {
            std::size_t w = s.find("written=\"", at);
            if (w == std::string::npos) break;
            out += s.substr(at, w - at);
            at = s.find('"', w + 9) + 1;
        }
        return out + s.substr(at);
    };
    CHECK(strip(live) == strip(replayed));
    // The estimates were accepted and journalled as sent (only accepted actions are journalled).
    CHECK(slurp(dir + "/journal.log")
              .find("order mri-lumbar estimate l3-radiculopathy=60 knee-oa=15") !=
          std::string::npos);
    // S2's open case resumes where it was: two actions, the host's times.
    auto back = h.onMessage(7, "z", hello("S2", "wrong"), kT0 + 500);
    CHECK(find(back, "refused"));
    // The secret survives the restart.
    auto s1 = h.onMessage(8, "y", hello("S1", secret), kT0 + 500);
    REQUIRE(find(s1, "welcome"));
    CHECK(find(s1, "welcome")->value("index") == "1");
    // A journal of another challenge is refused.
    rc::Challenge other = challenge();
    other.contentHash ^= 1;
    ClassHost wrong(other, bundled(), options(), nullptr);
    CHECK_FALSE(wrong.restore(records, error));
    CHECK(error.find("not of this copy") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("class host: a torn last journal line (a crash mid-write) is dropped, the rest kept") {
    const std::string dir = tempDir("host-torn");
    const std::string path = dir + "/journal.log";
    spit(path, "host\tchallenge=x\nact\tstudent=S1\tt=1.0\tline=ask pain-si");
    rc::net::Journal j;
    std::vector<Message> records;
    std::string error;
    REQUIRE(j.open(path, records, error));
    CHECK(records.size() == 1);
    CHECK(slurp(path) == "host\tchallenge=x\n");
    spit(path, "host\tchallenge=x\nact\tstudent=S1\tline=%ZZ\n");
    rc::net::Journal j2;
    CHECK_FALSE(j2.open(path, records, error));
    CHECK(error.find(":2:") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("class host: when the instructor ends the challenge every student hears their total") {
    ClassHost h(challenge(), bundled(), options(), nullptr);
    h.onMessage(1, "a", hello("S1"), kT0);
    double t = kT0;
    playExpert(h, 1, *bundled().findCase(challenge().cases[0].ref), t);
    auto out = h.endChallenge(t);
    REQUIRE(find(out, "ended"));
    CHECK(std::stod(find(out, "ended")->value("total")) > 0);
    // After the end: no new student, no more actions.
    CHECK(find(h.onMessage(2, "b", hello("S9"), t), "refused"));
    CHECK(find(h.onMessage(1, "a", Message("next"), t), "denied"));
}
