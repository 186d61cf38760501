// rootcause-replay: plays an action log (or a case's expert path) headlessly and prints the
// debrief: score by domain, total, ledger, each decision with its feedback.
#include "game/body/case_spec.hpp"
#include "game/body/exam_driver.hpp"
#include "game/cli/man_page.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/debrief.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/random_play.hpp"
#include "game/engine/validity.hpp"
#include "tools/debrief_json.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

/// --simulate: drives each hands-on manoeuvre of the session in the Box2D body.
void printSimulation(const rc::Session& s) {
    std::cout << "\nHands-on manoeuvres in the body simulation\n";
    int n = 0;
    for (const auto& t : s.taken()) {
        if (t.action.verb != rc::Verb::Exam || t.repeat) continue;
        auto spec = rc::body::specFor(s, t.visitIndex, t.action.args[0], t.action.side);
        if (!spec) continue;
        ++n;
        rc::body::DriveResult r = rc::body::driveToOnsetOrEnd(*spec);
        std::cout << "  " << t.action.key() << ": " << r.finding.summary() << " (case onset: "
                  << (spec->onsetDeg ? std::to_string(static_cast<int>(*spec->onsetDeg)) + "\xC2\xB0"
                                     : std::string("none"))
                  << ", range " << static_cast<int>(spec->range()) << "\xC2\xB0";
        if (t.action.angle) std::cout << ", logged " << *t.action.angle << "\xC2\xB0";
        std::cout << ")\n";
    }
    if (n == 0) std::cout << "  (none in this log)\n";
}

/// The content and the cases --random and --validity run through: one case (by id or file) or,
/// with no --case, every case of the content folder.
struct CaseSelection {
    rc::Content content;
    std::optional<rc::Case> storage; ///< a case loaded from a file outside the content
    std::vector<const rc::Case*> cases;
};

/// Loads the selection; false (with the diagnostics printed) when nothing can be played.
bool selectCases(const std::string& caseArg, std::string contentDir, CaseSelection& sel) {
    if (contentDir.empty())
        contentDir = rc::findContentRoot(caseArg.empty() ? rc::locateContent().dir : caseArg,
                                         rc::locateContent().dir);
    rc::Diagnostics diags;
    sel.content = rc::loadContent(contentDir, diags);
    if (diags.hasErrors()) {
        std::cerr << diags.str();
        return false;
    }
    if (caseArg.empty()) {
        for (const auto& c : sel.content.cases) sel.cases.push_back(&c);
    } else if (const rc::Case* c = rc::resolveCase(caseArg, sel.content, sel.storage, diags)) {
        sel.cases.push_back(c);
    } else {
        std::cerr << diags.str();
        return false;
    }
    return true;
}

/// --random: random legal plays through one case or all, checking the engine's invariants.
int runRandom(const std::string& caseArg, std::string contentDir, int n, std::uint64_t seed) {
    CaseSelection sel;
    if (!selectCases(caseArg, std::move(contentDir), sel)) return 1;
    const rc::Content& content = sel.content;
    const std::vector<const rc::Case*>& cases = sel.cases;
    rc::RandomPlayReport report;
    for (const rc::Case* c : cases) rc::checkRandomPlays(*c, content.catalog, n, seed, report);
    for (const auto& f : report.failures) std::cout << "FAIL " << f << "\n";
    std::cout << "random play: " << report.plays << " plays, " << report.actions << " actions, "
              << cases.size() << " cases, totals " << report.minTotal << ".." << report.maxTotal
              << ", " << report.failures.size() << " failures\n";
    return report.failures.empty() ? 0 : 1;
}

/// --validity: the generated validity paths of one case or every case, as a table.
int runValidity(const std::string& caseArg, std::string contentDir) {
    CaseSelection sel;
    if (!selectCases(caseArg, std::move(contentDir), sel)) return 1;
    const rc::Content& content = sel.content;
    const std::vector<const rc::Case*>& cases = sel.cases;
    auto cell = [](const rc::PathPlay& p) {
        std::ostringstream o;
        o << rc::oneDecimal(p.score.total) << " " << (p.finished ? p.outcome : std::string("unfinished"));
        if (!p.legal) o << " (refused: " << p.error << ")";
        return o.str();
    };
    std::cout << "case | expert | knee-treater | hip-treater | over-investigator | guideline\n";
    for (const rc::Case* c : cases) {
        std::cout << c->id << " | " << cell(rc::playExpert(*c, content.catalog));
        for (int k = 0; k < rc::kPathKinds; ++k) {
            auto kind = static_cast<rc::PathKind>(k);
            std::cout << " | ";
            if (rc::pathApplies(kind, *c, content.catalog)) std::cout << cell(rc::playPath(kind, *c, content.catalog));
            else std::cout << "-";
        }
        std::cout << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{
        "rootcause-replay: play an action log against a case without graphics and\n"
        "print the debrief (score by domain, total, ledger, every decision's feedback).\n\n"
        "Exit status: 0 every action was legal (--random, --validity: no failure); 1 the\n"
        "case, content or log cannot be used, an action was refused, or a random play\n"
        "broke an invariant; 2 bad usage."};
    std::string caseArg, actionsFile, contentDir;
    std::uint64_t seed = 1;
    bool json = false, expert = false, simulate = false, validity = false;
    std::string pathKind;
    int randomPlays = 0;
    int branch = -1;
    std::string thenFile;
    app.add_option("--case", caseArg,
                   "case id (from the content folder) or path to a case file; with --random, "
                   "optional (default: every case)");
    auto* actOpt = app.add_option("--actions", actionsFile, "action log to play ('-' for stdin)");
    auto* expOpt = app.add_flag("--expert", expert, "play the case's own expert path");
    actOpt->excludes(expOpt);
    auto* pathOpt = app.add_option("--path", pathKind,
                                   "play a generated validity path (FORMAT.md 2.8): knee-treater, "
                                   "hip-treater, over-investigator or guideline")
                        ->check(CLI::IsMember({"knee-treater", "hip-treater", "over-investigator", "guideline"}));
    pathOpt->excludes(actOpt)->excludes(expOpt);
    auto* branchOpt = app.add_option(
        "--branch", branch,
        "with --actions and --then: play only the first N actions of the log, then the "
        "actions of --then (a \"what if\" branch; N may be 0)")
                          ->check(CLI::Range(0, 1000000));
    auto* thenOpt = app.add_option("--then", thenFile,
                                   "action log to play after the first --branch N actions");
    branchOpt->needs(actOpt)->needs(thenOpt);
    thenOpt->needs(branchOpt);
    app.add_flag("--validity", validity,
                 "print every generated validity path's total and outcome for the case (or for "
                 "every case), beside the expert's");
    app.add_option("--seed", seed, "session seed (default 1)");
    const rc::ContentLocation found = rc::locateContent();
    app.add_option(
        "--content", contentDir,
        "content folder (default: the folder of a --case file, else found at run time, below)");
    app.add_flag("--json", json, "print the debrief as JSON (with each domain's breakdown: rows that add up to its score)");
    app.add_flag("--simulate", simulate,
                 "also perform every hands-on manoeuvre of the log in the body simulation "
                 "(Box2D, headless) and print the measured onset angle");
    app.add_option("--random", randomPlays,
                   "play N random legal action sequences through the case (or every case) and "
                   "check the invariants: no refusal, scores within 0-100, ledger never "
                   "negative, replays identical")
        ->check(CLI::Range(1, 10000000));
    app.set_version_flag("--version", std::string("rootcause-replay ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e); // prints help, version or the error
        return code == 0 ? 0 : 2; // bad usage: exit status 2
    }
    if (randomPlays > 0) return runRandom(caseArg, contentDir, randomPlays, seed);
    if (validity) return runValidity(caseArg, contentDir);
    if (caseArg.empty()) {
        std::cerr << "rootcause-replay: --case is required (see --help)\n";
        return 2;
    }
    if (!expert && actionsFile.empty() && pathKind.empty()) {
        std::cerr << "rootcause-replay: give --actions FILE, --expert or --path KIND (see --help)\n";
        return 2;
    }
    if (contentDir.empty()) contentDir = rc::findContentRoot(caseArg, found.dir);

    rc::Diagnostics diags;
    rc::Content content;
    content.dir = contentDir;
    content.catalog = rc::loadCatalogDir(contentDir, diags);
    bool isPath = caseArg.find('/') != std::string::npos || caseArg.find(".xml") != std::string::npos;
    if (!isPath) {
        rc::Diagnostics all;
        content = rc::loadContent(contentDir, all);
        diags.append(all);
    }
    std::optional<rc::Case> storage;
    const rc::Case* kase = diags.hasErrors() ? nullptr : rc::resolveCase(caseArg, content, storage, diags);
    if (!kase) {
        std::cerr << diags.str();
        return 1;
    }

    std::vector<rc::Action> actions, thenActions;
    std::string source = kase->file;
    if (expert) {
        actions = kase->expert;
    } else if (!pathKind.empty()) {
        for (int k = 0; k < rc::kPathKinds; ++k)
            if (pathKind == rc::pathKindName(static_cast<rc::PathKind>(k)))
                // What the path actually plays: a treater's spare plans after the case ends are dropped.
                actions = rc::playPath(static_cast<rc::PathKind>(k), *kase, content.catalog).actions;
    } else {
        // Reads one action log ('-': standard input, bounded like a file); false on an error.
        auto readLog = [&](const std::string& file, rc::ActionLog& log) {
            std::string text;
            if (file == "-") {
                const std::size_t cap = rc::maxFileBytes(rc::FileKind::ActionLog);
                text.resize(cap + 1);
                std::cin.read(text.data(), static_cast<std::streamsize>(text.size()));
                text.resize(static_cast<std::size_t>(std::cin.gcount()));
                if (text.size() > cap) {
                    std::cerr << "-: error: standard input is larger than " << cap / 1024
                              << " KiB, the limit for an action log\n";
                    return false;
                }
            } else if (rc::FileError why; !rc::readFile(file, rc::FileKind::ActionLog, text, why)) {
                std::cerr << file << ": error: the action log " << why.message << "\n";
                return false;
            }
            log = rc::parseActionLog(text, file, diags);
            if (diags.hasErrors()) {
                std::cerr << diags.str();
                return false;
            }
            return true;
        };
        source = actionsFile;
        rc::ActionLog log;
        if (!readLog(actionsFile, log)) return 1;
        if (auto it = log.header.find("seed"); it != log.header.end() && !app.count("--seed")) {
            try {
                seed = std::stoull(it->second);
            } catch (...) {
                std::cerr << actionsFile << ": error: bad seed '" << it->second << "' in header\n";
                return 1;
            }
        }
        actions = log.actions;
        if (branch >= 0) {
            if (static_cast<std::size_t>(branch) > actions.size()) {
                std::cerr << actionsFile << ": error: --branch " << branch
                          << " is beyond the log, which holds " << actions.size()
                          << " action" << (actions.size() == 1 ? "" : "s") << "\n";
                return 1;
            }
            if (thenFile == "-" && actionsFile == "-") {
                std::cerr << "rootcause-replay: --actions and --then cannot both read standard input\n";
                return 2;
            }
            rc::ActionLog then;
            if (!readLog(thenFile, then)) return 1;
            actions.resize(static_cast<std::size_t>(branch));
            thenActions = std::move(then.actions);
        }
    }
    rc::Session session(*kase, content.catalog, seed);
    bool legal = rc::playLog(session, actions, source, diags);
    // A branch: the rest comes from --then, and a refused action is reported with its line there.
    if (legal && !thenActions.empty()) legal = rc::playLog(session, thenActions, thenFile, diags);
    if (!legal) std::cerr << diags.str();
    rc::Debrief d = rc::makeDebrief(session);
    if (json) std::cout << rc::debriefJson(d, session) << "\n";
    else std::cout << rc::debriefText(d, session);
    if (simulate) printSimulation(session);
    return legal ? 0 : 1;
}
