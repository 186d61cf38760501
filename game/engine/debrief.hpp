#pragma once
#include "game/engine/score_breakdown.hpp"
#include "game/engine/scoring.hpp"

#include <string>
#include <vector>

namespace rc {

/// A hands-on manoeuvre as the player performed it (for the debrief's angle table).
struct ManoeuvreRecord {
    std::string exam, label;
    Side side = Side::None;
    int reached = 0;          ///< degrees the player reached
    std::optional<int> onset; ///< the case's onset angle, if symptoms exist
    bool stoppedShort = false;
    int visit = 1; ///< the visit (1-based) it was done at
};

/// True if some manoeuvre was done after the first visit: its rows then name their visit.
bool spansVisits(const std::vector<ManoeuvreRecord>& ms);

/// Everything the debrief screen and the replay tool show after a case.
struct Debrief {
    Score score;
    std::vector<std::string> playerPath; ///< the player's decisions (no repeats)
    std::vector<std::string> expertPath; ///< the expert's decisions
    int playerDivergence = -1;           ///< first player step the expert never takes (-1: none)
    int expertDivergence = -1;           ///< first expert step the player never took (-1: none)
    std::string outcomeText, outcomeStatus;
    std::string truthLabel;         ///< e.g. "L3 radiculopathy (right)"
    std::vector<std::string> roots; ///< nerve roots to highlight on the dermatome map
    std::string truthText;
    std::string truthSource;   ///< "Source" line of the truth text ("" if uncited)
    std::string outcomeSource; ///< ... of the outcome text
    std::vector<LearningPoint> learning;
    std::vector<std::string> learningSources; ///< one per learning point
    std::vector<SourceRef> sources; ///< every reference the case cites, in order of first use
    std::vector<ManoeuvreRecord> manoeuvres;
    /// Per score.decisions entry: what it judged, labelled (never an id). A rule met by a plan
    /// is named by what the rule judged (the part), so two rules on one plan read apart.
    std::vector<std::string> decisionLabels;
    /// Per score.decisions entry: its 1-based visit on the player's path; a miss: the visit of
    /// its rule, else the one where the expert did it (0: the expert never did; any visit).
    std::vector<int> decisionVisits;
    /// Each domain's score as lines that add up to it (score_breakdown.hpp).
    std::array<DomainBreakdown, kDomainCount> breakdown;
    /// One line per domain under 50, in domain order: the reason ("Safety 25/100: not done: …").
    std::vector<std::string> reasons;
};

/// Builds the debrief of a session (plays the expert path once for its ledger).
Debrief makeDebrief(const Session& s);
/// The debrief as plain text (what rootcause-replay prints).
std::string debriefText(const Debrief& d, const Session& s);

} // namespace rc
