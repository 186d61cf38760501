#include "game/engine/action_label.hpp"

#include <sstream>

namespace rc {

namespace {

/// The label of one word of a plan: a pathway's or a part's, else the word.
std::string planWord(const Catalog& cat, const std::string& id) {
    if (const Pathway* pw = cat.pathway(id)) return pw->label;
    if (const PlanPart* pt = cat.part(id)) return pt->label;
    return id;
}

std::string sideWord(Side s) {
    return s == Side::None ? "" : std::string(" (") + sideName(s) + ")";
}

/// The label of word `i` of a rule's pattern, or of its alternatives.
std::string ruleWord(const Catalog& cat, const Rule& r, std::size_t i,
                     std::string (*one)(const Catalog&, const std::string&)) {
    if (i < r.alternatives.size() && !r.alternatives[i].empty()) {
        std::string out;
        for (std::size_t k = 0; k < r.alternatives[i].size(); ++k)
            out += (k ? " or " : "") + one(cat, r.alternatives[i][k]);
        return out;
    }
    return one(cat, r.pattern.args[i]);
}

std::string questionText(const Catalog& cat, const std::string& id) {
    const Question* q = cat.question(id);
    return q ? q->text : id;
}
std::string examLabel(const Catalog& cat, const std::string& id) {
    const Exam* e = cat.exam(id);
    return e ? e->label : id;
}
std::string investigationLabel(const Catalog& cat, const std::string& id) {
    const Investigation* i = cat.investigation(id);
    return i ? i->label : id;
}

} // namespace

std::string actionLabel(const Catalog& cat, const std::string& text) {
    Action a;
    std::string err;
    if (!parseAction(text, a, err)) return text;
    if (a.verb == Verb::Advance) return "End the visit";
    if (a.args.empty()) return text;
    switch (a.verb) {
    case Verb::Ask:
        return "Ask: " + questionText(cat, a.args[0]);
    case Verb::Exam: {
        std::string label = "Examine: " + examLabel(cat, a.args[0]) + sideWord(a.side);
        if (a.angle) label += " to " + std::to_string(*a.angle) + "°";
        return label;
    }
    case Verb::Order:
        return "Order: " + investigationLabel(cat, a.args[0]);
    case Verb::Cancel:
        return "Cancel the order: " + investigationLabel(cat, a.args[0]);
    case Verb::Diagnose: {
        const DiagnosisDef* d = cat.diagnosis(a.args[0]);
        return "Diagnose: " + (d ? d->label : a.args[0]) + sideWord(a.side);
    }
    case Verb::Differential: {
        std::ostringstream o;
        o << "Differential: ";
        for (std::size_t i = 0; i < a.args.size(); ++i) {
            const DiagnosisDef* d = cat.diagnosis(a.args[i]);
            o << (i ? ", " : "") << (d ? d->label : a.args[i]);
        }
        return o.str();
    }
    case Verb::Plan: {
        std::string label = "Plan: " + planWord(cat, a.args[0]);
        for (std::size_t i = 1; i < a.args.size(); ++i)
            label += (i == 1 ? " — " : ", ") + planWord(cat, a.args[i]);
        return label;
    }
    case Verb::Advance:
        break;
    }
    return text;
}

std::string ruleLabel(const Catalog& cat, const Rule& r) {
    const Action& p = r.pattern;
    if (p.args.empty()) return r.text;
    switch (p.verb) {
    case Verb::Ask:
        return "Ask: " + ruleWord(cat, r, 0, questionText);
    case Verb::Exam:
        return "Examine: " + ruleWord(cat, r, 0, examLabel) + sideWord(p.side);
    case Verb::Order:
        return "Order: " + ruleWord(cat, r, 0, investigationLabel);
    case Verb::Plan: {
        std::string label = "Plan: ";
        for (std::size_t i = 0; i < p.args.size(); ++i)
            label += (i ? " with " : "") + ruleWord(cat, r, i, planWord);
        return label;
    }
    default:
        return actionLabel(cat, r.text);
    }
}

} // namespace rc
