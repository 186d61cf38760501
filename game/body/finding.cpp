#include "game/body/finding.hpp"

#include <cmath>

namespace rc::body {

int RecordedFinding::loggedAngle() const {
    return static_cast<int>(std::lround(angleDeg));
}

std::string RecordedFinding::summary() const {
    const std::string degrees = std::to_string(loggedAngle()) + "\u00B0";
    if (symptomsFound) return "symptoms at " + degrees;
    std::string text = "no symptoms to " + degrees;
    if (endOfRange) text += " (end of range)";
    return text;
}

} // namespace rc::body
