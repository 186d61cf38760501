// One table-driven test over tests/fixtures/lint/: every <base>.xml must lint clean, and every
// <base>_fail_<reason>.xml must yield exactly the diagnostics its comments name:
//   <!-- expect: LINE CODE -->   (one comment per expected diagnostic, errors and warnings)
// A file that cannot hold a comment (case_fail_empty-file.xml) expects its reason at line 1.
// Catalogue files are linted the way rootcause-lint lints a catalogue: from a catalog/ folder.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "game/engine/lint.hpp"
#include "tests/engine/test_support.hpp"

namespace fs = std::filesystem;

namespace {

using Expect = std::pair<int, std::string>; // line, code

std::string lintDir() { return rct::fixtures() + "/lint"; }

std::vector<std::string> lintFiles() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(lintDir()))
        if (e.path().extension() == ".xml") out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

/// A scoring policy with every required element and no path templates.
const char* const kBarePolicy = R"(<scoring-policy>
  <weights history="15" examination="20" investigations="15" diagnosis="20" management="15" safety="10" efficiency="5"/>
  <diagnosis wrong-side-credit="0.5"/>
  <unruled order="2" pathway="3"/>
  <hands-on stopped-short-share="0.5"/>
  <domain no-possible-scale="10"/>
  <efficiency precision-share="0.5" minutes-slack="5" cost-slack="20" radiation-slack="0.1"/>
  <harm order="3" per-msv="2" radiation-max="10" cascade="4"/>
  <management needs-region="true"/>
  <pass mastery="70" expert-min="95" wrong-region-cap="59"/>
</scoring-policy>
)";

/// Lints one fixture file; returns the diagnostics and the path they should name.
rc::Diagnostics lintFixture(const std::string& name, const rct::TempDir& tmp, std::string& shownAs) {
    rc::Diagnostics d;
    std::string path = lintDir() + "/" + name;
    if (name.rfind("catalog", 0) == 0) {
        // A catalogue is linted as a content folder's catalog/ (rootcause-lint content/catalog).
        // Beside it, the fixture bibliography and a scoring policy that names no catalogue ids
        // (the file alone holds too little for the fixture policy's validity paths).
        fs::path dir = tmp.path / name / "catalog";
        fs::create_directories(dir);
        fs::copy_file(path, dir / name);
        fs::copy_file(rct::fixtureContent() + "/references.xml", tmp.path / name / "references.xml");
        tmp.write(name + "/scoring.xml", kBarePolicy);
        path = (dir / name).string();
    }
    shownAs = path;
    rc::lintPath(path, rct::fixtureContent(), d);
    return d;
}

std::vector<Expect> expectations(const std::string& name, const std::string& text,
                                 const std::string& reason) {
    static const std::regex re(R"(<!--\s*expect:\s*(\d+)\s+([a-z-]+)\s*-->)");
    std::vector<Expect> out;
    for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
        out.emplace_back(std::stoi((*it)[1]), (*it)[2]);
    if (out.empty() && text.find_first_not_of(" \t\r\n") == std::string::npos)
        out.emplace_back(1, reason);
    INFO(name);
    return out;
}

} // namespace

TEST_CASE("lint fixtures: pass files are clean, fail files yield exactly their diagnostics") {
    const std::vector<std::string> files = lintFiles();
    REQUIRE(files.size() > 40);
    rct::TempDir tmp;
    std::set<std::string> covered;
    int passes = 0, fails = 0;
    for (const std::string& name : files) {
        CAPTURE(name);
        const std::string text = rct::readFile(lintDir() + "/" + name);
        std::string shownAs;
        rc::Diagnostics d = lintFixture(name, tmp, shownAs);
        INFO("diagnostics:\n" << d.str());
        auto cut = name.find("_fail_");
        if (cut == std::string::npos) {
            ++passes;
            CHECK(d.all().empty());
            CHECK(text.find("expect:") == std::string::npos);
            continue;
        }
        ++fails;
        const std::string base = name.substr(0, cut);
        const std::string reason = name.substr(cut + 6, name.size() - cut - 6 - 4);
        CHECK_MESSAGE(fs::exists(lintDir() + "/" + base + ".xml"), "no pass twin " << base << ".xml");
        std::vector<Expect> want = expectations(name, text, reason);
        REQUIRE_FALSE(want.empty());
        // The file name names one of the expected codes.
        CHECK(std::any_of(want.begin(), want.end(),
                          [&](const Expect& e) { return reason.rfind(e.second, 0) == 0; }));
        std::vector<Expect> got;
        for (const auto& x : d.all()) {
            got.emplace_back(x.line, x.code);
            // Every diagnostic names the file and, when it has one, the line.
            std::string f = rc::format(x);
            std::string prefix = shownAs + (x.line > 0 ? ":" + std::to_string(x.line) + ":" : ":");
            CHECK(f.rfind(prefix, 0) == 0);
        }
        auto show = [](std::vector<Expect> v) {
            std::sort(v.begin(), v.end());
            std::string s;
            for (const auto& [line, code] : v) s += std::to_string(line) + " " + code + "; ";
            return s;
        };
        CHECK(show(got) == show(want));
        for (const auto& e : want) covered.insert(e.second);
    }
    CHECK(passes == 6); // case, catalog, challenge, priors, coach (cases), catalog-lr (a catalogue)
    CHECK(fails == static_cast<int>(files.size()) - 6);

    // Every diagnostic code the loader and lint emit for content has a fixture.
    const char* required[] = {
        "xml-syntax",       "empty-file",       "unknown-element",  "unknown-attribute",
        "missing-attribute", "empty-attribute", "bad-number",       "out-of-range",
        "bad-enum",         "bad-id",           "missing-text",     "missing-element",
        "duplicate-id",     "duplicate-element", "unknown-ref",     "missing-side",
        "unexpected-side",  "not-hands-on",     "onset-beyond-range", "no-default-next",
        "unreachable-visit", "unreachable-outcome", "bad-next",     "visit-loop",
        "bad-critical",     "bad-action",       "mixed-answer",     "expert-score",
        "expert-unfinished", "illegal-action",  "missing-expert",   "accuracy-figures",
        "wrong-root",       "too-many-visits", "bad-text",         "priors-sum",
    };
    for (const char* code : required) {
        CAPTURE(code);
        CHECK(covered.count(code) == 1);
    }
}

TEST_CASE("lint: unreachable-outcome is a warning, everything else in the fixtures an error") {
    rct::TempDir tmp;
    std::string shown;
    rc::Diagnostics d = lintFixture("case_fail_unreachable-outcome.xml", tmp, shown);
    CHECK(d.warningCount() == 1);
    CHECK_FALSE(d.hasErrors());
    rc::Diagnostics e = lintFixture("case_fail_visit-loop.xml", tmp, shown);
    CHECK(e.errorCount() == 1);
    CHECK(e.warningCount() == 0);
}

TEST_CASE("lint: a missing file is a clear diagnostic, never a crash") {
    rc::Diagnostics d;
    rc::LintStats st = rc::lintPath(lintDir() + "/does-not-exist.xml", rct::fixtureContent(), d);
    auto x = rct::only(d, "missing-file");
    CHECK(x.file == lintDir() + "/does-not-exist.xml");
    CHECK(x.line == 0);
    CHECK(st.cases == 0);
}

TEST_CASE("lint: the whole fixture folder at once reports every fail file and no pass file") {
    rc::Diagnostics d;
    rc::LintStats st = rc::lintPath(lintDir(), rct::fixtureContent(), d);
    CHECK(d.hasErrors());
    std::set<std::string> named;
    for (const auto& x : d.all()) named.insert(fs::path(x.file).filename().string());
    CHECK(named.count("case.xml") == 0);
    CHECK(named.count("challenge.xml") == 0);
    CHECK(named.count("case_fail_bad-number.xml") == 1);
    CHECK(named.count("challenge_fail_unknown-ref.xml") == 1);
    CHECK(st.challenges >= 5);
}
