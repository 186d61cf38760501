// rootcause-lint: checks content for meaning, not just syntax, and reports every problem
// compiler-style. Exit status: 0 clean (warnings allowed), 1 errors, 2 bad usage.
#include <CLI/CLI.hpp>

#include <iostream>

#include "game/engine/lint.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
    CLI::App app{"rootcause-lint: check Root Cause content (catalogue, cases, challenges).\n"
                 "Reports every problem as path:line:col: error: message [code] and ends with a\n"
                 "summary line. Exit status 1 if any error was found."};
    std::vector<std::string> paths;
    bool quiet = false;
    app.add_option("paths", paths,
                   "content folders, case/challenge folders or files (default: bundled content)");
    app.add_flag("-q,--quiet", quiet, "print only the summary line");
    app.set_version_flag("--version", std::string("rootcause-lint ") + rc::kVersion);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e); // prints help, version or the error
        return code == 0 ? 0 : 2; // bad usage: exit status 2
    }
    if (paths.empty()) paths.push_back(rc::kBundledContentDir);

    rc::Diagnostics diags;
    rc::LintStats total;
    for (const auto& p : paths) {
        rc::LintStats st = rc::lintPath(p, rc::kBundledContentDir, diags);
        total.files += st.files;
        total.cases += st.cases;
        total.challenges += st.challenges;
    }
    if (!quiet)
        for (const auto& d : diags.all()) std::cout << rc::format(d) << "\n";
    std::cout << "rootcause-lint: " << total.files << " files, " << total.cases << " cases, "
              << total.challenges << " challenges: " << diags.errorCount() << " errors, "
              << diags.warningCount() << " warnings\n";
    return diags.hasErrors() ? 1 : 0;
}
