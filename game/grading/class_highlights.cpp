#include "game/grading/class_highlights.hpp"

#include "game/engine/content.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/grading/board_labels.hpp"

#include <algorithm>

namespace rc::board {

namespace {
HighlightKind kindOf(const std::string& judgement) {
    if (judgement == "harmful") return HighlightKind::Harmful;
    if (judgement.find("diagnosis") != std::string::npos) return HighlightKind::WrongDiagnosis;
    return HighlightKind::OtherWrongChoice;
}

std::string caseName(const KeyCase& k, int number) {
    std::string s = "case " + std::to_string(number);
    if (k.kase && !k.kase->patient.name.empty()) s += " (" + k.kase->patient.name + ")";
    return s;
}

std::string whatWasChosen(const Tally& t, const Catalog& cat) {
    if (t.key == "(no diagnosis)") return "named no diagnosis";
    return decisionLabel(t.key, cat) + ", " + t.judgement;
}
} // namespace

std::vector<Highlight> classHighlights(const Board& b, const std::vector<CaseItems>& items,
                                       std::size_t max) {
    std::vector<Highlight> out;
    if (!b.content) return out;
    const Catalog& cat = b.content->catalog;
    for (std::size_t ci = 0, number = 0; ci < b.cases.size(); ++ci) {
        if (!b.cases[ci].kase) continue;
        ++number;
        const auto it = std::find_if(items.begin(), items.end(), [&](const CaseItems& c) {
            return c.caseId == b.cases[ci].kase->id;
        });
        if (it == items.end() || it->students == 0) continue;
        const std::string of = " of " + std::to_string(it->students);
        const std::string where = caseName(b.cases[ci], static_cast<int>(number));
        for (const Tally& t : it->missedRedFlags)
            if (t.share >= kHighlightShare)
                out.push_back({static_cast<int>(number),
                               std::to_string(t.students) + of +
                                   " missed a safety-critical step in " + where + ": " +
                                   decisionLabel(t.key, cat),
                               t.share, HighlightKind::SafetyCriticalMissed});
        for (const Tally& t : it->wrongChoices)
            if (t.share >= kHighlightShare)
                out.push_back({static_cast<int>(number),
                               std::to_string(t.students) + of + " in " + where + ": " +
                                   whatWasChosen(t, cat),
                               t.share, kindOf(t.judgement)});
    }
    std::stable_sort(out.begin(), out.end(), [](const Highlight& a, const Highlight& c) {
        return a.kind != c.kind ? a.kind < c.kind : a.share > c.share;
    });
    if (out.size() > max) out.resize(max);
    return out;
}

bool highlightsOfResults(const Challenge& challenge, const Content& content,
                         const std::string& resultsDir, std::vector<Highlight>& out,
                         std::string& error, std::size_t max) {
    out.clear();
    Board b;
    Diagnostics diags;
    if (!startBoard(b, challenge, content, diags)) {
        error = "the challenge's cases cannot be graded: " + diags.str();
        return false;
    }
    for (const auto& f : xmlFilesIn(resultsDir))
        addResultsFile(b, f);
    finish(b);
    if (b.students.empty()) {
        error = "no results to analyse yet";
        return false;
    }
    out = classHighlights(b, itemAnalysis(b), max);
    return true;
}

} // namespace rc::board
