#pragma once
#include "game/engine/action.hpp"
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"

namespace rc {

/// How a named diagnosis (a `diagnose` action, or none) compares with the case's truth.
DxClass classifyDiagnosis(const Case& c, const Catalog& cat, const Action* dx);

/// True when the class is "on target": the truth (either side), an accepted alternative or
/// another diagnosis in the truth's region. Management credit and the pass need it.
inline bool onTarget(DxClass k) {
    return k == DxClass::Right || k == DxClass::WrongSide || k == DxClass::Accepted ||
           k == DxClass::SameRegion;
}

/// True when `set` (0 = any) holds `k`.
inline bool dxIn(DxSet set, DxClass k) { return set == 0 || (set & static_cast<unsigned>(k)) != 0; }

} // namespace rc
