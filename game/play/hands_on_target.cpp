#include "game/play/hands_on_target.hpp"

#include <optional>

namespace rc::play {

std::string parseHandsOnTarget(const std::string& text, HandsOnTarget& out) {
    const auto a = text.find(':');
    const auto b = a == std::string::npos ? std::string::npos : text.find(':', a + 1);
    if (b == std::string::npos || text.find(':', b + 1) != std::string::npos)
        return "--hands-on expects CASE:EXAM:SIDE, e.g. knee-l3-disc:pkb:right (got '" + text +
               "')";
    out.caseId = text.substr(0, a);
    out.examId = text.substr(a + 1, b - a - 1);
    const std::optional<rc::Side> side = rc::parseSide(text.substr(b + 1));
    if (out.caseId.empty() || out.examId.empty())
        return "--hands-on expects CASE:EXAM:SIDE, e.g. knee-l3-disc:pkb:right (got '" + text +
               "')";
    if (!side || (*side != rc::Side::Left && *side != rc::Side::Right))
        return "--hands-on: the side must be left or right (got '" + text.substr(b + 1) + "')";
    out.side = *side;
    return "";
}

} // namespace rc::play
