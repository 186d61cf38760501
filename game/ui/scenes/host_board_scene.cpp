#include "game/ui/scenes/host_board_scene.hpp"

#include "game/engine/autosave.hpp"
#include "game/engine/file_read.hpp"
#include "game/ui/scenes/host_board_view.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

namespace rc::ui {

using host_board::HostBoardScene;
using host_board::Hosting;

namespace {
/// The class folder of a challenge: the first of classes/<id>, <id>-2, <id>-3... whose class
/// has not been ended, so hosting again after a crash resumes the class, and hosting after the
/// instructor ended one starts a new class beside it.
std::string defaultDataDir(const std::string& id) {
    const std::string base = rc::userDataDir() + "/classes/" + id;
    for (int n = 1;; ++n) {
        const std::string dir = n == 1 ? base : base + "-" + std::to_string(n);
        std::string journal;
        rc::FileError why;
        if (!rc::readFile(dir + "/journal.log", rc::FileKind::Journal, journal, why)) return dir;
        if (journal.rfind("end\t", 0) != 0 && journal.find("\nend\t") == std::string::npos)
            return dir;
    }
}

} // namespace

std::string startHosting(Context& ctx, SceneStack& stack, const rc::Challenge& ch,
                         const std::string& file, HostClassOptions o) {
    play::Game& g = *ctx.game;
    for (const auto& c : ch.cases)
        if (const rc::Case* k = g.content.findCase(c.ref); !k || k->studentCopy)
            return "the content folder '" + g.content.dir + "' lacks the full case '" + c.ref +
                   "' (a host needs every case with its answer key)";
    if (o.dataDir.empty()) o.dataDir = defaultDataDir(ch.id);
    auto h = std::make_unique<Hosting>();
    h->challenge = ch;
    h->challengeFile = file;
    rc::net::HostedClassOptions ho;
    std::string error;
    if (!hostedClassOptions(o, ho, error)) return error;
    if (!h->host.start(h->challenge, g.content, ho, error))
        return "cannot host the class: " + error;
    std::cout << "listening " << h->host.joinAddress() << " code " << h->host.code() << std::endl;
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(std::make_unique<HostBoardScene>(ctx, stack, std::move(h), o.exitAfter));
    return {};
}

std::string startHostFromCommandLine(Context& ctx, SceneStack& stack, HostClassOptions o) {
    play::Game& g = *ctx.game;
    std::string error;
    std::optional<rc::Challenge> ch = play::resolveChallenge(o.file, g.content, error);
    if (!ch) return error;
    if (ch->cases.empty()) return "the challenge has no cases";
    const bool codeOk = o.code.empty() || (o.code.size() >= 4 && o.code.size() <= 12 &&
                                           std::all_of(o.code.begin(), o.code.end(), [](char c) {
                                               return std::isalnum(static_cast<unsigned char>(c));
                                           }));
    if (!codeOk) return "a join code is 4 to 12 letters or digits";
    if (!o.roster.empty() && !readClassList(o.roster, o.members, error)) return error;
    return startHosting(ctx, stack, *ch, ch->file, o);
}

} // namespace rc::ui
