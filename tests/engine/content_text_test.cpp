// The one rounding of scores, grades and times (round1, oneDecimal) and the blanks of actions.
#include <doctest/doctest.h>
#include <initializer_list>

#include "game/engine/content_text.hpp"

TEST_CASE("round1 and oneDecimal: half away from zero, never -0.0, the same for game and board") {
    CHECK(rc::round1(72.25) == doctest::Approx(72.3));
    CHECK(rc::round1(72.24) == doctest::Approx(72.2));
    CHECK(rc::round1(-0.04) == doctest::Approx(0.0));
    CHECK(rc::oneDecimal(72.25) == "72.3"); // printf's "%.1f" alone gives 72.2 here
    CHECK(rc::oneDecimal(0.05) == "0.1");
    CHECK(rc::oneDecimal(-0.04) == "0.0");
    CHECK(rc::oneDecimal(-1.25) == "-1.3");
    CHECK(rc::oneDecimal(100) == "100.0");
    CHECK(rc::oneDecimal(59) == "59.0");
}

TEST_CASE("isBlank: the C locale's blanks and nothing else") {
    for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r'})
        CHECK(rc::isBlank(c));
    for (int c : std::initializer_list<int>{'a', '0', '-', '\0', 0xA0})
        CHECK_FALSE(rc::isBlank(static_cast<unsigned char>(c)));
}
