// The list view's focus and scrolling: geometry only, no window.
#include "game/ui/kit/list_view.hpp"

#include <doctest/doctest.h>
#include <vector>

using namespace rc::ui;

TEST_CASE("list view focus skips headings and scrolls into view") {
    ListView l;
    std::vector<ListItem> items;
    for (int i = 0; i < 30; ++i)
        items.push_back({i % 5 == 0, 40});
    l.setItems(items);
    l.setRect({0, 0, 300, 200}, 1.0f);
    l.setFocused(0);
    CHECK(l.focused() == 1);
    CHECK(l.scroll() == 0);
    for (int i = 0; i < 10; ++i)
        l.move(1);
    CHECK_FALSE(items[static_cast<std::size_t>(l.focused())].heading);
    const auto r = l.rowRect(l.focused());
    CHECK(r.top >= 0);
    CHECK(r.top + r.height <= 200.5f);
    CHECK(l.hit({10, r.top + 5}) == l.focused());
}
