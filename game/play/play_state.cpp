#include "game/play/play_state.hpp"

#include "game/engine/scoring.hpp"
#include "game/play/encounter_rows.hpp"

#include <filesystem>

namespace rc::play {

namespace {
std::size_t arrivedReports(const rc::Session& s) {
    std::size_t n = 0;
    for (const auto& o : s.orders())
        n += o.arrived ? 1 : 0;
    return n;
}
} // namespace

void PlayState::raiseCues(const rc::Action& a, std::size_t arrivedBefore) {
    if (!cues_) return;
    if (a.verb == rc::Verb::Exam) cues_->raise(Cue::FindingRecorded);
    // The red-flag cue judges an answer (this one matters): feedback, so practice only. In an
    // exam nothing but the patient's words tells the student a flag is up.
    if (a.verb == rc::Verb::Ask && !a.args.empty() && mode() != "exam" &&
        cat_->topicOf(a.args[0]) == "red-flags" && session_->answerPositive(a.args[0]))
        cues_->raise(Cue::RedFlag);
    // Reports that arrive as the case ends are not news: the outcome and the debrief follow.
    if (!session_->finished() && arrivedReports(*session_) > arrivedBefore)
        cues_->raise(Cue::ReportArrived);
}

void PlayState::start(const rc::Case& c, const rc::Catalog& cat, const std::string& caseFile,
                      const std::string& player, const std::string& mode, std::uint64_t seed) {
    if (!own_ || &c != &*own_) own_.reset(); // keep a case this play owns
    case_ = &c;
    cat_ = &cat;
    session_ = std::make_unique<rc::Session>(c, cat, seed);
    save_ = rc::SavedGame{};
    save_.caseId = c.id;
    save_.caseFile = caseFile;
    save_.seed = seed;
    save_.player = player;
    save_.mode = mode;
    lastReply_.clear();
    debrief_.reset();
    expertLedger_.reset();
    gate_ = {};
    over_ = false;
    notesDirty_ = false;
}

bool PlayState::restore(const rc::SavedGame& g, const rc::Content& content, std::string& error) {
    const rc::Case* c = nullptr;
    rc::Diagnostics diags;
    if (!g.caseFile.empty()) {
        auto loaded = rc::loadCheckedCase(g.caseFile, content.catalog, diags);
        if (loaded) own_ = std::move(loaded), c = &*own_;
    } else {
        c = content.findCase(g.caseId);
    }
    if (!c) {
        error = "The saved case '" + g.caseId + "' is no longer available." +
                (diags.hasErrors() ? "\n" + diags.str() : std::string());
        return false;
    }
    start(*c, content.catalog, g.caseFile, g.player, g.mode, g.seed);
    save_.notes = g.notes;
    for (const auto& a : g.log.actions) {
        rc::Reply r = session_->apply(a);
        if (!r.ok) {
            error = "The saved game no longer plays at '" + a.str() + "': " + r.error;
            session_.reset();
            return false;
        }
        lastReply_ = r.text;
    }
    return true;
}

rc::Reply PlayState::apply(const rc::Action& action) {
    rc::Action a = action;
    if (clock_) a.time = clock_();
    if (gate_) {
        rc::Action sent = a;
        sent.time.reset();
        double t = 0;
        std::string error;
        if (!gate_(sent, t, error)) return rc::Reply{false, error, ""};
        a.time = t;
    }
    const std::size_t arrivedBefore = arrivedReports(*session_);
    rc::Reply r = session_->apply(a);
    if (!r.ok && gate_)
        r.error = "The host recorded this action but the game could not apply it: " + r.error;
    if (r.ok) {
        lastReply_ = r.text;
        debrief_.reset();
        writeAutosave();
        raiseCues(a, arrivedBefore);
    }
    return r;
}

rc::Reply PlayState::apply(const std::string& line) {
    rc::Action a;
    std::string err;
    if (!rc::parseAction(line, a, err)) return rc::Reply{false, err, ""};
    return apply(a);
}

rc::SavedGame PlayState::saved() const {
    rc::SavedGame g = save_;
    if (session_) g.log = session_->log();
    return g;
}

void PlayState::setNotes(std::string notes) {
    if (notes.size() > rc::kMaxNotesBytes) {
        std::size_t n = rc::kMaxNotesBytes;
        while (n > 0 && (static_cast<unsigned char>(notes[n]) & 0xC0) == 0x80)
            --n; // never split a character
        notes.resize(n);
    }
    if (notes == save_.notes) return;
    save_.notes = std::move(notes);
    notesDirty_ = true;
}

void PlayState::saveNotes() {
    if (notesDirty_) writeAutosave();
}

void PlayState::writeAutosave() {
    if (autosavePath_.empty() || !session_) return;
    if (over_) return;
    notesDirty_ = false;
    autosaveError_.clear();
    rc::writeSavedGame(autosavePath_, saved(), autosaveError_);
    if (health_) health_->record("autosave", autosavePath_, autosaveError_);
}

bool PlayState::retryAutosave() {
    if (autosaveError_.empty()) return true;
    if (over_ || !session_) return false;
    writeAutosave();
    return autosaveError_.empty();
}

void PlayState::clearAutosave() {
    over_ = true;
    if (health_) health_->settle("autosave");
    if (autosavePath_.empty()) return;
    std::error_code ec;
    std::filesystem::remove(autosavePath_, ec);
}

const rc::Debrief& PlayState::debrief() {
    if (!debrief_) debrief_ = rc::makeDebrief(*session_);
    return *debrief_;
}

std::optional<rc::Score> PlayState::practiceScore() const {
    if (!session_ || save_.mode == "exam") return std::nullopt;
    if (!expertLedger_)
        const_cast<PlayState*>(this)->expertLedger_ = rc::expertLedger(*case_, *cat_, save_.seed);
    return rc::scoreSession(*session_, *expertLedger_);
}

Hint PlayState::hint() const {
    Hint h;
    if (!session_ || save_.mode == "exam" || session_->taken().empty()) return h;
    const rc::TakenAction& last = session_->taken().back();
    if (last.action.verb == rc::Verb::Differential || last.action.verb == rc::Verb::Cancel ||
        last.repeat)
        return h;
    const rc::Score sc = *practiceScore();
    if (last.action.verb == rc::Verb::Order) { // the same verdict as the order's row
        const Verdict v = orderVerdict(sc, last.action.args[0], last.visitIndex, h.text);
        if (h.text.empty()) return h;
        h.kind = v == Verdict::Good  ? Hint::Kind::Good
                 : v == Verdict::Bad ? Hint::Kind::Bad
                                     : Hint::Kind::Neutral;
        return h;
    }
    const std::string key = last.action.str();
    for (const auto& j : sc.decisions) {
        if (j.missed || j.visitIndex != last.visitIndex) continue;
        if (j.action != key &&
            !(last.action.verb == rc::Verb::Plan && j.action.rfind("plan ", 0) == 0))
            continue;
        h.text = j.feedback;
        h.kind = j.tag == rc::Tag::Essential || j.tag == rc::Tag::Indicated ? Hint::Kind::Good
                 : j.tag == rc::Tag::Neutral                                ? Hint::Kind::Neutral
                                                                            : Hint::Kind::Bad;
        if (j.generic && j.tag == rc::Tag::Neutral) h.kind = Hint::Kind::Neutral;
        return h;
    }
    return h;
}

std::size_t PlayState::reload(const rc::Case& c) {
    const rc::SavedGame g = saved();
    own_ = c;
    case_ = &*own_;
    session_ = std::make_unique<rc::Session>(*case_, *cat_, g.seed);
    debrief_.reset();
    expertLedger_.reset();
    std::size_t n = 0;
    for (const auto& a : g.log.actions) {
        if (!session_->apply(a).ok) break;
        ++n;
    }
    return n;
}

} // namespace rc::play
