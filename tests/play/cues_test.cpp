// The sound cues the play layer raises for a scripted session (no display, no sound), the timer
// warning of a timed case, and the profile's volume and mute.
#include "game/engine/content.hpp"
#include "game/play/cues.hpp"
#include "game/play/play_state.hpp"
#include "game/play/profile.hpp"
#include "tests/play/play_test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace rc::play;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}
long count(const std::vector<Cue>& cues, Cue c) {
    return std::count(cues.begin(), cues.end(), c);
}
/// Starts case `id` in `mode`, its cues raised into `cues` (no autosave).
void start(PlayState& play, Cues& cues, const std::string& id, const std::string& mode) {
    const rc::Case* c = content().findCase(id);
    REQUIRE(c);
    play.setAutosavePath("");
    play.setCues(&cues);
    play.start(*c, content().catalog, "", "Ana", mode);
}
/// Applies `line` and returns the cues it raised.
std::vector<Cue> step(PlayState& play, Cues& cues, const std::string& line) {
    const rc::Reply r = play.apply(line);
    REQUIRE_MESSAGE(r.ok, line << ": " << r.error);
    return cues.take();
}
} // namespace

TEST_CASE("a positive red flag raises RedFlag once and a negative one nothing") {
    PlayState play;
    Cues cues;
    start(play, cues, "cauda-equina-stenosis", "practice");
    const auto yes = step(play, cues, "ask bladder-bowel");
    CHECK(yes.size() == 1);
    CHECK(count(yes, Cue::RedFlag) == 1);
    CHECK(step(play, cues, "ask weight-loss").empty()); // "No, I'm the same as ever."
    CHECK(step(play, cues, "ask pain-site").empty());   // not a red-flag question
    CHECK(count(step(play, cues, "ask saddle-numbness"), Cue::RedFlag) == 1);
    // A refused action raises nothing.
    CHECK_FALSE(play.apply("ask no-such-question").ok);
    CHECK(cues.empty());
}

TEST_CASE("in exam mode a positive red flag raises no cue: the cue is feedback") {
    PlayState play;
    Cues cues;
    start(play, cues, "cauda-equina-stenosis", "exam");
    CHECK(step(play, cues, "ask bladder-bowel").empty());
    CHECK(step(play, cues, "ask saddle-numbness").empty());
}

TEST_CASE("an examination raises FindingRecorded and a report arriving raises ReportArrived once") {
    PlayState play;
    Cues cues;
    start(play, cues, "knee-l3-disc", "practice");
    CHECK(step(play, cues, "ask pain-site").empty());
    CHECK(step(play, cues, "ask bladder-bowel").empty()); // "No, all normal, thank goodness."
    const auto exam = step(play, cues, "exam slr right 80");
    CHECK(exam.size() == 1);
    CHECK(count(exam, Cue::FindingRecorded) == 1);
    // Two orders: nothing arrives until time passes (the next visit), then one cue for both.
    CHECK(step(play, cues, "order xray-lumbar").empty());
    CHECK(step(play, cues, "order mri-lumbar").empty());
    CHECK(step(play, cues, "diagnose l3-radiculopathy right").empty());
    CHECK(step(play, cues, "plan conservative education follow-up-6w").empty());
    const auto advance = step(play, cues, "advance 6");
    CHECK(advance.size() == 1);
    CHECK(count(advance, Cue::ReportArrived) == 1);
    // The reports are in: the next visit's actions bring no more report cues.
    CHECK(count(step(play, cues, "exam knee-extension-power right"), Cue::ReportArrived) == 0);
    // A report ordered at the last visit arrives as the case ends: no cue (the debrief follows).
    CHECK(step(play, cues, "order xray-knee").empty());
    CHECK(step(play, cues, "plan conservative exercise-programme functional-training").empty());
    const auto end = step(play, cues, "advance");
    REQUIRE(play.session().finished());
    CHECK(count(end, Cue::ReportArrived) == 0);
}

TEST_CASE("a restored save and a play with no cue queue raise no cues") {
    const rc::Case* c = content().findCase("cauda-equina-stenosis");
    REQUIRE(c);
    PlayState first;
    first.setAutosavePath("");
    first.start(*c, content().catalog, "", "Ana", "practice");
    REQUIRE(first.apply("ask bladder-bowel").ok); // no queue set: nothing to raise into
    PlayState again;
    again.setAutosavePath("");
    Cues cues;
    again.setCues(&cues);
    std::string err;
    REQUIRE(again.restore(first.saved(), content(), err));
    CHECK(cues.empty());
    CHECK(count(step(again, cues, "ask saddle-numbness"), Cue::RedFlag) == 1);
}

TEST_CASE("the timer warning is due once, when two minutes are left") {
    TimerWarning w;
    CHECK_FALSE(w.update(-1)); // no time limit
    CHECK_FALSE(w.update(600));
    CHECK_FALSE(w.update(120.5));
    CHECK(w.update(120));
    CHECK_FALSE(w.update(119));
    CHECK_FALSE(w.update(10));
    w.rearm();                // the next case
    CHECK_FALSE(w.update(0)); // time is up: too late to warn
    CHECK(w.update(90));      // a case joined with less than two minutes left warns at once
    CHECK_FALSE(w.update(80));
}

TEST_CASE("every cue has its own sound file") {
    std::vector<std::string> files;
    for (int i = 0; i < kCueCount; ++i)
        files.emplace_back(cueFile(static_cast<Cue>(i)));
    for (const auto& f : files) {
        CHECK(f.size() > 4);
        CHECK(std::count(files.begin(), files.end(), f) == 1);
    }
}

TEST_CASE("the profile keeps volume and mute, and an older profile without them loads") {
    Profile p;
    CHECK(p.volume == 60);
    CHECK_FALSE(p.mute);
    p.volume = 70;
    p.mute = true;
    Profile back;
    std::string err;
    REQUIRE(parseProfile(formatProfile(p), back, err));
    CHECK(back.volume == 70);
    CHECK(back.mute);
    // A profile written before sound existed: the defaults.
    const std::string old = "# rootcause profile\nname: Ana\nscale: 1.00\nfullscreen: 0\n"
                            "reduced-motion: 0\ncolour-safe: 0\n# end\n";
    Profile o;
    REQUIRE(parseProfile(old, o, err));
    CHECK(o.name == "Ana");
    CHECK(o.volume == 60);
    CHECK_FALSE(o.mute);
    // Volume is whole percent in steps of 10, clamped; anything else is refused.
    auto volumeOf = [](const std::string& v, bool& ok) {
        Profile q;
        std::string e;
        ok = parseProfile("# rootcause profile\nvolume: " + v + "\n# end\n", q, e);
        return q.volume;
    };
    bool ok = false;
    CHECK(volumeOf("55", ok) == 60);
    CHECK(ok);
    CHECK(volumeOf("999", ok) == 100);
    CHECK(volumeOf("0", ok) == 0);
    volumeOf("-10", ok);
    CHECK_FALSE(ok);
    volumeOf("loud", ok);
    CHECK_FALSE(ok);
    volumeOf("1000000000000", ok);
    CHECK_FALSE(ok);
    CHECK(stepVolume(104) == 100);
    CHECK(stepVolume(-5) == 0);
}
