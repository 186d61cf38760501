#pragma once
// "What if" branches from a finished case's debrief, without SFML: the decisions of the log a
// student may branch from (the diagnosis, each plan, each order), the alternatives the case offers
// there, the branched session (the actions before the decision, then the alternative), and the
// branch in progress: the student's own play kept to go back to and to show beside the branch's.
// A branch is practice only and never recorded (no autosave, profile, history or results).
#include "game/engine/autosave.hpp"
#include "game/engine/content.hpp"
#include "game/engine/debrief.hpp"
#include "game/engine/session.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace rc::play {

class PlayState;

/// Another choice at a decision point.
struct WhatIfAlternative {
    std::string label;               ///< "Plan: Surgical", "Do not order it", "Diagnose: …"
    std::vector<rc::Action> actions; ///< what replaces the decision (empty: leave it out)
};

/// A decision of the log the student may branch from.
struct DecisionPoint {
    std::size_t index = 0; ///< its place in the log: the actions before it are kept
    int visit = 1;         ///< 1-based visit on the student's path
    std::string label;     ///< "Plan: Conservative care, visit 1"
    rc::Action action;     ///< what the student did
    std::vector<WhatIfAlternative> alternatives;
};

/// The decisions of a session's log, in log order: every diagnosis named, plan made (a referral
/// is a plan) and investigation ordered (not one withdrawn before its result). Alternatives: for
/// a plan, the expert's plan at that visit when it differs, then each other pathway alone (as
/// rootcause-lint --outcomes plays them), each followed by ending the visit when the student's
/// was; for a diagnosis, the other diagnoses of the case's list (its priors, else the expert's
/// differential, and the true one); for an order, not ordering it.
std::vector<DecisionPoint> decisionPoints(const rc::Session& s);

/// The decision point for a step of the debrief ("plan surgical", the key of an action) at a
/// 1-based visit (0: any visit); -1 when none.
int decisionPointFor(const std::vector<DecisionPoint>& points, const std::string& step,
                     int visit = 0);

/// The branch's action log: the first `p.index` actions of `s`, then the alternative's.
std::vector<rc::Action> branchActions(const rc::Session& s, const DecisionPoint& p,
                                      const WhatIfAlternative& alt);

/// Plays a branch into `out` (a fresh session of the same case and seed). False with `error`
/// (the action refused) when it does not play.
bool playBranch(const rc::Session& s, const DecisionPoint& p, const WhatIfAlternative& alt,
                rc::Session& out, std::string& error);

/// Whether the debrief offers "What if": practice mode, not the tutorial, not in a classroom
/// challenge or a live class (`classroom`), not already in a branch, a finished session.
bool whatIfOffered(const PlayState& play, bool classroom, bool inBranch);

/// One path's result, for the side-by-side debrief.
struct PathSummary {
    std::string heading; ///< "Your path", "What if: Plan: Surgical"
    std::string outcomeStatus, outcomeText;
    double total = 0;
    std::array<double, rc::kDomainCount> domains{};
};
PathSummary summarize(const rc::Debrief& d, std::string heading);

/// One row of the side-by-side comparison: a label and each path's value.
struct CompareRow {
    std::string label, mine, branch;
    bool differs = false;
};
/// Total, then each domain's score, of both paths.
std::vector<CompareRow> compareRows(const PathSummary& mine, const PathSummary& branch);

/// A branch in progress (or just ended): the student's own play to return to.
struct WhatIfBranch {
    rc::SavedGame original;   ///< the student's play (log, seed, mode, case)
    std::string autosavePath; ///< the play's autosave path, set back when the branch ends
    PathSummary mine;         ///< the student's path and outcome
    std::string alternative;  ///< the alternative's label
    bool inBranch = false;    ///< the branched session is the one being played
    bool advanced = false;    ///< the branch's last action ended a visit (show the follow-up)
};

/// What the top bar and the debrief's title say in a branch.
inline constexpr const char* kWhatIfTitle = "What if \u2014 not scored";
/// `title` with kWhatIfTitle before it while `b` is a branch in progress; `title` otherwise.
std::string branchTitle(const WhatIfBranch* b, const std::string& title);

/// Starts a branch: keeps the student's play in `b`, turns the autosave off and replays the
/// branch in `play`. False with `error` (the student's play is kept) when it does not play.
bool startBranch(PlayState& play, const rc::Content& content, const DecisionPoint& p,
                 const WhatIfAlternative& alt, WhatIfBranch& b, std::string& error);
/// Back to the student's own finished play (its autosave path restored; nothing recorded).
bool returnFromBranch(PlayState& play, const rc::Content& content, WhatIfBranch& b,
                      std::string& error);

/// Parses "N:ALTERNATIVE" (--what-if): the decision point that keeps the first N actions of the
/// log (N as rootcause-replay --branch takes it) and its alternative, by number (1-based) or by a
/// word of its actions ("surgical"; "none" for an order left out). False with `error` when it
/// names none of `points`.
bool parseWhatIf(const std::string& spec, const std::vector<DecisionPoint>& points,
                 std::size_t& point, std::size_t& alternative, std::string& error);

} // namespace rc::play
