#include "game/play/write_health.hpp"

namespace rc::play {

void WriteHealth::record(const std::string& what, const std::string& path,
                         const std::string& error) {
    if (error.empty()) {
        failing_.erase(what);
        return;
    }
    failing_[what] = Failure{path, error, now_, false};
}

void WriteHealth::settle(const std::string& what) {
    auto it = failing_.find(what);
    if (it != failing_.end()) it->second.settled = true;
}

bool WriteHealth::failing(const std::string& what) const {
    auto it = failing_.find(what);
    return it != failing_.end() && !it->second.settled;
}

bool WriteHealth::retryDue() const {
    for (const auto& [what, f] : failing_)
        if (!f.settled && now_ - f.at >= kRetrySeconds) return true;
    return false;
}

std::string WriteHealth::banner() const {
    if (failing_.empty()) return {};
    // The autosave first: it is the case in play.
    auto it = failing_.find("autosave");
    if (it == failing_.end()) it = failing_.begin();
    const Failure& f = it->second;
    std::string what = it->first == "autosave" ? "your case is kept in memory"
                                               : "your " + it->first + " is kept in memory";
    // The system's reason ("Read-only file system"), not the temporary file's name again.
    const std::size_t colon = f.error.rfind(": ");
    const std::string why = colon == std::string::npos ? f.error : f.error.substr(colon + 2);
    return "Cannot save to " + f.path + ": " + why + " \xE2\x80\x94 " + what +
           (f.settled ? "" : "; retrying");
}

} // namespace rc::play
