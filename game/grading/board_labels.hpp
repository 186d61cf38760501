#pragma once
// rootcause-board: decisions in the instructor's words. An action key ("ask bladder-bowel",
// "exam slr right") or a rule pattern with alternatives ("order xray-lumbar|mri-lumbar") becomes
// the text the student saw in the game: the catalogue's question, exam, investigation, plan or
// diagnosis label. The report shows the label and the key in small type beneath it.
#include "game/engine/catalog.hpp"

#include <string>

namespace rc::board {

/// "Asked: Any change in your bladder or bowel…?", "Examined: Straight leg raise, right",
/// "Ordered: X-ray or MRI", "Planned: Conservative care; Graded exercise programme",
/// "Diagnosed: L3 radiculopathy, right" (the side after a comma: labels often end in a
/// parenthesis of their own). An id the catalogue lacks is shown as written; a key
/// that is not an action at all comes back unchanged. Plain text: escape it for HTML.
std::string decisionLabel(const std::string& actionKey, const rc::Catalog& cat);

} // namespace rc::board
