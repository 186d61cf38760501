#pragma once
// Simulated students for rootcause-genresults, the board's tests and its benchmark: each
// plays every case of a challenge headlessly, with the expert path as a starting point and
// mistakes that grow as the student's (random) ability falls: omitted questions and tests,
// hands-on tests stopped short, extra orders and questions, wrong diagnoses, wrong plans, now
// and then an unfinished case. Only actions the session accepts are logged, so every log is
// legal. The shown score is what the engine computes (what the game shows). Deterministic
// for a seed: the same seed gives the same files, byte for byte.
#include "game/engine/content.hpp"
#include "game/engine/random_play.hpp"
#include "game/engine/results.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rc::board {

struct GenOptions {
    int students = 30;
    std::uint64_t seed = 1;
    std::string start = "2026-03-02T09:00:00Z"; ///< when the class starts (ISO 8601 UTC)
};

/// The engine's deterministic generator (SplitMix64).
using Rng = rc::Rng;

/// Plays `ch` for `o.students` simulated students against `content` (which must hold every
/// case of the challenge). Cases the content does not have are left out.
std::vector<ResultsFile> simulateStudents(const Challenge& ch, const Content& content,
                                          const GenOptions& o);

/// The file name a results file is written under: "<challenge>-<student id>.xml".
std::string resultsFileName(const ResultsFile& r);

/// A challenge over every case of a content folder, as challenge XML text.
std::string challengeOverAllCases(const Content& content, const std::string& id,
                                  std::uint64_t seed);

} // namespace rc::board
