#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/engine/action.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// Version of the results-file format this build writes. Version 3 keeps every attempt
/// (<attempt> elements) and binds each case to the hash of its student-visible part; version 2
/// (one attempt, cases directly under <results>) is still read. Version 1 recorded FNV-1a
/// hashes, which no longer match: refused.
inline constexpr int kResultsVersion = 3;
inline constexpr int kOldestResultsVersion = 2;
/// Attempts a results file may hold (a bound on hostile files, far above any classroom's).
inline constexpr int kMaxAttempts = 100;

/// One case of a challenge as a student played it.
struct CaseResult {
    std::string caseId;
    /// Hash of the student-visible part of the case played (Case::studentHash): the same for
    /// the instructor's full case and for the exam pack's copy of it.
    std::uint64_t caseHash = 0;
    /// The total the game showed (never trusted by the board); none when the game had no key
    /// to score with (an exam pack).
    std::optional<double> shownScore;
    double seconds = 0;          ///< real time spent on the case
    bool finished = false;
    ActionLog log;               ///< actions with @seconds time stamps
    SourcePos pos;
};

/// One pass through the challenge. A student who plays a challenge again adds an attempt;
/// earlier ones are kept, and the board chooses which counts.
struct Attempt {
    int number = 1;          ///< 1-based, in playing order
    std::string started;     ///< ISO 8601 UTC time the attempt started
    bool finished = false;   ///< every case of the challenge was played
    std::vector<CaseResult> cases;
    SourcePos pos;
};

/// What a student hands in after a challenge: one file per student per challenge, holding
/// every attempt.
struct ResultsFile {
    int version = kResultsVersion;
    std::string player, studentId, email;
    std::string challengeId;
    std::uint64_t challengeHash = 0;
    std::uint64_t seed = 1;
    std::string written; ///< ISO 8601 UTC time the file was written
    std::vector<Attempt> attempts; ///< at least one, numbered 1..n
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
