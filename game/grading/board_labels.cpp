#include "game/grading/board_labels.hpp"

#include "game/engine/action.hpp"
#include "game/engine/content_text.hpp"

namespace rc::board {

namespace {

/// The alternatives of one word of a rule pattern ("xray-lumbar|mri-lumbar"); a key's word
/// is its own single alternative.
std::vector<std::string> alternativesOf(const std::string& word) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t bar = word.find('|', start);
        out.push_back(word.substr(start, bar - start));
        if (bar == std::string::npos) return out;
        start = bar + 1;
    }
}

template <class Label> std::string orList(const std::string& word, Label label) {
    std::string out;
    for (const auto& id : alternativesOf(word))
        out += (out.empty() ? "" : " or ") + label(id);
    return out;
}

std::string sideText(Side s) {
    switch (s) {
    case Side::Left:
        return ", left";
    case Side::Right:
        return ", right";
    case Side::Both:
        return ", both sides";
    case Side::None:
        break;
    }
    return "";
}

std::string planWord(const Catalog& cat, const std::string& id) {
    if (const Pathway* p = cat.pathway(id)) return p->label;
    if (const PlanPart* p = cat.part(id)) return p->label;
    return id;
}

std::string diagnosisWord(const Catalog& cat, const std::string& id) {
    const DiagnosisDef* d = cat.diagnosis(id);
    return d ? d->label : id;
}

} // namespace

std::string decisionLabel(const std::string& actionKey, const Catalog& cat) {
    // The board's own entry for a case closed without a diagnosis (PlayedCase::wrongChoices).
    if (actionKey == "(no diagnosis)") return "No diagnosis given";
    // Parse with each word's first alternative so the engine's parser decides the verb, the
    // side and the arity; the labels then name every alternative of the words as written.
    std::vector<std::string> words = splitWords(actionKey);
    std::string probe;
    for (const auto& w : words)
        probe += (probe.empty() ? "" : " ") + alternativesOf(w)[0];
    Action a;
    std::string err;
    if (words.empty() || !parseAction(probe, a, err)) return actionKey;
    // The written words behind a.args: the verb, then args[0], the side (if any), the rest.
    std::vector<std::string> args(words.begin() + 1, words.end());
    if (a.side != Side::None && args.size() > 1) args.erase(args.begin() + 1);
    auto question = [&](const std::string& id) {
        const Question* q = cat.question(id);
        return q ? q->text : id;
    };
    auto exam = [&](const std::string& id) {
        const Exam* e = cat.exam(id);
        return e ? e->label : id;
    };
    auto investigation = [&](const std::string& id) {
        const Investigation* i = cat.investigation(id);
        return i ? i->label : id;
    };
    auto plan = [&](const std::string& id) { return planWord(cat, id); };
    auto diagnosis = [&](const std::string& id) { return diagnosisWord(cat, id); };

    switch (a.verb) {
    case Verb::Ask:
        return "Asked: " + orList(args[0], question);
    case Verb::Exam:
        return "Examined: " + orList(args[0], exam) + sideText(a.side);
    case Verb::Order:
        return "Ordered: " + orList(args[0], investigation);
    case Verb::Cancel:
        return "Cancelled the order: " + orList(args[0], investigation);
    case Verb::Diagnose:
        return "Diagnosed: " + orList(args[0], diagnosis) + sideText(a.side);
    case Verb::Differential: {
        std::string out = "Differential: ";
        for (std::size_t i = 0; i < args.size(); ++i)
            out += (i ? "; " : "") + orList(args[i], diagnosis);
        return out;
    }
    case Verb::Plan: {
        std::string out = "Planned: ";
        for (std::size_t i = 0; i < args.size(); ++i)
            out += (i ? "; " : "") + orList(args[i], plan);
        return out;
    }
    case Verb::Advance: {
        if (args.empty()) return "Moved on to the next visit";
        std::string n = args[0];
        if (!n.empty() && n.back() == 'w') n.pop_back();
        return "Moved on to the next visit after " + n + (n == "1" ? " week" : " weeks");
    }
    }
    return actionKey;
}

} // namespace rc::board
