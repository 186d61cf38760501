#include "game/play/decision_model.hpp"

#include <algorithm>

namespace rc::play {

std::string groupLabel(const std::string& id) {
    static const std::pair<const char*, const char*> names[] = {{"spine", "Lumbar spine"},
                                                                {"knee", "Knee"},
                                                                {"hip", "Hip"},
                                                                {"other", "Other"},
                                                                {"education", "Education"},
                                                                {"activity", "Activity"},
                                                                {"exercise", "Exercise"},
                                                                {"medication", "Medication"},
                                                                {"manual", "Manual therapy"},
                                                                {"injection", "Injection"},
                                                                {"imaging", "Imaging"},
                                                                {"referral", "Referral"},
                                                                {"follow-up", "Follow-up"}};
    for (const auto& [k, v] : names)
        if (id == k) return v;
    std::string s = id;
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    std::replace(s.begin(), s.end(), '-', ' ');
    return s;
}

namespace {
template <class T, class F>
std::vector<DecisionRow> grouped(const std::vector<T>& items, F groupOf) {
    std::vector<std::string> groups;
    for (const auto& it : items)
        if (std::find(groups.begin(), groups.end(), groupOf(it)) == groups.end())
            groups.push_back(groupOf(it));
    std::vector<DecisionRow> rows;
    for (const auto& g : groups) {
        rows.push_back({true, g, groupLabel(g), ""});
        for (const auto& it : items)
            if (groupOf(it) == g) rows.push_back({false, it.id, it.label, ""});
    }
    return rows;
}
} // namespace

std::vector<DecisionRow> diagnosisRows(const rc::Catalog& cat) {
    return grouped(cat.diagnoses, [](const rc::DiagnosisDef& d) { return d.region; });
}

std::vector<DecisionRow> pathwayRows(const rc::Catalog& cat) {
    std::vector<DecisionRow> rows;
    for (const auto& p : cat.pathways)
        rows.push_back({false, p.id, p.label, p.about});
    return rows;
}

std::vector<DecisionRow> partRows(const rc::Catalog& cat) {
    auto rows = grouped(cat.parts, [](const rc::PlanPart& p) { return p.group; });
    for (auto& r : rows)
        if (!r.heading)
            if (const rc::PlanPart* p = cat.part(r.id)) r.about = p->about;
    return rows;
}

const rc::Action* previousPlan(const rc::Session& s) {
    if (s.visitNumber() < 2) return nullptr;
    const auto& taken = s.taken();
    for (auto it = taken.rbegin(); it != taken.rend(); ++it)
        if (it->action.verb == rc::Verb::Plan && it->visitIndex != s.visitIndex())
            return &it->action;
    return nullptr;
}

DecisionChoice initialChoice(const rc::Session& s) {
    DecisionChoice c;
    if (const rc::Action* d = s.diagnosis()) c.diagnosis = d->args[0], c.side = d->side;
    const rc::Action* plan = s.plan() ? s.plan() : previousPlan(s);
    if (plan && !plan->args.empty() && s.catalog().pathway(plan->args[0])) {
        c.pathway = plan->args[0];
        for (std::size_t i = 1; i < plan->args.size(); ++i)
            if (s.catalog().part(plan->args[i])) c.parts.push_back(plan->args[i]);
    }
    return c;
}

rc::Side stepSide(rc::Side current, int dir) {
    if (current == rc::Side::None) return dir < 0 ? rc::Side::Left : rc::Side::Right;
    const int k = current == rc::Side::Left ? 0 : current == rc::Side::Right ? 1 : 2;
    const int next = std::clamp(k + (dir < 0 ? -1 : 1), 0, 2);
    return next == 0 ? rc::Side::Left : next == 1 ? rc::Side::Right : rc::Side::Both;
}

std::string decisionWarning(const rc::Session& s, const DecisionChoice& c) {
    const rc::DiagnosisDef* d = s.catalog().diagnosis(c.diagnosis);
    if (d && d->sided && c.side == rc::Side::None)
        return "No side chosen: pick Left, Right or Both.";
    return "";
}

std::vector<rc::Action> decisionActions(const rc::Session& s, const DecisionChoice& c,
                                        std::string& missing) {
    std::vector<rc::Action> out;
    missing.clear();
    const rc::DiagnosisDef* d = s.catalog().diagnosis(c.diagnosis);
    const rc::Action* current = s.diagnosis();
    if (!d && !current)
        missing = "Choose a diagnosis.";
    else if (d && d->sided && c.side == rc::Side::None)
        missing = "Choose the side of the diagnosis.";
    else if (c.pathway.empty())
        missing = "Choose a pathway for the plan.";
    if (!missing.empty()) return out;
    if (d) {
        rc::Action a;
        a.verb = rc::Verb::Diagnose;
        a.args = {d->id};
        a.side = d->sided ? c.side : rc::Side::None;
        if (!current || current->key() != a.key()) out.push_back(a);
    }
    rc::Action plan;
    plan.verb = rc::Verb::Plan;
    plan.args.push_back(c.pathway);
    for (const auto& p : c.parts)
        plan.args.push_back(p);
    out.push_back(plan);
    rc::Action adv;
    adv.verb = rc::Verb::Advance;
    out.push_back(adv);
    return out;
}

} // namespace rc::play
