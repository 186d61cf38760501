// rootcause-genresults: simulated students for a challenge. Each plays every case headlessly
// (the expert path with mistakes that grow as the student's ability falls) and hands in a
// results file with the score the game would show. Deterministic for a seed. Used by the
// board's tests and benchmark, and by instructors to try the board before a class.
#include "game/cli/man_page.hpp"
#include "game/engine/atomic_file.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/results.hpp"
#include "tools/board_gen.hpp"
#include "tools/board_xapi.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-genresults: write results files of simulated students for a\n"
                 "challenge (deterministic for a seed), to try rootcause-board.\n\n"
                 "Exit status: 0 written; 1 the challenge or content cannot be used, or a file\n"
                 "cannot be written; 2 bad usage (including a --start that is not a time)."};
    std::string challengeFile, outDir, contentDir, casesFrom, start = "2026-03-02T09:00:00Z";
    int students = 30;
    std::uint64_t seed = 1;
    auto* chOpt = app.add_option("--challenge", challengeFile, "the challenge pack to play");
    auto* allOpt = app.add_option("--cases-from", casesFrom,
                                  "instead of --challenge: a content folder; writes OUT/challenge.xml "
                                  "over all its cases and plays that");
    chOpt->excludes(allOpt);
    app.add_option("--out", outDir, "folder for the results files (created if needed)")->required();
    app.add_option("--students", students, "number of students (default 30)")->check(CLI::Range(1, 1000000));
    app.add_option("--seed", seed, "random seed (default 1)");
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content folder (default: beside the challenge, else found at run time, below)");
    app.add_option("--start", start, "when the class starts, ISO 8601 UTC (default 2026-03-02T09:00:00Z)");
    app.set_version_flag("--version", std::string("rootcause-genresults ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    if (challengeFile.empty() && casesFrom.empty()) {
        std::cerr << "rootcause-genresults: give --challenge FILE or --cases-from DIR (see --help)\n";
        return 2;
    }
    if (double epoch = 0; !rc::board::parseIsoTime(start, epoch)) {
        std::cerr << "rootcause-genresults: --start '" << rc::clip(start)
                  << "' is not an ISO 8601 UTC time such as 2026-03-02T09:00:00Z\n";
        return 2;
    }
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec) {
        std::cerr << outDir << ": error: cannot create the folder: " << ec.message() << "\n";
        return 1;
    }
    rc::Diagnostics diags;
    rc::Content content;
    if (!casesFrom.empty()) {
        contentDir = casesFrom;
        content = rc::loadContent(contentDir, diags);
        if (diags.hasErrors() || content.cases.empty()) {
            std::cerr << diags.str() << "rootcause-genresults: --cases-from '" << casesFrom
                      << "' is not a content folder with usable cases\n";
            return 1;
        }
        std::string err;
        challengeFile = (fs::path(outDir) / "challenge.xml").string();
        if (!rc::writeFileAtomically(challengeFile,
                                     rc::board::challengeOverAllCases(content, "every-case", 1), err)) {
            std::cerr << challengeFile << ": error: " << err << "\n";
            return 1;
        }
    }
    std::optional<rc::Challenge> ch = rc::loadChallengeFile(challengeFile, diags);
    if (!ch) {
        std::cerr << diags.str();
        return 1;
    }
    if (casesFrom.empty()) {
        if (contentDir.empty()) contentDir = rc::findContentRoot(challengeFile, found.dir);
        content = rc::loadContent(contentDir, diags);
    }
    for (const auto& cc : ch->cases)
        if (!content.findCase(cc.ref)) {
            std::cerr << diags.str() << challengeFile << ": error: case '" << cc.ref
                      << "' is not in the content folder '" << contentDir << "'\n";
            return 1;
        }
    rc::board::GenOptions o;
    o.students = students;
    o.seed = seed;
    o.start = start;
    std::vector<rc::ResultsFile> all = rc::board::simulateStudents(*ch, content, o);
    for (const auto& r : all) {
        std::string path = (fs::path(outDir) / rc::board::resultsFileName(r)).string();
        std::string err;
        if (!rc::writeFileAtomically(path, rc::formatResults(r), err)) {
            std::cerr << path << ": error: " << err << "\n";
            return 1;
        }
    }
    std::cout << "Wrote " << all.size() << " results files to " << outDir << " (challenge '"
              << ch->id << "', " << ch->cases.size() << " cases, seed " << seed << ")\n";
    if (!casesFrom.empty())
        std::cout << "Score them: rootcause-board --challenge " << challengeFile << " --content "
                  << contentDir << " " << outDir << "\n";
    return 0;
}
