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

} // namespace rc::play
