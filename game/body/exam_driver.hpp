#pragma once

#include "game/body/exam_sim.hpp"
#include "game/body/finding.hpp"
#include "game/body/manoeuvre.hpp"

#include <cstdint>
#include <optional>

namespace rc::body {

/// How the headless examiner performs a manoeuvre.
struct DriveOptions {
    std::optional<Switches> switches; ///< switches to set first; none: standardSwitches()
    std::optional<double> stopAtDeg;  ///< stop on reaching this angle (deg) if nothing came first
    bool continuePastOnset = false;   ///< keep going to the end of range after the onset
    double rateDegPerSec = ExamSimulation::kDefaultDriveRateDegPerSec; ///< drive speed (deg/s)
    double settleSeconds = 0.5; ///< wait (s) after setting switches before moving the limb
    double maxSeconds = 30.0;   ///< give up after this long (s)
};

/// What the headless examiner measured.
struct DriveResult {
    RecordedFinding finding;        ///< as the student would record it
    std::optional<double> onsetDeg; ///< goniometer angle at first onset (deg); none: no symptoms
    double maxAngleDeg = 0.0;       ///< furthest goniometer angle (deg)
    double maxRawAngleDeg = 0.0;    ///< furthest unclamped joint angle (deg)
    bool endOfRange = false;        ///< the end of range was reached
    int steps = 0;                  ///< simulation steps taken
    std::uint64_t stateHash = 0;    ///< ExamSimulation::stateHash() at the end
};

/// Performs the manoeuvre on an existing simulation: sets the switches, waits, then moves the
/// limb steadily with push(+1) until symptoms start (unless continuePastOnset), stopAtDeg is
/// reached, or the limb stops moving (end of range).
DriveResult drive(ExamSimulation& sim, const DriveOptions& options = {});

/// Builds a simulation for spec and performs the manoeuvre headlessly (tests, rootcause-replay).
DriveResult driveToOnsetOrEnd(const ManoeuvreSpec& spec, const DriveOptions& options = {});

} // namespace rc::body
