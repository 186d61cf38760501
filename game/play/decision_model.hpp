#pragma once
// The choices of the decision screen, without drawing: diagnoses by region, pathways, plan parts
// by group, and the actions a confirmed decision sends (diagnose, plan, advance).
#include "game/engine/session.hpp"

#include <set>
#include <string>
#include <vector>

namespace rc::play {

struct DecisionRow {
    bool heading = false;
    std::string id, label, about;
};

/// Diagnoses under region headings (catalogue order).
std::vector<DecisionRow> diagnosisRows(const rc::Catalog& cat);
/// Pathways (no headings).
std::vector<DecisionRow> pathwayRows(const rc::Catalog& cat);
/// Plan parts under group headings (education, activity, exercise, medication, ... in catalogue
/// order).
std::vector<DecisionRow> partRows(const rc::Catalog& cat);
/// A readable heading for a region or part group id.
std::string groupLabel(const std::string& id);

/// What the player chose.
struct DecisionChoice {
    std::string diagnosis;
    rc::Side side = rc::Side::None;
    std::string pathway;
    std::vector<std::string> parts; ///< in catalogue order
};

/// The choice the screen opens with: the diagnosis (and its side) already named, and at a
/// later visit the previous visit's plan (pathway and parts). Never a side the student did not
/// choose.
DecisionChoice initialChoice(const rc::Session& s);
/// The plan made at the visit before this one (nullptr at the first visit).
const rc::Action* previousPlan(const rc::Session& s);
/// The side after a Left/Right key (`dir` -1 or +1) over the chips Left, Right, Both; from no
/// side, Left picks Left and Right picks Right.
rc::Side stepSide(rc::Side current, int dir);
/// What the choice should fix, recomputed from the choice itself on every change ("" when
/// nothing): a sided diagnosis with no side. (What stops a confirm is `decisionActions`'s
/// `missing`.)
std::string decisionWarning(const rc::Session& s, const DecisionChoice& c);

/// The actions to apply, in order: `diagnose` (when none was made yet or it changed), `plan`,
/// `advance`. Empty when the choice is incomplete (see `missing`).
std::vector<rc::Action> decisionActions(const rc::Session& s, const DecisionChoice& c,
                                        std::string& missing);

} // namespace rc::play
