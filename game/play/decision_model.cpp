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
