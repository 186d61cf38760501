#include "game/play/library_view.hpp"

#include "game/engine/content.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"

#include <algorithm>

namespace rc::play {

std::vector<const rc::Case*> libraryCases(const rc::Content& content) {
    std::vector<const rc::Case*> out;
    for (const rc::Case& c : content.cases)
        if (!c.tutorial()) out.push_back(&c);
    return out;
}

const rc::Case* tutorialCase(const rc::Content& content) {
    for (const rc::Case& c : content.cases)
        if (c.tutorial()) return &c;
    return nullptr;
}

CardStatus cardStatus(const Profile& profile, const std::string& caseId,
                      const std::string& savedCaseId) {
    CardStatus st;
    const auto it = profile.best.find(caseId);
    const bool inProgress = !savedCaseId.empty() && savedCaseId == caseId;
    if (inProgress) {
        st.kind = CardStatus::Kind::InProgress;
        st.text = "In progress";
        if (it != profile.best.end()) st.text += " · best " + rc::oneDecimal(it->second);
    } else if (it != profile.best.end()) {
        st.kind = CardStatus::Kind::Played;
        st.text = "Best " + rc::oneDecimal(it->second);
    } else {
        st.text = "Not played";
    }
    return st;
}

std::optional<rc::SavedGame> peekSavedGame(const std::string& path) {
    std::string text;
    rc::FileError why;
    if (path.empty() || !rc::readFile(path, rc::FileKind::Save, text, why)) return std::nullopt;
    rc::Diagnostics diags;
    return rc::parseSavedGame(path, text, diags);
}

int savedVisit(const rc::SavedGame& g) {
    const auto& a = g.log.actions;
    return 1 + static_cast<int>(std::count_if(a.begin(), a.end(), [](const rc::Action& x) {
               return x.verb == Verb::Advance;
           }));
}

std::string resumeLabel(const rc::SavedGame& g, const rc::Content& content, bool withTitle) {
    const rc::Case* c = g.caseFile.empty() ? content.findCase(g.caseId) : nullptr;
    if (!c) return "Resume the saved case";
    const int visits = static_cast<int>(c->visits.size());
    return "Resume: " + c->patient.name + (withTitle ? ", " + c->title : std::string()) +
           " — visit " + std::to_string(std::min(savedVisit(g), std::max(1, visits)));
}

} // namespace rc::play
