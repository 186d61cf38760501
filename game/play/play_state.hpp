#pragma once
// The case being played: its Session, the autosave after every action, resume from an autosave
// and the practice-mode hint. No SFML: unit tests drive it without a display.
#include "game/engine/autosave.hpp"
#include "game/engine/content.hpp"
#include "game/engine/debrief.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/session.hpp"
#include "game/play/cues.hpp"
#include "game/play/write_health.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace rc::play {

/// A quiet practice-mode hint about the last action (from the case's scoring rules).
struct Hint {
    enum class Kind { None, Good, Neutral, Bad } kind = Kind::None;
    std::string text;
};

/// The play in progress. Scenes send actions through `apply` and read `session()`.
class PlayState {
  public:
    /// Start a fresh play of `c` (which must outlive the play). `caseFile` is set when the case
    /// was loaded from a path rather than found by id in the bundled content.
    void start(const rc::Case& c, const rc::Catalog& cat, const std::string& caseFile,
               const std::string& player, const std::string& mode, std::uint64_t seed = 1);
    /// Restore a saved game: find its case (by file, else by id in `content`) and replay its log.
    /// False with a message in `error` if the case is gone or the log no longer plays.
    bool restore(const rc::SavedGame& g, const rc::Content& content, std::string& error);
    /// Apply one action; on success the autosave is rewritten (if enabled).
    rc::Reply apply(const rc::Action& a);
    rc::Reply apply(const std::string& line);

    bool active() const { return session_ != nullptr; }
    const rc::Session& session() const { return *session_; }
    const rc::Case& kase() const { return *case_; }
    const std::string& mode() const { return save_.mode; }
    const std::string& caseFile() const { return save_.caseFile; }
    /// The reply to the most recent accepted action.
    const std::string& lastReply() const { return lastReply_; }
    /// The scoring rules' view of the last action (practice mode only; exam mode: none).
    Hint hint() const;
    /// The score so far, for feedback as the student plays: practice mode only (exam: none).
    std::optional<rc::Score> practiceScore() const;

    /// Where autosaves go (empty: no autosave). Default userDataDir()/autosave.log.
    void setAutosavePath(std::string p) { autosavePath_ = std::move(p); }
    const std::string& autosavePath() const { return autosavePath_; }
    /// When set, every applied action is stamped with this clock (seconds since the case
    /// started: a classroom challenge's log carries @seconds).
    void setClock(std::function<double()> clock) { clock_ = std::move(clock); }
    /// When set, every action is first put to this gate (a live class's host): it is applied
    /// only if the gate accepts it, stamped with the gate's time; a refusal sets `error`.
    using Gate = std::function<bool(const rc::Action& a, double& time, std::string& error)>;
    void setGate(Gate gate) { gate_ = std::move(gate); }
    /// Error of the last autosave write (empty when fine).
    const std::string& autosaveError() const { return autosaveError_; }
    /// Where each autosave's outcome is recorded (the game's; none: not recorded).
    void setWriteHealth(WriteHealth* h) { health_ = h; }
    /// Where the cues of accepted actions go (a report arrived, a finding, a positive red flag;
    /// none: not raised). A restored save raises none.
    void setCues(Cues* c) { cues_ = c; }
    /// Write the autosave again if the last write failed and the case is not over; true when it
    /// now stands written.
    bool retryAutosave();
    /// The case is over: remove the autosave.
    void clearAutosave();
    /// The debrief of the finished session (built once).
    const rc::Debrief& debrief();
    /// The saved-game form of the play.
    rc::SavedGame saved() const;
    /// The student's free-text notes (kept with the autosave, shown in the debrief; never an
    /// action, never scored, never in a results file or the live class).
    const std::string& notes() const { return save_.notes; }
    /// Replace the notes (cut to rc::kMaxNotesBytes at a character boundary); the autosave is
    /// rewritten by the next action or by saveNotes().
    void setNotes(std::string notes);
    /// Write the autosave now if the notes changed since it was last written.
    void saveNotes();
    /// Replace the case (watch mode: the file changed) and replay as much of the log as still
    /// plays; returns the number of actions replayed.
    std::size_t reload(const rc::Case& c);

  private:
    void writeAutosave();
    const rc::Case* case_ = nullptr;
    const rc::Catalog* cat_ = nullptr;
    std::optional<rc::Case> own_; ///< a case loaded from a file for a resumed save
    std::unique_ptr<rc::Session> session_;
    rc::SavedGame save_;
    std::string autosavePath_ = rc::userDataDir() + "/autosave.log";
    std::string autosaveError_, lastReply_;
    std::optional<rc::Debrief> debrief_;
    std::optional<rc::Ledger> expertLedger_;
    std::function<double()> clock_;
    Gate gate_;
    WriteHealth* health_ = nullptr;
    Cues* cues_ = nullptr;
    /// Raises the cues of the action just accepted; `arrivedBefore`: reports arrived before it.
    void raiseCues(const rc::Action& a, std::size_t arrivedBefore);
    bool over_ = false;       ///< clearAutosave was called: nothing left to save
    bool notesDirty_ = false; ///< the notes changed since the autosave was written
};

} // namespace rc::play
