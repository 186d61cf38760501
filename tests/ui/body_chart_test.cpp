// Pain marks stand out on every skin tone (issue 21): the ring round each mark contrasts with the
// skin at WCAG's 3:1 for graphics, and so does the vermillion fill with its ring.
#include "game/ui/art/body_chart.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/kit/theme.hpp"

#include <doctest/doctest.h>

using namespace rc::ui;

TEST_CASE("contrast ratio follows WCAG 2: black on white is 21, a colour on itself 1") {
    CHECK(contrastRatio(sf::Color::Black, sf::Color::White) == doctest::Approx(21.0f));
    CHECK(contrastRatio(sf::Color(0x77, 0x77, 0x77), sf::Color::White) ==
          doctest::Approx(4.48f).epsilon(0.01));
    CHECK(contrastRatio(sf::Color(0x94, 0x5F, 0x3C), sf::Color(0x94, 0x5F, 0x3C)) ==
          doctest::Approx(1.0f));
}

TEST_CASE("pain marks: the ring contrasts with every skin tone and with the pain colour") {
    for (bool safe : {false, true}) {
        Theme th;
        th.setColourSafe(safe);
        for (int tone = 1; tone <= 5; ++tone) {
            CAPTURE(tone);
            CAPTURE(safe);
            const sf::Color skin = skinTone(tone);
            const sf::Color ring = BodyChart::halo(th, skin);
            CHECK(contrastRatio(ring, skin) >= 3.0f);
            CHECK(contrastRatio(ring, th.c.pain) >= 3.0f);
        }
    }
}
