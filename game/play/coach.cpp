#include "game/play/coach.hpp"

#include <algorithm>

namespace rc::play {

std::optional<rc::CoachEvent> coachEventOf(const rc::Action& a) {
    switch (a.verb) {
    case rc::Verb::Ask:
        return rc::CoachEvent::Ask;
    case rc::Verb::Exam: // examined by hand: a hands-on manoeuvre, recorded with its angle
        if (!a.angle) return std::nullopt;
        return rc::CoachEvent::Exam;
    case rc::Verb::Order:
        return rc::CoachEvent::Order;
    case rc::Verb::Differential:
        return rc::CoachEvent::Differential;
    case rc::Verb::Advance:
        return rc::CoachEvent::Advance;
    default:
        return std::nullopt;
    }
}

bool Coach::notify(rc::CoachEvent e) {
    // End is no event (the last step stays); a finished coach moves no more.
    if (!active() || finished() || e == rc::CoachEvent::End) return false;
    // The step waiting for `e`, at or after the one shown (the steps are in event order).
    for (std::size_t k = i_; k < steps_->size(); ++k) {
        if ((*steps_)[k].until != e) continue;
        i_ = std::min(k + 1, steps_->size() - 1);
        folded = false; // a new step is read in full
        return true;
    }
    return false;
}

} // namespace rc::play
