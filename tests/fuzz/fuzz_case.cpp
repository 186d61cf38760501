// libFuzzer target: case XML through the loader and the reference checks, against a small
// fixed catalogue, then a session through the expert path. Must never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "game/engine/case_loader.hpp"
#include "game/engine/catalog_loader.hpp"
#include "game/engine/content.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/fuzz/fuzz_catalog_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const rc::Catalog cat = [] {
        rc::Diagnostics d;
        rc::XmlFile f;
        rc::Catalog c;
        if (f.parse("catalog.xml", rc::kFuzzCatalog, d)) rc::loadCatalogXml(f, c, d);
        c.index();
        return c;
    }();
    rc::Diagnostics diags;
    rc::XmlFile file;
    if (!file.parse("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), diags))
        return 0;
    std::optional<rc::Case> c = rc::loadCaseXml(file, diags);
    if (!c) return 0;
    rc::checkCase(*c, cat, diags);
    if (diags.hasErrors()) return 0;
    rc::Session s(*c, cat, 1);
    for (const auto& a : c->expert) s.apply(a);
    rc::scoreSession(s, s.ledger());
    return 0;
}
