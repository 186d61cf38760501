#pragma once
// Live classes in the game: the student's join screen and `--join`, and the instructor's
// "Host a class" (the projector view: join code, roster, live board, leaderboard) and
// `--host-class`. The network sides are game/net (ClassLink, HostedClass); the play itself runs
// through the classroom challenge's scenes (challenge_scenes.hpp), fed by the host.
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

/// What `rootcause --host-class` was given.
struct HostClassOptions {
    std::string file;    ///< --host-class: a challenge file or a bundled challenge's id
    std::string dataDir; ///< --data (default userDataDir()/classes/<challenge id>)
    std::string listen = "0.0.0.0:0"; ///< --listen
    std::string code;                 ///< --code ("" : random)
    bool exitAfter = false;           ///< --exit-after-challenge: end once every student finished
};

/// The title menu's "Join a class" (`prefill`: fields already known).
std::unique_ptr<Scene> makeJoinScene(Context& ctx, SceneStack& stack,
                                     const JoinOptions& prefill = {});
/// `rootcause --join`: join the host and start its challenge; without --code or --student-id,
/// the join screen filled in with the rest. Returns an error message ("" when started).
std::string startJoinFromCommandLine(Context& ctx, SceneStack& stack, const JoinOptions& o);

/// The title menu's "Host a class": choose a challenge, then the projector view.
std::unique_ptr<Scene> makeHostSetupScene(Context& ctx, SceneStack& stack);
/// `rootcause --host-class`: start hosting and show the projector view. Returns an error
/// message ("" when hosting).
std::string startHostFromCommandLine(Context& ctx, SceneStack& stack, const HostClassOptions& o);

} // namespace rc::ui
