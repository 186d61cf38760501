// rootcause-host: hosts a live classroom challenge from the instructor's machine. Students join
// with the printed code; their sessions run here against the full cases; the journal and the
// results files in --data are what rootcause-board grades. Headless: no window, no SFML.
#include "game/cli/man_page.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/lint.hpp"
#include "game/net/host_server.hpp"
#include "tools/board_roster.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>

namespace fs = std::filesystem;

namespace {

std::string randomCode() {
    std::random_device rd;
    return std::to_string(100000 + rd() % 900000);
}

std::uint64_t randomSalt() {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

bool validCode(const std::string& c) {
    if (c.size() < 4 || c.size() > 12) return false;
    for (char ch : c)
        if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    return true;
}

double now() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

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

    rc::net::ServerOptions so;
    if (!rc::net::splitEndpoint(listen, so.address, so.port)) {
        std::cerr << "rootcause-host: --listen wants ADDR:PORT (such as 0.0.0.0:7420), not '"
                  << listen << "'\n";
        return 1;
    }
    so.perAddress = perAddress;
    if (announce == "auto") {
        // Tests and single-machine tries listen on loopback: nothing goes to the network then.
        const bool loopback = so.address.rfind("127.", 0) == 0 || so.address == "::1";
        so.announce = loopback ? "" : "255.255.255.255:" + std::to_string(rc::net::kDiscoveryPort);
    } else if (announce != "off") {
        so.announce = announce;
    }
    so.rate = maxRate;
    so.burst = std::max(60.0, maxRate * 3);
    if (!code.empty() && !validCode(code)) {
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

    std::error_code ec;
    fs::create_directories(dataDir + "/results", ec);
    if (ec) {
        std::cerr << "rootcause-host: cannot create " << dataDir << "/results: " << ec.message()
                  << "\n";
        return 1;
    }
    rc::net::Journal journal;
    std::vector<rc::net::Message> records;
    std::string error;
    if (!journal.open(dataDir + "/journal.log", records, error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }
    std::uint64_t salt = 0;
    if (records.empty()) {
        if (code.empty()) code = randomCode();
        salt = randomSalt();
        rc::net::Message first = rc::net::ClassHost::hostRecord(*ch, code, salt);
        if (!journal.append(first, error) || !journal.sync(error)) {
            std::cerr << "rootcause-host: " << error << "\n";
            return 1;
        }
        records.push_back(first);
    } else {
        const rc::net::Message& first = records.front();
        if (first.type != "host") {
            std::cerr << "rootcause-host: " << journal.path() << " is not a class journal\n";
            return 1;
        }
        if (!code.empty() && code != first.value("code"))
            std::cerr << "rootcause-host: resuming the class in " << dataDir
                      << ": its join code stays " << first.value("code") << "\n";
        code = first.value("code");
        salt = std::strtoull(first.value("salt").c_str(), nullptr, 16);
    }

    rc::net::HostOptions ho;
    ho.code = code;
    ho.allowRetake = allowRetake;
    ho.roster = std::move(roster);
    ho.resultsDir = dataDir + "/results";
    ho.salt = salt;
    rc::net::ClassHost host(*ch, content, ho, &journal);
    if (auto missing = host.missingCases(); !missing.empty()) {
        std::cerr << contentDiags.str() << "rootcause-host: the content folder '" << contentDir
                  << "' lacks case '" << missing.front()
                  << "' of the challenge (give --content DIR)\n";
        return 1;
    }
    if (!host.restore(records, error)) {
        std::cerr << "rootcause-host: " << journal.path() << ": " << error << "\n";
        return 1;
    }
    if (!host.sync(error) || !host.writeAllResults(now(), error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }

    so.beacon.name = name.empty() ? ch->title : name;
    so.beacon.title = ch->title;
    so.beacon.mode = ch->mode;
    so.beacon.cases = static_cast<int>(ch->cases.size());
    rc::net::HostServer server(host, so,
                               [](const std::string& line) { std::cerr << line << std::endl; });
    if (!server.listen(error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }
    std::cout << "listening " << server.endpoint() << " code " << code << std::endl;
    std::cout << "challenge '" << ch->id << "' (" << ch->mode << ", " << ch->cases.size()
              << " cases)"
              << (records.size() > 1 ? ", resumed from " + journal.path() : std::string())
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
    if (!host.writeAllResults(now(), error)) {
        std::cerr << "rootcause-host: " << error << "\n";
        return 1;
    }
    std::cout << "results: " << dataDir << "/results (grade with: rootcause-board --challenge "
              << challengeFile << " " << dataDir << "/results)" << std::endl;
    return 0;
}
