#pragma once
// What the case library and the title say about the player's cases: a card's status (best score,
// in progress from the autosave, or not played) and the title's resume label naming the patient,
// the case and the visit. No SFML: tests read it without a display.
#include "game/engine/autosave.hpp"
#include "game/play/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rc {
struct Case;
struct Content;
} // namespace rc

namespace rc::play {

/// The cases the library lists: every case but the tutorial, in content order.
std::vector<const rc::Case*> libraryCases(const rc::Content& content);
/// The tutorial (the first case with a <coach>), or null when the content has none.
const rc::Case* tutorialCase(const rc::Content& content);

/// A library card's status line.
struct CardStatus {
    enum class Kind { NotPlayed, InProgress, Played } kind = Kind::NotPlayed;
    std::string text; ///< "Not played", "In progress", "In progress · best 72.5", "Best 72.5"
};

/// The status of case `caseId` for `profile`, `savedCaseId` being the case of the autosave (empty:
/// none): a case left mid-way is in progress whatever its best.
CardStatus cardStatus(const Profile& profile, const std::string& caseId,
                      const std::string& savedCaseId);

/// The autosave at `path`, read without side effects (a corrupt save is left where it is for the
/// resume to set aside and explain): nullopt when it is missing or cannot be read.
std::optional<rc::SavedGame> peekSavedGame(const std::string& path);

/// The visit a saved play is at (1-based: one more than the visits its log has ended).
int savedVisit(const rc::SavedGame& g);

/// The title's resume button: "Resume: Margaret Holloway, Walking the dog hurts — visit 2"
/// (without the case's title when `withTitle` is false, for a narrow button); the plain "Resume
/// the saved case" when the save's case is not in `content` (loaded from a file).
std::string resumeLabel(const rc::SavedGame& g, const rc::Content& content, bool withTitle = true);

} // namespace rc::play
