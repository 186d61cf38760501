#pragma once
// What the kit's text functions drew while the top scene drew itself: each line's ink in window
// pixels, and the whole text of every line shortened with "…" (a line cut to its width, the last
// line of a paragraph cut to its box). The frame loop keeps one to show a shortened line whole
// while the pointer rests on it (a tip); --layout-check keeps one to find text cut with no way
// to read the rest, texts drawn over each other and texts off the window. Installed in the Theme
// (Theme::drawn); null: nothing is recorded.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/String.hpp>
#include <string>
#include <vector>

namespace rc::ui {

class DrawnText {
  public:
    /// A line of text as drawn.
    struct Line {
        sf::FloatRect box; ///< its ink, window px
        std::string text;  ///< as shown (UTF-8)
        std::string full;  ///< the whole text when the line was shortened, else empty
        bool floating;     ///< over other things on purpose (a tip)
    };

    /// A new redraw: forget the last one.
    void begin();
    /// Record only while `on` (the top scene is drawing; scenes below are covered).
    void setRecording(bool on) { recording_ = on; }
    bool recording() const { return recording_; }

    /// A line was drawn into `t` at `bounds` (target coordinates); `full`: the whole text when
    /// `shown` is a shortened form of it (null otherwise).
    void drew(const sf::RenderTarget& t, const sf::FloatRect& bounds, const sf::String& shown,
              const sf::String* full);
    /// A string was shortened by ellipsize() for its caller to draw: no tip shows it whole.
    void cut(const sf::String& full);
    /// A paragraph was given a box too low for one line (it is drawn past the box).
    void overflow(const sf::String& full);

    /// The shortened line under `p` (window px), or null.
    const Line* shortenedAt(sf::Vector2f p) const;
    /// Calls `f(full text)` for each line shortened in the last redraw (shown whole on hover).
    template <class F> void forEachShortened(F&& f) const {
        forEachShortenedLine([&](const Line& l) { f(l.full); });
    }
    template <class F> void forEachShortenedLine(F&& f) const {
        for (const Line& l : lines_)
            if (!l.full.empty()) f(l);
    }
    /// The problems of the last redraw: cuts with no way to read the rest, texts over texts,
    /// texts off the window (`window`: its size in px). One line each.
    std::vector<std::string> problems(sf::Vector2f window) const;

    /// While one is alive, lines drawn float over others on purpose (not overlaps).
    class Floating {
      public:
        explicit Floating(DrawnText* d) : d_(d) {
            if (d_) ++d_->floating_;
        }
        ~Floating() {
            if (d_) --d_->floating_;
        }
        Floating(const Floating&) = delete;
        Floating& operator=(const Floating&) = delete;

      private:
        DrawnText* d_;
    };

  private:
    bool recording_ = false;
    int floating_ = 0;
    std::vector<Line> lines_;
    std::vector<std::string> cuts_, overflows_;
};

} // namespace rc::ui
