#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/engine/diagnostics.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

class XmlFile;

/// One case of a challenge, in playing order.
struct ChallengeCase {
    std::string ref;
    int timeLimit = 0; ///< minutes of real time, 0 = none
    double weight = 1;
    SourcePos pos;
    /// Pass mark of this case alone, 0..100 (`pass=`). Without one a case is scored but
    /// never judged passed or failed: the challenge's mastery is for the weighted total.
    /// (Last, with its initializer, so brace-initialised cases need not name it.)
    std::optional<double> passMark = std::nullopt;
};

/// A classroom challenge pack.
struct Challenge {
    std::string id, title, instructions, file;
    std::string mode = "practice"; ///< practice or exam
    std::uint64_t seed = 1;
    double mastery = 70;           ///< pass mark for the weighted total, 0..100
    std::uint64_t contentHash = 0;
    std::vector<ChallengeCase> cases;
    SourcePos pos;
};

std::optional<Challenge> loadChallengeFile(const std::string& path, Diagnostics& diags);
std::optional<Challenge> loadChallengeXml(const XmlFile& file, Diagnostics& diags);

} // namespace rc
