#pragma once
// The sound cues of play: what happened that deserves a short sound. The play layer raises them
// (no SFML); the interface turns each into a sound (ui/kit/sound_bank, ui/core/runner).
#include <string>
#include <vector>

namespace rc::play {

/// A moment of play with a sound of its own.
enum class Cue {
    ReportArrived,   ///< an ordered investigation's report arrived
    FindingRecorded, ///< an examination (by hand or from the list) recorded its finding
    RedFlag,         ///< a red-flag question answered positive
    TimerWarning,    ///< a timed case entered its last two minutes
    DebriefOpened,   ///< the debrief was shown
};
/// How many cues there are (the enum's values are 0..kCueCount-1).
constexpr int kCueCount = 5;

/// The sound file of a cue, in the sounds folder ("report.wav").
const char* cueFile(Cue c);

/// Cues raised and not yet played, oldest first.
class Cues {
  public:
    void raise(Cue c) { pending_.push_back(c); }
    /// The pending cues; the queue is empty afterwards.
    std::vector<Cue> take();
    bool empty() const { return pending_.empty(); }

  private:
    std::vector<Cue> pending_;
};

/// Seconds left at which a timed case warns (the countdown turns caution then too).
constexpr double kTimerWarningSeconds = 120;

/// The timer warning of one timed case: due once, when the time left first falls to two minutes
/// or less (and is not yet up).
class TimerWarning {
  public:
    /// Each frame with the seconds left (negative: no limit); true the one time it is due.
    bool update(double remaining);
    /// A new case: the warning may be due again.
    void rearm() { warned_ = false; }

  private:
    bool warned_ = false;
};

} // namespace rc::play
