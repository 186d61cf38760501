// rootcause-host: hosts a live classroom challenge from the instructor's machine. Students join
// with the printed code; their sessions run here against the full cases; the journal and the
// results files in --data are what rootcause-board grades. Headless: no window, no SFML.
#include "game/cli/man_page.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/shell_word.hpp"
#include "game/grading/board_roster.hpp"
#include "game/net/class_setup.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <map>

namespace {

/// The instructor's live board: one line a student whose state changed, and a summary.
class TerminalBoard {
  public:
    explicit TerminalBoard(const rc::net::ClassHost& h) : host_(h) {}
    void print(bool force) {
        int joined = 0, playing = 0, finished = 0, offline = 0;
        std::string lines;
        for (const auto& r : host_.board()) {
            ++joined;
            if (r.finished)
                ++finished;
            else
                ++playing;
            if (!r.connected) ++offline;
            std::string state = r.finished ? "finished, total " + rc::oneDecimal(r.total)
                                           : "case " + std::to_string(r.caseIndex + 1) + " of " +
                                                 std::to_string(r.cases) + ", score so far " +
                                                 rc::oneDecimal(r.total);
            if (r.attempt > 1) state += " (attempt " + std::to_string(r.attempt) + ")";
            if (!r.connected) state += " [offline]";
            if (last_[r.id] != state) {
                last_[r.id] = state;
                lines += "  " + r.id + "  " + r.name + ": " + state + "\n";
            }
        }
        std::string summary = "board: " + std::to_string(joined) + " joined, " +
                              std::to_string(playing) + " playing, " + std::to_string(finished) +
                              " finished, " + std::to_string(offline) + " offline";
        if (lines.empty() && summary == summary_ && !force) return;
        summary_ = summary;
        std::cout << lines << summary << std::endl;
    }

  private:
    const rc::net::ClassHost& host_;
    std::map<std::string, std::string> last_;
    std::string summary_;
};

} // namespace

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{
        "rootcause-host: host a live classroom challenge. Students join from their own game with "
        "the "
        "printed address and code; every session runs here, against the full cases, and is "
        "journaled in "
        "--data. Ctrl-C ends the challenge (students are told their results); SIGTERM only stops "
        "hosting, and starting again with the same --data resumes the class.\n\nExit status: 0 "
        "after a "
        "clean stop, 1 on bad usage or unusable input."};
    std::string challengeFile, contentDir, listen = "0.0.0.0:0", code, dataDir = "rootcause-class",
                                           rosterFile;
    std::string announce = "auto", name;
    bool allowRetake = false;
    int perAddress = 8;
    double boardEvery = 5, maxRate = 20;
    app.add_option("--challenge", challengeFile,
                   "the challenge to host (its full cases must be in --content)")
        ->required();
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content folder with the full cases (default: beside the challenge, else "
                   "found at run time, below)");
    app.add_option("--listen", listen,
                   "ADDR:PORT to listen on (default 0.0.0.0 and a free port, printed)");
    app.add_option("--code", code, "join code, 4-12 letters or digits (default: random 6 digits)");
    app.add_option("--data", dataDir,
                   "folder for the journal and the results files (default ./rootcause-class)");
    app.add_option("--roster", rosterFile,
                   "class list CSV (Moodle export): only students on it may join");
    app.add_flag("--allow-retake", allowRetake, "a student who finished may start a new attempt");
    app.add_option("--per-address", perAddress, "open connections one address may hold (default 8)")
        ->check(CLI::Range(1, 10000));
    app.add_option(
           "--max-rate", maxRate,
           "messages a second one student may send before being cut off as a flood (default 20)")
        ->check(CLI::Range(1.0, 100000.0));
    app.add_option(
        "--announce", announce,
        "where to announce the class to join screens: ADDR:PORT, 'off', or 'auto' (the default: "
        "broadcast on UDP port 7421 unless listening on a loopback address)");
    app.add_option("--name", name,
                   "the name join screens list the class under (default: the challenge's title)");
    app.add_option("--board-every", boardEvery, "seconds between live board updates (default 5)")
        ->check(CLI::Range(0.25, 3600.0));
    app.set_version_flag("--version", std::string("rootcause-host ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 1;
    }

    if (!code.empty() && !rc::net::validJoinCode(code)) {
        std::cerr << "rootcause-host: a join code is 4 to 12 letters or digits\n";
        return 1;
    }

    rc::Diagnostics diags;
    std::optional<rc::Challenge> ch = rc::loadChallengeFile(challengeFile, diags);
    if (!ch || diags.hasErrors()) {
        std::cerr << diags.str() << "rootcause-host: the challenge cannot be used\n";
        return 1;
    }
    if (contentDir.empty()) contentDir = rc::findContentRoot(challengeFile, found.dir);
    rc::Diagnostics contentDiags;
    rc::Content content = rc::loadContent(contentDir, contentDiags);

    std::vector<rc::net::ClassMember> roster;
    if (!rosterFile.empty()) {
        std::string err;
        auto r = rc::board::loadRoster(rosterFile, err);
        if (!r) {
            std::cerr << err << "\nrootcause-host: the roster cannot be used\n";
            return 1;
        }
        for (const auto& e : *r)
            roster.push_back({e.id, e.name, e.email});
    }

    rc::net::ClassOptions options;
    options.dataDir = dataDir;
    options.listen = listen;
    options.code = code;
    options.allowRetake = allowRetake;
    options.roster = std::move(roster);
    options.announce = announce;
    options.name = name;
    options.perAddress = perAddress;
    options.maxRate = maxRate;
    rc::net::OpenedClass opened;
    std::string error;
    if (!rc::net::openClass(*ch, content, options, opened, error)) {
        // A missing case is most often the wrong folder: say which was used, and why.
        const bool lacksCase = !opened.missingCase.empty();
        std::cerr << (lacksCase ? contentDiags.str() : std::string()) << "rootcause-host: " << error
                  << (lacksCase ? " (content folder '" + contentDir + "'; give --content DIR)" : "")
                  << "\n";
        return 1;
    }
    if (!opened.codeKept.empty())
        std::cerr << "rootcause-host: resuming the class in " << dataDir << ": its join code stays "
                  << opened.codeKept << "\n";
    rc::net::ClassHost& host = *opened.host;
    rc::net::HostServer server(host, opened.server,
                               [](const std::string& line) { std::cerr << line << std::endl; });
    if (!server.listen(error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }
    std::cout << "listening " << server.endpoint() << " code " << opened.code << std::endl;
    std::cout << "challenge '" << ch->id << "' (" << ch->mode << ", " << ch->cases.size()
              << " cases)"
              << (opened.resumed ? ", resumed from " + opened.journal->path() : std::string())
              << std::endl;
    TerminalBoard board(host);
    auto lastBoard = std::chrono::steady_clock::now();
    server.run([&] {
        auto t = std::chrono::steady_clock::now();
        if (std::chrono::duration<double>(t - lastBoard).count() < boardEvery) return;
        lastBoard = t;
        board.print(false);
    });
    board.print(true);
    if (!host.writeAllResults(rc::net::hostClockNow(), error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }
    std::cout << "results: " << dataDir << "/results (grade with: rootcause-board --challenge "
              << rc::shellWord(challengeFile) << " " << rc::shellWord(dataDir + "/results") << ")"
              << std::endl;
    return 0;
}
