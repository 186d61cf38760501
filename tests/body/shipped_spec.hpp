#pragma once
// The body tests' manoeuvre specs, with the normal range and the structural-differentiation
// shifts the shipped catalogue gives each hands-on exam (content/catalog/exams.xml), filled the
// way rc::body::specFor fills them in the game.
#include "game/body/manoeuvre.hpp"
#include "game/engine/content.hpp"
#include "game/engine/diagnostics.hpp"

#include <stdexcept>
#include <string>

namespace rc::body::test {

inline const rc::Catalog& shippedCatalog() {
    static const rc::Catalog cat = [] {
        rc::Diagnostics d;
        rc::Catalog c = rc::loadCatalogDir(ROOTCAUSE_TEST_CONTENT, d);
        if (d.hasErrors()) throw std::runtime_error("the shipped catalogue is broken:\n" + d.str());
        return c;
    }();
    return cat;
}

/// A spec for `m` (symptom-free, right side) as the shipped catalogue's exam defines it.
inline ManoeuvreSpec shippedSpec(Manoeuvre m) {
    ManoeuvreSpec s;
    s.manoeuvre = m;
    for (const rc::Exam& e : shippedCatalog().exams)
        if (e.handsOn == manoeuvreId(m)) {
            s.normalRangeDeg = e.normalRange;
            s.neckReleaseShiftDeg = e.neckReleaseShift;
            s.dorsiflexionShiftDeg = e.dorsiflexionShift;
            return s;
        }
    throw std::runtime_error(std::string("no shipped exam is hands-on ") + manoeuvreId(m));
}

/// The shipped normal end of range of `m` (degrees).
inline double shippedRange(Manoeuvre m) {
    return shippedSpec(m).normalRangeDeg;
}

} // namespace rc::body::test
