#pragma once
// "Join a class": the student types the host's address and the join code from the projector
// (or picks a host found on the network), their student id and name, and joins; the challenge
// then plays through the classroom challenge's scenes, fed by the host. Also `--join`.
#include "game/play/challenge_play.hpp"
#include "game/ui/core/scene.hpp"

#include <memory>
#include <string>

namespace rc::ui {

/// What `rootcause --join` was given.
struct JoinOptions {
    std::string endpoint; ///< --join ADDR:PORT
    std::string code;     ///< --code
    play::ChallengeOptions
        challenge; ///< --student-id, --email, --autoplay-dir, --exit-after-challenge
};

/// The title menu's "Join a class" (`prefill`: fields already known).
std::unique_ptr<Scene> makeJoinScene(Context& ctx, SceneStack& stack,
                                     const JoinOptions& prefill = {});
/// `rootcause --join`: join the host and start its challenge; without --code or --student-id,
/// the join screen filled in with the rest. Returns an error message ("" when started).
std::string startJoinFromCommandLine(Context& ctx, SceneStack& stack, const JoinOptions& o);

} // namespace rc::ui
