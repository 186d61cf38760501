#pragma once
#include <SFML/Graphics/Color.hpp>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

namespace rc::ui {

class DrawnText;

/// Colours of the interface (UI.md tokens). Every colour has a meaning; good/bad/caution are
/// always paired with an icon or a word.
struct Palette {
    sf::Color background{0xF4, 0xF6, 0xF8};    ///< window background
    sf::Color panel{0xFF, 0xFF, 0xFF};         ///< panel fill
    sf::Color panelMuted{0xF8, 0xFA, 0xFB};    ///< inset areas inside panels
    sf::Color border{0xD9, 0xDE, 0xE4};        ///< 1 px panel and control border
    sf::Color divider{0xE8, 0xEC, 0xF0};       ///< hairlines between list rows
    sf::Color text{0x1F, 0x29, 0x33};          ///< body text
    sf::Color textSecondary{0x52, 0x60, 0x6D}; ///< captions, secondary text
    sf::Color textDisabled{0x9A, 0xA5, 0xB1};  ///< unavailable items
    sf::Color accent{0x0E, 0x7C, 0x86};        ///< primary buttons, focus ring, links
    sf::Color accentHover{0x0B, 0x67, 0x70};   ///< primary button under the pointer
    sf::Color accentSoft{0xE3, 0xF2, 0xF3};    ///< selected rows, active tab underlay
    sf::Color onAccent{0xFF, 0xFF, 0xFF};      ///< text on the accent colour
    sf::Color good{0x00, 0x9E, 0x73};          ///< with a tick
    sf::Color bad{0xD5, 0x5E, 0x00};           ///< with a cross
    sf::Color caution{0xE6, 0x9F, 0x00};       ///< with an exclamation mark
    sf::Color pain{0xD5, 0x5E, 0x00};          ///< body chart: solid fill
    sf::Color numbness{0x00, 0x72, 0xB2};      ///< body chart: dots
    sf::Color tingling{0xCC, 0x79, 0xA7};      ///< body chart: stripes
    sf::Color shadow{0x1F, 0x29, 0x33, 14};    ///< one layer of the soft panel shadow
    sf::Color film{0x16, 0x1C, 0x22};          ///< imaging background
    sf::Color filmInk{0xC9, 0xD2, 0xDA};       ///< imaging labels
    /// Okabe–Ito chart series (colour-blind safe).
    std::array<sf::Color, 7> series{{{0x00, 0x72, 0xB2},
                                     {0xE6, 0x9F, 0x00},
                                     {0x00, 0x9E, 0x73},
                                     {0xCC, 0x79, 0xA7},
                                     {0x56, 0xB4, 0xE9},
                                     {0xD5, 0x5E, 0x00},
                                     {0xF0, 0xE4, 0x42}}};
};

/// Type sizes in px at 100 % scale.
enum class TextSize { Caption = 13, Body = 16, Heading = 20, Title = 28 };

/// The visual design tokens scaled by the player's UI scale, plus accessibility switches.
struct Theme {
    Palette c;                  ///< colours
    /// The UI scale every length is drawn at: the player's choice, limited by the window (below).
    float scale = 1.0f;
    float chosenScale = 1.0f; ///< the player's choice, 0.75–2.0 (Ctrl+ / Ctrl−; the profile's)
    bool colourSafe = false;    ///< stronger contrast: good=blue, darker secondary text
    bool reducedMotion = false; ///< no transitions when true
    float windowW = 0, windowH = 0; ///< the window fitWindow() last saw (0: none yet)
    /// Where every text style made from the theme reports the lines it draws and cuts: the frame
    /// loop's (tips on shortened lines) or --layout-check's. Null: nowhere.
    DrawnText* drawn = nullptr;
    /// The help overlay's key ("F1", from the bindings) for the top bar's hint; empty: no hint.
    std::string helpKey;

    static constexpr float kMinScale = 0.75f; ///< smallest UI scale
    static constexpr float kMaxScale = 2.0f;  ///< largest UI scale
    /// The screens are laid out for at least this much room at 100 %: a scale that would leave
    /// less (200 % in a 1280x720 window is 640x360) is limited to what fits.
    static constexpr float kDesignWidth = 640.0f, kDesignHeight = 480.0f;

    /// A design length (px at 100 %) at the current scale, rounded to whole pixels.
    float px(float v) const { return std::round(v * scale); }
    /// Character size of a type step at the current scale.
    unsigned size(TextSize s) const { return static_cast<unsigned>(px(static_cast<float>(s))); }
    /// Line height for a character size (UI.md: 1.4).
    static float lineHeight(unsigned charSize) { return std::round(charSize * 1.4f); }

    float padding() const { return px(16); }   ///< panel padding
    float gap() const { return px(24); }       ///< between groups
    float grid() const { return px(8); }       ///< base grid step
    float radius() const { return px(8); }     ///< panel corner radius
    float topBar() const { return px(48); }    ///< top bar height
    float bottomBar() const { return px(56); } ///< bottom bar height
    /// Duration of a panel transition in seconds (0 when reduced motion is on).
    float motion() const { return reducedMotion ? 0.0f : 0.2f; }

    /// Clamp and set the player's scale; `scale` follows, within what the window allows. True if
    /// `scale` changed.
    bool setScale(float s);
    /// The window is `w` x `h` px: `scale` becomes the player's, or the largest that leaves the
    /// design's room in the window when that is smaller (in steps of 5 %, never under
    /// kMinScale). True if `scale` changed.
    bool fitWindow(float w, float h);
    /// The largest scale the last window allows (kMaxScale before any window is known).
    float windowScale() const;
    /// True when the window holds the scale below the player's choice.
    bool scaleLimited() const { return scale < chosenScale; }
    /// Switch the colour-safe palette on or off.
    void setColourSafe(bool on);
};

/// Blend two colours (t=0 gives a, t=1 gives b).
sf::Color mix(sf::Color a, sf::Color b, float t);
/// The colour with a new alpha.
sf::Color withAlpha(sf::Color c, std::uint8_t a);
/// WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
float contrastRatio(sf::Color a, sf::Color b);

} // namespace rc::ui
