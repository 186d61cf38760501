// rootcause-board: the instructor's view of a classroom challenge. Re-scores every results
// file from its action log against the instructor's copy of the cases (never trusting the
// score written in the file), lists every problem, prints a leaderboard and writes a grade
// CSV, an HTML report with item analysis, and xAPI statements.
#include "game/cli/man_page.hpp"
#include "game/engine/atomic_file.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/lint.hpp"
#include "game/grading/board_items.hpp"
#include "game/grading/board_leaderboard.hpp"
#include "game/grading/board_rescore.hpp"
#include "game/grading/board_roster.hpp"
#include "tools/board_csv.hpp"
#include "tools/board_html.hpp"
#include "tools/board_xapi_cli.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-board: re-score a classroom challenge's results files from their\n"
                 "action logs, list every problem (edited scores, wrong challenge, files sharing\n"
                 "a student id, copied logs, unreadable files), print a leaderboard and write\n"
                 "grade CSV, HTML and xAPI.\n\n"
                 "Exit status: 0 every file counted with no problem; 3 the class was counted but\n"
                 "problems are listed (flagged students are marked; held files do not count);\n"
                 "1 a usage error, an unusable challenge, roster or content folder, nothing\n"
                 "countable, or an output that could not be written."};
    std::string challengeFile, contentDir, csvFile, htmlFile, rosterFile, attempt = "first";
    std::vector<std::string> inputs, accepted;
    bool onlyClean = false;
    int top = 10;
    app.add_option("--challenge", challengeFile, "the challenge pack (content/challenges/X.xml)")
        ->required();
    app.add_option("results", inputs, "results files handed in (or folders of them)")->required();
    app.add_option("--csv", csvFile, "write grades as CSV for an LMS gradebook import (Moodle)");
    app.add_option("--html", htmlFile, "write a self-contained HTML report with item analysis");
    app.add_option("--top", top, "students shown in the terminal leaderboard (default 10)")
        ->check(CLI::Range(1, 1000000));
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content folder with the instructor's cases (default: the folder whose "
                   "catalog/ is beside the challenge's folder, else found at run time, below)");
    app.add_option("--accept", accepted,
                   "of several files naming one student id, the one that counts (repeatable); "
                   "until you choose, none of them counts");
    app.add_option("--attempt", attempt,
                   "which attempt of a results file counts: first (the first that played every "
                   "case; default), best or last")
        ->check(CLI::IsMember({"first", "best", "last"}));
    app.add_option("--roster", rosterFile,
                   "the class list exported by the LMS (CSV with an ID number column, names, "
                   "e-mail): students not on it and students with no file are listed, and the "
                   "CSV holds only students on it");
    app.add_flag("--only-clean", onlyClean, "leave flagged students out of the CSV");
    rc::board::XapiOptions xapi;
    rc::board::addXapiOptions(app, xapi);
    app.set_version_flag("--version", std::string("rootcause-board ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 1;
    }

    rc::Diagnostics diags;
    std::optional<rc::Challenge> ch = rc::loadChallengeFile(challengeFile, diags);
    if (!ch || diags.hasErrors()) {
        std::cerr << diags.str() << "rootcause-board: the challenge cannot be used\n";
        return 1;
    }
    if (contentDir.empty()) contentDir = rc::findContentRoot(challengeFile, found.dir);
    rc::Diagnostics contentDiags;
    rc::Content content = rc::loadContent(contentDir, contentDiags);
    rc::board::Board board;
    if (!rc::board::startBoard(board, *ch, content, diags)) {
        std::cerr << contentDiags.str() << diags.str() << "rootcause-board: the content folder '"
                  << contentDir << "' lacks cases of the challenge (give --content DIR)\n";
        return 1;
    }

    board.attemptRule = attempt == "best"   ? rc::board::AttemptRule::Best
                        : attempt == "last" ? rc::board::AttemptRule::Last
                                            : rc::board::AttemptRule::FirstFinished;
    board.accepted = accepted;
    if (!rosterFile.empty()) {
        std::string err;
        auto roster = rc::board::loadRoster(rosterFile, err);
        if (!roster) {
            std::cerr << err << "\nrootcause-board: the roster cannot be used\n";
            return 1;
        }
        board.roster = std::move(*roster);
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
    // An output that is one of the inputs would overwrite a hand-in (or the challenge, the
    // roster, an accepted file); two outputs on one path would leave only the last.
    std::vector<std::string> readFrom = files;
    readFrom.push_back(challengeFile);
    if (!rosterFile.empty()) readFrom.push_back(rosterFile);
    readFrom.insert(readFrom.end(), accepted.begin(), accepted.end());
    const std::string* outputs[] = {&csvFile, &htmlFile, &xapi.file};
    for (const std::string* out : outputs) {
        if (out->empty()) continue;
        for (const auto& in : readFrom)
            if (rc::sameFile(*out, in)) {
                std::cerr << *out << ": error: this output is also an input (" << in
                          << "); it would be overwritten: choose another path\n";
                return 1;
            }
        for (const std::string* other : outputs)
            if (other < out && *other == *out) {
                std::cerr << *out << ": error: two outputs (--csv, --html, --xapi) are this one "
                          << "path; give each its own\n";
                return 1;
            }
    }
    for (const auto& f : files)
        rc::board::addResultsFile(board, f);
    rc::board::finish(board);

    // Problems first: they decide whether the leaderboard below can be used as it stands.
    std::string problems = rc::board::problemsText(board);
    if (!problems.empty()) std::cout << problems << "\n";
    std::cout << rc::board::leaderboardText(board, top);
    std::cout << "\n"
              << files.size() << " results files: " << board.students.size()
              << " students counted, " << board.held.size() << " held, " << board.problems.size()
              << " problems\n";
    if (board.students.empty()) {
        std::cerr << "rootcause-board: nothing usable: no results file could be counted\n";
        return 1;
    }

    bool ok = true;
    auto write = [&](const std::string& path, const std::string& text, const char* what) {
        if (path.empty()) return false;
        std::string err;
        if (!rc::writeFileAtomically(path, text, err)) {
            std::cerr << path << ": error: cannot write the " << what << ": " << err << "\n";
            ok = false;
            return false;
        }
        std::cout << "Wrote " << what << ": " << path << "\n";
        return true;
    };
    if (!csvFile.empty()) {
        rc::board::GradesCsv csv = rc::board::gradesCsv(board, {onlyClean});
        if (write(csvFile, csv.text, "grades CSV")) {
            std::cout << "  " << csv.rows << " students in the CSV";
            if (csv.leftOut)
                std::cout << ", " << csv.leftOut << " left out ("
                          << (board.roster.empty() ? "" : "not on the roster")
                          << (!board.roster.empty() && onlyClean ? " or " : "")
                          << (onlyClean ? "flagged" : "") << ")";
            if (csv.defused)
                std::cout << "; " << csv.defused
                          << " cells began with = + - @ or a control character and were written "
                             "with a leading ' "
                             "so no spreadsheet runs them as formulas";
            std::cout << "\n";
        }
    }
    if (!htmlFile.empty())
        write(htmlFile, rc::board::htmlReport(board, rc::board::itemAnalysis(board)),
              "HTML report");
    if (rc::board::runXapi(board, xapi, challengeFile, std::cout, std::cerr) != 0) ok = false;
    if (!ok) return 1;
    return board.problems.empty() ? 0 : 3;
}
