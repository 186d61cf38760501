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

std::optional<double> effectiveOnsetDeg(const ManoeuvreSpec& spec, const Switches& switches) {
    if (!spec.onsetDeg) return std::nullopt;
    double onset = *spec.onsetDeg;
    if (!spec.neural) return onset;
    if (spec.neckReleaseShiftDeg && !switches.neckFlexion) onset += *spec.neckReleaseShiftDeg;
    if (spec.dorsiflexionShiftDeg && switches.ankleDorsiflexion)
        onset += *spec.dorsiflexionShiftDeg;
    return std::max(onset, 1.0);
}

} // namespace rc::body
