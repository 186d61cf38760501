#pragma once
// The transcript of an encounter: every question and the patient's answer, every examination
// and its finding, every report when it arrives, the working differential, the diagnosis, the
// plans and each new visit, in the order they happened, with the visit and the clinic clock.
// Built from a Session (what was taken) with the labels the encounter shows. No SFML.
#include "game/engine/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rc::play {

/// One entry of the transcript.
struct TranscriptEntry {
    enum class Kind {
        Visit,        ///< a visit begins (title: "Visit 2 · week 6"; text: the narrative)
        Question,     ///< title: the question as asked; text: the patient's answer
        Exam,         ///< title: the examination (and side); text: the finding
        Order,        ///< title: the investigation; text: what was said on ordering
        Cancel,       ///< title: the investigation; text: what cancelling it means
        Report,       ///< title: the investigation; text: the report (and incidental findings)
        Differential, ///< text: the working differential, most likely first
        Diagnosis,    ///< text: the diagnosis recorded
        Plan,         ///< text: the plan agreed
        Outcome,      ///< text: how the case ended
    };
    Kind kind = Kind::Question;
    int visit = 1;                 ///< 1-based along the player's path
    int minutes = 0;               ///< clinic clock (the ledger's minutes) when it began
    std::optional<double> seconds; ///< seconds since the case started, when the log has them
    bool repeat = false;           ///< asked or examined again at the same visit
    std::string title;
    std::string text;
};

/// What the word before an entry's title says ("Asked", "Examined", "Report"...).
const char* kindWord(TranscriptEntry::Kind k);
/// "Visit 1 · 12 min" (the entry's visit and clinic clock), with "· 3:05" when timed.
std::string stamp(const TranscriptEntry& e);

/// The transcript of a session so far, oldest first.
std::vector<TranscriptEntry> transcript(const rc::Session& s);

/// The transcript as plain text, one block per entry (for the debrief and tests).
std::string transcriptText(const std::vector<TranscriptEntry>& t);

} // namespace rc::play
