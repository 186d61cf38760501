#pragma once
// Bars that move to their new lengths instead of jumping: the Differential tab's probabilities
// glide from what the student last saw to what the latest finding gives (issue #19, "bars that
// move when a finding arrives"). No SFML: the scene asks it for each bar's length.
#include <string>
#include <utility>
#include <vector>

namespace rc::play {

class BarTween {
  public:
    /// How long a move takes, in seconds.
    static constexpr float kSeconds = 0.45f;

    /// The bars' new targets (id, value). A bar already shown moves from where it is drawn now;
    /// a bar first seen starts at `start` of its pair (the caller passes its prior, say) unless
    /// `instant`. `instant` (reduced motion, autoplay, a layout check) shows every target at once.
    /// Targets equal to the current ones change nothing: an unchanged frame stays still.
    void retarget(const std::vector<std::pair<std::string, double>>& targets,
                  const std::vector<double>& start, bool instant);
    /// Moves on by `dt` seconds; true while any bar was still moving before this step (the
    /// caller redraws the bars).
    bool tick(float dt);
    /// Where bar `id` is drawn now; `fallback` for a bar never given.
    double shown(const std::string& id, double fallback) const;
    /// True while a move is under way.
    bool moving() const { return t_ < 1.0f; }

  private:
    struct Bar {
        std::string id;
        double from = 0, to = 0;
    };
    /// Ease-out (cubic): fast at first, settling gently.
    static double ease(float t);
    std::vector<Bar> bars_;
    float t_ = 1.0f; ///< progress of the current move, 0..1 (1: at rest)
};

} // namespace rc::play
