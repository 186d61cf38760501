#pragma once
#include <string>
#include <vector>

#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/challenge.hpp"
#include "game/engine/diagnostics.hpp"

namespace rc {

class XmlFile;

/// Everything loaded from a content folder: catalogue, cases and challenges (immutable).
struct Content {
    std::string dir;
    Catalog catalog;
    std::vector<Case> cases;
    std::vector<Challenge> challenges;

    const Case* findCase(const std::string& id) const;
    const Challenge* findChallenge(const std::string& id) const;
};

/// Loads `dir/catalog/*.xml`, `dir/cases/*.xml` and `dir/challenges/*.xml` (sorted by name),
/// checking references; every problem goes to `diags`. Cases with errors are left out.
Content loadContent(const std::string& dir, Diagnostics& diags);

/// Loads only the catalogue of a content folder.
Catalog loadCatalogDir(const std::string& dir, Diagnostics& diags);

/// Checks a case against the catalogue: references, sides, visits, rules (no play).
void checkCase(const Case& c, const Catalog& cat, Diagnostics& diags);

/// Checks the scoring policy against the catalogue (its paths name real questions, exams...).
void checkPolicy(const Catalog& cat, Diagnostics& diags);

/// Reports content that names the authors' fact sheet  instead of a source.
void checkNoFactSheet(const XmlFile& file, Diagnostics& diags);

/// Loads one case file and checks it against `cat`; nullopt if it has errors.
std::optional<Case> loadCheckedCase(const std::string& path, const Catalog& cat,
                                    Diagnostics& diags);

/// Resolves `--case ID|PATH`: a path to an .xml file, or the id of a case in `content`.
const Case* resolveCase(const std::string& idOrPath, const Content& content,
                        std::optional<Case>& storage, Diagnostics& diags);

/// The sorted .xml files directly inside a folder (empty if it does not exist).
std::vector<std::string> xmlFilesIn(const std::string& dir);

} // namespace rc
