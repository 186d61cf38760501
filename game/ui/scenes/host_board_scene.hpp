#pragma once
// A live class, the instructor's side: the game hosts the class (HostedClass on a background
// thread) while this screen is the projector view: the join code in large type, the address, the
// roster filling in and each student's progress (an exam shows no scores until the instructor
// ends the challenge), then the leaderboard and the results folder for rootcause-board. Reached
// from the host setup scene or `--host-class`.
#include "game/net/class_host.hpp"
#include "game/ui/core/scene.hpp"

#include <string>
#include <vector>

namespace rc {
struct Challenge;
}

namespace rc::ui {

/// What `rootcause --host-class` was given.
struct HostClassOptions {
    std::string file;    ///< --host-class: a challenge file or a bundled challenge's id
    std::string dataDir; ///< --data (default userDataDir()/classes/<challenge id>)
    std::string listen = "0.0.0.0:0"; ///< --listen
    std::string code;                 ///< --code ("" : random)
    std::string roster;               ///< --roster: the class list CSV ("" : anyone may join)
    bool allowRetake = false;         ///< --allow-retake: a student who finished may start again
    bool exitAfter = false;           ///< --exit-after-challenge: end once every student finished
};

/// Reads the class list (a CSV exported from the LMS) at `path`, "~" meaning the home folder,
/// into `members`; false with `error` (naming the file and line) when it cannot be used or names
/// nobody.
bool readClassList(const std::string& path, std::vector<rc::net::ClassMember>& members,
                   std::string& error);

/// Starts hosting `ch` (a copy kept with the host; `file` is where it came from) and shows the
/// projector view. Returns why not ("" when hosting).
std::string startHosting(Context& ctx, SceneStack& stack, const rc::Challenge& ch,
                         const std::string& file, HostClassOptions o);

/// `rootcause --host-class`: start hosting and show the projector view. Returns an error
/// message ("" when hosting).
std::string startHostFromCommandLine(Context& ctx, SceneStack& stack, const HostClassOptions& o);

} // namespace rc::ui
