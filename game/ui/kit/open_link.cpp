#include "game/ui/kit/open_link.hpp"

#include <cstdlib>

#if __has_include(<spawn.h>) && __has_include(<sys/wait.h>)
#include <spawn.h>
#include <sys/wait.h>
#define RC_HAVE_SPAWN 1
extern char** environ;
#endif

namespace rc::ui {

bool linkIsSafe(const std::string& url) {
    if (url.size() > 2048) return false;
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
    for (unsigned char ch : url)
        if (ch <= 0x20 || ch >= 0x7f || ch == '"' || ch == '\'' || ch == '\\' || ch == '`')
            return false;
    return true;
}

LinkOpener::~LinkOpener() {
    reap(false);
}

void LinkOpener::wait() {
    reap(true);
}

void LinkOpener::reap(bool block) {
#ifdef RC_HAVE_SPAWN
    std::vector<long> running;
    for (long pid : children_)
        if (waitpid(static_cast<pid_t>(pid), nullptr, block ? 0 : WNOHANG) == 0)
            running.push_back(pid);
    children_ = running;
#else
    (void)block;
#endif
}

bool LinkOpener::open(const std::string& url, std::string& error) {
    if (!linkIsSafe(url)) {
        error = "not a web address the game will open";
        return false;
    }
    const char* custom = std::getenv("ROOTCAUSE_OPENER");
#if defined(__APPLE__)
    std::string opener = custom && *custom ? custom : "open";
#else
    std::string opener = custom && *custom ? custom : "xdg-open";
#endif
#ifdef RC_HAVE_SPAWN
    reap(false);
    std::string arg = url;
    char* argv[] = {opener.data(), arg.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, opener.c_str(), nullptr, nullptr, argv, environ) != 0) {
        error = "could not start '" + opener + "'";
        return false;
    }
    children_.push_back(static_cast<long>(pid));
    return true;
#else
    (void)opener;
    error = "this system has no way for the game to open a browser";
    return false;
#endif
}

} // namespace rc::ui
