#pragma once
#include <string>

namespace rc {

/// Where something was written: file path, 1-based line and column (0 = unknown).
struct SourcePos {
    std::string file;
    int line = 0;
    int col = 0;
};

} // namespace rc
