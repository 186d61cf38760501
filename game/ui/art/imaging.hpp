#pragma once
#include "game/ui/kit/widgets.hpp"

#include <string>

namespace rc::ui {

/// What a schematic shows (mirrors FORMAT.md §1.3 `image` and §2.4 `<image>`).
struct ImageView {
    std::string kind = "spine-mri"; ///< spine-xray, spine-mri, spine-ct, knee-xray, knee-mri,
                                    ///< hip-xray, chart, trace
    std::string level;              ///< L1-L2 … L5-S1, knee or hip
    std::string finding = "normal"; ///< normal, bulge, protrusion, extrusion, stenosis, slip, …
    std::string side;               ///< left, right, both or empty
    int grade = 0;                  ///< Meyerding grade for a slip; severity 1–4 otherwise
};

/// Labelled schematic drawings of imaging and test results, drawn with shapes on a dark "film".
class Imaging {
  public:
    /// Draw the schematic for `v` filling `r` (rounded dark frame, caption, callout).
    static void draw(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    /// Human caption for a finding at a level ("L4–L5 protrusion, right").
    static std::string caption(const ImageView& v);

    // The individual drawings, each inside the frame's content rect.
    static void spine(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    static void kneeXray(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    static void kneeMri(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    static void hipXray(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    static void trace(const Painter& p, const sf::FloatRect& r, const ImageView& v);
    static void lab(const Painter& p, const sf::FloatRect& r, const ImageView& v);
};

/// Colours of the film drawings.
struct FilmInk {
    sf::Color bone{0xC9, 0xD0, 0xD6};    ///< cortical bone / vertebral body
    sf::Color boneDim{0x8E, 0x98, 0xA1}; ///< marrow on MRI, far structures
    sf::Color soft{0x4A, 0x55, 0x60};    ///< soft tissue
    sf::Color fluid{0xE8, 0xEE, 0xF2};   ///< CSF / hydrated disc on MRI
    sf::Color dark{0x26, 0x2E, 0x36};    ///< joint space, dehydrated disc
    sf::Color finding{0xE6, 0x9F, 0x00}; ///< highlight of the finding (caution amber)
    sf::Color label{0xC9, 0xD2, 0xDA};   ///< label text
};

/// A callout: a ring around `at` and a leader line to a label box placed at `labelAt`.
void calloutLabel(const Painter& p, sf::Vector2f at, float ringR, sf::Vector2f labelAt,
                  const std::string& text, float maxWidth);

} // namespace rc::ui
