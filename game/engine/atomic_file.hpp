#pragma once
#include <string>

namespace rc {

/// Writes `text` to `path` so that the file on disk is always either the old or the new
/// complete version: write a temporary file beside it, flush it to disk, rename it over.
/// Returns false and sets `error` if any step fails (the old file is then untouched), and
/// refuses a `path` that is not a regular file (a folder, a device such as /dev/full, a FIFO):
/// the rename would replace it.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error);

} // namespace rc
