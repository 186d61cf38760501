#pragma once
// The rows of the encounter's tabs, built from the catalogue and the session state (no SFML
// drawing): history questions by topic, exams by group, investigations, and the diagnoses for
// the working differential. Unit-tested without a display.
#include "game/engine/scoring.hpp"
#include "game/engine/session.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// How the case's rules judge an order, shown in practice mode only (exam: None).
/// Good: an essential or indicated rule; Neutral: a neutral rule (or done, not judged);
/// Bad: unruled, unnecessary, harmful, or paying a harm-and-waste deduction.
enum class Verdict { None, Good, Neutral, Bad };

enum class EncounterTab { History, Examination, Investigations, Notes };
inline constexpr int kEncounterTabs = 4;
const char* tabLabel(EncounterTab t);

/// One row of a tab list.
struct EncounterRow {
    bool heading = false;
    std::string id; ///< question, exam, investigation or diagnosis id
    std::string label;
    std::string caption; ///< minutes, cost/wait/dose, "pending", rank...
    bool done = false;   ///< asked / examined (unsided) / ordered / in the differential
    bool sided = false;  ///< exam offers Left/Right
    bool doneLeft = false, doneRight = false;
    bool handsOn = false; ///< opens the hands-on scene
    bool arrived = false; ///< investigation: report available
    /// Investigation ordered at this visit whose result has not arrived: it may be cancelled.
    bool pending = false;
    Verdict verdict = Verdict::None; ///< investigation: the order's verdict (judgeOrders)
    std::string verdictText;         ///< why, in the rule's words (empty with None)
    int rank = 0;                    ///< notes: 1-based place in the differential, 0 if not in it
};

std::vector<EncounterRow> historyRows(const rc::Session& s);
std::vector<EncounterRow> examRows(const rc::Session& s);
std::vector<EncounterRow> investigationRows(const rc::Session& s);
std::vector<EncounterRow> notesRows(const rc::Session& s);
std::vector<EncounterRow> rowsFor(EncounterTab t, const rc::Session& s);

/// The tab an action is played from (autoplay): ask → History, exam → Examination, order →
/// Investigations, differential → Notes; others (decision) → nullopt-like Notes.
EncounterTab tabFor(const rc::Action& a);
/// The row index in `rows` that the action names (-1 if none).
int rowFor(const std::vector<EncounterRow>& rows, const rc::Action& a);

/// The differential after toggling a diagnosis: removed if present, else appended (max five).
std::vector<std::string> toggleDifferential(const std::vector<std::string>& diff,
                                            const std::string& id);
/// The verdict the order of `test` placed at `visitIndex` got in `sc`, and why.
Verdict orderVerdict(const rc::Score& sc, const std::string& test, int visitIndex,
                     std::string& why);
/// Marks each ordered investigation row with its order's verdict (practice mode: call it only
/// with a score the student may see).
void judgeOrders(std::vector<EncounterRow>& rows, const rc::Session& s, const rc::Score& sc);
/// The `cancel` action for a row (only a pending investigation offers one).
rc::Action cancelAction(const EncounterRow& row);

/// "£120 · next visit · 1.5 mSv".
std::string investigationCaption(const rc::Investigation& inv);
/// What ordering costs and when the result comes, as the detail panel says it.
std::string orderTerms(const rc::Investigation& inv);

/// The text the session showed for the latest matching action at this visit ("" if none).
std::string replyFor(const rc::Session& s, rc::Verb v, const std::string& id, rc::Side side);
/// The ordered test record for an investigation (latest), or null.
const rc::OrderedTest* orderFor(const rc::Session& s, const std::string& id);

} // namespace rc::play
