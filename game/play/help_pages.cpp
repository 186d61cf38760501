#include "game/play/help_pages.hpp"

#include "game/play/board_pager.hpp"

namespace rc::play {

namespace {

using I = Input;

HelpPage title() {
    return {"Title",
            "Your name and settings, and the ways into the game.",
            {{{I::Up, I::Down}, "move between the rows"},
             {{I::Next, I::Prev}, "the same, forward and back"},
             {{I::Left, I::Right}, "on UI scale or Volume: smaller or larger, quieter or louder"},
             {{I::Activate}, "choose the focused row: switch a setting, open a screen"},
             {{I::Back}, "quit the game (it asks first)"}},
            {{"Name", "Your name on your results. While the field has the keyboard, every key "
                      "types, ? included; {help} still opens this help."},
             {"UI scale", "How large everything is drawn, 75 to 200 %; the UI scale keys "
                          "(Anywhere, above) change it on any screen."},
             {"Volume", "The few quiet sound cues: a report arrived, a finding recorded, a red "
                        "flag answered yes, two minutes left, the debrief. Choosing the row "
                        "mutes them."},
             {"Reduced motion, colour-blind-safe palette",
              "No fades or slides; a palette told apart without red and green."},
             {"Estimate before each test",
              "Practice only: before a test is ordered, say how likely you think each diagnosis "
              "is; the debrief compares your estimates with the computed ones. Off by default, "
              "never asked in an exam."},
             {"Resume the saved case", "Your case in progress, saved after every action."},
             {"Case library", "Practise any case alone, with feedback as you go."},
             {"Classroom challenge",
              "Your instructor's pack of cases, played in order, often as an exam."},
             {"Join a class, Host a class",
              "A live class over the room's network: the instructor hosts, students join with "
              "the address and code on the projector."}}};
}

HelpPage library() {
    return {"Case library",
            "Every patient you can see. The diagnosis is for you to find.",
            {{{I::Up, I::Down, I::Left, I::Right}, "move between the cards"},
             {{I::Next, I::Prev}, "the next or previous card"},
             {{I::Activate}, "start the focused case"},
             {{I::Mode}, "practice or exam for the next case"},
             {{I::Back}, "back to the title"}},
            {{"A card", "One patient: name, age, job and what they came in saying."},
             {"Difficulty chip", "Introductory, Intermediate or Advanced (1 to 3)."},
             {"About N min", "Roughly how long the case takes to play."},
             {"Best or Not played", "Your best total on this case so far, out of 100; In "
                                    "progress: a case you left mid-way."},
             {"Practice, Exam", "Practice gives feedback as you go; an exam holds every hint "
                                "and verdict back until the debrief."},
             {"Mouse", "Click a card to start it; the wheel scrolls the list."}}};
}

HelpPage briefing() {
    return {"Briefing",
            "Who the patient is and why they came, before the case starts.",
            {{{I::Activate}, "the focused button: start the case, or back"},
             {{I::Left, I::Right, I::Next, I::Prev}, "move between Start and Back"},
             {{I::Up, I::Down}, "scroll a briefing taller than the window"},
             {{I::Back}, "back to the case library"}},
            {{"The patient", "Name, age, job and what they came in saying, in full."},
             {"The mode", "Practice (feedback as you go) or exam (none until the debrief)."},
             {"The ledger", "Every question, test and order costs clinic minutes, some cost "
                            "\u00A3 and radiation (mSv): an expert spends all three with care."}}};
}

HelpPage encounter() {
    return {"Encounter",
            "The consultation: ask, examine and order tests, then make a decision.",
            {{{I::Next, I::Prev},
              "move between the regions: patient panel, tabs, list, "
              "Make a decision"},
             {{I::Up, I::Down},
              "move in the list; on the patient: dermatomes on or off; in the Transcript: scroll"},
             {{I::Left, I::Right},
              "in the list: the side (Left or Right) of a sided test; on the tabs or the patient "
              "panel: the next one"},
             {{I::Activate},
              "ask the question, do the test, order the investigation, or toggle "
              "a diagnosis; on the patient: turn them round; on Notes: type"},
             {{I::Tab1, I::Tab2, I::Tab3, I::Tab4},
              "History, Examination, Investigations, Differential"},
             {{I::Remove}, "cancel the focused order before its result arrives"},
             {{I::Back},
              "end typing in Notes; otherwise back to the case library (the case is saved)"}},
            {{"Patient, Transcript, Notes",
              "The left panel. Patient: the figure and a body chart of where it hurts (pain, "
              "numbness, tingling), front or back, with the dermatomes laid over it on request. "
              "Transcript: everything asked, examined and "
              "reported so far, with the clinic clock. Notes: your own text, saved with the case, "
              "never scored; while you type, ? is a question mark and {help} still opens "
              "this help."},
             {"History", "Questions to ask, grouped by topic; each costs minutes of clinic time. "
                         "The patient's answer shows by the list; asked ones keep a tick."},
             {"Examination", "Tests to do, some on one side (choose Left or Right); hands-on "
                             "tests open the plinth, where you move the leg yourself."},
             {"Investigations",
              "Tests to order: the caption gives the cost, when the result comes (today or "
              "next visit) and any radiation. In practice mode an order's mark is its verdict: "
              "a green tick when the case's rules say it was indicated, a cross when it was "
              "not, grey when neither. "
              "Until its result arrives an order can be withdrawn: Cancel the order."},
             {"Differential", "Up to five diagnoses you are considering, most likely first. In "
                              "practice a chart shows how likely each is given the findings."},
             {"The ledger (top bar)",
              "Minutes of clinic time, \u00A3 spent on tests, mSv of radiation given. An expert "
              "watches all three: time and money are the patient's and the service's, and every "
              "mSv is a small lasting risk. The debrief's efficiency score compares your ledger "
              "with the expert's."},
             {"Bottom bar", "Your working differential, the practice hint about your last "
                            "action, Cases (leave, saved) and Make a decision."}}};
}

HelpPage handsOn() {
    return {"Hands-on examination",
            "You move the patient's leg yourself; watch the angle and listen to the patient.",
            {{{I::Up}, "hold: take the leg further into the test"},
             {{I::Down}, "hold: ease it back"},
             {{I::Neck}, "neck flexion on or off (when the test has it)"},
             {{I::Ankle}, "ankle dorsiflexion on or off (when the test has it)"},
             {{I::Next, I::Prev}, "move the focus between the switches and Record finding"},
             {{I::Activate}, "the focused control; with none focused, record the finding"},
             {{I::Back}, "cancel the test: nothing is recorded"}},
            {{"The plinth", "The patient's body; drag the leg with the mouse, or hold the keys."},
             {"The angle", "The goniometer at the moving joint reads the angle to the degree."},
             {"The patient",
              "Their face and words change when the symptoms come on: that angle is the onset."},
             {"Differentiation", "Neck flexion and ankle dorsiflexion tension the nerve without "
                                 "moving the hip or knee: symptoms that change with them point "
                                 "to the nerve."},
             {"Reading and Record finding",
              "What the test shows so far; Record finding writes it to the case."}}};
}

HelpPage decision() {
    return {"Decision",
            "Name the diagnosis and choose the plan for this visit.",
            {{{I::Next, I::Prev}, "move between the columns"},
             {{I::Up, I::Down}, "move in a column"},
             {{I::Left, I::Right}, "the side (Left, Right or Both) of a diagnosis that has one"},
             {{I::Activate}, "choose the focused item; on Confirm: end the visit"},
             {{I::Back}, "back to the patient (nothing is decided)"}},
            {{"Diagnosis", "One diagnosis, and its side when it has one. No side is chosen for "
                           "you."},
             {"Plan: pathway", "The route of care: conservative, imaging, injection, surgical "
                               "or urgent referral."},
             {"Plan: parts", "What the plan holds (education, exercise, a follow-up...); "
                             "choose several."},
             {"About", "What the focused choice means."},
             {"Your decision", "What you have chosen so far. At a later visit the last plan is "
                               "kept: change it or confirm."},
             {"Confirm and end visit", "Records the decision; the patient is seen again weeks "
                                       "later, or the case ends."}}};
}

HelpPage followUp() {
    return {"Follow-up",
            "Weeks later: how the patient is doing after your plan.",
            {{{I::Activate}, "continue to the next visit or the debrief"}, {{I::Back}, "the same"}},
            {{"Better, About the same, Worse", "How the patient says they are now."},
             {"Results that arrived", "Reports of the tests ordered at the last visit."},
             {"Red flag", "A warning sign that needs acting on now."},
             {"How it turned out", "At the end of the case: the outcome of your care."}}};
}

HelpPage debrief() {
    return {"Debrief",
            "How you did, against the case's script and an expert's path.",
            {{{I::Tab1, I::Tab2, I::Tab3, I::Tab4, I::Tab5},
              "Overview, Decisions, Learning, Scoring, Transcript"},
             {{I::Left, I::Right}, "the previous or next tab"},
             {{I::Next, I::Prev}, "the same"},
             {{I::Up, I::Down}, "move in the tab's list, or scroll it"},
             {{I::Activate}, "open the focused source in your browser; elsewhere: back to cases"},
             {{I::WhatIf}, "What if\u2026: play on from a decision with another choice (practice)"},
             {{I::Back}, "back to the case library (in a what-if branch: back to your debrief)"}},
            {{"The five tabs", "Overview (score, domains, both paths), Decisions (every decision "
                               "and miss with its points), Learning (what the case teaches, with "
                               "sources), Scoring (how the total is made), Transcript (with your "
                               "notes)."},
             {"Domain scores",
              "History, Examination, Investigations, Diagnosis, Management, Safety, each 0 to "
              "100, and Efficiency; the total weighs them. A domain under 50 gets its reason in "
              "one line at the top."},
             {"Tags", "Each decision is essential (an expert always does it), indicated, "
                      "neutral, unnecessary or harmful."},
             {"Points", "A decision's share of its domain's score; the rows of a domain add up "
                        "to its score. A miss is an essential or indicated item you did not do."},
             {"Criticals", "Missing a critical item, or doing a critical harmful one, sets its "
                           "domain to 0."},
             {"Efficiency", "Precision (how much of what you did counted) and stewardship (your "
                            "minutes, \u00A3 and mSv against the expert's). Orders no rule "
                            "justified also cost the total: harm and waste."},
             {"Your path, Expert path", "Side by side; the first place you left the expert's "
                                        "path is marked."},
             {"More", "The Scoring tab explains every rule and number behind your total."},
             {"What if\u2026", "In practice: pick a decision (the focused row of Decisions or of "
                               "the paths) and another choice; the case replays up to it and "
                               "goes on live. Its debrief shows your path and the branch side by "
                               "side. A branch is never scored or saved."}}};
}

HelpPage whatIf() {
    return {"What if\u2026",
            "Choose one of your decisions and what you would have done instead.",
            {{{I::Up, I::Down}, "move in the focused list"},
             {{I::Left, I::Right}, "your decisions, or the other choices"},
             {{I::Next, I::Prev}, "the same"},
             {{I::Activate}, "on a decision: its choices; on a choice: play the branch"},
             {{I::Back}, "back to the debrief"}},
            {{"Your decisions", "Each diagnosis you named, plan you made and test you ordered, "
                                "with its visit."},
             {"Instead", "The other plans (the expert's first when it differs), the case's other "
                         "diagnoses, or not ordering the test."},
             {"Not scored", "The branch replays your actions before the decision, then goes on "
                            "live to the next follow-up and its outcome. Nothing is saved or "
                            "recorded; its debrief sets both paths side by side."}}};
}

HelpPage estimate() {
    return {"Your estimate",
            "Before an investigation's result: how likely you think each diagnosis is.",
            {{{I::Up, I::Down}, "move between the diagnoses"},
             {{I::Left, I::Right}, "5 % less or more (a first press sets 50 %)"},
             {{I::Activate}, "order the test with your estimates"},
             {{I::Back}, "order it without an estimate"}},
            {{"The rows", "Your working differential, or the case's likely diagnoses when it is "
                          "empty. A row left at \u2013 is not estimated."},
             {"Why", "The debrief sets each estimate beside the probability the findings gave at "
                     "that moment. Practice only; the setting is on the title screen."}}};
}

HelpPage message() {
    return {"Message",
            "A notice or a question over the screen.",
            {{{I::Activate}, "the focused button (OK, or the question's answer)"},
             {{I::Back}, "close; a question's answer is then No"},
             {{I::Left, I::Right, I::Next, I::Prev}, "a question: move between the buttons"},
             {{I::Up, I::Down, I::PageUp, I::PageDown}, "a long message: turn its pages"}},
            {{"The text", "A message longer than the box is paged: the page number shows."}}};
}

HelpPage challengePicker() {
    return {"Classroom challenge",
            "Your details, and the challenge your instructor asked you to play.",
            {{{I::Next, I::Prev}, "the next or previous field"},
             {{I::Up, I::Down}, "choose the challenge"},
             {{I::Activate}, "the next field, then continue"},
             {{I::Back}, "back to the title"}},
            {{"Your details", "Name and student id (required) and e-mail (optional) go on your "
                              "results file. In a field every key types, ? included; {help} "
                              "still opens this help."},
             {"Challenges", "The packs in the content folder; an instructor may also give you "
                            "one to open with --challenge FILE."}}};
}

HelpPage challengeIntro() {
    return {"Challenge",
            "What the challenge asks before its first case.",
            {{{I::Activate}, "begin the first case"}, {{I::Back}, "leave the challenge"}},
            {{"Mode", "Practice shows feedback as you go; an exam shows no hints or scores "
                      "until the end."},
             {"Time limit per case", "When set, a countdown shows in the top bar; at zero the "
                                     "case ends where you are."},
             {"Mastery", "The weighted total needed to pass."}}};
}

HelpPage challengeBetween() {
    return {"Case recorded",
            "The case is saved to your results; the next patient waits.",
            {{{I::Activate}, "next patient, or your results after the last case"}},
            {{"Saved to", "Your results file, written after every case: hand it in at the end."},
             {"Time is up", "The time limit ran out; what you did so far counts."}}};
}

HelpPage challengeSummary() {
    return {"Challenge results",
            "Every case of the challenge and your weighted total.",
            {{{I::Up, I::Down}, "choose a case (its debrief, when released)"},
             {{I::Next, I::Prev}, "the same"},
             {{I::Activate}, "open the chosen case's debrief, or back to the title"},
             {{I::Back}, "back to the title"}},
            {{"Weight", "How much each case counts towards the total."},
             {"Weighted total", "Passed or not against the challenge's mastery mark."},
             {"Hand in this file", "The results file to give your instructor, unless it was a "
                                   "live class (the host already has it)."}}};
}

HelpPage joinClass() {
    return {"Join a class",
            "Join your instructor's live class on this network.",
            {{{I::Up, I::Down}, "move between the classes heard and the fields"},
             {{I::Next, I::Prev}, "the next or previous field"},
             {{I::Activate}, "the next field; on the last: join"},
             {{I::Back}, "back to the title"}},
            {{"On this network", "Classes announcing themselves here; click one to use its "
                                 "address."},
             {"Host address, join code", "From the projector. The code keeps strangers out."},
             {"Student id, name", "Who you are to the host. In a field every key types, ? "
                                  "included; {help} still opens this help."}}};
}

HelpPage hostSetup() {
    return {"Host a class",
            "Run a live class from this machine.",
            {{{I::Up, I::Down}, "choose the challenge; past the list, the next part"},
             {{I::Next, I::Prev}, "the list, the class list, the retake switch, Start hosting"},
             {{I::Activate}, "start hosting (on the retake switch: turn it on or off)"},
             {{I::Back}, "back to the title"}},
            {{"The challenge", "This machine plays every student's case against the full answer "
                               "key and records every action; results go to the folder shown."},
             {"Class list", "Optional: the path of the class list your LMS exports as CSV (Moodle: "
                            "ID number, names, e-mail). Only students on it may join; anyone "
                            "else is refused with a message. ~ is your home folder."},
             {"Allow a retake", "Off: a student who finished cannot start again. On: they may; "
                                "every attempt is kept and rootcause-board shows which counts."}}};
}

HelpPage hostBoard() {
    return {"Host board",
            "The projector view of your live class.",
            {{{I::Activate}, "End the challenge (press twice); once ended: stop hosting"},
             {{I::Back}, "stop hosting (press twice)"},
             {{I::Up, I::Down}, "scroll the students (the mouse wheel too)"},
             {{I::PageUp, I::PageDown}, "a page of students"}},
            {{"Host address, join code", "What students type in Join a class."},
             {"Students", "Who has joined, which case each is on, who has finished. When the "
                          "class is larger than the screen, the pages turn by themselves after " +
                              std::to_string(static_cast<int>(BoardPager::kIdleSeconds)) +
                              " seconds without a key, so every student is shown in turn."},
             {"Leaderboard", "In practice, scores as students finish; in an exam, only once you "
                             "end the challenge."},
             {"What the class found hard", "Once ended, in place of the join code: the "
                                           "safety-critical steps most often missed and the wrong "
                                           "choices a quarter of a case's students made, from the "
                                           "item analysis of the results (rootcause-board's "
                                           "report has it all)."}}};
}

HelpPage gallery() {
    return {"Gallery",
            "The game's drawn components, page by page (a tool for developers).",
            {{{I::Right, I::Next}, "next page"},
             {{I::Left, I::Prev}, "previous page"},
             {{I::Back}, "close"}},
            {{"A page", "One set of components drawn as the game draws them."}}};
}

HelpPage imageViewer() {
    return {"Imaging",
            "A report's schematic enlarged, with the report beside or under it.",
            {{{I::Activate, I::Back}, "close, back to the encounter"}},
            {{"The schematic", "A labelled drawing of what the imaging shows (the spine, knee or "
                               "hip and the case's finding), drawn by the game, not an image."},
             {"The report", "The radiologist's words, incidental findings included: a finding "
                            "on a scan is not always the cause of the pain."},
             {"Close", "A click anywhere closes it too."}}};
}

HelpPage help() {
    return {"Help",
            "What the screen under this overlay answers to and what its parts mean.",
            {{{I::Up, I::Down}, "scroll a line"},
             {{I::PageUp, I::PageDown}, "scroll a page"},
             {{I::Help, I::Back}, "close (so does ?, Close, or a click outside)"}},
            {{"The scroll bar", "On the right when the help is longer than the window; the "
                                "mouse wheel scrolls too."}}};
}

} // namespace

HelpPage helpPage(Screen s) {
    switch (s) {
    case Screen::Title:
        return title();
    case Screen::Library:
        return library();
    case Screen::Briefing:
        return briefing();
    case Screen::Encounter:
        return encounter();
    case Screen::HandsOn:
        return handsOn();
    case Screen::Decision:
        return decision();
    case Screen::FollowUp:
        return followUp();
    case Screen::Debrief:
        return debrief();
    case Screen::Message:
        return message();
    case Screen::ChallengePicker:
        return challengePicker();
    case Screen::ChallengeIntro:
        return challengeIntro();
    case Screen::ChallengeBetween:
        return challengeBetween();
    case Screen::ChallengeSummary:
        return challengeSummary();
    case Screen::JoinClass:
        return joinClass();
    case Screen::HostSetup:
        return hostSetup();
    case Screen::HostBoard:
        return hostBoard();
    case Screen::Gallery:
        return gallery();
    case Screen::ImageViewer:
        return imageViewer();
    case Screen::WhatIf:
        return whatIf();
    case Screen::Estimate:
        return estimate();
    case Screen::Help:
        return help();
    }
    return {};
}

std::vector<HelpKey> globalHelpKeys() {
    return {{{I::Help}, "this help (? too, outside a text field)"},
            {{I::Fullscreen}, "fullscreen on or off"},
            {{I::ScaleUp, I::ScaleDown, I::ScaleReset}, "UI scale larger, smaller, 100 %"},
            {{I::Screenshot}, "save a screenshot (with --screenshot-dir)"}};
}

const char* screenName(Screen s) {
    static const char* const names[kScreenCount] = {"title",
                                                    "library",
                                                    "briefing",
                                                    "encounter",
                                                    "hands-on",
                                                    "decision",
                                                    "follow-up",
                                                    "debrief",
                                                    "message",
                                                    "challenge-picker",
                                                    "challenge-intro",
                                                    "challenge-between",
                                                    "challenge-summary",
                                                    "join-class",
                                                    "host-setup",
                                                    "host-board",
                                                    "gallery",
                                                    "image-viewer",
                                                    "what-if",
                                                    "estimate",
                                                    "help"};
    const int i = static_cast<int>(s);
    return i >= 0 && i < kScreenCount ? names[i] : "unknown";
}

} // namespace rc::play
