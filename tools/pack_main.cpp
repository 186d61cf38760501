// rootcause-pack: the student copy of a classroom challenge (an exam pack). It holds the
// catalogue, the bibliography, the scoring policy, the challenge and, for each of its cases,
// only what a student may meet while playing (game/engine/student_copy.hpp). The answer key
// (truth, accepted alternatives, rules and feedback, the expert path, learning points,
// validity claims, outcome stories) stays with the instructor, whose full cases
// rootcause-board re-scores the results files against. Every copy is checked before the
// tool says it is done: it loads, binds to the same hash as its full case, and sends every
// diagnosis where the full case would.
#include "game/cli/man_page.hpp"
#include "game/engine/atomic_file.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/dx_class.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/student_copy.hpp"
#include "game/engine/xml_reader.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <random>

namespace fs = std::filesystem;

namespace {

/// Marks a folder as an exam pack, so writing a pack again may replace it.
constexpr const char* kMarker = ".rootcause-pack";

bool copyFile(const std::string& from, const std::string& to, std::string& err) {
    std::string text;
    rc::FileError why;
    if (!rc::readFile(from, rc::FileKind::Content, text, why)) {
        err = from + ": error: " + why.message;
        return false;
    }
    return rc::writeFileAtomically(to, text, err);
}

/// Every diagnosis and side lands in the same class in the copy as in the full case.
bool sameClasses(const rc::Case& full, const rc::Case& copy, const rc::Catalog& cat) {
    for (const auto& d : cat.diagnoses)
        for (rc::Side side : {rc::Side::None, rc::Side::Left, rc::Side::Right, rc::Side::Both}) {
            rc::Action a = rc::makeAction(rc::Verb::Diagnose, {d.id}, side);
            if (rc::classifyDiagnosis(full, cat, &a) != rc::classifyDiagnosis(copy, cat, &a)) return false;
        }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-pack: write the student copy of a classroom challenge (an exam pack):\n"
                 "the challenge, the catalogue and each case without its answer key. Hand\n"
                 "students the pack; keep the full cases for rootcause-board.\n\n"
                 "Exit status: 0 written and checked; 1 the challenge, content or output folder\n"
                 "cannot be used, or a copy failed its check."};
    std::string challengeFile, contentDir, outDir;
    app.add_option("--challenge", challengeFile, "the challenge (content/challenges/X.xml)")->required();
    app.add_option("--out", outDir, "folder to write the pack to (new, empty, or an earlier pack)")->required();
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content folder with the full cases (default: the folder whose catalog/ is "
                   "beside the challenge's folder, else found at run time, below)");
    app.set_version_flag("--version", std::string("rootcause-pack ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 1;
    }

    rc::Diagnostics diags;
    std::optional<rc::Challenge> ch = rc::loadChallengeFile(challengeFile, diags);
    if (!ch || diags.hasErrors()) {
        std::cerr << diags.str() << "rootcause-pack: the challenge cannot be used\n";
        return 1;
    }
    if (contentDir.empty()) contentDir = rc::findContentRoot(challengeFile, found.dir);
    rc::Content content = rc::loadContent(contentDir, diags);
    std::vector<const rc::Case*> cases;
    for (const auto& cc : ch->cases) {
        const rc::Case* c = content.findCase(cc.ref);
        if (!c) {
            std::cerr << diags.str() << "rootcause-pack: " << contentDir << " has no usable case '" << cc.ref
                      << "' (give --content DIR)\n";
            return 1;
        }
        if (c->studentCopy) {
            std::cerr << c->file << ": error: this is already a student copy; a pack is made from the full cases\n";
            return 1;
        }
        cases.push_back(c);
    }
    if (ch->mode != "exam")
        std::cerr << challengeFile << ": warning: the challenge is in " << ch->mode
                  << " mode; a pack plays only in exam mode (practice needs the full cases)\n";

    std::error_code ec;
    if (fs::exists(outDir, ec)) {
        if (!fs::is_directory(outDir, ec)) {
            std::cerr << outDir << ": error: exists and is not a folder\n";
            return 1;
        }
        if (!fs::is_empty(outDir, ec) && !fs::exists(fs::path(outDir) / kMarker, ec)) {
            std::cerr << outDir << ": error: the folder is not empty and is not an earlier pack; "
                                   "choose a new folder\n";
            return 1;
        }
        fs::remove_all(fs::path(outDir) / "cases", ec);
        fs::remove_all(fs::path(outDir) / "challenges", ec);
    }
    for (const char* sub : {"cases", "catalog", "challenges"}) fs::create_directories(fs::path(outDir) / sub, ec);
    if (ec) {
        std::cerr << outDir << ": error: cannot create the pack's folders: " << ec.message() << "\n";
        return 1;
    }

    std::string err;
    bool ok = rc::writeFileAtomically(outDir + "/" + kMarker,
                                      "Exam pack of challenge '" + ch->id + "' written by rootcause-pack " +
                                          rc::kVersion + ". It holds no answer key.\n",
                                      err);
    for (const auto& f : rc::xmlFilesIn(contentDir + "/catalog"))
        ok = ok && copyFile(f, outDir + "/catalog/" + fs::path(f).filename().string(), err);
    for (const char* f : {"references.xml", "scoring.xml"})
        ok = ok && copyFile(contentDir + "/" + f, outDir + "/" + f, err);
    ok = ok && copyFile(challengeFile, outDir + "/challenges/" + fs::path(challengeFile).filename().string(), err);
    std::random_device rd;
    const std::uint64_t salt = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
    for (const rc::Case* c : cases) {
        rc::XmlFile file;
        rc::Diagnostics d;
        if (!file.load(c->file, d)) {
            std::cerr << d.str();
            return 1;
        }
        ok = ok && rc::writeFileAtomically(outDir + "/cases/" + c->id + ".xml",
                                           rc::studentCopyText(file, *c, content.catalog, salt), err);
    }
    if (!ok) {
        std::cerr << err << "\nrootcause-pack: the pack could not be written\n";
        return 1;
    }

    // Check the pack as the game will read it.
    rc::Diagnostics packDiags;
    rc::Content pack = rc::loadContent(outDir, packDiags);
    int checked = 0;
    for (const rc::Case* c : cases) {
        const rc::Case* p = pack.findCase(c->id);
        if (!p || !p->studentCopy || p->studentHash != c->studentHash || !sameClasses(*c, *p, content.catalog) ||
            !p->rules.empty() || !p->expert.empty() || !p->truthText.empty()) {
            std::cerr << packDiags.str() << outDir << "/cases/" << c->id
                      << ".xml: error: the student copy does not match its full case\n";
            return 1;
        }
        ++checked;
    }
    if (packDiags.hasErrors()) {
        std::cerr << packDiags.str() << "rootcause-pack: the pack does not load cleanly\n";
        return 1;
    }
    std::cout << "Wrote the exam pack of challenge '" << ch->id << "' to " << outDir << ": " << checked
              << (checked == 1 ? " case" : " cases")
              << " without their answer key, each checked against its full case.\n"
                 "Students play it with: rootcause --content "
              << outDir << " --challenge " << ch->id << " --student-id ID\n"
              << "Grade with your full cases: rootcause-board --challenge " << challengeFile << " RESULTS...\n";
    return 0;
}
