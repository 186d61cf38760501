// The profile reader is forward-compatible: a newer build's settings are kept, not a corrupt
// profile; lines that are not `key: value`, bad values of known keys and floods are still refused.
#include "game/play/profile.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace rc::play;

namespace {
const std::string kHead = "# rootcause profile\nname: Ana\n";
bool parse(const std::string& body, Profile& p, std::string& err) {
    return parseProfile(kHead + body + "# end\n", p, err);
}
} // namespace

TEST_CASE("profile: a newer build's unknown settings are kept and written back") {
    Profile p;
    std::string err;
    REQUIRE(parse("volume: 40\nhint-style: quiet\ncoach-voice: on\nvolume-voice: 70\n", p, err));
    CHECK(p.name == "Ana");
    CHECK(p.volume == 40);
    REQUIRE(p.unknown.size() == 3);
    CHECK(p.unknown[0].first == "hint-style");
    CHECK(p.unknown[0].second == "quiet");
    CHECK(p.unknown[1].first == "coach-voice");
    // Written back in order, so an older build never loses what a newer one saved.
    const std::string text = formatProfile(p);
    CHECK(text.find("hint-style: quiet\ncoach-voice: on\nvolume-voice: 70\n# end\n") !=
          std::string::npos);
    Profile q;
    REQUIRE(parseProfile(text, q, err));
    CHECK(q.unknown == p.unknown);
}

TEST_CASE("profile: the tutorial is recorded as tutorial: 1 and read back") {
    Profile p;
    CHECK(p.isNew());
    p.tutorialDone = true;
    CHECK_FALSE(p.isNew());
    const std::string text = formatProfile(p);
    CHECK(text.find("\ntutorial: 1\n") != std::string::npos);
    Profile q;
    std::string err;
    REQUIRE(parseProfile(text, q, err));
    CHECK(q.tutorialDone);
    CHECK(q.unknown.empty());
    CHECK_FALSE(parse("tutorial: yes\n", q, err)); // a known key: its value is checked
    Profile r;
    REQUIRE(parse("best: knee-l3-disc 80.0\n", r, err));
    CHECK_FALSE(r.isNew()); // a player with a history is not new
}

TEST_CASE("profile: an older build reads a newer profile file instead of setting it aside") {
    const std::string dir = rct::freshTempDir("rc-play-test", "profile-compat");
    const std::string path = dir + "/profile.txt";
    std::ofstream(path) << kHead << "scale: 1.25\nsomething-new: 3 things\n# end\n";
    std::string msg;
    const Profile p = loadProfile(path, msg);
    CHECK(msg.empty());
    CHECK(p.name == "Ana");
    CHECK_FALSE(std::filesystem::exists(path + ".corrupt-1"));
}

TEST_CASE("profile: malformed lines and bad values are still refused") {
    Profile p;
    std::string err;
    CHECK_FALSE(parse("this is not a profile line\n", p, err));
    CHECK(err.find("line 3: not a profile line") == 0);
    CHECK_FALSE(parse("volume: loud\n", p, err));               // a known key with a bad value
    CHECK_FALSE(parse("mute: 2\n", p, err));                    // likewise
    CHECK_FALSE(parse("Bad_Key: 1\n", p, err));                 // keys are a-z, 0-9 and '-'
    CHECK_FALSE(parse(": 1\n", p, err));                        // no key
    CHECK_FALSE(parse("new-thing: a\tb\n", p, err));            // a control character in the value
    CHECK_FALSE(parse(std::string(33, 'k') + ": 1\n", p, err)); // key too long
    CHECK_FALSE(parse("new-thing: " + std::string(kMaxUnknownProfileValue + 1, 'v') + "\n", p,
                      err)); // value too long
    CHECK(parse("new-thing: " + std::string(kMaxUnknownProfileValue, 'v') + "\n", p, err));
}

TEST_CASE("profile: unknown lines are bounded") {
    std::string body;
    for (std::size_t i = 0; i < kMaxUnknownProfileLines; ++i)
        body += "future-" + std::to_string(i) + ": x\n";
    Profile p;
    std::string err;
    REQUIRE(parse(body, p, err));
    CHECK(p.unknown.size() == kMaxUnknownProfileLines);
    CHECK_FALSE(parse(body + "one-too-many: x\n", p, err));
    CHECK(err.find("one-too-many") != std::string::npos);
}
