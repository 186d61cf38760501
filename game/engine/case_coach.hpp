#pragma once
// A tutorial case's <coach> (FORMAT.md §2.11): the steps a coach panel shows, each ending on an
// event of the play. Read with the case; checked against the case's own expert path.
#include "game/engine/case.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

/// Most steps a coach holds (one per event).
inline constexpr int kMaxCoachSteps = kCoachEvents;

/// Reads `<coach>` (node `n`) into `c.coach`: each `<step until=… title=…>text</step>` in the
/// order of CoachEvent, each event at most once, the last `until="end"`.
void readCoach(Node& n, Case& c);

/// Checks that the case's expert path does an action of every kind a step waits for (an ask,
/// a hands-on exam (with an angle), an order, a differential, an advance), so following the
/// expert ends every step.
void checkCoach(const Case& c, Diagnostics& d);

} // namespace rc
