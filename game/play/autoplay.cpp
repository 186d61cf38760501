#include "game/play/autoplay.hpp"

#include "game/engine/autosave.hpp"
#include "game/engine/file_read.hpp"

namespace rc::play {

bool Autoplay::load(const std::string& path, std::string& error) {
    std::string text;
    rc::FileError why;
    if (!rc::readFile(path, rc::FileKind::ActionLog, text, why)) {
        error = path + ": error: the action log " + why.message;
        return false;
    }
    rc::Diagnostics diags;
    rc::ActionLog log = rc::parseActionLog(text, path, diags);
    if (diags.hasErrors()) {
        error = diags.str();
        return false;
    }
    set(log.actions);
    notes_ = rc::readNoteLines(text);
    std::string bad;
    if (!rc::notesAcceptable(notes_, bad)) {
        error = path + ": error: " + bad;
        return false;
    }
    return true;
}

bool Autoplay::skipPlayed(const std::vector<rc::Action>& played) {
    if (played.size() > actions_.size()) return false;
    for (std::size_t i = 0; i < played.size(); ++i)
        if (played[i].str() != actions_[i].str()) return false;
    pos_ = played.size();
    return true;
}

Autoplay::Beat Autoplay::tick(float dt) {
    t_ += dt;
    const float half = pace * 0.5f;
    if (t_ < half) return Beat::Wait;
    t_ = 0;
    shown_ = !shown_;
    return shown_ ? Beat::Show : Beat::Act;
}

} // namespace rc::play
