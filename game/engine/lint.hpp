#pragma once
#include <string>

#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/diagnostics.hpp"

namespace rc {

/// What a lint run looked at.
struct LintStats {
    int files = 0, cases = 0, challenges = 0;
};

/// Plays a checked case's expert path: it must be legal, finish the case and score >= 95.
void lintExpert(const Case& c, const Catalog& cat, Diagnostics& diags);

/// The red-flag policy (FORMAT.md §2.9): red-flag questions never penalised, the cauda equina
/// screen essential with back or leg symptoms, every emergency route credited.
void lintRedFlagPolicy(const Case& c, const Catalog& cat, Diagnostics& diags);

/// Plays the generated validity paths (FORMAT.md §2.8) and checks the case's claims and the
/// product's rules: wrong-region paths never pass or reach the expert's outcome, the
/// over-investigator fails where imaging is not indicated, the guideline path never scores
/// below it, and the expert path stays the one best path.
void lintValidity(const Case& c, const Catalog& cat, Diagnostics& diags);

/// Lints a content folder, a folder of cases/challenges/catalogue files, or one file.
/// A case or challenge outside a content folder is checked against `fallbackContent`.
LintStats lintPath(const std::string& path, const std::string& fallbackContent,
                   Diagnostics& diags);

/// The content folder a path belongs to (the nearest folder with a catalog/ inside),
/// or `fallback` if there is none.
std::string findContentRoot(const std::string& path, const std::string& fallback);

} // namespace rc
