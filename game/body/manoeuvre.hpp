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

/// Normal end of range (deg) when the case gives none: SLR and crossed SLR 80, hip flexion 120,
/// PKB 130, AKE 75, slump 90, hip IR 40 (content/FORMAT.md section 2.4).
double normalRangeDeg(Manoeuvre m);

/// Structural-differentiation switches the examiner can add during a manoeuvre.
struct Switches {
    bool neckFlexion = false;       ///< chin to chest (slump only)
    bool ankleDorsiflexion = false; ///< foot pulled up (SLR, crossed SLR, slump)
};

/// The switch state in which a case's onset angle is defined: slump with the neck flexed,
/// everything else with both switches off.
Switches standardSwitches(Manoeuvre m);

/// Whether the manoeuvre offers the switch at all.
bool supportsNeckFlexion(Manoeuvre m);
bool supportsAnkleDorsiflexion(Manoeuvre m);

/// Onset shift (deg) in a neural case when the neck flexion of the slump is released.
constexpr double kNeckReleaseRaiseDeg = 12.0;
/// Onset shift (deg, negative: earlier) in a neural case when the ankle is dorsiflexed.
constexpr double kAnkleDorsiflexionShiftDeg = -10.0;

/// What the case says about one hands-on finding: plain data, filled from a case <finding>.
/// Angles follow the table "Angles of the hands-on manoeuvres" in content/FORMAT.md.
struct ManoeuvreSpec {
    Manoeuvre manoeuvre = Manoeuvre::slr; ///< which manoeuvre
    /// The finding's side = the symptomatic side. For crossed SLR the examiner lifts the
    /// opposite leg and the symptoms appear on this side.
    Side side = Side::right;
    std::optional<double> onsetDeg; ///< angle (deg) where symptoms start; none: no symptoms
    std::optional<double> rangeDeg; ///< end of available range (deg); none: normalRangeDeg()
    bool neural = false;            ///< structural differentiation changes the onset
    std::string symptom;            ///< what the patient says at onset ("Sharp pain down the back")

    /// End of range (deg): rangeDeg or the normal range.
    double range() const { return rangeDeg ? *rangeDeg : normalRangeDeg(manoeuvre); }
    /// The leg the examiner moves: the opposite side for crossed SLR, else side.
    Side movedSide() const { return manoeuvre == Manoeuvre::crossedSlr ? opposite(side) : side; }
};

/// Onset angle (deg) under the given switches: the case's onset, shifted in a neural case by
/// releasing the slump's neck flexion (+12) and by ankle dorsiflexion (-10); never below 1.
/// nullopt if the case has no onset. Non-neural cases ignore the switches.
std::optional<double> effectiveOnsetDeg(const ManoeuvreSpec& spec, const Switches& switches);

} // namespace rc::body
