// libFuzzer target: catalogue XML through the loader and its checks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "game/engine/catalog_loader.hpp"
#include "game/engine/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::Diagnostics diags;
    rc::XmlFile file;
    if (!file.parse("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), diags))
        return 0;
    rc::Catalog cat;
    rc::loadCatalogXml(file, cat, diags);
    cat.index();
    rc::checkCatalog(cat, diags);
    return 0;
}
