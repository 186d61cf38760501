#pragma once
// The student's copy of a case (FORMAT.md §2.10): everything a student may meet while playing
// (the patient, answers, findings, reports, visits and which outcome a plan leads to) and
// nothing of the answer key (truth, accepted alternatives, scoring rules and feedback, the
// expert path, learning points, validity claims, outcome stories). `rootcause-pack` writes
// such copies for exam packs; the game plays them in exam mode only.
//
// The diagnosis still decides where a case goes next (`<next dx=...>`), so a copy carries a
// sealed table: for each diagnosis and side the full case does not judge "wrong", a salted
// XXH3 key and its class. The game can find the class of the diagnosis a student names, but
// nobody can read the true diagnosis out of the file. It is a lock for honest students, not
// a safe: someone who writes code can try every diagnosis of the catalogue against the keys.
// A live class (rootcause-host) keeps the key on the instructor's machine.
#include <array>
#include <cstdint>
#include <string>

#include "game/engine/action.hpp"

namespace tinyxml2 {
class XMLElement;
}

namespace rc {

struct Case;
struct Catalog;
class XmlFile;

/// Children of <case> that hold the answer key, plus the copy's own <sealed> table.
inline constexpr std::array<const char*, 9> kKeyElements = {
    "truth", "accept", "scoring", "expert", "learning", "validity", "sealed", "priors", "coach"};

/// True for the name of a key element (kKeyElements).
bool isKeyElement(const char* name);

/// The student-visible part of a case as canonical compact XML: key elements, comments,
/// outcome stories and the `student-copy` mark removed. The same for a full case and for
/// its copy.
std::string studentProjection(const tinyxml2::XMLElement* caseRoot);
/// contentHash() of studentProjection(): what a results file binds a case to.
std::uint64_t studentHash(const tinyxml2::XMLElement* caseRoot);

/// Key of one diagnosis on one side in a sealed table with `salt`.
std::uint64_t sealKey(std::uint64_t salt, const std::string& diagnosis, Side side);

/// The student copy of a loaded full case `c` (read from `file`) as XML text, sealed with
/// `salt`.
std::string studentCopyText(const XmlFile& file, const Case& c, const Catalog& cat,
                            std::uint64_t salt);

} // namespace rc
