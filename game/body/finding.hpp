#pragma once

#include "game/body/manoeuvre.hpp"

#include <string>

namespace rc::body {

/// Something the patient does that the UI should show (a wince, a line of speech, a flash of
/// the body-chart region on the symptomatic side).
enum class ReactionKind {
    symptomsStart, ///< symptoms begin (or come back)
    symptomsEased, ///< symptoms go away: the limb was lowered or a switch was released
    endOfRange,    ///< the limb reached the end of its available range (firm end feel), once
};

/// One reaction, in the order they happened.
struct Reaction {
    ReactionKind kind = ReactionKind::symptomsStart; ///< what happened
    double angleDeg = 0.0;                           ///< goniometer angle at that moment (deg)
    Side side = Side::right; ///< the symptomatic side (body-chart region to flash)
    std::string text;        ///< words for the speech line (the case's symptom text at onset)
    int step = 0;            ///< simulation step at which it happened
};

/// What the student actually found, ready for the notes and the action log.
struct RecordedFinding {
    Manoeuvre manoeuvre = Manoeuvre::slr; ///< the manoeuvre
    Side side = Side::right;              ///< the finding's (symptomatic) side
    bool symptomsFound = false;           ///< symptoms were reproduced
    /// Onset angle (deg) if symptomsFound (the goniometer value when they first started),
    /// otherwise the furthest angle reached.
    double angleDeg = 0.0;
    bool endOfRange = false; ///< the end of the available range was reached
    Switches switches;       ///< switch state at onset (or at the end, if no onset)
    std::string symptom;     ///< the patient's words if symptomsFound

    /// The integer angle for the action log line `exam slr right 45`: round(angleDeg), i.e. the
    /// onset angle when symptoms were found, else the furthest angle reached.
    int loggedAngle() const;
    /// "symptoms at 42°", "no symptoms to 30°", "no symptoms to 55° (end of range)".
    std::string summary() const;
};

} // namespace rc::body
