// Every hands-on finding in the bundled cases, performed in the body simulation, shows its
// symptoms at the case's onset angle (within 3 degrees) and never goes past its range.
#include <doctest/doctest.h>

#include <cmath>

#include "game/body/case_spec.hpp"
#include "game/body/exam_driver.hpp"
#include "game/engine/content.hpp"

using namespace rc;

TEST_CASE("bundled hands-on findings reproduce in the body simulation") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    REQUIRE(!content.cases.empty());
    int checked = 0;
    for (const Case& c : content.cases) {
        Session s(c, content.catalog, 1);
        for (std::size_t v = 0; v < c.visits.size(); ++v) {
            std::vector<const Finding*> findings;
            for (const auto& [k, f] : c.base.findings) findings.push_back(&f);
            for (const auto& [k, f] : c.visits[v].overrides.findings) findings.push_back(&f);
            for (const Finding* f : findings) {
                auto spec = body::specFor(s, static_cast<int>(v), f->exam, f->side);
                if (!spec) continue;
                INFO(c.id << " visit " << c.visits[v].id << ": " << f->exam << " "
                          << sideName(f->side));
                body::DriveResult r = body::driveToOnsetOrEnd(*spec);
                CHECK(r.maxAngleDeg <= spec->range() + 3.0);
                const Finding* effective = s.findingAt(static_cast<int>(v), f->exam, f->side);
                if (effective && effective->onset) {
                    REQUIRE(r.onsetDeg.has_value());
                    CHECK(std::abs(*r.onsetDeg - *effective->onset) <= 3.0);
                } else {
                    CHECK_FALSE(r.onsetDeg.has_value());
                }
                ++checked;
            }
        }
    }
    CHECK(checked >= 10);
}

TEST_CASE("the crossed SLR is logged by the leg raised and hurts the other leg") {
    Diagnostics diags;
    Content content = loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    const Case* c = content.findCase("sciatica-failed-conservative");
    REQUIRE(c);
    Session s(*c, content.catalog, 1);
    auto spec = body::specFor(s, 0, "crossed-slr", Side::Right);
    REQUIRE(spec);
    CHECK(spec->side == body::Side::left);
    CHECK(spec->movedSide() == body::Side::right);
}
