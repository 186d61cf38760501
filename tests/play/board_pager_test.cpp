// The host's board with more students than fit: scrolled by hand, pages turned by themselves on
// a projector left alone, every student shown in turn.
#include "game/play/board_pager.hpp"

#include <doctest/doctest.h>
#include <set>

using rc::play::BoardPager;

TEST_CASE("board pager: a room that fits shows everyone and never turns") {
    BoardPager p;
    p.setCounts(8, 12);
    CHECK_FALSE(p.paged());
    CHECK(p.first() == 0);
    CHECK(p.end() == 8);
    CHECK(p.label().empty());
    CHECK_FALSE(p.tick(1000));
    p.scroll(5);
    CHECK(p.first() == 0);
}

TEST_CASE("board pager: scrolling by hand stays inside the room") {
    BoardPager p;
    p.setCounts(30, 12);
    CHECK(p.label() == "Students 1–12 of 30");
    p.scroll(1);
    CHECK(p.first() == 1);
    p.page(1);
    CHECK(p.first() == 13);
    p.page(1); // the last page is filled to the bottom
    CHECK(p.first() == 18);
    CHECK(p.end() == 30);
    CHECK(p.label() == "Students 19–30 of 30");
    p.scroll(-100);
    CHECK(p.first() == 0);
    // Students leave the board's snapshot smaller: the window follows.
    p.page(1);
    p.page(1);
    p.setCounts(14, 12);
    CHECK(p.first() == 2);
    CHECK(p.end() == 14);
}

TEST_CASE("board pager: left alone, the pages turn and come back to the top, every student shown") {
    BoardPager p;
    p.setCounts(30, 12);
    std::set<int> seen;
    for (int i = p.first(); i < p.end(); ++i)
        seen.insert(i);
    // A board nobody has touched yet turns its first page after one turn's wait.
    CHECK_FALSE(p.tick(BoardPager::kTurnSeconds - 1));
    int turns = 0;
    for (int s = 0; s < 200 && turns < 3; ++s)
        if (p.tick(1)) {
            ++turns;
            for (int i = p.first(); i < p.end(); ++i)
                seen.insert(i);
        }
    CHECK(turns == 3);
    CHECK(seen.size() == 30u);
    CHECK(p.first() == 0); // 1–12, 13–24, 19–30, then the top again
}

TEST_CASE("board pager: the instructor's scroll stops the turning for a while") {
    BoardPager p;
    p.setCounts(30, 12);
    p.tick(BoardPager::kIdleSeconds + BoardPager::kTurnSeconds);
    p.tick(0.5);
    p.scroll(2);
    const int at = p.first();
    CHECK_FALSE(p.tick(BoardPager::kIdleSeconds - 1));
    CHECK(p.first() == at);
    double since = BoardPager::kIdleSeconds - 1; // seconds since the scroll
    while (since < 100) {
        since += 0.5;
        if (p.tick(0.5)) break;
    }
    // The next turn: idle long enough, then a whole turn's wait.
    const double expected = BoardPager::kIdleSeconds + BoardPager::kTurnSeconds;
    CHECK(since >= expected - 0.5);
    CHECK(since <= expected + 0.5);
}
