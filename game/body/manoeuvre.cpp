#include "game/body/manoeuvre.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace rc::body {

namespace {

const std::array<std::pair<Manoeuvre, const char*>, 7> kIds{{
    {Manoeuvre::slr, "slr"},
    {Manoeuvre::crossedSlr, "crossed-slr"},
    {Manoeuvre::hipFlexion, "hip-flexion"},
    {Manoeuvre::pkb, "pkb"},
    {Manoeuvre::ake, "ake"},
    {Manoeuvre::slump, "slump"},
    {Manoeuvre::hipIr, "hip-ir"},
}};

} // namespace

const char* manoeuvreId(Manoeuvre m) {
    for (const auto& [value, id] : kIds)
        if (value == m) return id;
    return "?";
}

std::optional<Manoeuvre> parseManoeuvre(std::string_view id) {
    for (const auto& [value, name] : kIds)
        if (id == name) return value;
    return std::nullopt;
}

double normalRangeDeg(Manoeuvre m) {
    switch (m) {
    case Manoeuvre::slr:
    case Manoeuvre::crossedSlr:
        return 80.0;
    case Manoeuvre::hipFlexion:
        return 120.0;
    case Manoeuvre::pkb:
        return 130.0;
    case Manoeuvre::ake:
        return 75.0;
    case Manoeuvre::slump:
        return 90.0;
    case Manoeuvre::hipIr:
        return 40.0;
    }
    return 0.0;
}

Switches standardSwitches(Manoeuvre m) {
    Switches s;
    s.neckFlexion = (m == Manoeuvre::slump);
    return s;
}

bool supportsNeckFlexion(Manoeuvre m) {
    return m == Manoeuvre::slump;
}

bool supportsAnkleDorsiflexion(Manoeuvre m) {
    return m == Manoeuvre::slr || m == Manoeuvre::crossedSlr || m == Manoeuvre::slump;
}

std::optional<double> effectiveOnsetDeg(const ManoeuvreSpec& spec, const Switches& switches) {
    if (!spec.onsetDeg) return std::nullopt;
    double onset = *spec.onsetDeg;
    if (!spec.neural) return onset;
    const Manoeuvre m = spec.manoeuvre;
    if (supportsNeckFlexion(m) && !switches.neckFlexion) onset += kNeckReleaseRaiseDeg;
    if (supportsAnkleDorsiflexion(m) && switches.ankleDorsiflexion)
        onset += kAnkleDorsiflexionShiftDeg;
    return std::max(onset, 1.0);
}

} // namespace rc::body
