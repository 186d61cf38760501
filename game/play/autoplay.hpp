#pragma once
// --autoplay: an action log that drives the interface as if a player clicked, at a set pace.
// Scenes peek at the next action, show it (switch tab, highlight the row), then apply it.
#include "game/engine/action.hpp"

#include <string>
#include <utility>
#include <vector>

namespace rc::play {

/// Seconds per autoplayed action when --autoplay-pace is not given: a watchable demo.
inline constexpr float kDefaultAutoplayPace = 0.6f;

class Autoplay {
  public:
    /// Load the log; false and `error` (file:line: messages) when it cannot be read or parsed.
    /// Notes in it (`#| ` lines, as in an autosave) are typed into the notes field by the
    /// encounter when it starts, if the play has none yet.
    bool load(const std::string& path, std::string& error);
    /// Use these actions directly (tests).
    void set(std::vector<rc::Action> actions) { actions_ = std::move(actions), pos_ = 0; }
    /// Skip the first `n` actions (resume: they were restored from the autosave). False if the
    /// restored actions are not a prefix of the log.
    bool skipPlayed(const std::vector<rc::Action>& played);

    bool active() const { return pos_ < actions_.size(); }
    const rc::Action* peek() const { return active() ? &actions_[pos_] : nullptr; }
    /// The action after the next one (the decision screen looks ahead).
    const rc::Action* peek(std::size_t ahead) const {
        return pos_ + ahead < actions_.size() ? &actions_[pos_ + ahead] : nullptr;
    }
    void pop() {
        if (active()) ++pos_;
    }
    std::size_t remaining() const { return actions_.size() - pos_; }
    /// The log's notes, once: empty after the first call.
    std::string takeNotes() { return std::exchange(notes_, std::string()); }
    void setNotes(std::string n) { notes_ = std::move(n); }

    /// The beat of an autoplayed step.
    enum class Beat { Wait, Show, Act };
    /// Advance the clock: Show half a pace after the last step, Act half a pace later.
    Beat tick(float dt);
    /// Restart the beat (a new scene starts showing).
    void resetBeat() { t_ = 0, shown_ = false; }

    float pace = kDefaultAutoplayPace; ///< seconds per action

  private:
    std::vector<rc::Action> actions_;
    std::string notes_;
    std::size_t pos_ = 0;
    float t_ = 0;
    bool shown_ = false;
};

} // namespace rc::play
