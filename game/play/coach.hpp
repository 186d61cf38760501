#pragma once
// The tutorial's coach: which of the case's <coach> steps shows, moved on by the events of the
// play (an action of a kind accepted, a scene reached), never by a timer. No SFML: the coach
// panel draws it, tests drive it.
#include "game/engine/action.hpp"
#include "game/engine/case.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace rc::play {

/// The event an action raises for the coach: ask, exam (a hands-on examination: an exam with an
/// angle), order, differential or advance; none for the others (diagnose, plan, cancel, an exam
/// not done by hand).
std::optional<rc::CoachEvent> coachEventOf(const rc::Action& a);

/// Which step of a tutorial shows.
class Coach {
  public:
    Coach() = default;
    /// The coach of a case's steps (which must outlive it); none when `steps` is empty.
    explicit Coach(const std::vector<rc::CoachStep>& steps) : steps_(&steps) {}

    /// A tutorial is being coached.
    bool active() const { return steps_ && !steps_->empty(); }
    /// The step shown (null when not active).
    const rc::CoachStep* current() const { return active() ? &(*steps_)[i_] : nullptr; }
    /// 0-based index of the step shown, and how many there are.
    std::size_t index() const { return i_; }
    std::size_t count() const { return active() ? steps_->size() : 0; }
    /// The last step (until="end") shows: the tutorial was played to its debrief.
    bool finished() const { return active() && current()->until == rc::CoachEvent::End; }

    /// Event `e` happened. The step waiting for it ends, and so does every earlier one (an event
    /// may come early: a test ordered before any question); an event of a step already passed
    /// changes nothing. True when the step shown changed.
    bool notify(rc::CoachEvent e);

    /// The player folded the panel to see what it covers; a new step unfolds it.
    bool folded = false;

  private:
    const std::vector<rc::CoachStep>* steps_ = nullptr;
    std::size_t i_ = 0;
};

} // namespace rc::play
