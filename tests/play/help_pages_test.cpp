// The help overlay's pages (play/help_pages): every screen has one, none is empty, no page lists
// an input twice or repeats a key that works everywhere, and the pages name what the game shows.
// (That every listed input has a key in the real bindings is checked in tests/ui, with them.)
#include "game/play/encounter_rows.hpp"
#include "game/play/help_pages.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace rc::play;

namespace {
Screen screenAt(int i) {
    return static_cast<Screen>(i);
}
bool mentions(const HelpPage& page, const std::string& word) {
    if (page.intro.find(word) != std::string::npos) return true;
    for (const HelpKey& k : page.keys)
        if (k.does.find(word) != std::string::npos) return true;
    for (const HelpPart& p : page.parts)
        if (p.name.find(word) != std::string::npos || p.meaning.find(word) != std::string::npos)
            return true;
    return false;
}
} // namespace

TEST_CASE("help: every screen has a page with a title, an intro, keys and parts, none empty") {
    std::set<std::string> names, titles;
    for (int i = 0; i < kScreenCount; ++i) {
        const HelpPage page = helpPage(screenAt(i));
        const std::string name = screenName(screenAt(i));
        INFO("screen " << name);
        CHECK(name != "unknown");
        names.insert(name);
        titles.insert(page.title);
        CHECK_FALSE(page.title.empty());
        CHECK_FALSE(page.intro.empty());
        CHECK_FALSE(page.keys.empty());
        CHECK_FALSE(page.parts.empty());
        for (const HelpKey& k : page.keys) {
            CHECK_FALSE(k.inputs.empty());
            CHECK_FALSE(k.does.empty());
            CHECK(k.does.size() <= 140u); // a key's line stays a line or two
        }
        // No key written as text: keys come from the bindings (or the {help} mark).
        CHECK_FALSE(mentions(page, "F1"));
        CHECK_FALSE(mentions(page, "Ctrl"));
        for (const HelpPart& p : page.parts) {
            CHECK_FALSE(p.name.empty());
            CHECK_FALSE(p.meaning.empty());
            CHECK(p.meaning.size() <= 420u); // short, plain: a few sentences at most
        }
    }
    CHECK(names.size() == static_cast<std::size_t>(kScreenCount));  // one name each
    CHECK(titles.size() == static_cast<std::size_t>(kScreenCount)); // and a page of its own
    CHECK(std::string(screenName(static_cast<Screen>(kScreenCount))) == "unknown");
}

TEST_CASE("help: no page lists an input twice, nor a key that works everywhere") {
    std::set<Input> global;
    for (const HelpKey& k : globalHelpKeys())
        global.insert(k.inputs.begin(), k.inputs.end());
    CHECK(global.count(Input::Help) == 1u);
    CHECK(global.count(Input::Fullscreen) == 1u);
    for (int i = 0; i < kScreenCount; ++i) {
        INFO("screen " << screenName(screenAt(i)));
        std::set<Input> seen;
        for (const HelpKey& k : helpPage(screenAt(i)).keys)
            for (const Input in : k.inputs) {
                CHECK(seen.insert(in).second);
                // The help overlay's own page lists F1 as its Close key; elsewhere it is global.
                if (screenAt(i) != Screen::Help) CHECK(global.count(in) == 0u);
            }
    }
}

TEST_CASE("help: the encounter names its tabs as drawn and explains the ledger's three units") {
    const HelpPage page = helpPage(Screen::Encounter);
    std::string tabs;
    for (int t = 0; t < kEncounterTabs; ++t)
        tabs += std::string(t ? ", " : "") + tabLabel(static_cast<EncounterTab>(t));
    bool tabRow = false;
    for (const HelpKey& k : page.keys)
        if (!k.inputs.empty() && k.inputs.front() == Input::Tab1) {
            tabRow = true;
            CHECK(k.does == tabs);
            CHECK(k.inputs.size() == static_cast<std::size_t>(kEncounterTabs));
        }
    CHECK(tabRow);
    for (const char* w :
         {"Patient", "Transcript", "Notes", "History", "Examination", "Investigations",
          "Differential", "minutes", "\u00A3", "mSv", "expert", "Cancel", "cancel"})
        CHECK_MESSAGE(mentions(page, w), w);
    CHECK(mentions(page, "tick"));  // the order marks
    CHECK(mentions(page, "cross")); // ... both of them
}

TEST_CASE("help: the debrief names its five tabs, the tags, criticals and efficiency") {
    const HelpPage page = helpPage(Screen::Debrief);
    for (const char* w : {"Overview", "Decisions", "Learning", "Scoring", "Transcript", "essential",
                          "indicated", "neutral", "unnecessary", "harmful", "critical",
                          "Efficiency", "Safety", "points", "under 50"})
        CHECK_MESSAGE(mentions(page, w), w);
    std::size_t tabKeys = 0;
    for (const HelpKey& k : page.keys)
        if (!k.inputs.empty() && k.inputs.front() == Input::Tab1) tabKeys = k.inputs.size();
    CHECK(tabKeys == 5u);
}

TEST_CASE("help: where a question mark is typed text the page says the help key still opens the help") {
    for (const Screen s :
         {Screen::Title, Screen::Encounter, Screen::ChallengePicker, Screen::JoinClass}) {
        INFO("screen " << screenName(s));
        CHECK(mentions(helpPage(s), std::string(kHelpKeyMark) + " still opens"));
    }
}
