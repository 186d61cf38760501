// libFuzzer target: the results-file parser, and a round trip of what it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "game/engine/results.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::Diagnostics diags;
    std::string text(reinterpret_cast<const char*>(data), size);
    std::optional<rc::ResultsFile> r = rc::parseResults("fuzz.xml", text, diags);
    if (!r) return 0;
    rc::Diagnostics again;
    std::optional<rc::ResultsFile> back = rc::parseResults("round.xml", rc::formatResults(*r), again);
    if (!back || back->attempts.size() != r->attempts.size()) std::abort();
    for (std::size_t i = 0; i < r->attempts.size(); ++i)
        if (back->attempts[i].cases.size() != r->attempts[i].cases.size()) std::abort();
    return 0;
}
