#pragma once
// What a student reads for an action or a rule: labels from the catalogue, never ids.
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"

#include <string>

namespace rc {

/// "ask bladder-bowel" → "Ask: Any change in your bladder or bowel control?"; a plan's words are
/// each a pathway or a part ("plan follow-up-6w" → "Plan: Follow-up in 6 weeks"). Text that is
/// not an action is returned as it is.
std::string actionLabel(const Catalog& cat, const std::string& actionText);
/// What a rule judges, labelled: its pattern, with alternatives joined by "or"
/// ("plan emergency-department|urgent-spinal-referral" → "Plan: Send to … or Urgent …").
std::string ruleLabel(const Catalog& cat, const Rule& r);

} // namespace rc
