#pragma once
#include <optional>
#include <string>

#include "game/engine/case.hpp"
#include "game/engine/diagnostics.hpp"

namespace rc {

class XmlFile;

/// Reads a case file (structure and types only; see checkCase for references).
/// Returns nullopt when the file cannot be read or parsed at all.
std::optional<Case> loadCaseFile(const std::string& path, Diagnostics& diags);
/// Same, from an already parsed file.
std::optional<Case> loadCaseXml(const XmlFile& file, Diagnostics& diags);

/// A hash as 16 lower-case hex digits.
std::string hexHash(std::uint64_t h);

} // namespace rc
