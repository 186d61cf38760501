#include "game/play/cues.hpp"

namespace rc::play {

const char* cueFile(Cue c) {
    switch (c) {
    case Cue::ReportArrived:
        return "report.wav";
    case Cue::FindingRecorded:
        return "finding.wav";
    case Cue::RedFlag:
        return "red-flag.wav";
    case Cue::TimerWarning:
        return "timer.wav";
    case Cue::DebriefOpened:
        return "debrief.wav";
    }
    return "";
}

std::vector<Cue> Cues::take() {
    std::vector<Cue> out;
    out.swap(pending_);
    return out;
}

bool TimerWarning::update(double remaining) {
    if (warned_ || remaining <= 0 || remaining > kTimerWarningSeconds) return false;
    warned_ = true;
    return true;
}

} // namespace rc::play
