#pragma once
#include <string>

namespace rc {

/// Writes `text` to `path` so that the file on disk is always either the old or the new
/// complete version: write a temporary file beside it, flush it to disk, rename it over.
/// Returns false and sets `error` if any step fails (the old file is then untouched).
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error);

/// Reads a whole file; false if it cannot be read or is larger than `maxBytes`.
bool readFile(const std::string& path, std::string& out, std::size_t maxBytes = 16u << 20);

} // namespace rc
