#include "game/play/game.hpp"

namespace rc::play {

void Game::saveProfile() {
    if (profilePath.empty()) return;
    std::string err;
    rc::play::saveProfile(profilePath, profile, err);
    writes.record("profile", profilePath, err);
}

void Game::retryWrites(double now) {
    writes.tick(now);
    play.setWriteHealth(&writes);
    play.setCues(&cues);
    if (!writes.retryDue()) return;
    if (writes.failing("autosave")) play.retryAutosave();
    if (writes.failing("profile")) saveProfile();
}

void Game::startCoach() {
    coach = play.active() && play.kase().tutorial() ? Coach(play.kase().coach) : Coach();
    coachSeen_ = 0;
    if (!coach.active()) return;
    catchUp(); // a resumed tutorial: its steps moved on by the actions in the log
    if (onCoachStep) onCoachStep(coach);
}

bool Game::catchUp() {
    const auto& taken = play.session().taken(); // every accepted action, in order
    bool moved = false;
    for (; coachSeen_ < taken.size(); ++coachSeen_)
        if (const auto e = coachEventOf(taken[coachSeen_].action))
            moved = coach.notify(*e) || moved;
    return moved;
}

bool Game::followPlay() {
    if (!coach.active()) return false;
    if (!play.active() || !play.kase().tutorial()) { // another case began (a challenge's)
        coach = Coach();
        return true;
    }
    const bool moved = catchUp();
    if (moved && onCoachStep) onCoachStep(coach);
    return moved;
}

bool Game::coachEvent(rc::CoachEvent e) {
    const bool caught = followPlay(); // the actions first: they come before the scene they end
    if (!coach.active()) return caught;
    const bool moved = coach.notify(e);
    if (moved && onCoachStep) onCoachStep(coach);
    if (coach.finished()) tutorialDone();
    return moved || caught;
}

void Game::skipTutorial() {
    if (play.active() && play.kase().tutorial()) play.clearAutosave();
    coach = Coach();
    tutorialDone();
}

void Game::tutorialDone() {
    if (profile.tutorialDone) return;
    profile.tutorialDone = true;
    saveProfile();
}

} // namespace rc::play
