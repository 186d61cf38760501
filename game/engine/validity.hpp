#pragma once
#include <optional>
#include <string>
#include <vector>

#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/scoring.hpp"

namespace rc {

/// One generated strategy played through a case (FORMAT.md §2.8).
struct PathPlay {
    PathKind kind = PathKind::KneeTreater;
    std::vector<Action> actions; ///< what was played (up to the first refused action)
    bool legal = true;           ///< every action was accepted
    std::string error;           ///< the first refusal, when not legal
    bool finished = false;
    std::string outcome;         ///< outcome id reached ("" if unfinished)
    Score score;
};

/// True when a generated path means something for this case: the knee-treater for cases whose
/// truth is not in the knee, the hip-treater for cases whose truth is not in the hip, and the
/// over-investigator and guideline paths always.
bool pathApplies(PathKind kind, const Case& c, const Catalog& cat);

/// The actions of a generated path (built from the expert path and the scoring policy's
/// templates; see FORMAT.md §2.8).
std::vector<Action> generatePath(PathKind kind, const Case& c, const Catalog& cat);

/// Plays a generated path and scores it against the expert's ledger.
PathPlay playPath(PathKind kind, const Case& c, const Catalog& cat);

/// Plays the expert path (as the lint does) for comparisons.
PathPlay playExpert(const Case& c, const Catalog& cat);

/// True when the expert path orders imaging at the first visit: there the over-investigator
/// may pass (FORMAT.md §2.8).
bool expertImagesAtFirstVisit(const Case& c, const Catalog& cat);

/// The side a generated path examines and diagnoses: the truth's, else the body chart's.
Side primarySide(const Case& c);

} // namespace rc
