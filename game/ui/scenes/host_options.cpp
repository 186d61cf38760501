#include "game/ui/scenes/host_options.hpp"

#include "game/engine/autosave.hpp"
#include "game/grading/board_roster.hpp"

namespace rc::ui {

bool readClassList(const std::string& path, std::vector<rc::net::ClassMember>& members,
                   std::string& error) {
    members.clear();
    std::string why;
    const auto roster = rc::board::loadRoster(rc::expandHome(path), why);
    if (!roster) return error = "The class list cannot be used: " + why, false;
    if (roster->empty()) return error = "The class list " + path + " names no student.", false;
    for (const auto& e : *roster)
        members.push_back({e.id, e.name, e.email});
    return true;
}

bool hostedClassOptions(const HostClassOptions& o, rc::net::HostedClassOptions& out,
                        std::string& error) {
    // A class list is never empty once read: a path with no members was never read, and hosting
    // it would let anyone with the code in.
    if (!o.roster.empty() && o.members.empty()) {
        error = "The class list " + o.roster + " was not read.";
        return false;
    }
    out = rc::net::HostedClassOptions{};
    out.dataDir = o.dataDir;
    out.listen = o.listen;
    out.code = o.code;
    out.allowRetake = o.allowRetake;
    out.roster = o.members;
    return true;
}

} // namespace rc::ui
