#include "game/body/finding.hpp"
#include "game/body/manoeuvre.hpp"
#include "tests/body/shipped_spec.hpp"

#include <doctest/doctest.h>

using namespace rc::body;
using namespace rc::body::test;

TEST_CASE("manoeuvre ids round-trip and unknown ids are rejected") {
    for (const char* id : {"slr", "crossed-slr", "hip-flexion", "pkb", "ake", "slump", "hip-ir"}) {
        const auto m = parseManoeuvre(id);
        REQUIRE(m.has_value());
        CHECK(std::string(manoeuvreId(*m)) == id);
    }
    CHECK_FALSE(parseManoeuvre("SLR").has_value());
    CHECK_FALSE(parseManoeuvre("").has_value());
    CHECK_FALSE(parseManoeuvre("thomas").has_value());
}

TEST_CASE("the shipped catalogue's normal ranges are the clinical ones") {
    // SLR about 80 degrees of hip flexion, hip flexion 120, prone knee bend 130, AKE 75 (a
    // deficit of 15 from straight), slump knee extension 90, hip internal rotation 40.
    CHECK(shippedRange(Manoeuvre::slr) == 80.0);
    CHECK(shippedRange(Manoeuvre::crossedSlr) == 80.0);
    CHECK(shippedRange(Manoeuvre::hipFlexion) == 120.0);
    CHECK(shippedRange(Manoeuvre::pkb) == 130.0);
    CHECK(shippedRange(Manoeuvre::ake) == 75.0);
    CHECK(shippedRange(Manoeuvre::slump) == 90.0);
    CHECK(shippedRange(Manoeuvre::hipIr) == 40.0);
    ManoeuvreSpec spec = shippedSpec(Manoeuvre::ake);
    CHECK(spec.range() == 75.0);
    spec.rangeDeg = 52.0;
    CHECK(spec.range() == 52.0);
}

TEST_CASE("crossed SLR lifts the leg opposite the symptomatic side") {
    ManoeuvreSpec spec;
    spec.side = Side::right;
    CHECK(spec.movedSide() == Side::right);
    spec.manoeuvre = Manoeuvre::crossedSlr;
    CHECK(spec.movedSide() == Side::left);
}

TEST_CASE("structural differentiation shifts the onset only in a neural case") {
    ManoeuvreSpec slump = shippedSpec(Manoeuvre::slump);
    slump.onsetDeg = 42.0;
    slump.neural = true;
    const Switches standard = slump.standardSwitches();
    CHECK(standard.neckFlexion);
    CHECK_FALSE(standard.ankleDorsiflexion);
    CHECK(*effectiveOnsetDeg(slump, standard) == doctest::Approx(42.0));
    CHECK(*effectiveOnsetDeg(slump, {false, false}) == doctest::Approx(54.0));
    CHECK(*effectiveOnsetDeg(slump, {true, true}) == doctest::Approx(32.0));

    slump.neural = false;
    CHECK(*effectiveOnsetDeg(slump, {false, false}) == doctest::Approx(42.0));
    CHECK(*effectiveOnsetDeg(slump, {true, true}) == doctest::Approx(42.0));

    ManoeuvreSpec slr = shippedSpec(Manoeuvre::slr);
    slr.onsetDeg = 42.0;
    slr.neural = true;
    CHECK_FALSE(slr.standardSwitches().neckFlexion);
    CHECK_FALSE(slr.supportsNeckFlexion());
    CHECK(slr.supportsAnkleDorsiflexion());
    CHECK(*effectiveOnsetDeg(slr, {false, true}) == doctest::Approx(32.0));
    CHECK(*effectiveOnsetDeg(slr, {true, false}) == doctest::Approx(42.0)); // no neck switch

    slr.onsetDeg = 5.0;
    CHECK(*effectiveOnsetDeg(slr, {false, true}) == doctest::Approx(1.0)); // never below 1
    slr.onsetDeg.reset();
    CHECK_FALSE(effectiveOnsetDeg(slr, {false, true}).has_value());
}

TEST_CASE("a recorded finding says what the student found") {
    RecordedFinding f;
    f.angleDeg = 29.6;
    CHECK(f.loggedAngle() == 30);
    CHECK(f.summary() == "no symptoms to 30\u00B0");
    f.endOfRange = true;
    CHECK(f.summary() == "no symptoms to 30\u00B0 (end of range)");
    f.symptomsFound = true;
    f.angleDeg = 42.2;
    CHECK(f.loggedAngle() == 42);
    CHECK(f.summary() == "symptoms at 42\u00B0");
}
