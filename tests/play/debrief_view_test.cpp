// What the debrief scene shows, with no display: the Decisions tab's rows (legend, each domain's
// heading, score and reason, its rows with their shares), sources that open, the paths' rows and
// the line under the panels, which follows the tab and the selected row.
#include "game/engine/content.hpp"
#include "game/engine/debrief.hpp"
#include "game/play/debrief_view.hpp"
#include "tests/play/play_test_support.hpp"

#include <doctest/doctest.h>
#include <stdexcept>

using namespace rc::play;

namespace {
const rc::Content& content() {
    return rct::bundledContent();
}
const rc::Case& kase(const std::string& id) {
    for (const auto& c : content().cases)
        if (c.id == id) return c;
    throw std::runtime_error("no case " + id);
}
/// The expert path of a case without its actions whose text starts with `drop`.
rc::Session played(const rc::Case& c, const std::string& drop) {
    rc::Session s(c, content().catalog, 1);
    for (const auto& a : c.expert)
        if (drop.empty() || a.str().rfind(drop, 0) != 0) s.apply(a);
    return s;
}
} // namespace

TEST_CASE("debrief view: a legend, then each domain's heading with its score, then its rows") {
    const rc::Case& c = kase("knee-l3-disc");
    const rc::Session s = played(c, "ask bladder-bowel");
    const rc::Debrief d = rc::makeDebrief(s);
    const auto rows = decisionRows(d, s);
    REQUIRE(rows.size() > 8);
    CHECK(rows[0].kind == DebriefRow::Kind::Legend);
    CHECK(rows[0].text.find("Missed: ") != std::string::npos);
    int headings = 0;
    bool missedRow = false;
    for (const auto& r : rows) {
        if (r.kind == DebriefRow::Kind::Heading && headings < rc::kDomainCount) {
            const auto& b = d.breakdown[static_cast<std::size_t>(headings)];
            CHECK(r.title == rc::domainLabel(b.domain));
            CHECK(r.points == rc::tenthsText(b.tenths) + " / 100");
            // The heading names the domain and score; its text is the reason's rest.
            if (b.reason.empty()) {
                CHECK(r.text.empty());
            } else {
                const std::string rest = b.reason.substr(b.reason.find(": ") + 2);
                CHECK(r.text.substr(1) == rest.substr(1));
            }
            ++headings;
        }
        if (r.tagLine.rfind("Missed \xC2\xB7 essential", 0) == 0 &&
            r.title.find("bladder") != std::string::npos) {
            missedRow = true;
            CHECK(r.points.rfind("0 of ", 0) == 0);
            CHECK(r.tagLine.find("visit 1") != std::string::npos);
        }
    }
    CHECK(headings == rc::kDomainCount);
    CHECK(missedRow);
}

TEST_CASE(
    "debrief view: a cited row opens its reference, an uncited one does not look like a link") {
    const rc::Case& c = kase("knee-l3-disc");
    const rc::Session s = played(c, "");
    const rc::Debrief d = rc::makeDebrief(s);
    int opens = 0;
    for (const auto& r : decisionRows(d, s)) {
        if (r.source.empty()) {
            CHECK(r.link.empty());
            continue;
        }
        CHECK(r.source.rfind("Source: ", 0) == 0);
        if (r.link.empty()) continue;
        ++opens;
        CHECK(r.link.rfind("https://", 0) == 0);
        CHECK(!r.linkName.empty());
    }
    CHECK(opens > 0);
}

TEST_CASE("debrief view: the line under the panels follows the tab and the selected row") {
    const rc::Case& c = kase("knee-l3-disc");
    const rc::Session s = played(c, "ask bladder-bowel");
    const rc::Debrief d = rc::makeDebrief(s);
    const auto rows = decisionRows(d, s);
    const int focus = firstPathFocus(d);
    REQUIRE(focus >= 0);
    const std::string overview = debriefFooter(d, s, DebriefTab::Overview, focus, rows, -1);
    // The first divergence: the bladder question the expert asked and the player did not.
    CHECK(overview.rfind("Why the expert did this: Ask: ", 0) == 0);
    CHECK(overview.find("bladder") != std::string::npos);
    // Another row, another line; no row selected: the keys.
    const std::string other = debriefFooter(d, s, DebriefTab::Overview, 0, rows, -1);
    CHECK(other != overview);
    CHECK(debriefFooter(d, s, DebriefTab::Overview, -1, rows, -1).rfind("Keys: ", 0) == 0);
    // No tab but the Overview shows a "Why".
    for (DebriefTab t : {DebriefTab::Decisions, DebriefTab::Learning, DebriefTab::Scoring})
        for (int row : {-1, 0, 3})
            CHECK(debriefFooter(d, s, t, focus, rows, row).find("Why") == std::string::npos);
    // On Decisions, a row whose source opens says so.
    int linked = -1;
    for (std::size_t i = 0; i < rows.size() && linked < 0; ++i)
        if (!rows[i].link.empty()) linked = static_cast<int>(i);
    REQUIRE(linked >= 0);
    CHECK(debriefFooter(d, s, DebriefTab::Decisions, focus, rows, linked).find("opens") !=
          std::string::npos);
}

TEST_CASE("debrief view: path rows name labels, reasons are capped with a pointer to the rest") {
    const rc::Case& c = kase("knee-l3-disc");
    rc::Session s(c, content().catalog, 1);
    s.apply(c.expert.front());
    while (!s.finished() &&
           s.apply(rc::Action{rc::Verb::Advance, {}, rc::Side::None, {}, {}, {}, 0}).ok) {
    }
    const rc::Debrief d = rc::makeDebrief(s);
    for (const auto& r : pathRows(d, s)) {
        const bool labelled =
            r.expert.find(": ") != std::string::npos || r.expert == "End the visit";
        CHECK(labelled);
        CHECK(r.mine.rfind("ask ", 0) == std::string::npos);
    }
    REQUIRE(d.reasons.size() >= 3);
    const auto lines = reasonLines(d, 2);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == d.reasons[0]);
    CHECK(lines[1].find("more under 2 Decisions") != std::string::npos);
}
