#pragma once
// What the game's scenes share beyond the Context: the content, the player's profile, the play in
// progress and the autoplay script.
#include "game/engine/content.hpp"
#include "game/play/autoplay.hpp"
#include "game/play/coach.hpp"
#include "game/play/cues.hpp"
#include "game/play/play_state.hpp"
#include "game/play/profile.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rc::play {

class ChallengePlay;
struct WhatIfBranch;

struct Game {
    rc::Content content;         ///< bundled (or --content) catalogue and cases
    Profile profile;             ///< name, settings, best scores
    std::string profilePath;     ///< where the profile is saved (empty: not saved)
    PlayState play;              ///< the case being played
    Autoplay autoplay;           ///< --autoplay actions still to play
    bool autoplaying = false;    ///< --autoplay was given
    std::string notice;          ///< a message for the title screen (corrupt save or profile...)
    std::string contentProblems; ///< the content's lint errors (file:line:col: error: ...), if any
    std::string watchFile;       ///< --watch: the case file being watched
    std::string loadedCaseArg;   ///< --case as given
    std::shared_ptr<ChallengePlay> challenge; ///< the classroom challenge being played, if any
    /// A "what if" branch from the debrief, or the student's debrief returned to from one
    /// (play/what_if.hpp): nothing of either is recorded. Null outside them.
    std::shared_ptr<WhatIfBranch> whatIf;

    WriteHealth writes; ///< autosave and profile writes that failed, for the banner
    Cues cues;          ///< sound cues raised by play, not yet played (the runner plays them)
    Coach coach;        ///< the tutorial's coach (inactive outside the tutorial)
    /// Told each step the coach shows, as it comes (--autoplay prints it); may be empty.
    std::function<void(const Coach&)> onCoachStep;

    /// Save the profile; a failure goes to `writes` (the banner) and is retried.
    void saveProfile();
    /// Every frame: the time now (seconds); at the next action or every few seconds, write again
    /// what could not be written.
    void retryWrites(double now);

    /// The case just started or resumed: a tutorial gets its coach, its steps moved on by the
    /// actions already in the log; any other case has none.
    void startCoach();
    /// Every frame: moves the coach on with the actions accepted since. True when its step
    /// changed (the scene shown redraws its panel).
    bool followPlay();
    /// A scene was reached (the debrief): the coach moves on; at its last step the tutorial is
    /// recorded as done in the profile. True when the step changed.
    bool coachEvent(rc::CoachEvent e);
    /// The player skipped the tutorial: recorded as done (it is not offered first again), its
    /// autosave removed, the coach stopped.
    void skipTutorial();

  private:
    std::size_t coachSeen_ = 0; ///< actions of the log the coach has seen
    void tutorialDone();
    bool catchUp(); ///< the coach sees the actions accepted since; true if its step moved
};

} // namespace rc::play
