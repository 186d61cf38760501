#include "game/engine/dx_class.hpp"

#include <algorithm>

#include "game/engine/student_copy.hpp"

namespace rc {

DxClass classifyDiagnosis(const Case& c, const Catalog& cat, const Action* dx) {
    if (!dx || dx->args.empty()) return DxClass::None;
    const std::string& id = dx->args[0];
    if (c.studentCopy) {
        // A student copy has no truth: look the diagnosis up in its sealed table.
        const std::uint64_t key = sealKey(c.sealSalt, id, dx->side);
        auto it = std::lower_bound(c.sealed.begin(), c.sealed.end(), std::make_pair(key, DxClass::None),
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        return it != c.sealed.end() && it->first == key ? it->second : DxClass::Wrong;
    }
    if (id == c.truthDiagnosis) return dx->side == c.truthSide ? DxClass::Right : DxClass::WrongSide;
    // An alternative the case accepts for some credit; one accepted for none (a named trap)
    // is judged by its region like any other diagnosis.
    for (const Accept& a : c.accepts)
        if (a.diagnosis == id && a.credit > 0) return DxClass::Accepted;
    const DiagnosisDef* named = cat.diagnosis(id);
    const DiagnosisDef* truth = cat.diagnosis(c.truthDiagnosis);
    // "other" holds unrelated problems (a bunion, a hamstring strain): no region to share.
    if (named && truth && named->region == truth->region && truth->region != "other")
        return DxClass::SameRegion;
    return DxClass::Wrong;
}

} // namespace rc
