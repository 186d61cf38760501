#pragma once
#include <optional>
#include <string>

#include "game/engine/action.hpp"
#include "game/engine/diagnostics.hpp"

namespace rc {

/// A game in progress as saved after every action: which case, which seed, and the log.
struct SavedGame {
    std::string caseId;
    std::string caseFile; ///< path the case was loaded from, if not bundled by id
    std::uint64_t seed = 1;
    std::string player, mode = "practice";
    ActionLog log;        ///< header fields are filled in by formatSavedGame
};

/// The autosave file's text: an action log whose header names the case, seed, player, mode.
std::string formatSavedGame(const SavedGame& g);
/// Reads a saved game from text; reports problems in `diags` (file:line:).
std::optional<SavedGame> parseSavedGame(const std::string& path, const std::string& text,
                                        Diagnostics& diags);

/// The per-user data folder: $XDG_DATA_HOME/rootcause, else ~/.local/share/rootcause.
std::string userDataDir();

/// Writes the autosave atomically (temporary file, flush, rename); false + error on failure.
bool writeSavedGame(const std::string& path, const SavedGame& g, std::string& error);

/// Outcome of reading an autosave.
enum class LoadStatus { Missing, Loaded, Corrupt };

/// Reads an autosave. A corrupt one is reported in `diags`, moved aside to
/// `<path>.corrupt-<n>` (never deleted; `setAside` receives the new name) and Corrupt is
/// returned, so the player can start fresh.
LoadStatus loadSavedGame(const std::string& path, std::optional<SavedGame>& out,
                         Diagnostics& diags, std::string* setAside = nullptr);

} // namespace rc
