#pragma once
// What `rootcause --hands-on CASE:EXAM:SIDE` names: a case, one of its hands-on exams and the side.
#include "game/engine/action.hpp"

#include <string>

namespace rc::play {

/// What `--hands-on` names.
struct HandsOnTarget {
    std::string caseId, examId;
    rc::Side side = rc::Side::None;
};

/// Parses "knee-l3-disc:pkb:right"; returns an error message (empty on success).
std::string parseHandsOnTarget(const std::string& text, HandsOnTarget& out);

} // namespace rc::play
