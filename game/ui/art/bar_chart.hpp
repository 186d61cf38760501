#pragma once
#include "game/ui/kit/widgets.hpp"

#include <string>
#include <vector>

namespace rc::ui {

/// One bar: label, value and the value of a full bar.
struct Bar {
    std::string label;                        ///< left of the bar
    double value = 0;                         ///< printed at the right, one decimal if not whole
    double max = 100;                         ///< the full-length value
    sf::Color color = sf::Color::Transparent; ///< transparent: the theme accent
};

/// Horizontal bar chart with a label column, a light track and the value printed.
class BarChart {
  public:
    static void draw(const Painter& p, const sf::FloatRect& r, const std::vector<Bar>& bars);
};

/// A vertical column chart with an axis and gridlines (values printed above columns).
class ColumnChart {
  public:
    static void draw(const Painter& p, const sf::FloatRect& r, const std::vector<Bar>& bars,
                     const std::string& axisLabel);
};

} // namespace rc::ui
