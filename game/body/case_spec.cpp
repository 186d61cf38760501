#include "game/body/case_spec.hpp"

namespace rc::body {

std::optional<ManoeuvreSpec> specFor(const rc::Session& s, int visitIndex, const std::string& exam,
                                     rc::Side side) {
    const rc::Exam* e = s.catalog().exam(exam);
    if (!e || e->handsOn.empty() || (side != rc::Side::Left && side != rc::Side::Right))
        return std::nullopt;
    std::optional<Manoeuvre> m = parseManoeuvre(e->handsOn);
    if (!m) return std::nullopt;
    ManoeuvreSpec spec;
    spec.manoeuvre = *m;
    Side examined = side == rc::Side::Left ? Side::left : Side::right;
    spec.side = *m == Manoeuvre::crossedSlr ? opposite(examined) : examined;
    spec.normalRangeDeg = e->normalRange;
    spec.neckReleaseShiftDeg = e->neckReleaseShift;
    spec.dorsiflexionShiftDeg = e->dorsiflexionShift;
    if (const rc::Finding* f = s.findingAt(visitIndex, exam, side)) {
        if (f->onset) spec.onsetDeg = *f->onset;
        if (f->range) spec.rangeDeg = *f->range;
        spec.neural = f->neural;
        spec.symptom = f->text;
    }
    return spec;
}

} // namespace rc::body
