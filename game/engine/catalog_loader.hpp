#pragma once
#include <string>

#include "game/engine/catalog.hpp"
#include "game/engine/diagnostics.hpp"

namespace rc {

class XmlFile;

/// Reads one catalogue file into `cat` (entries are appended; call cat.index() after the last).
void loadCatalogFile(const std::string& path, Catalog& cat, Diagnostics& diags);
/// Same, from an already parsed file (tests, fuzzers).
void loadCatalogXml(const XmlFile& file, Catalog& cat, Diagnostics& diags);
/// Reports ids used twice and references between catalogue entries that do not resolve.
void checkCatalog(const Catalog& cat, Diagnostics& diags);
/// One catalogue file checked alone (rootcause-lint FILE): its ids used once and its cites
/// well formed and found in `bibliography` (a content folder's catalogue, for its references).
void checkCatalogFile(const Catalog& alone, const Catalog& bibliography, Diagnostics& diags);

} // namespace rc
