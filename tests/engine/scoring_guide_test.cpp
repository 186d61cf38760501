// The scoring page is generated from the scoring policy and the case: change a number of the
// policy and the page says the new one; the case's critical items are listed by label.
#include "game/engine/scoring_guide.hpp"
#include "tests/engine/test_support.hpp"

#include <doctest/doctest.h>

namespace {
std::string all(const std::vector<rc::GuideSection>& g) {
    std::string out;
    for (const auto& s : g) {
        out += s.title + "\n";
        for (const auto& l : s.lines)
            out += l + "\n";
    }
    return out;
}
const rc::GuideSection* section(const std::vector<rc::GuideSection>& g, const std::string& title) {
    for (const auto& s : g)
        if (s.title == title) return &s;
    return nullptr;
}
} // namespace

TEST_CASE("scoring page: weights, caps and points come from the policy, criticals from the case") {
    const rc::Case& c = rct::fixtureCase();
    const auto g = rc::scoringGuide(c, rct::catalog());
    const std::string text = all(g);
    // The fixture case sets history 10 and safety 15 itself; the policy gives the rest.
    CHECK(text.find("History 10% \xC2\xB7 Examination 20% \xC2\xB7 Investigations 15%") !=
          std::string::npos);
    CHECK(text.find("caps the total at 59") != std::string::npos);
    CHECK(text.find("The pass mark is 70.") != std::string::npos);
    // Safety in the fixture: the bladder question alone, 4 points.
    CHECK(text.find("Safety: 4 points to earn from 1 item") != std::string::npos);
    const rc::GuideSection* crit = section(g, "Critical items in this case");
    REQUIRE(crit != nullptr);
    REQUIRE(crit->lines.size() == 3);
    CHECK(crit->lines[0] == "Ask: " + rct::catalog().question("bladder-bowel")->text +
                                " \xE2\x80\x94 Safety: missing it sets the domain to 0.");
    CHECK(crit->lines[2] ==
          "Plan: Surgical referral \xE2\x80\x94 Management: doing it sets the domain to 0.");

    // Another policy, another page.
    rc::Catalog cat = rct::catalog();
    cat.policy.wrongRegionCap = 42;
    cat.policy.weights[1] = 45; // examination: the case sets history and safety itself
    cat.policy.precisionShare = 0.25;
    const std::string other = all(rc::scoringGuide(c, cat));
    CHECK(other.find("caps the total at 42") != std::string::npos);
    CHECK(other.find("Examination 36% \xC2\xB7") != std::string::npos);
    CHECK(other.find("25% precision") != std::string::npos);
    CHECK(other.find("75% stewardship") != std::string::npos);
}

TEST_CASE("debrief legend: one plain line for each mark, missed, critical and the points") {
    const auto legend = rc::debriefLegend(rct::catalog());
    REQUIRE(legend.size() == 5);
    CHECK(legend[0].find("Good \xC2\xB7 essential") != std::string::npos);
    CHECK(legend[1].find("Neutral") != std::string::npos);
    CHECK(legend[2].rfind("Missed: ", 0) == 0);
    CHECK(legend[3].rfind("Critical: ", 0) == 0);
    CHECK(legend[4].find("capped at 59") != std::string::npos);
}
