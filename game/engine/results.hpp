#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/engine/action.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// Version of the results-file format this build writes and reads. Version 2 records content
/// hashes as XXH3-64 (contentHash); version 1 recorded FNV-1a, which no longer matches.
inline constexpr int kResultsVersion = 2;

/// One case of a challenge as a student played it.
struct CaseResult {
    std::string caseId;
    std::uint64_t caseHash = 0;  ///< content hash of the case the student played
    double shownScore = 0;       ///< the total the game showed (never trusted by the board)
    double seconds = 0;          ///< real time spent on the case
    bool finished = false;
    ActionLog log;               ///< actions with @seconds time stamps
    SourcePos pos;
};

/// What a student hands in after a challenge: one file per student per challenge.
struct ResultsFile {
    int version = kResultsVersion;
    std::string player, studentId, email;
    std::string challengeId;
    std::uint64_t challengeHash = 0;
    std::uint64_t seed = 1;
    std::string written; ///< ISO 8601 UTC time the file was written
    std::vector<CaseResult> cases;
    std::string file;    ///< where it was read from
};

/// The results file as XML text.
std::string formatResults(const ResultsFile& r);
/// Reads a results file; every problem goes to `diags`; nullopt if it is unusable.
std::optional<ResultsFile> loadResultsFile(const std::string& path, Diagnostics& diags);
/// Same, from text in memory (tests, fuzzers).
std::optional<ResultsFile> parseResults(const std::string& path, const std::string& text,
                                        Diagnostics& diags);

} // namespace rc
