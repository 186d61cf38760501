// The Differential tab's bars glide to their new lengths (play/bar_tween): hand-computed points of
// the ease-out, moves that start where a bar is drawn, and instant moves for reduced motion.
#include "game/play/bar_tween.hpp"

#include <doctest/doctest.h>

using rc::play::BarTween;

TEST_CASE("bar tween: a new bar glides from its start to its target, easing out") {
    BarTween t;
    t.retarget({{"l3", 0.71}}, {0.34}, false);
    CHECK(t.moving());
    CHECK(t.shown("l3", -1) == doctest::Approx(0.34));
    // Half the time: ease-out cubic 1 - 0.5^3 = 0.875 of the way.
    CHECK(t.tick(BarTween::kSeconds / 2));
    CHECK(t.shown("l3", -1) == doctest::Approx(0.34 + 0.875 * (0.71 - 0.34)));
    CHECK(t.tick(BarTween::kSeconds));
    CHECK_FALSE(t.moving());
    CHECK(t.shown("l3", -1) == doctest::Approx(0.71));
    // At rest nothing needs drawing.
    CHECK_FALSE(t.tick(0.1f));
    // An unknown bar is where the caller says.
    CHECK(t.shown("other", 0.2) == doctest::Approx(0.2));
}

TEST_CASE("bar tween: a finding in the middle of a move starts the next from where the bar is") {
    BarTween t;
    t.retarget({{"l3", 1.0}, {"oa", 0.0}}, {0.0, 1.0}, false);
    t.tick(BarTween::kSeconds / 2); // l3 at 0.875, oa at 0.125
    t.retarget({{"l3", 0.5}, {"oa", 0.5}}, {0.0, 0.0}, false);
    CHECK(t.shown("l3", -1) == doctest::Approx(0.875));
    CHECK(t.shown("oa", -1) == doctest::Approx(0.125));
    t.tick(BarTween::kSeconds);
    CHECK(t.shown("l3", -1) == doctest::Approx(0.5));
    CHECK(t.shown("oa", -1) == doctest::Approx(0.5));
}

TEST_CASE("bar tween: the same targets again change nothing, and instant moves do not glide") {
    BarTween t;
    t.retarget({{"l3", 0.4}}, {0.1}, false);
    t.tick(BarTween::kSeconds);
    t.retarget({{"l3", 0.4}}, {0.1}, false); // redrawn with nothing new: stays still
    CHECK_FALSE(t.moving());
    CHECK(t.shown("l3", -1) == doctest::Approx(0.4));
    // Reduced motion: straight to the new value.
    t.retarget({{"l3", 0.9}}, {0.1}, true);
    CHECK_FALSE(t.moving());
    CHECK(t.shown("l3", -1) == doctest::Approx(0.9));
    // A move under way is finished at once when motion is turned off.
    t.retarget({{"l3", 0.2}}, {0.1}, false);
    CHECK(t.moving());
    t.retarget({{"l3", 0.2}}, {0.1}, true);
    CHECK_FALSE(t.moving());
    CHECK(t.shown("l3", -1) == doctest::Approx(0.2));
}

TEST_CASE("bar tween: bars that start where they end are at rest at once") {
    BarTween t;
    t.retarget({{"l3", 0.3}, {"oa", 0.2}}, {0.3, 0.2}, false);
    CHECK_FALSE(t.moving());
    CHECK_FALSE(t.tick(0.016f));
}
