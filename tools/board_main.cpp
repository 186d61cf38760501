// rootcause-board: the instructor's view of a classroom challenge. Re-scores every results
// file from its action log against the instructor's copy of the cases (never trusting the
// score written in the file), lists every problem, prints a leaderboard and writes a grade
// CSV, an HTML report with item analysis, and xAPI statements.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "game/engine/atomic_file.hpp"
#include "game/engine/content.hpp"
#include "game/engine/lint.hpp"
#include "tools/board_csv.hpp"
#include "tools/board_html.hpp"
#include "tools/board_items.hpp"
#include "tools/board_leaderboard.hpp"
#include "tools/board_rescore.hpp"
#include "tools/board_xapi.hpp"
#include "version.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    CLI::App app{"rootcause-board: re-score a classroom challenge's results files from their\n"
                 "action logs, list every problem (edited scores, wrong challenge, duplicates,\n"
                 "unreadable files), print a leaderboard and write grade CSV, HTML and xAPI."};
    std::string challengeFile, contentDir, csvFile, htmlFile, xapiFile;
    std::vector<std::string> inputs;
    int top = 10;
    app.add_option("--challenge", challengeFile, "the challenge pack (content/challenges/X.xml)")
        ->required();
    app.add_option("results", inputs, "results files handed in (or folders of them)")->required();
    app.add_option("--csv", csvFile, "write grades as CSV for an LMS gradebook import (Moodle)");
    app.add_option("--html", htmlFile, "write a self-contained HTML report with item analysis");
    app.add_option("--xapi", xapiFile, "write xAPI statements (JSON array)");
    app.add_option("--top", top, "students shown in the terminal leaderboard (default 10)")
        ->check(CLI::Range(1, 1000000));
    app.add_option("--content", contentDir,
                   "content folder with the instructor's cases (default: the folder whose "
                   "catalog/ is beside the challenge's folder)");
    app.set_version_flag("--version", std::string("rootcause-board ") + rc::kVersion);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }

    rc::Diagnostics diags;
    std::optional<rc::Challenge> ch = rc::loadChallengeFile(challengeFile, diags);
    if (!ch || diags.hasErrors()) {
        std::cerr << diags.str() << "rootcause-board: the challenge cannot be used\n";
        return 1;
    }
    if (contentDir.empty()) contentDir = rc::findContentRoot(challengeFile, rc::kBundledContentDir);
    rc::Diagnostics contentDiags;
    rc::Content content = rc::loadContent(contentDir, contentDiags);
    rc::board::Board board;
    if (!rc::board::startBoard(board, *ch, content, diags)) {
        std::cerr << contentDiags.str() << diags.str()
                  << "rootcause-board: the content folder '" << contentDir
                  << "' lacks cases of the challenge (give --content DIR)\n";
        return 1;
    }

    std::vector<std::string> files;
    for (const auto& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            // A folder of hand-ins; the challenge itself may sit there too: skip it.
            for (const auto& f : rc::xmlFilesIn(in))
                if (!fs::equivalent(f, challengeFile, ec)) files.push_back(f);
        } else {
            files.push_back(in);
        }
    }
    for (const auto& f : files) rc::board::addResultsFile(board, f);
    rc::board::finish(board);

    std::cout << rc::board::leaderboardText(board, top);
    std::string problems = rc::board::problemsText(board);
    if (!problems.empty()) std::cout << "\n" << problems;
    std::cout << "\n" << files.size() << " results files: " << board.students.size()
              << " students counted, " << board.problems.size() << " problems\n";
    if (board.students.empty()) {
        std::cerr << "rootcause-board: nothing usable: no results file could be counted\n";
        return 1;
    }

    bool ok = true;
    auto write = [&](const std::string& path, const std::string& text, const char* what) {
        if (path.empty()) return;
        std::string err;
        if (!rc::writeFileAtomically(path, text, err)) {
            std::cerr << path << ": error: cannot write the " << what << ": " << err << "\n";
            ok = false;
        } else {
            std::cout << "Wrote " << what << ": " << path << "\n";
        }
    };
    if (!csvFile.empty()) write(csvFile, rc::board::gradesCsv(board), "grades CSV");
    if (!htmlFile.empty())
        write(htmlFile, rc::board::htmlReport(board, rc::board::itemAnalysis(board)), "HTML report");
    if (!xapiFile.empty()) write(xapiFile, rc::board::xapiStatements(board), "xAPI statements");
    return ok ? 0 : 1;
}
