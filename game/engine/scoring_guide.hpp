#pragma once
// The scoring page the debrief opens: how a score is made, generated from the scoring policy
// (content/scoring.xml) and the case's own rules, never from numbers written in the game.
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"

#include <string>
#include <vector>

namespace rc {

/// A heading and its lines, each a sentence or two a student reads.
struct GuideSection {
    std::string title;
    std::vector<std::string> lines;
};

/// What a tag means, in plain words ("Essential: an expert always does this here; …").
std::string tagMeaning(Tag t);

/// The debrief's legend: what a row's marks, tags, points and words mean (one line each).
std::vector<std::string> debriefLegend(const Catalog& cat);

/// The scoring page for a case: the total and its weights, domains and points, tags, the case's
/// critical items, diagnosis, efficiency and stewardship, harm and waste and the wrong-region cap.
std::vector<GuideSection> scoringGuide(const Case& c, const Catalog& cat);

} // namespace rc
