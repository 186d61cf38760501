// A live class: a student's `cancel` line is acknowledged (or refused) by the host, journaled,
// replayed after a restart, kept in the results file, and in an exam reveals nothing.
#include "game/engine/content_text.hpp"
#include "game/net/class_host.hpp"
#include "tests/tools/board_testutil.hpp"

#include <doctest/doctest.h>
#include <optional>

using namespace boardtest;
using rc::net::ClassHost;
using rc::net::Message;
using rc::net::Outgoing;

namespace {

constexpr double kT0 = 1780000000.0;

Message hello(const std::string& id) {
    Message m("hello");
    m.set("version", 1).set("code", "246810").set("student", id).set("name", "Student " + id);
    return m;
}

Message act(const std::string& line, int seq) {
    Message m("act");
    m.set("seq", seq);
    m.body = line;
    return m;
}

rc::net::HostOptions options(const std::string& resultsDir) {
    rc::net::HostOptions o;
    o.code = "246810";
    o.resultsDir = resultsDir;
    o.salt = 0x5eed;
    return o;
}

/// The host's acknowledgement among its replies (a copy: the replies are a temporary).
std::optional<Message> ackOf(const std::vector<Outgoing>& out) {
    for (const auto& o : out)
        if (o.msg.type == "ack") return o.msg;
    return std::nullopt;
}

} // namespace

TEST_CASE("class host: a cancel is acknowledged, journaled, replayed and reveals nothing") {
    const std::string dir = tempDir("host-cancel");
    std::vector<Message> none;
    std::string error, live;
    const rc::Case& k = *bundled().findCase(challenge().cases[0].ref);
    {
        rc::net::Journal j;
        REQUIRE(j.open(dir + "/journal.log", none, error));
        REQUIRE(j.append(ClassHost::hostRecord(challenge(), "246810", 0x5eed), error));
        ClassHost h(challenge(), bundled(), options(dir + "/live"), &j);
        h.onMessage(1, "a", hello("S1"), kT0);
        h.onMessage(1, "a", Message("next"), kT0 + 1);
        const auto o = ackOf(h.onMessage(1, "a", act("order mri-lumbar", 1), kT0 + 5));
        REQUIRE(o);
        CHECK(o->value("ok") == "1");
        const auto c = ackOf(h.onMessage(1, "a", act("cancel mri-lumbar", 2), kT0 + 8));
        REQUIRE(c);
        CHECK(c->value("ok") == "1");
        CHECK(c->body.find("cancelled") != std::string::npos);
        // In an exam the reply holds no sentence of the key.
        for (const auto& r : k.rules)
            if (r.feedback.size() >= 40)
                CHECK(rc::collapseSpace(c->body).find(rc::collapseSpace(r.feedback)) ==
                      std::string::npos);
        // A second cancel: refused with the engine's reason, and not journaled.
        const auto again = ackOf(h.onMessage(1, "a", act("cancel mri-lumbar", 3), kT0 + 9));
        REQUIRE(again);
        CHECK(again->value("ok") == "0");
        CHECK(again->value("error").find("nothing to cancel") != std::string::npos);
        h.onMessage(1, "a", Message("stop"), kT0 + 10); // the case ends: it goes into the results
        REQUIRE(h.sync(error));
        REQUIRE(h.writeAllResults(kT0 + 10, error));
        live = slurp(dir + "/live/board-two-cases-S1.xml");
    }
    const std::string journal = slurp(dir + "/journal.log");
    CHECK(journal.find("cancel mri-lumbar") != std::string::npos);
    CHECK(live.find("cancel mri-lumbar @7.0") != std::string::npos);
    rc::net::Journal j;
    std::vector<Message> records;
    REQUIRE(j.open(dir + "/journal.log", records, error));
    ClassHost h(challenge(), bundled(), options(dir + "/replayed"), &j);
    REQUIRE(h.restore(records, error));
    REQUIRE(h.writeAllResults(kT0 + 10, error));
    const std::string replayed = slurp(dir + "/replayed/board-two-cases-S1.xml");
    auto logOf = [](const std::string& s) {
        const auto from = s.find("<log>"), to = s.find("</log>");
        return from == std::string::npos || to == std::string::npos ? std::string()
                                                                    : s.substr(from, to - from);
    };
    CHECK_FALSE(logOf(live).empty());
    CHECK(logOf(live) == logOf(replayed));
    fs::remove_all(dir);
}
