// Limits: absurd nesting, oversized files and huge counts are refused or handled with a
// clear diagnostic before they can exhaust memory or time.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "game/engine/catalog_loader.hpp"
#include "game/engine/results.hpp"
#include "game/engine/xml_reader.hpp"

using namespace rc;

TEST_CASE("absurdly deep nesting is a diagnostic, not a stack overflow") {
    std::string deep = "<case id=\"x\">";
    for (int i = 0; i < 5000; ++i) deep += "<a>";
    for (int i = 0; i < 5000; ++i) deep += "</a>";
    deep += "</case>";
    Diagnostics d;
    XmlFile f;
    CHECK_FALSE(f.parse("deep.xml", deep, d));
    CHECK(d.has("xml-syntax"));
    CHECK(d.str().find("deep.xml:1:1: error:") != std::string::npos);
}

TEST_CASE("a file over the size limit is refused before parsing") {
    namespace fs = std::filesystem;
    std::string path = (fs::temp_directory_path() / "rc-huge.xml").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << "<catalog>";
        std::string filler(1024, ' ');
        for (std::size_t i = 0; i < kMaxContentFileBytes / 1024 + 1; ++i) out << filler;
        out << "</catalog>";
    }
    Diagnostics d;
    Catalog cat;
    loadCatalogFile(path, cat, d);
    CHECK(d.has("file-too-large"));
    Diagnostics r;
    CHECK_FALSE(loadResultsFile(path, r).has_value());
    CHECK(r.hasErrors());
    fs::remove(path);
}

TEST_CASE("a huge count of entries loads linearly and reports duplicates") {
    std::string text = "<catalog><topic id=\"t\" label=\"T\">";
    for (int i = 0; i < 20000; ++i)
        text += "<question id=\"q" + std::to_string(i % 19999) + "\" text=\"x\"><default>d</default></question>";
    text += "</topic></catalog>";
    Diagnostics d;
    XmlFile f;
    REQUIRE(f.parse("many.xml", text, d));
    Catalog cat;
    loadCatalogXml(f, cat, d);
    cat.index();
    checkCatalog(cat, d);
    CHECK(cat.questions.size() == 20000);
    CHECK(d.errorCount() == 1); // q0 is used twice
    CHECK(d.has("duplicate-id"));
}
