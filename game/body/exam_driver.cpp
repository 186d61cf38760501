#include "game/body/exam_driver.hpp"

#include <cmath>

namespace rc::body {

namespace {

constexpr double kStallSeconds = 0.75; // no progress for this long: the limb will go no further
constexpr double kProgressDeg = 0.05;  // smallest gain that counts as progress

int stepsFor(double seconds) {
    return static_cast<int>(std::lround(seconds / ExamSimulation::kTimeStep));
}

} // namespace

DriveResult drive(ExamSimulation& sim, const DriveOptions& options) {
    sim.setSwitches(options.switches.value_or(sim.spec().standardSwitches()));
    sim.setDriveRate(options.rateDegPerSec);
    for (int i = 0, n = stepsFor(options.settleSeconds); i < n; ++i)
        sim.step();
    sim.grabHandle();

    const int limit = sim.steps() + stepsFor(options.maxSeconds);
    const int stallSteps = stepsFor(kStallSeconds);
    double best = sim.measuredAngleDeg();
    int lastProgress = sim.steps();
    while (sim.steps() < limit) {
        if (sim.symptomsTriggered() && !options.continuePastOnset) break;
        if (options.stopAtDeg && sim.measuredAngleDeg() >= *options.stopAtDeg) break;
        if (sim.endOfRangeReached()) break;
        if (sim.steps() - lastProgress > stallSteps) break;
        sim.push(1.0);
        sim.step();
        if (sim.measuredAngleDeg() > best + kProgressDeg) {
            best = sim.measuredAngleDeg();
            lastProgress = sim.steps();
        }
    }

    DriveResult r;
    r.finding = sim.recordedFinding();
    r.onsetDeg = sim.onsetFoundDeg();
    r.maxAngleDeg = sim.maxAngleReachedDeg();
    r.maxRawAngleDeg = sim.maxRawAngleDeg();
    r.endOfRange = sim.endOfRangeReached();
    r.steps = sim.steps();
    r.stateHash = sim.stateHash();
    return r;
}

DriveResult driveToOnsetOrEnd(const ManoeuvreSpec& spec, const DriveOptions& options) {
    ExamSimulation sim(spec);
    return drive(sim, options);
}

} // namespace rc::body
