// libFuzzer target: challenge-pack XML through the loader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "game/engine/challenge.hpp"
#include "game/engine/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::Diagnostics diags;
    rc::XmlFile file;
    if (!file.parse("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), diags))
        return 0;
    rc::loadChallengeXml(file, diags);
    return 0;
}
