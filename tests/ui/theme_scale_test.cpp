// The UI scale: the player's choice, held within what the window allows. No window needed.
#include "game/ui/kit/theme.hpp"

#include <doctest/doctest.h>

using rc::ui::Theme;

TEST_CASE("theme: the player's scale applies when the window has room for it") {
    Theme th;
    th.fitWindow(1920, 1080);
    CHECK(th.setScale(2.0f));
    CHECK(th.scale == 2.0f);
    CHECK(th.chosenScale == 2.0f);
    CHECK_FALSE(th.scaleLimited());
    // Before any window is known, nothing limits it.
    Theme fresh;
    fresh.setScale(2.0f);
    CHECK(fresh.scale == 2.0f);
}

TEST_CASE("theme: a window too small for the chosen scale holds it to what fits, and gives it "
          "back when it grows") {
    Theme th;
    th.setScale(2.0f);
    // 1280x720 at 200 % would be a 640x360 screen: 720 / 480 = 1.5 fits.
    CHECK(th.fitWindow(1280, 720));
    CHECK(th.scale == 1.5f);
    CHECK(th.chosenScale == 2.0f);
    CHECK(th.scaleLimited());
    // Steps of 5 %, rounded down: 1000x700 allows min(1.5625, 1.458) -> 1.45.
    th.fitWindow(1000, 700);
    CHECK(th.scale == doctest::Approx(1.45f));
    // The least window (640x480) allows 100 %; the choice is kept for a larger window.
    th.fitWindow(640, 480);
    CHECK(th.scale == 1.0f);
    CHECK(th.fitWindow(1920, 1080));
    CHECK(th.scale == 2.0f);
    CHECK_FALSE(th.scaleLimited());
}

TEST_CASE("theme: a choice below what the window allows is the scale, and never under 75 %") {
    Theme th;
    th.fitWindow(640, 480);
    CHECK(th.setScale(0.75f));
    CHECK(th.scale == 0.75f);
    CHECK_FALSE(th.scaleLimited());
    th.setScale(0.1f);
    CHECK(th.chosenScale == Theme::kMinScale);
    // A window under the least size (never kept by the game) still draws at 75 % at least.
    th.setScale(1.0f);
    th.fitWindow(300, 200);
    CHECK(th.scale == Theme::kMinScale);
    // Raising the choice while the window holds the scale changes the choice, not the scale.
    Theme held;
    held.fitWindow(1280, 720);
    held.setScale(1.5f);
    CHECK_FALSE(held.setScale(2.0f));
    CHECK(held.chosenScale == 2.0f);
    CHECK(held.scale == 1.5f);
}
