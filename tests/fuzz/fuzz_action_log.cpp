// libFuzzer target: the action-log parser, and a round trip of what it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "game/engine/action.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::Diagnostics diags;
    std::string text(reinterpret_cast<const char*>(data), size);
    rc::ActionLog log = rc::parseActionLog(text, "fuzz.log", diags);
    // What was accepted must survive formatting and parsing again unchanged.
    rc::Diagnostics again;
    rc::ActionLog back = rc::parseActionLog(rc::formatActionLog(log), "round.log", again);
    if (again.hasErrors() || back.actions.size() != log.actions.size()) std::abort();
    for (std::size_t i = 0; i < log.actions.size(); ++i)
        if (back.actions[i].str() != log.actions[i].str()) std::abort();
    return 0;
}
