#pragma once
#include "game/ui/kit/font_set.hpp"
#include "game/ui/kit/text.hpp"
#include "game/ui/kit/theme.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>
#include <vector>

namespace rc::ui {

/// Shared drawing services for widgets: fonts and theme.
struct Painter {
    sf::RenderTarget& target; ///< where to draw
    const FontSet& fonts;     ///< loaded fonts
    const Theme& theme;       ///< tokens at the current scale
    /// Shortcut for a text style.
    TextStyle text(TextSize s, Weight w, sf::Color c) const { return style(fonts, theme, s, w, c); }
};

/// Visual state of an interactive control.
struct ControlState {
    bool hovered = false;  ///< pointer over it
    bool focused = false;  ///< keyboard focus (draws the focus ring)
    bool enabled = true;   ///< false: drawn muted, ignores input
    bool selected = false; ///< chosen (tabs, toggles, rows)
};

/// Button emphasis: one primary (accent) action per screen; secondary and quiet for the rest.
enum class ButtonKind { Primary, Secondary, Quiet };

/// A push button: rounded, label centred (ellipsized), optional trailing chevron.
void button(const Painter& p, const sf::FloatRect& r, const std::string& label, ButtonKind kind,
            const ControlState& st, bool chevron = false);

/// What a symbol button shows, drawn as shapes (a font may lack the glyph, and a narrow button has
/// no room for a text label's padding).
enum class Symbol { Minus, Plus };
/// A square-ish button with a drawn symbol (steppers: UI scale, volume).
void symbolButton(const Painter& p, const sf::FloatRect& r, Symbol s, ButtonKind kind,
                  const ControlState& st);

/// Natural width of a button for a label.
float buttonWidth(const Painter& p, const std::string& label, bool chevron = false);

/// A row of tabs with an accent underline under the selected one. Returns each tab's rect.
std::vector<sf::FloatRect> tabs(const Painter& p, const sf::FloatRect& r,
                                const std::vector<std::string>& labels, int selected,
                                int hovered = -1, int focused = -1);

/// A segmented control (Front / Back, Patient / Transcript / Notes): the labels side by side in
/// `r`, each as wide as its label plus an equal share of the room left (equal shares when the
/// labels do not fit, each then cut to its part); `selected` filled with the accent, `hovered`
/// (-1: none) tinted. Returns each segment's rect, for hit testing.
std::vector<sf::FloatRect> segmented(const Painter& p, const sf::FloatRect& r,
                                     const std::vector<std::string>& labels, int selected,
                                     int hovered = -1);

/// Trailing status of a list row.
struct RowStatus {
    /// How a done row is marked: a green tick (earned), a grey tick (done, not judged or
    /// neutral) or a red cross (judged not indicated).
    enum class Mark { Good, Quiet, Bad };
    bool done = false;   ///< draws a tick (or a cross: `mark`)
    std::string caption; ///< e.g. "2 min" or "£120" (right-aligned, secondary)
    Mark mark = Mark::Good;
};

/// A list row: label on the left (ellipsized), status on the right, hover/selected underlay,
/// hairline below.
void listRow(const Painter& p, const sf::FloatRect& r, const std::string& label,
             const RowStatus& status, const ControlState& st);

/// A small rounded chip with a label (tags, difficulty, status).
float chip(const Painter& p, sf::Vector2f topLeft, const std::string& label, sf::Color fg,
           sf::Color bg);

/// A labelled value with a drawn icon, as in the top bar ("⏱ 14 min"). Returns the width used.
enum class Metric { Clock, Money, Radiation };
float metric(const Painter& p, sf::Vector2f leftCentre, Metric m, const std::string& value,
             sf::Color fg);

/// An on/off switch whose right edge is `right`, centred on `cy`, with "On" or "Off" before it
/// (never colour alone). Returns the width drawn, the word included.
float toggleSwitch(const Painter& p, float right, float cy, bool on);

/// Section heading in caption caps style with a trailing hairline.
void sectionHeading(const Painter& p, const sf::FloatRect& r, const std::string& label);

/// A labelled text field: caption label above a box holding `value` (or a muted placeholder),
/// an accent border and a caret when focused.
void textField(const Painter& p, const sf::FloatRect& r, const std::string& label,
               const std::string& value, const std::string& placeholder, bool focused);
/// What a text field holds without its leading and trailing spaces.
std::string trimSpaces(std::string s);

} // namespace rc::ui
