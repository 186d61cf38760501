#pragma once
#include <cstdint>
#include <string_view>

namespace rc {

/// The content hash of a case or challenge file: XXH3, 64 bits, of its bytes (seed 0).
/// Results files record it so that rootcause-board can tell when a case changed after a
/// result was written; `xxhsum -H3` prints the same value for a file.
std::uint64_t contentHash(std::string_view bytes);

} // namespace rc
