#include "game/ui/kit/theme.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

bool Theme::setScale(float s) {
    chosenScale = std::clamp(std::round(s * 20.0f) / 20.0f, kMinScale, kMaxScale);
    const float before = scale;
    scale = std::min(chosenScale, windowScale());
    return scale != before;
}

float Theme::windowScale() const {
    if (windowW <= 0 || windowH <= 0) return kMaxScale;
    const float fit = std::min(windowW / kDesignWidth, windowH / kDesignHeight);
    // Down to a step of 5 % (a hair of float error is not a step lost), never under the least.
    return std::clamp(std::floor(fit * 20.0f + 1e-3f) / 20.0f, kMinScale, kMaxScale);
}

bool Theme::fitWindow(float w, float h) {
    windowW = w, windowH = h;
    const float before = scale;
    scale = std::min(chosenScale, windowScale());
    return scale != before;
}

void Theme::setColourSafe(bool on) {
    colourSafe = on;
    const Palette base;
    c = base;
    if (on) {
        c.good = sf::Color(0x00, 0x72, 0xB2);
        c.textSecondary = sf::Color(0x3E, 0x4C, 0x59);
        c.border = sf::Color(0xB8, 0xC2, 0xCC);
        c.accent = sf::Color(0x0A, 0x66, 0x70);
        c.accentHover = sf::Color(0x08, 0x52, 0x5A);
    }
}

sf::Color mix(sf::Color a, sf::Color b, float t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::round(x + (y - x) * t));
    };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

sf::Color withAlpha(sf::Color c, std::uint8_t a) {
    c.a = a;
    return c;
}

namespace {
/// WCAG 2 relative luminance of an sRGB colour.
float luminance(sf::Color c) {
    auto lin = [](std::uint8_t v) {
        const float s = static_cast<float>(v) / 255.0f;
        return s <= 0.03928f ? s / 12.92f : std::pow((s + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * lin(c.r) + 0.7152f * lin(c.g) + 0.0722f * lin(c.b);
}
} // namespace

float contrastRatio(sf::Color a, sf::Color b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

} // namespace rc::ui
