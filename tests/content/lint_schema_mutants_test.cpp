// Lint is as strict as the schema (issue 17): mutants generated from the bundled content (an
// attribute removed, emptied, made a word or out of range, an unknown attribute or element, an
// element removed or doubled, text where none belongs) must be refused by rootcause-lint exactly
// when `xmllint --schema` refuses them. Lint may refuse more only with a meaning check the XSD
// cannot express (kMeaningChecks, listed in content/FORMAT.md §"Lint and the schema").
#include "game/engine/diagnostics.hpp"
#include "game/engine/lint.hpp"

#include <algorithm>
#include <cstdio>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tinyxml2.h>

namespace fs = std::filesystem;

namespace {

// What lint checks and the XSD cannot express (content/FORMAT.md, "Lint and the schema"): an
// error code, and where the code is shared with checks the schema does make, the words of the
// one check it cannot. A mutant the schema accepts may be refused only for these.
struct MeaningCheck {
    const char* code;
    const char* words; // "" : every error of the code
};
const MeaningCheck kMeaningChecks[] = {
    // References between elements and files, and ids unique across files.
    {"unknown-ref", ""},
    {"duplicate-id", ""},
    {"bad-next", ""},
    // The expert path and the validity paths, played.
    {"expert-illegal", ""},
    {"expert-score", ""},
    {"expert-unfinished", ""},
    {"illegal-action", ""},
    {"validity-claim", ""},
    {"missing-validity", ""},
    {"wrong-path-rewarded", ""},
    {"red-flag-policy", ""},
    // Rules between attributes of one element, or between elements in any order.
    {"missing-points", ""},
    {"accuracy-figures", ""},
    {"onset-beyond-range", ""},
    {"no-default-next", ""},
    {"missing-side", ""},
    {"not-hands-on", ""},
    {"bad-action", ""},
    {"missing-text-variant", ""},
    {"zero-weight", ""},
    {"priors-sum", ""},
    {"missing-attribute", "needs a 'side'"},         // sided body-chart regions only
    {"missing-attribute", "needs its normal-range"}, // hands-on exams only
    {"missing-element", "needs a <scoring>"},        // any-order children of <case>
    {"missing-element", "needs at least one <accuracy>"},
    {"missing-element", "needs at least one <bears-on>"},
    {"missing-attribute", "needs the attribute 'journal'"},      // by the reference's kind
    {"missing-attribute", "needs the attribute 'publisher'"},    // by the reference's kind
    {"duplicate-element", "may appear only once inside <case>"}, // any-order children
    // The likelihood-ratio differential: what an answer or a report means, by the catalogue.
    {"missing-attribute", "moves the likelihood-ratio differential"},
    {"missing-attribute", "needs a 'label'"},
    {"missing-attribute", "names the diagnoses its finding defines"},
    // The visit graph, walked.
    {"unreachable-visit", ""},
    {"unreachable-outcome", ""},
};

bool meaningOnly(const rc::Diagnostic& d) {
    for (const MeaningCheck& m : kMeaningChecks)
        if (d.code == m.code && d.message.find(m.words) != std::string::npos) return true;
    return false;
}

enum class Op {
    DropAttr,
    EmptyAttr,
    WordAttr,
    NegativeAttr,
    HugeAttr,
    UnknownAttr,
    DropElement,
    DoubleElement,
    UnknownElement,
    TextInEmpty
};

const char* opName(Op op) {
    switch (op) {
    case Op::DropAttr:
        return "attribute removed";
    case Op::EmptyAttr:
        return "attribute emptied";
    case Op::WordAttr:
        return "attribute made a word";
    case Op::NegativeAttr:
        return "attribute made -1";
    case Op::HugeAttr:
        return "attribute made 1e9";
    case Op::UnknownAttr:
        return "unknown attribute";
    case Op::DropElement:
        return "element removed";
    case Op::DoubleElement:
        return "element doubled";
    case Op::UnknownElement:
        return "unknown child element";
    case Op::TextInEmpty:
        return "text in an element without text";
    }
    return "?";
}

struct Mutation {
    int element = 0;  // index in document order
    std::string name; // the element's name
    std::string attr; // for attribute operations
    Op op = Op::DropAttr;
};

void collect(tinyxml2::XMLElement* e, std::vector<tinyxml2::XMLElement*>& out) {
    for (; e; e = e->NextSiblingElement()) {
        out.push_back(e);
        collect(e->FirstChildElement(), out);
    }
}

bool hasText(const tinyxml2::XMLElement* e) {
    for (const tinyxml2::XMLNode* n = e->FirstChild(); n; n = n->NextSibling())
        if (n->ToText()) return true;
    return false;
}

std::vector<Mutation> mutations(tinyxml2::XMLDocument& doc) {
    std::vector<tinyxml2::XMLElement*> els;
    collect(doc.RootElement(), els);
    std::vector<Mutation> out;
    for (int i = 0; i < static_cast<int>(els.size()); ++i) {
        for (const tinyxml2::XMLAttribute* a = els[i]->FirstAttribute(); a; a = a->Next())
            for (Op op :
                 {Op::DropAttr, Op::EmptyAttr, Op::WordAttr, Op::NegativeAttr, Op::HugeAttr})
                out.push_back({i, els[i]->Name(), a->Name(), op});
        out.push_back({i, els[i]->Name(), "", Op::UnknownAttr});
        out.push_back({i, els[i]->Name(), "", Op::UnknownElement});
        if (!hasText(els[i]) && !els[i]->FirstChildElement())
            out.push_back({i, els[i]->Name(), "", Op::TextInEmpty});
        if (i > 0) {
            out.push_back({i, els[i]->Name(), "", Op::DropElement});
            out.push_back({i, els[i]->Name(), "", Op::DoubleElement});
        }
    }
    return out;
}

std::string apply(const std::string& source, const Mutation& m) {
    tinyxml2::XMLDocument doc;
    doc.Parse(source.c_str());
    std::vector<tinyxml2::XMLElement*> els;
    collect(doc.RootElement(), els);
    tinyxml2::XMLElement* e = els.at(static_cast<std::size_t>(m.element));
    switch (m.op) {
    case Op::DropAttr:
        e->DeleteAttribute(m.attr.c_str());
        break;
    case Op::EmptyAttr:
        e->SetAttribute(m.attr.c_str(), "");
        break;
    case Op::WordAttr:
        e->SetAttribute(m.attr.c_str(), "zebra");
        break;
    case Op::NegativeAttr:
        e->SetAttribute(m.attr.c_str(), "-1");
        break;
    case Op::HugeAttr:
        e->SetAttribute(m.attr.c_str(), "1000000000");
        break;
    case Op::UnknownAttr:
        e->SetAttribute("bogus", "1");
        break;
    case Op::DropElement:
        e->Parent()->DeleteChild(e);
        break;
    case Op::DoubleElement:
        e->Parent()->InsertAfterChild(e, e->DeepClone(&doc));
        break;
    case Op::UnknownElement:
        e->InsertEndChild(doc.NewElement("bogus"));
        break;
    case Op::TextInEmpty:
        e->InsertEndChild(doc.NewText("stray words"));
        break;
    }
    tinyxml2::XMLPrinter printer;
    doc.Print(&printer);
    return printer.CStr();
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// xmllint over many files at once: the set of those that validate.
std::set<std::string> validating(const std::string& xsd, const std::vector<std::string>& files) {
    std::set<std::string> ok;
    for (std::size_t from = 0; from < files.size(); from += 200) {
        std::string cmd = "xmllint --noout --schema '" + xsd + "'";
        for (std::size_t i = from; i < std::min(files.size(), from + 200); ++i)
            cmd += " '" + files[i] + "'";
        cmd += " 2>&1";
        FILE* p = popen(cmd.c_str(), "r");
        REQUIRE(p);
        char buf[4096];
        while (fgets(buf, sizeof buf, p)) {
            std::string line = buf;
            const std::string tail = " validates\n";
            if (line.size() > tail.size() &&
                line.compare(line.size() - tail.size(), tail.size(), tail) == 0)
                ok.insert(line.substr(0, line.size() - tail.size()));
        }
        pclose(p);
    }
    return ok;
}

struct Source {
    std::string rel; // path below content/
    std::string xsd; // schema file name
    bool lintFolder; // lint a content folder copy (references, scoring) or the file alone
};

struct Mutant {
    std::string path, description, rel;
};

} // namespace

TEST_CASE("lint refuses a mutant of the bundled content exactly when the schema does") {
    if (std::system("xmllint --version > /dev/null 2>&1") != 0) {
        MESSAGE("SKIPPED: xmllint (libxml2-utils) is not installed");
        return;
    }
    const fs::path content = ROOTCAUSE_TEST_CONTENT;
    const fs::path schema = ROOTCAUSE_TEST_SCHEMA;
    std::vector<Source> sources;
    for (const char* dir : {"cases", "catalog", "challenges"})
        for (const auto& f : fs::directory_iterator(content / dir))
            if (f.path().extension() == ".xml")
                sources.push_back({std::string(dir) + "/" + f.path().filename().string(),
                                   dir == std::string("cases")        ? "case.xsd"
                                   : dir == std::string("challenges") ? "challenge.xsd"
                                                                      : "catalog.xsd",
                                   false});
    sources.push_back({"references.xml", "references.xsd", true});
    sources.push_back({"scoring.xml", "scoring.xsd", true});
    std::sort(sources.begin(), sources.end(),
              [](const Source& a, const Source& b) { return a.rel < b.rel; });

    const fs::path work = fs::temp_directory_path() / "rc-lint-mutants";
    fs::remove_all(work);
    fs::create_directories(work);
    constexpr std::size_t kPerFile = 40;
    std::map<std::string, std::vector<Mutant>> byXsd;
    for (const Source& s : sources) {
        const std::string text = slurp(content / s.rel);
        tinyxml2::XMLDocument doc;
        REQUIRE(doc.Parse(text.c_str()) == tinyxml2::XML_SUCCESS);
        const std::vector<Mutation> all = mutations(doc);
        // An even, fixed sample of every kind of mutation over the whole file.
        const std::size_t step = std::max<std::size_t>(1, all.size() / kPerFile);
        for (std::size_t i = 0, n = 0; i < all.size() && n < kPerFile; i += step, ++n) {
            const Mutation& m = all[i];
            const fs::path dir = work / (std::to_string(byXsd[s.xsd].size()) + "-" +
                                         fs::path(s.rel).stem().string());
            fs::create_directories(dir);
            const fs::path file = dir / fs::path(s.rel).filename();
            std::ofstream(file, std::ios::binary) << apply(text, m);
            std::ostringstream d;
            d << s.rel << ": " << opName(m.op) << (m.attr.empty() ? "" : " '" + m.attr + "'")
              << " on <" << m.name << "> (element #" << m.element << ")";
            byXsd[s.xsd].push_back({file.string(), d.str(), s.lintFolder ? s.rel : ""});
        }
    }

    // A content folder copy for the files lint only reads as part of a folder.
    const fs::path folder = work / "content";
    fs::copy(content, folder, fs::copy_options::recursive);

    int total = 0, agree = 0, meaning = 0;
    std::vector<std::string> lax, strict;
    for (const auto& [xsd, mutants] : byXsd) {
        std::vector<std::string> files;
        for (const Mutant& m : mutants)
            files.push_back(m.path);
        const std::set<std::string> valid = validating((schema / xsd).string(), files);
        for (const Mutant& m : mutants) {
            rc::Diagnostics diags;
            if (m.rel.empty()) {
                rc::lintPath(m.path, content.string(), diags);
            } else {
                fs::copy_file(m.path, folder / m.rel, fs::copy_options::overwrite_existing);
                rc::lintPath(folder.string(), content.string(), diags);
                fs::copy_file(content / m.rel, folder / m.rel,
                              fs::copy_options::overwrite_existing);
            }
            ++total;
            const bool schemaOk = valid.count(m.path) > 0;
            const bool lintOk = !diags.hasErrors();
            if (schemaOk == lintOk) {
                ++agree;
                continue;
            }
            if (!schemaOk) {
                lax.push_back(m.description + " " + m.path);
                continue;
            }
            bool allMeaning = true;
            std::string codes;
            for (const rc::Diagnostic& d : diags.all())
                if (d.severity == rc::Severity::Error) {
                    codes += " " + d.code;
                    allMeaning = allMeaning && meaningOnly(d);
                }
            if (allMeaning)
                ++meaning;
            else
                strict.push_back(m.description + " (lint:" + codes + ") " + m.path);
        }
    }
    MESSAGE(total << " mutants: " << agree << " judged alike, " << meaning
                  << " refused by lint for meaning only, " << lax.size()
                  << " accepted by lint but not the schema, " << strict.size()
                  << " refused by lint with no documented reason");
    std::string laxList, strictList;
    for (const auto& l : lax)
        laxList += "\n  " + l;
    for (const auto& s : strict)
        strictList += "\n  " + s;
    CHECK_MESSAGE(lax.empty(), "lint accepts what the schema refuses:" << laxList);
    CHECK_MESSAGE(strict.empty(),
                  "lint refuses what the schema accepts, with no meaning check:" << strictList);
    CHECK(total > 500);
    if (lax.empty() && strict.empty()) fs::remove_all(work); // else kept for a look
}
