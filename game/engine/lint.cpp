#include "game/engine/lint.hpp"

#include <filesystem>
#include <sstream>

#include "game/engine/case_loader.hpp"
#include "game/engine/catalog_loader.hpp"
#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/xml_reader.hpp"

namespace fs = std::filesystem;

namespace rc {

void lintExpert(const Case& c, const Catalog& cat, Diagnostics& diags) {
    const SourcePos& p = c.expertPos;
    if (c.expert.empty()) return; // reported by the loader
    Session s(c, cat, 1);
    if (!playLog(s, c.expert, c.file, diags)) return;
    if (!s.finished()) {
        diags.error(p.file, p.line, p.col, "expert-unfinished",
                    "the expert path does not finish the case (end every visit with plan and "
                    "advance)");
        return;
    }
    Score sc = scoreSession(s, s.ledger());
    if (sc.total < kExpertMinScore) {
        std::ostringstream msg;
        msg.precision(1);
        msg << std::fixed << "the expert path scores " << sc.total << " (at least "
            << kExpertMinScore << " needed):";
        for (int d = 0; d < kDomainCount; ++d)
            if (sc.domains[d] < 100) msg << " " << domainName(static_cast<Domain>(d)) << " " << sc.domains[d];
        for (const auto& j : sc.decisions)
            if (j.missed || j.points < 0) msg << "; " << (j.missed ? "misses '" : "does '") << j.action << "'";
        diags.error(p.file, p.line, p.col, "expert-score", msg.str());
    }
}

std::string findContentRoot(const std::string& path, const std::string& fallback) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    if (!fs::is_directory(p, ec)) p = p.parent_path();
    for (int i = 0; i < 3 && !p.empty(); ++i) {
        if (fs::is_directory(p / "catalog", ec)) return p.string();
        if (p == p.parent_path()) break;
        p = p.parent_path();
    }
    return fallback;
}

namespace {

std::string rootName(const std::string& file, Diagnostics& diags) {
    XmlFile x;
    if (!x.load(file, diags)) return {};
    return x.root()->Name();
}

void lintCaseFile(const std::string& f, const Catalog& cat, Diagnostics& diags, LintStats& st) {
    ++st.cases;
    if (std::optional<Case> c = loadCheckedCase(f, cat, diags)) lintExpert(*c, cat, diags);
}

void lintChallengeFile(const std::string& f, const Content& content, Diagnostics& diags,
                       LintStats& st) {
    ++st.challenges;
    std::optional<Challenge> ch = loadChallengeFile(f, diags);
    if (!ch) return;
    for (const auto& cc : ch->cases)
        if (!cc.ref.empty() && !content.findCase(cc.ref))
            diags.error(cc.pos.file, cc.pos.line, cc.pos.col, "unknown-ref",
                        "challenge names unknown (or broken) case '" + cc.ref + "'");
}

} // namespace

LintStats lintPath(const std::string& path, const std::string& fallbackContent,
                   Diagnostics& diags) {
    LintStats st;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        diags.error(path, 0, 0, "missing-file", "no such file or folder");
        return st;
    }
    std::string root = findContentRoot(path, fallbackContent);
    Diagnostics catDiags;
    Catalog cat = loadCatalogDir(root, catDiags);
    bool lintingCatalog = fs::is_directory(fs::path(path) / "catalog", ec) ||
                          fs::path(path).parent_path().filename() == "catalog" ||
                          fs::path(path).filename() == "catalog";
    if (lintingCatalog) {
        diags.append(catDiags);
        st.files += static_cast<int>(xmlFilesIn(root + "/catalog").size());
    } else if (catDiags.hasErrors()) {
        diags.error(root + "/catalog", 0, 0, "broken-catalog",
                    "the catalogue has errors; lint it first (" + std::to_string(catDiags.errorCount()) +
                        " errors)");
    }

    std::vector<std::string> caseFiles, challengeFiles;
    if (fs::is_directory(path, ec)) {
        bool isRoot = fs::is_directory(fs::path(path) / "catalog", ec);
        if (isRoot) {
            caseFiles = xmlFilesIn(path + "/cases");
            challengeFiles = xmlFilesIn(path + "/challenges");
        } else if (fs::path(path).filename() != "catalog") {
            for (const auto& f : xmlFilesIn(path)) {
                std::string r = rootName(f, diags);
                if (r == "case") caseFiles.push_back(f);
                else if (r == "challenge") challengeFiles.push_back(f);
                else if (r == "catalog") continue;
                else if (!r.empty())
                    diags.error(f, 1, 1, "wrong-root", "not a case, challenge or catalogue file");
            }
        }
    } else {
        std::string r = rootName(path, diags);
        if (r == "case") caseFiles.push_back(path);
        else if (r == "challenge") challengeFiles.push_back(path);
        else if (r == "catalog") {
            if (!lintingCatalog) { // a catalogue file outside a catalog/ folder: check it alone
                Catalog alone;
                loadCatalogFile(path, alone, diags);
                st.files += 1;
            }
        } else if (!r.empty())
            diags.error(path, 1, 1, "wrong-root",
                        "<" + r + "> is not a case, challenge or catalogue root element");
        else if (!diags.hasErrors())
            diags.error(path, 0, 0, "missing-file", "cannot read file");
        if (r.empty()) st.files += 1;
    }
    for (const auto& f : caseFiles) lintCaseFile(f, cat, diags, st);
    if (!challengeFiles.empty()) {
        Diagnostics ignore;
        Content content = loadContent(root, ignore);
        for (const auto& f : challengeFiles) lintChallengeFile(f, content, diags, st);
    }
    st.files += static_cast<int>(caseFiles.size() + challengeFiles.size());
    return st;
}

} // namespace rc
