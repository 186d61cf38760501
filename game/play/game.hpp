#pragma once
// What the game's scenes share beyond the Context: the content, the player's profile, the play in
// progress and the autoplay script.
#include "game/engine/content.hpp"
#include "game/play/autoplay.hpp"
#include "game/play/play_state.hpp"
#include "game/play/profile.hpp"

#include <memory>
#include <string>

namespace rc::play {

class ChallengePlay;

struct Game {
    rc::Content content;       ///< bundled (or --content) catalogue and cases
    Profile profile;           ///< name, settings, best scores
    std::string profilePath;   ///< where the profile is saved (empty: not saved)
    PlayState play;            ///< the case being played
    Autoplay autoplay;         ///< --autoplay actions still to play
    bool autoplaying = false;  ///< --autoplay was given
    std::string notice;        ///< a message for the title screen (corrupt save or profile...)
    std::string watchFile;     ///< --watch: the case file being watched
    std::string loadedCaseArg; ///< --case as given
    std::shared_ptr<ChallengePlay> challenge; ///< the classroom challenge being played, if any

    /// Save the profile; errors go to `notice`.
    void saveProfile();
};

} // namespace rc::play
