#pragma once
#include <SFML/Graphics/Font.hpp>
#include <string>

namespace rc::ui {

/// Font weights used by the interface.
enum class Weight { Regular, Medium, SemiBold, Bold };

/// The interface's fonts: Inter in four weights, DejaVu Sans as the fallback with wide coverage.
class FontSet {
  public:
    /// Load the fonts. Looks in $ROOTCAUSE_FONT_DIR first (if set), then the Debian paths.
    /// Returns an empty string on success, else a message naming what is missing and how to fix it.
    std::string load();
    /// A font of the given weight (Inter, or DejaVu when Inter is missing).
    const sf::Font& get(Weight w) const;
    /// DejaVu Sans (widest character coverage), or Inter if DejaVu is missing.
    const sf::Font& fallback() const { return hasFallback_ ? fallback_ : regular_; }
    /// True when Inter was found.
    bool hasInter() const { return hasInter_; }
    /// Human-readable description of the loaded files.
    const std::string& describe() const { return description_; }

  private:
    sf::Font regular_, medium_, semiBold_, bold_, fallback_;
    bool hasInter_ = false;
    bool hasFallback_ = false;
    std::string description_;
};

} // namespace rc::ui
