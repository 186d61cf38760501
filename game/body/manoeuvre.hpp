#pragma once

#include "game/body/segment.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace rc::body {

/// The hands-on manoeuvres (content/FORMAT.md section 1.2, attribute exam@hands-on).
enum class Manoeuvre { slr, crossedSlr, hipFlexion, pkb, ake, slump, hipIr };

/// The content id: "slr", "crossed-slr", "hip-flexion", "pkb", "ake", "slump", "hip-ir".
const char* manoeuvreId(Manoeuvre m);

/// Parses a content id; nullopt if unknown.
std::optional<Manoeuvre> parseManoeuvre(std::string_view id);

/// Structural-differentiation switches the examiner can add during a manoeuvre.
struct Switches {
    bool neckFlexion = false;       ///< chin to chest (slump only)
    bool ankleDorsiflexion = false; ///< foot pulled up (SLR, crossed SLR, slump)
};

/// What the case says about one hands-on finding: plain data, filled from a case <finding>.
/// Angles follow the table "Angles of the hands-on manoeuvres" in content/FORMAT.md.
struct ManoeuvreSpec {
    Manoeuvre manoeuvre = Manoeuvre::slr; ///< which manoeuvre
    /// The finding's side = the symptomatic side. For crossed SLR the examiner lifts the
    /// opposite leg and the symptoms appear on this side.
    Side side = Side::right;
    std::optional<double> onsetDeg; ///< angle (deg) where symptoms start; none: no symptoms
    std::optional<double> rangeDeg; ///< end of available range (deg); none: normalRangeDeg
    bool neural = false;            ///< structural differentiation changes the onset
    std::string symptom;            ///< what the patient says at onset ("Sharp pain down the back")
    /// From the catalogue's exam (content/FORMAT.md, exam@normal-range and the shifts):
    double normalRangeDeg = 180.0; ///< the normal end of range, where the case sets none
    /// Onset shift (deg) in a neural case when the slump's neck flexion is released; none: the
    /// manoeuvre has no neck-flexion switch.
    std::optional<double> neckReleaseShiftDeg;
    /// Onset shift (deg, negative: earlier) in a neural case when the ankle is dorsiflexed;
    /// none: the manoeuvre has no ankle switch.
    std::optional<double> dorsiflexionShiftDeg;

    /// End of range (deg): rangeDeg or the normal range.
    double range() const { return rangeDeg ? *rangeDeg : normalRangeDeg; }
    /// Whether the manoeuvre offers each structural-differentiation switch at all.
    bool supportsNeckFlexion() const { return neckReleaseShiftDeg.has_value(); }
    bool supportsAnkleDorsiflexion() const { return dorsiflexionShiftDeg.has_value(); }
    /// The switch state in which the case's onset angle is defined: the neck flexed where the
    /// manoeuvre offers it (the slump's starting position), everything else off.
    Switches standardSwitches() const { return {supportsNeckFlexion(), false}; }
    /// The leg the examiner moves: the opposite side for crossed SLR, else side.
    Side movedSide() const { return manoeuvre == Manoeuvre::crossedSlr ? opposite(side) : side; }
};

/// Onset angle (deg) under the given switches: the case's onset, shifted in a neural case by
/// releasing the slump's neck flexion and by ankle dorsiflexion (the catalogue's shifts);
/// never below 1.
/// nullopt if the case has no onset. Non-neural cases ignore the switches.
std::optional<double> effectiveOnsetDeg(const ManoeuvreSpec& spec, const Switches& switches);

} // namespace rc::body
