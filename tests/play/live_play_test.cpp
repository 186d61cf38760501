// The game's side of a live class without a window: LivePlay joins a class hosted in-process on
// loopback, loads the host's copy of the case, and a PlayState gated by the host applies an
// action only once the host acknowledges it, at the host's time.
#include "game/engine/content.hpp"
#include "game/net/hosted_class.hpp"
#include "game/play/live_play.hpp"
#include "game/play/play_state.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>

namespace {

const rc::Content& content() {
    return rct::bundledContent();
}

std::string freshDir(const std::string& name) {
    const std::string d = (std::filesystem::temp_directory_path() / ("rc-ui-" + name)).string();
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}

/// The one-case exam hosted in-process on loopback with this join code, and a request to join it.
struct OneCaseClass {
    rc::Challenge challenge; // first: the host keeps a reference to it until it is destroyed
    rc::net::HostedClass host;
    rc::net::JoinRequest request;
    OneCaseClass(const std::string& dir, const std::string& code, const std::string& studentId,
                 const std::string& name) {
        rc::Diagnostics d;
        auto ch = rc::loadChallengeFile(
            std::string(ROOTCAUSE_TEST_FIXTURES) + "/live/one-case-exam.xml", d);
        REQUIRE(ch);
        challenge = *ch;
        rc::net::HostedClassOptions o;
        o.dataDir = dir + "/host";
        o.listen = "127.0.0.1:0";
        o.code = code;
        std::string error;
        REQUIRE_MESSAGE(host.start(challenge, content(), o, error), error);
        REQUIRE(rc::net::splitEndpoint(host.joinAddress(), request.address, request.port));
        request.code = code;
        request.studentId = studentId;
        request.name = name;
    }
};

} // namespace

TEST_CASE("live play: the host's case copy plays in a PlayState that applies only what the host "
          "acknowledged") {
    const std::string dir = freshDir("live-play");
    OneCaseClass hosted(dir, "2468", "S7", "Grace Hopper");
    std::string error;
    rc::play::LivePlay live(dir + "/student");
    REQUIRE_MESSAGE(live.join(hosted.request, content().catalog, error), error);
    CHECK(live.challenge().id == "live-one");
    CHECK(live.recordedBefore() == 0);

    rc::net::CaseOffer offer;
    const rc::Case* kase = nullptr;
    bool done = false;
    REQUIRE_MESSAGE(live.nextCase(offer, kase, done, error), error);
    REQUIRE(kase != nullptr);
    CHECK(kase->studentCopy);
    CHECK(kase == live.content().findCase("knee-oa-classic"));

    rc::play::PlayState play;
    play.setAutosavePath("");
    play.start(*kase, live.content().catalog, "", "Grace Hopper", "exam", offer.seed);
    int asked = 0;
    play.setGate([&](const rc::Action& a, double& t, std::string& why) {
        ++asked;
        return live.act(a, play.session().log().actions.size(), t, why);
    });
    // A local clock that would say otherwise: the host's time stamp wins.
    play.setClock([] { return 999.0; });
    const rc::Reply ok = play.apply("ask pain-site");
    CHECK(ok.ok);
    REQUIRE(play.session().log().actions.size() == 1);
    const double t = play.session().log().actions[0].time.value_or(-1);
    const bool hostTime = t >= 0 && t < 60;
    CHECK(hostTime);
    // A refusal by the host changes nothing here.
    const rc::Reply refused = play.apply("ask no-such-question");
    CHECK_FALSE(refused.ok);
    CHECK(play.session().log().actions.size() == 1);
    CHECK(asked == 2);
    live.link().leave();
    hosted.host.stop();
    std::filesystem::remove_all(dir);
}

TEST_CASE("live play: a host's case that this game's catalogue cannot play is refused with a clear "
          "message, not played half-understood") {
    const std::string dir = freshDir("live-play-older");
    OneCaseClass hosted(dir, "1357", "S8", "Alan Turing");
    // An older game: its catalogue lacks the questions the host's case asks about.
    rc::Catalog older = content().catalog;
    older.questions.clear();
    older.index(); // the id indexes follow the vectors (Catalog::index)
    std::string error;
    rc::play::LivePlay live(dir + "/student");
    REQUIRE_MESSAGE(live.join(hosted.request, older, error), error);
    rc::net::CaseOffer offer;
    const rc::Case* kase = nullptr;
    bool done = false;
    CHECK_FALSE(live.nextCase(offer, kase, done, error));
    CHECK(kase == nullptr);
    CHECK_MESSAGE(error.find("does not load in this game (is it the same version as the host?)") !=
                      std::string::npos,
                  error);
    CHECK_MESSAGE(error.find("unknown-ref") != std::string::npos, error); // and says what differs
    live.link().leave();
}
