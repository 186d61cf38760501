#include "game/play/game.hpp"

namespace rc::play {

void Game::saveProfile() {
    if (profilePath.empty()) return;
    std::string err;
    if (!rc::play::saveProfile(profilePath, profile, err))
        notice = "Your profile could not be saved: " + err;
}

} // namespace rc::play
