#pragma once
// The debrief's calibration (issue #19, practice only): each estimate the student committed
// before an investigation beside the probability the likelihood-ratio differential computed at
// that moment, and a one-line verdict. The figures come from the engine's DifferentialModel; the
// words are decided here, without SFML, and the debrief scene only draws them.
#include "game/engine/differential_model.hpp"
#include "game/engine/session.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// Points either side of the computed figure still called "close".
constexpr int kCalibratedWithin = 5;

/// One committed estimate as the debrief shows it.
struct CalibrationRow {
    std::string order;    ///< "Lumbar spine MRI · visit 1"
    std::string dx;       ///< the diagnosis's label
    std::string said;     ///< "you said 60 %"
    std::string computed; ///< "the findings then gave 34 %"
    std::string verdict;  ///< "Over-confident by 26 points"
    int gap = 0;          ///< said − computed, in whole points (0 when nothing was computed)
    bool hasComputed = false;
};

/// The calibration section of the debrief.
struct CalibrationReview {
    bool shown = false; ///< practice mode and at least one estimate in the log
    std::vector<CalibrationRow> rows;
    /// "3 estimates: 1 close, 2 over-confident, 0 under-confident (mean gap +18 points)".
    std::string summary;
};

/// The verdict on an estimate of `said` percent against `computed` (0..1): "Over-confident by
/// N points", "Under-confident by N points", or "Close: within 5 points" (|gap| ≤
/// kCalibratedWithin). `gap` receives said − round(computed × 100).
std::string calibrationVerdict(int said, double computed, int& gap);

/// The rows of `cal` (the engine's figures) for session `s` (labels, visits).
std::vector<CalibrationRow> calibrationRows(const rc::Session& s,
                                            const std::vector<rc::Calibration>& cal);

/// The review of `s` in `mode`: nothing in an exam or when no estimate was committed.
CalibrationReview calibrationReview(const rc::Session& s, const std::string& mode);

} // namespace rc::play
