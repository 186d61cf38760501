#pragma once
// The case briefing shown before a case starts from the library or the tutorial: who the patient
// is, why they came, the mode, the time budget and what the top bar's ledger counts. Text only, no
// SFML: the briefing scene draws it, tests read it.
#include <string>

namespace rc {
struct Case;
}

namespace rc::play {

/// What the briefing screen says.
struct Briefing {
    std::string name;      ///< the patient's name ("Margaret Holloway"; "The patient" if none)
    std::string who;       ///< "64 · female · Retired school cook" (parts the case has)
    std::string title;     ///< the case's title
    std::string complaint; ///< why they came: the opening complaint in full, never empty
    std::string modeTitle; ///< "Practice" or "Exam"
    std::string modeText;  ///< what the mode means for feedback
    std::string time;      ///< the time budget ("No time limit · usually about 15 minutes")
    std::string ledger;    ///< what the top bar's minutes, £ and mSv count, in two plain lines
    bool tutorial = false; ///< the tutorial case: a coach guides every step
    std::string welcome;   ///< a new player's first launch: why the tutorial opened by itself
};

/// True for "exam" (feedback only at the debrief); every other mode is practice.
bool isExamMode(const std::string& mode);

/// The briefing for case `c` played in `mode` ("practice" or "exam"); `timeLimitMinutes` 0 when
/// there is no time budget; `tutorial` when it is the tutorial.
Briefing makeBriefing(const rc::Case& c, const std::string& mode, int timeLimitMinutes = 0,
                      bool tutorial = false);

/// The tutorial's briefing as a new player's first launch opens it by itself (`welcome` said).
Briefing welcomeBriefing(const rc::Case& tutorial);

} // namespace rc::play
