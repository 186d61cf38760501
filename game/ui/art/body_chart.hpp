#pragma once
#include "game/ui/art/body_regions.hpp"
#include "game/ui/kit/widgets.hpp"

#include <string>
#include <vector>

namespace rc::ui {

/// What the patient feels in a region (FORMAT.md §2.2 `kind`).
enum class Symptom { Pain, Numbness, Tingling };
/// Where: one side, both sides, or the midline.
enum class ChartSide { Midline, Left, Right, Both };

/// One body-chart entry: `<region at="…" side="…" kind="…"/>`.
struct ChartMark {
    std::string region;                  ///< a FORMAT.md §2.2 region name
    ChartSide side = ChartSide::Midline; ///< required for sided regions
    Symptom kind = Symptom::Pain;        ///< pain / numbness / tingling
};

/// Parse FORMAT.md words ("pain", "left", …); unknown words give the defaults.
Symptom parseSymptom(const std::string& s);
ChartSide parseChartSide(const std::string& s);

/// Draws symptoms over a patient figure: pain as a solid vermillion fill, numbness as blue
/// dots, tingling as purple stripes, each with an outline in its colour.
class BodyChart {
  public:
    /// The ring drawn round every mark so its edge shows on any skin: white or the text colour,
    /// whichever contrasts more with `skin` (at least 3:1 on every tone, WCAG's bar for
    /// graphics).
    static sf::Color halo(const Theme& th, sf::Color skin);
    /// Draw all marks visible in the figure's view, each ringed with the halo for its skin.
    static void draw(sf::RenderTarget& t, const Theme& th, const FigureGeometry& g,
                     const std::vector<ChartMark>& marks);
    /// Draw one symptom pattern inside a convex polygon.
    static void fill(sf::RenderTarget& t, const Theme& th, const Polygon& poly, Symptom kind);
    /// A legend swatch for a symptom (size × size square at top-left `tl`).
    static void swatch(sf::RenderTarget& t, const Theme& th, sf::Vector2f tl, float size,
                       Symptom kind);
    /// A one-line legend ("■ Pain  ∴ Numbness  ≋ Tingling") centred in `r`.
    static void legend(const Painter& p, const sf::FloatRect& r);
    /// Captions "Front"/"Back" above the figure and "R"/"L" beside the feet.
    static void orientation(const Painter& p, const FigureGeometry& g);
};

} // namespace rc::ui
