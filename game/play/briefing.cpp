#include "game/play/briefing.hpp"

#include "game/engine/case.hpp"

namespace rc::play {

namespace {
/// Plain text with its surrounding blanks (spaces, tabs, line ends) removed.
std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}
} // namespace

bool isExamMode(const std::string& mode) {
    return mode == "exam";
}

Briefing makeBriefing(const rc::Case& c, const std::string& mode, int timeLimitMinutes,
                      bool tutorial) {
    Briefing b;
    const rc::Patient& pt = c.patient;
    b.name = trimmed(pt.name).empty() ? "The patient" : trimmed(pt.name);
    auto add = [&b](const std::string& part) {
        if (part.empty()) return;
        if (!b.who.empty()) b.who += " · ";
        b.who += part;
    };
    if (pt.age > 0) add(std::to_string(pt.age));
    add(trimmed(pt.sex));
    add(trimmed(pt.job));
    b.title = trimmed(c.title);
    b.complaint = trimmed(pt.complaint);
    if (b.complaint.empty())
        b.complaint = b.name + " has come to the clinic with knee pain. Ask what brings them in.";
    else
        b.complaint = "“" + b.complaint + "”";
    if (isExamMode(mode)) {
        b.modeTitle = "Exam";
        b.modeText = "No feedback until the debrief: no hints, no ticks and no running score. "
                     "Work it out as you would in clinic.";
    } else {
        b.modeTitle = "Practice";
        b.modeText = "Feedback as you go: after each question, test or order a quiet hint says "
                     "whether it helped, and the differential updates as you learn.";
    }
    const std::string usual = "usually about " + std::to_string(c.minutes) + " minutes";
    b.time = timeLimitMinutes > 0 ? std::to_string(timeLimitMinutes) +
                                        " minutes, counting down in the top bar · " + usual
                                  : "No time limit · " + usual;
    b.ledger = "The top bar keeps the ledger of the case: minutes of clinic time, £ cost and mSv "
               "of radiation from imaging.\nEach question, examination and test adds to it; the "
               "debrief compares your ledger with the expert's.";
    b.tutorial = tutorial;
    if (tutorial)
        b.modeText += "\nIn this tutorial a coach in the corner says what to do next and why, "
                      "step by step. Esc or Skip tutorial leaves it at any moment.";
    return b;
}

Briefing welcomeBriefing(const rc::Case& tutorial) {
    Briefing b = makeBriefing(tutorial, "practice", 0, true);
    b.welcome = "Welcome to Root Cause. New players start with this short tutorial: one patient, "
                "every step of a case, about ten minutes. Skip it if you know the game; the "
                "title screen always offers it again.";
    return b;
}

} // namespace rc::play
