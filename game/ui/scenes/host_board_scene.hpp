#pragma once
// A live class, the instructor's side: the game hosts the class (HostedClass on a background
// thread) while this screen is the projector view: the join code in large type, the address, the
// roster filling in and each student's progress (an exam shows no scores until the instructor
// ends the challenge), then the leaderboard and the results folder for rootcause-board. Reached
// from the host setup scene or `--host-class`.
#include "game/ui/core/scene.hpp"
#include "game/ui/scenes/host_options.hpp"

#include <string>

namespace rc {
struct Challenge;
}

namespace rc::ui {

/// Starts hosting `ch` (a copy kept with the host; `file` is where it came from) and shows the
/// projector view; a class list is the members in `o` (read by the caller). Returns why not
/// ("" when hosting).
std::string startHosting(Context& ctx, SceneStack& stack, const rc::Challenge& ch,
                         const std::string& file, HostClassOptions o);

/// `rootcause --host-class`: reads the class list (once), starts hosting and shows the projector
/// view. Returns an error message ("" when hosting).
std::string startHostFromCommandLine(Context& ctx, SceneStack& stack, HostClassOptions o);

} // namespace rc::ui
