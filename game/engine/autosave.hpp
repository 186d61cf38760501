#pragma once
#include "game/engine/action.hpp"
#include "game/engine/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace rc {

/// A game in progress as saved after every action: which case, which seed, and the log.
struct SavedGame {
    std::string caseId;
    std::string caseFile; ///< path the case was loaded from, if not bundled by id
    std::uint64_t seed = 1;
    std::string player, mode = "practice";
    ActionLog log; ///< header fields are filled in by formatSavedGame
    /// The student's free-text notes (UTF-8, lines split by '\n'). Kept with the save only: never
    /// part of the action log, a score, a results file or the live class.
    std::string notes;
};

/// The most notes a save holds, in bytes of UTF-8 (the notes field stops typing there).
inline constexpr std::size_t kMaxNotesBytes = 16 * 1024;
/// True if `notes` may be saved and loaded: at most kMaxNotesBytes, valid UTF-8, no control
/// characters but line feed and tab, no bidirectional overrides. Otherwise false, `why` says why.
bool notesAcceptable(std::string_view notes, std::string& why);

/// The autosave file's text: an action log whose header names the case, seed, player, mode;
/// the notes follow the actions, one `#| ` comment line per line of notes, before `# end`
/// (older saves have none; older games skip them as comments).
std::string formatSavedGame(const SavedGame& g);
/// The notes as a save holds them: one `#| ` line per line of notes (a blank line: `#|`).
std::string formatNoteLines(const std::string& notes);
/// The notes a text's `#|` lines hold, in order (none: empty). Unchecked: see notesAcceptable.
std::string readNoteLines(std::string_view text);
/// Reads a saved game from text; reports problems in `diags` (file:line:).
std::optional<SavedGame> parseSavedGame(const std::string& path, const std::string& text,
                                        Diagnostics& diags);

/// The per-user data folder: $XDG_DATA_HOME/rootcause, else ~/.local/share/rootcause.
std::string userDataDir();
/// A path typed in the game with "~" or "~/..." at its start made the user's home ($HOME);
/// any other path as it is.
std::string expandHome(const std::string& path);

/// Writes the autosave atomically (temporary file, flush, rename); false + error on failure.
bool writeSavedGame(const std::string& path, const SavedGame& g, std::string& error);

/// Outcome of reading an autosave.
enum class LoadStatus { Missing, Loaded, Corrupt };

/// Reads an autosave. A corrupt one is reported in `diags`, moved aside to
/// `<path>.corrupt-<n>` (never deleted; `setAside` receives the new name) and Corrupt is
/// returned, so the player can start fresh.
LoadStatus loadSavedGame(const std::string& path, std::optional<SavedGame>& out, Diagnostics& diags,
                         std::string* setAside = nullptr);

} // namespace rc
