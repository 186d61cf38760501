// rootcause-lint: checks content for meaning, not just syntax, and reports every problem
// compiler-style. Exit status: 0 clean (warnings allowed), 1 errors, 2 bad usage.
#include "game/cli/man_page.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/lint_outcomes.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-lint: check Root Cause content (catalogue, cases, challenges).\n"
                 "Reports every problem as path:line:col: error: message [code] and ends with a\n"
                 "summary line; of one kind of error in one file, the first ten are shown.\n\n"
                 "Exit status: 0 no error (warnings allowed); 1 an error was found, or a path\n"
                 "holds nothing to check; 2 bad usage."};
    std::vector<std::string> paths;
    bool quiet = false;
    const rc::ContentLocation found = rc::locateContent();
    app.add_option(
        "paths", paths,
        "content folders, case/challenge folders or files (default: the content found at "
        "run time, below)");
    app.add_flag("-q,--quiet", quiet, "print only the summary line");
    bool outcomes = false;
    app.add_flag("--outcomes", outcomes,
                 "also print, for every case, which plan leads to which outcome at each visit of "
                 "the expert path, and warn (same-outcome) where conservative care and a "
                 "surgical or urgent plan end in the same outcome");
    app.set_version_flag("--version", std::string("rootcause-lint ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e); // prints help, version or the error
        return code == 0 ? 0 : 2; // bad usage: exit status 2
    }
    if (paths.empty()) {
        if (found.dir.empty()) {
            std::cerr << "rootcause-lint: no content folder given and " << found.describe() << "\n";
            return 2;
        }
        paths.push_back(found.dir);
    }

    rc::Diagnostics diags;
    rc::LintStats total;
    for (const auto& p : paths) {
        rc::LintStats st = rc::lintPath(p, found.dir, diags);
        total.files += st.files;
        total.cases += st.cases;
        total.challenges += st.challenges;
    }
    if (outcomes) // the outcome graph of every case that loads clean
        for (const auto& p : paths) {
            rc::Diagnostics ignore;
            const rc::Content content = rc::loadContent(rc::findContentRoot(p, found.dir), ignore);
            for (const auto& c : content.cases) {
                if (!quiet) std::cout << rc::outcomeReport(c, content.catalog);
                rc::lintOutcomes(c, content.catalog, diags);
            }
        }
    if (!quiet) std::cout << diags.summary(10);
    std::cout << "rootcause-lint: " << total.files << " files, " << total.cases << " cases, "
              << total.challenges << " challenges: " << diags.errorCount() << " errors, "
              << diags.warningCount() << " warnings\n";
    return diags.hasErrors() ? 1 : 0;
}
