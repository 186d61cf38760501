#include "game/play/calibration_view.hpp"

#include "game/play/differential_view.hpp"

#include <cmath>
#include <cstdlib>

namespace rc::play {

namespace {

/// +1 over-confident, -1 under-confident, 0 close (within kCalibratedWithin points).
int side(int gap) {
    return gap > kCalibratedWithin ? 1 : gap < -kCalibratedWithin ? -1 : 0;
}

} // namespace

std::string calibrationVerdict(int said, double computed, int& gap) {
    gap = said - static_cast<int>(std::lround(computed * 100));
    const int n = std::abs(gap);
    const std::string points = std::to_string(n) + (n == 1 ? " point" : " points");
    if (side(gap) > 0) return "Over-confident by " + points;
    if (side(gap) < 0) return "Under-confident by " + points;
    return "Close: within " + std::to_string(kCalibratedWithin) + " points";
}

std::vector<CalibrationRow> calibrationRows(const rc::Session& s,
                                            const std::vector<rc::Calibration>& cal) {
    std::vector<CalibrationRow> out;
    const auto& taken = s.taken();
    for (const auto& c : cal) {
        CalibrationRow r;
        const rc::Investigation* inv = s.catalog().investigation(c.order);
        r.order = inv ? inv->label : c.order;
        if (c.action < taken.size())
            r.order += " \u00b7 visit " + std::to_string(taken[c.action].visitIndex + 1);
        const rc::DiagnosisDef* d = s.catalog().diagnosis(c.dx);
        r.dx = d ? d->label : c.dx;
        const int said = static_cast<int>(std::lround(c.estimate * 100));
        r.said = "you said " + std::to_string(said) + " %";
        if (c.computed) {
            r.hasComputed = true;
            r.computed = "the findings then gave " + percentText(*c.computed);
            r.verdict = calibrationVerdict(said, *c.computed, r.gap);
        } else {
            r.computed = "not in the case's computed differential";
            r.verdict = "No computed figure to compare with";
        }
        out.push_back(std::move(r));
    }
    return out;
}

CalibrationReview calibrationReview(const rc::Session& s, const std::string& mode) {
    CalibrationReview v;
    if (mode == "exam") return v;
    const rc::DifferentialModel m(s.kase(), s.catalog());
    v.rows = calibrationRows(s, m.calibration(s));
    if (v.rows.empty()) return v;
    v.shown = true;
    int close = 0, over = 0, under = 0, compared = 0, sum = 0;
    for (const auto& r : v.rows) {
        if (!r.hasComputed) continue;
        ++compared;
        sum += r.gap;
        (side(r.gap) > 0 ? over : side(r.gap) < 0 ? under : close) += 1;
    }
    const std::size_t n = v.rows.size();
    v.summary = std::to_string(n) + (n == 1 ? " estimate" : " estimates");
    if (compared > 0) {
        const long m = std::lround(static_cast<double>(sum) / compared);
        const std::string mean = (m > 0 ? "+" : "") + std::to_string(m);
        v.summary += ": " + std::to_string(close) + " close, " + std::to_string(over) +
                     " over-confident, " + std::to_string(under) + " under-confident (mean gap " +
                     mean + (m == 1 || m == -1 ? " point)" : " points)");
    }
    return v;
}

} // namespace rc::play
