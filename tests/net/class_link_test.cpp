// The student's side of a live class (ClassLink) against a class hosted in-process (HostedClass)
// on loopback: join, cases and acknowledged actions, refusals, a rejoin from another run of the
// game with the kept secret, and the instructor's board.
#include "game/engine/case_loader.hpp"
#include "game/engine/xml_reader.hpp"
#include "game/net/class_link.hpp"
#include "game/net/hosted_class.hpp"
#include "game/net/journal.hpp"
#include "tests/tools/board_testutil.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <thread>

using namespace boardtest;
using rc::net::ClassLink;
using rc::net::HostedClass;

namespace {

const std::string kOneCase = std::string(ROOTCAUSE_TEST_FIXTURES) + "/live/one-case-exam.xml";

const rc::Challenge& oneCase() {
    static const rc::Challenge ch = [] {
        rc::Diagnostics d;
        auto c = rc::loadChallengeFile(kOneCase, d);
        return c ? *c : rc::Challenge{};
    }();
    return ch;
}

/// A class on 127.0.0.1 with the given data folder.
struct Class {
    HostedClass host;
    rc::net::JoinRequest req;
    explicit Class(const std::string& data) {
        rc::net::HostedClassOptions o;
        o.dataDir = data;
        o.listen = "127.0.0.1:0";
        o.code = "4321";
        std::string error;
        REQUIRE_MESSAGE(host.start(oneCase(), bundled(), o, error), error);
        const std::string ep = host.joinAddress();
        std::string address;
        unsigned short port = 0;
        REQUIRE(rc::net::splitEndpoint(ep, address, port));
        req.address = address;
        req.port = port;
        req.code = "4321";
        req.studentId = "S100";
        req.name = "Ada Lovelace";
    }
};

std::vector<std::string> expertLines(const std::string& caseId) {
    std::vector<std::string> out;
    for (const auto& a : bundled().findCase(caseId)->expert) {
        rc::Action plain = a;
        plain.time.reset();
        out.push_back(plain.str());
    }
    return out;
}

/// Waits (a few seconds at most) until the link has polled a message of `type`.
bool polled(ClassLink& link, const std::string& type, rc::net::Message* out = nullptr) {
    for (int i = 0; i < 100; ++i) {
        for (auto& m : link.poll())
            if (m.type == type) {
                if (out) *out = m;
                return true;
            }
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    return false;
}

} // namespace

TEST_CASE("class link: a student joins, plays the host's copy of the case action by action, and "
          "the host records it") {
    const std::string dir = tempDir("class-link-play");
    Class cls(dir + "/host");
    ClassLink link(dir + "/student");
    std::string error;
    REQUIRE_MESSAGE(link.join(cls.req, error), error);
    CHECK(link.exam());
    CHECK(link.welcome().value("state") == "playing");
    CHECK(link.welcome().body.find("live-one") != std::string::npos);
    const std::string secretPath = rc::net::secretFile(dir + "/student", cls.req);
    CHECK(std::filesystem::exists(secretPath));

    rc::net::CaseOffer offer;
    bool done = false;
    REQUIRE_MESSAGE(link.nextCase(offer, done, error), error);
    CHECK(offer.caseId == "knee-oa-classic");
    CHECK(offer.played.empty());
    CHECK(offer.timeLimit == doctest::Approx(1200));
    const bool fresh = offer.remaining > 1190 && offer.remaining <= 1200;
    CHECK(fresh);
    // The exam copy: no key, but it loads and plays.
    CHECK(offer.caseXml.find("<expert") == std::string::npos);
    rc::XmlFile file;
    rc::Diagnostics diags;
    REQUIRE(file.parse("host-case.xml", offer.caseXml, diags));
    auto copy = rc::loadCaseXml(file, diags);
    REQUIRE(copy);
    CHECK(copy->studentCopy);

    const auto lines = expertLines(offer.caseId);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        rc::net::ActReply r = link.act(lines[i], i);
        INFO(lines[i], ": ", r.error);
        REQUIRE(r.ok);
        CHECK(r.t >= 0);
    }
    rc::net::Message end;
    REQUIRE(polled(link, "case-end", &end));
    CHECK(end.value("reason") == "outcome");
    CHECK(end.get("score") == nullptr); // an exam: no score before the end

    // One connection all along: waiting for a message never drops it.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    int rejoins = 0;
    for (const auto& l : cls.host.snapshot().log)
        rejoins += l.find("rejoined") != std::string::npos ? 1 : 0;
    CHECK(rejoins == 0);
    const auto rows = cls.host.snapshot().rows;
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == "S100");
    CHECK(rows[0].name == "Ada Lovelace");
    link.leave();
    cls.host.stop();
    CHECK(std::filesystem::exists(dir + "/host/results/live-one-S100.xml"));
}

TEST_CASE("class link: a refused action is the host's refusal, and a wrong code is refused with "
          "the host's reason") {
    const std::string dir = tempDir("class-link-refusals");
    Class cls(dir + "/host");
    ClassLink link(dir + "/student");
    std::string error;
    REQUIRE(link.join(cls.req, error));
    rc::net::CaseOffer offer;
    bool done = false;
    REQUIRE(link.nextCase(offer, done, error));
    rc::net::ActReply r = link.act("ask no-such-question", 0);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.empty());

    ClassLink intruder(dir + "/other");
    rc::net::JoinRequest wrong = cls.req;
    wrong.code = "9999";
    wrong.studentId = "S200";
    CHECK_FALSE(intruder.join(wrong, error));
    CHECK(error.find("wrong join code") != std::string::npos);

    // Another game with the same id but not the secret cannot take the attempt over.
    ClassLink thief(dir + "/thief");
    CHECK_FALSE(thief.join(cls.req, error));
    CHECK(error.find("already joined") != std::string::npos);
}

TEST_CASE("class link: the game run again rejoins with the kept secret and gets the host's log "
          "and clock") {
    const std::string dir = tempDir("class-link-rejoin");
    Class cls(dir + "/host");
    const auto lines = expertLines("knee-oa-classic");
    std::vector<double> times;
    std::string error;
    double firstRemaining = 0;
    {
        ClassLink first(dir + "/student");
        REQUIRE(first.join(cls.req, error));
        rc::net::CaseOffer offer;
        bool done = false;
        REQUIRE(first.nextCase(offer, done, error));
        firstRemaining = offer.remaining;
        for (std::size_t i = 0; i < 3; ++i) {
            rc::net::ActReply r = first.act(lines[i], i);
            REQUIRE(r.ok);
            times.push_back(r.t);
        }
    } // the game closes (a crash would leave the same state on the host)
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ClassLink again(dir + "/student");
    REQUIRE_MESSAGE(again.join(cls.req, error), error);
    rc::net::CaseOffer offer;
    bool done = false;
    REQUIRE(again.nextCase(offer, done, error));
    REQUIRE(offer.played.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        rc::Action plain = offer.played[i];
        CHECK(plain.time.value_or(-1) == doctest::Approx(times[i]));
        plain.time.reset();
        CHECK(plain.str() == lines[i]);
    }
    const bool clockRuns = offer.remaining <= firstRemaining;
    CHECK(clockRuns);
    rc::net::ActReply r = again.act(lines[3], 3);
    CHECK(r.ok);
}

TEST_CASE("hosted class: the board shows progress while playing and the end when the instructor "
          "ends it") {
    const std::string dir = tempDir("hosted-class-board");
    Class cls(dir + "/host");
    CHECK(cls.host.code() == "4321");
    CHECK_FALSE(cls.host.resumed());
    ClassLink link(dir + "/student");
    std::string error;
    REQUIRE(link.join(cls.req, error));
    rc::net::CaseOffer offer;
    bool done = false;
    REQUIRE(link.nextCase(offer, done, error));
    for (int i = 0; i < 50 && cls.host.snapshot().rows.empty(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto snap = cls.host.snapshot();
    REQUIRE(snap.rows.size() == 1);
    CHECK(snap.rows[0].connected);
    CHECK_FALSE(snap.rows[0].finished);
    CHECK_FALSE(snap.ended);
    bool logged = false;
    for (const auto& l : snap.log)
        logged = logged || l.find("joined S100") != std::string::npos;
    CHECK(logged);

    cls.host.endChallenge();
    // The case left open is recorded where it stood, and the student hears so before the result.
    std::vector<std::string> heard;
    for (int i = 0; i < 100 && (heard.empty() || heard.back() != "ended"); ++i) {
        for (const auto& m : link.poll())
            heard.push_back(m.type + (m.type == "case-end" ? ":" + m.value("reason") : ""));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    const std::vector<std::string> expected{"case-end:stopped", "done", "ended"};
    std::string said;
    for (const auto& h : heard)
        said += h + " ";
    for (const auto& l : cls.host.snapshot().log)
        said += "\n" + l;
    CHECK_MESSAGE(heard == expected, said);
    for (int i = 0; i < 20 && !cls.host.snapshot().ended; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    snap = cls.host.snapshot();
    CHECK(snap.ended);
    REQUIRE(snap.rows.size() == 1);
    CHECK(snap.rows[0].finished);
    link.leave();
    cls.host.stop();

    // The same data folder resumes the class, with its code.
    HostedClass again;
    rc::net::HostedClassOptions o;
    o.dataDir = dir + "/host";
    o.listen = "127.0.0.1:0";
    REQUIRE(again.start(oneCase(), bundled(), o, error));
    CHECK(again.resumed());
    CHECK(again.code() == "4321");
    CHECK(again.snapshot().ended);
    CHECK(again.snapshot().rows.size() == 1);
}

TEST_CASE("class link: the host stopped and started again on its port, the link rejoins by "
          "itself and the next action is acknowledged") {
    const std::string dir = tempDir("class-link-restart");
    auto cls = std::make_unique<Class>(dir + "/host");
    const rc::net::JoinRequest req = cls->req;
    ClassLink link(dir + "/student");
    std::string error;
    REQUIRE(link.join(req, error));
    rc::net::CaseOffer offer;
    bool done = false;
    REQUIRE(link.nextCase(offer, done, error));
    const auto lines = expertLines(offer.caseId);
    REQUIRE(link.act(lines[0], 0).ok);
    cls->host.stop();
    // While the host is away the link says so.
    bool saysLost = false;
    for (int i = 0; i < 100 && !saysLost; ++i) {
        saysLost = !link.status().empty();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(saysLost);
    HostedClass again;
    rc::net::HostedClassOptions o;
    o.dataDir = dir + "/host";
    o.listen = req.address + ":" + std::to_string(req.port);
    REQUIRE_MESSAGE(again.start(oneCase(), bundled(), o, error), error);
    CHECK(again.resumed());
    rc::net::ActReply r = link.act(lines[1], 1);
    CHECK_MESSAGE(r.ok, r.error);
    CHECK(link.status().empty());
    link.leave();
    again.stop();
    // The host kept both actions, the one before and the one after the restart.
    rc::net::Journal j;
    std::vector<rc::net::Message> records;
    REQUIRE(j.open(dir + "/host/journal.log", records, error));
    int acts = 0;
    for (const auto& m : records)
        acts += m.type == "act" ? 1 : 0;
    CHECK(acts == 2);
}
