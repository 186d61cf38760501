#pragma once
// What the game is asked to host a live class with (`--host-class` and its options, or the host
// setup screen), and how it becomes the host's own options. The class list is read once, when
// it is chosen: its members travel in the options, so the file changed or removed afterwards
// does not change who may join.
#include "game/net/hosted_class.hpp"

#include <string>
#include <vector>

namespace rc::ui {

/// What `rootcause --host-class` (or the host setup screen) was given.
struct HostClassOptions {
    std::string file;    ///< --host-class: a challenge file or a bundled challenge's id
    std::string dataDir; ///< --data (default userDataDir()/classes/<challenge id>)
    std::string listen = "0.0.0.0:0"; ///< --listen
    std::string code;                 ///< --code ("" : random)
    std::string roster; ///< --roster: the class list CSV as given ("" : anyone may join)
    /// The class list's students, read from `roster` once (readClassList); the host uses these,
    /// never the file again.
    std::vector<rc::net::ClassMember> members;
    bool allowRetake = false; ///< --allow-retake: a student who finished may start again
    bool exitAfter = false;   ///< --exit-after-challenge: end once every student finished
};

/// Reads the class list (a CSV exported from the LMS) at `path`, "~" meaning the home folder,
/// into `members`; false with `error` (naming the file and line) when it cannot be used or names
/// nobody.
bool readClassList(const std::string& path, std::vector<rc::net::ClassMember>& members,
                   std::string& error);

/// The host's options for `o` (its data folder already chosen): the class list's members as
/// read, the file not opened. False with `error` when a class list was named but not read.
bool hostedClassOptions(const HostClassOptions& o, rc::net::HostedClassOptions& out,
                        std::string& error);

} // namespace rc::ui
