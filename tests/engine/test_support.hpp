#pragma once
// Shared helpers for the engine and tools tests: the fixture content folder
// (tests/fixtures/content) and small XML-in-memory loaders.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "game/engine/case_loader.hpp"
#include "game/engine/catalog_loader.hpp"
#include "game/engine/content.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/session.hpp"
#include "game/engine/xml_reader.hpp"

namespace rct {

inline std::string fixtures() { return ROOTCAUSE_TEST_FIXTURES; }
inline std::string fixtureContent() { return fixtures() + "/content"; }
inline std::string fixtureCasePath(const std::string& id) {
    return fixtureContent() + "/cases/" + id + ".xml";
}

/// Copies what a content folder shares with its cases: catalog/, references.xml, scoring.xml.
inline void copyContentBase(const std::string& from, const std::filesystem::path& to) {
    namespace fs = std::filesystem;
    fs::create_directories(to);
    fs::copy(from + "/catalog", to / "catalog", fs::copy_options::recursive);
    fs::copy_file(from + "/references.xml", to / "references.xml");
    fs::copy_file(from + "/scoring.xml", to / "scoring.xml");
}

/// The fixture catalogue, loaded once (tests must not modify it).
inline const rc::Catalog& catalog() {
    static const rc::Catalog cat = [] {
        rc::Diagnostics d;
        rc::Catalog c = rc::loadCatalogDir(fixtureContent(), d);
        if (d.hasErrors()) throw std::runtime_error("fixture catalogue is broken:\n" + d.str());
        return c;
    }();
    return cat;
}

/// The bundled content folder (content/), loaded once; a broken one stops the tests loudly.
inline const rc::Content& bundledContent() {
    static const rc::Content c = [] {
        rc::Diagnostics d;
        rc::Content loaded = rc::loadContent(ROOTCAUSE_TEST_CONTENT, d);
        if (d.hasErrors()) throw std::runtime_error("the bundled content is broken:\n" + d.str());
        return loaded;
    }();
    return c;
}

/// A fixture case, loaded and checked once.
inline const rc::Case& fixtureCase(const std::string& id = "fixture-l3") {
    static std::map<std::string, rc::Case> cache; // node-based: references stay valid
    if (auto it = cache.find(id); it != cache.end()) return it->second;
    rc::Diagnostics d;
    std::optional<rc::Case> c = rc::loadCheckedCase(fixtureCasePath(id), catalog(), d);
    if (!c || d.hasErrors() || d.warningCount())
        throw std::runtime_error("fixture case " + id + " is broken:\n" + d.str());
    return cache.emplace(id, std::move(*c)).first->second;
}

/// A session of the fixture case (seed 1) with `lines` applied; each must be accepted.
inline rc::Session playFixture(const std::vector<std::string>& lines) {
    rc::Session s(fixtureCase(), catalog(), 1);
    for (const auto& l : lines) {
        rc::Reply r = s.apply(l);
        INFO(l << ": " << r.error);
        REQUIRE(r.ok);
    }
    return s;
}

/// 1-based line and column of byte `offset` of `text`, counted the plain way (newline by
/// newline): what the loader's line index must agree with.
inline std::pair<int, int> lineColOf(const std::string& text, std::size_t offset) {
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

/// Parses a case from a string (structure and types only).
inline std::optional<rc::Case> caseFromString(const std::string& xml, rc::Diagnostics& d,
                                              const std::string& name = "inline.xml") {
    rc::XmlFile f;
    if (!f.parse(name, xml, d)) return std::nullopt;
    return rc::loadCaseXml(f, d);
}

/// Parses a case from a string and checks it against the fixture catalogue.
inline std::optional<rc::Case> checkedCaseFromString(const std::string& xml, rc::Diagnostics& d) {
    auto c = caseFromString(xml, d);
    if (c) rc::checkCase(*c, catalog(), d);
    return c;
}

/// Parses a catalogue from a string into `cat` and indexes it.
inline void catalogFromString(const std::string& xml, rc::Catalog& cat, rc::Diagnostics& d) {
    rc::XmlFile f;
    if (f.parse("cat.xml", xml, d)) rc::loadCatalogXml(f, cat, d);
    cat.index();
}

/// An <accuracy> with likelihood ratios for the differential's diagnoses `dx`.
inline rc::Accuracy lrFigure(std::optional<double> pos, std::optional<double> neg,
                             std::vector<std::string> dx) {
    rc::Accuracy a;
    a.target = "t";
    a.cite = "fixture";
    a.lrPos = pos;
    a.lrNeg = neg;
    a.dx = std::move(dx);
    return a;
}

/// The only diagnostic with `code`; fails the test if there is not exactly one.
inline rc::Diagnostic only(const rc::Diagnostics& d, const std::string& code) {
    std::vector<rc::Diagnostic> hits;
    for (const auto& x : d.all())
        if (x.code == code) hits.push_back(x);
    INFO("diagnostics:\n" << d.str());
    REQUIRE(hits.size() == 1);
    return hits[0];
}

/// The codes of all diagnostics, in order.
inline std::vector<std::string> codes(const rc::Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.all()) out.push_back(x.code);
    return out;
}

/// A fresh empty temporary folder, removed when the object dies.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() /
               ("rootcause-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string str() const { return path.string(); }
    std::string write(const std::string& rel, const std::string& text) const {
        std::filesystem::path p = path / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
};

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace rct
