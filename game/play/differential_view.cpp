#include "game/play/differential_view.hpp"

#include "game/engine/differential_model.hpp"

#include <cmath>
#include <cstdio>

namespace rc::play {

const char* differentialAssumption() {
    return "Findings are treated as independent, except tests the catalogue marks as dependent "
           "(only the stronger counts).";
}

const char* differentialReading() {
    return "Each diagnosis is weighed against all the others, so the bars need not add up to "
           "100 %.";
}

std::string percentText(double p) {
    const double pc = p * 100;
    if (pc > 0 && pc < 0.5) return "<1 %";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f %%", pc);
    return buf;
}

namespace {

std::string dxLabel(const rc::Session& s, const std::string& id) {
    const rc::DiagnosisDef* d = s.catalog().diagnosis(id);
    return d ? d->label : id;
}

/// The label without its parenthesis ("L3 radiculopathy (L2–L3 or L3–L4 disc)" → "L3
/// radiculopathy"), unless another diagnosis of the priors would then read the same.
std::string shortLabel(const rc::Session& s, const std::string& id) {
    auto cut = [&](const std::string& dx) {
        const std::string l = dxLabel(s, dx);
        const auto k = l.find(" (");
        return k == std::string::npos || k == 0 ? l : l.substr(0, k);
    };
    const std::string mine = cut(id);
    for (const auto& p : s.kase().priors)
        if (p.dx != id && cut(p.dx) == mine) return dxLabel(s, id);
    return mine;
}

/// "Femoral nerve stretch positive" (an exam's side-less label and the case's result word),
/// "Groin pain (yes)" (a history answer), "MRI lumbar spine report".
std::string findingName(const rc::TrailStep& st) {
    if (st.kind == rc::FindingKind::History) return st.label + " (" + st.result + ")";
    return st.label + " " + st.result;
}

const char* testNoun(const rc::TrailStep& st) {
    return st.kind == rc::FindingKind::History         ? "answer"
           : st.kind == rc::FindingKind::Investigation ? "report"
                                                       : "test";
}

std::string latestLine(const rc::Session& s, const rc::TrailStep& st) {
    for (const auto& e : st.effects)
        if (e.use == rc::LrUse::Confirmed)
            return findingName(st) + ": shows " + shortLabel(s, e.dx) +
                   ", and it is the reference standard → " + percentText(e.before) +
                   " to confirmed";
    const rc::LrEffect* best = nullptr;
    for (const auto& e : st.effects)
        if (e.use == rc::LrUse::Applied &&
            (!best || std::fabs(e.after - e.before) > std::fabs(best->after - best->before)))
            best = &e;
    if (best)
        return findingName(st) + ": " + rc::lrText(*best) + " for " + shortLabel(s, best->dx) +
               " → " + percentText(best->before) + " to " + percentText(best->after);
    // Nothing moved: say why, by the first reason the effects give.
    for (const auto& e : st.effects)
        if (e.use == rc::LrUse::Dependent)
            return findingName(st) + ": not independent of " + e.other +
                   ", which is stronger and counts instead: unchanged";
    for (const auto& e : st.effects)
        if (e.use == rc::LrUse::Combined)
            return findingName(st) + ": counted in the combined figure of " + e.other;
    for (const auto& e : st.effects)
        if (e.use == rc::LrUse::Unusable)
            return findingName(st) + ": the likelihood ratio against " + shortLabel(s, e.dx) +
                   " cannot be used (0 or infinite): unchanged";
    if (st.effects.size() == 1)
        return findingName(st) + ": no likelihood ratio for this " + testNoun(st) + " against " +
               shortLabel(s, st.effects.front().dx) + ": unchanged";
    return findingName(st) + ": no likelihood ratio for this " + testNoun(st) +
           " against any diagnosis here: unchanged";
}

} // namespace

DifferentialView differentialView(const rc::Session& s, const std::string& mode) {
    DifferentialView v;
    if (mode == "exam") return v;
    const rc::DifferentialModel m(s.kase(), s.catalog());
    if (!m.available()) return v;
    v.shown = true;
    for (const auto& d : m.ranked(s))
        v.bars.push_back({d.dx, shortLabel(s, d.dx), d.p, d.prior, false});
    // The rest of the pre-test probability: no finding has a figure for "something else", so it
    // stays where the priors put it.
    v.bars.push_back({"", "Other", m.otherPrior(), m.otherPrior(), true});
    const auto trail = m.trail(s);
    for (auto it = trail.rbegin(); it != trail.rend(); ++it)
        if (it->counted) {
            v.latest = latestLine(s, *it);
            break;
        }
    return v;
}

DifferentialReview differentialReview(const rc::Session& s, const std::string& mode,
                                      std::size_t n) {
    DifferentialReview r;
    if (mode == "exam") return r;
    const rc::DifferentialModel m(s.kase(), s.catalog());
    if (!m.available()) return r;
    r.shown = true;
    const auto trail = m.trail(s);
    for (const auto& mv : m.movers(s, n)) {
        const rc::TrailStep& st = trail.at(mv.step);
        const rc::LrEffect* e = nullptr;
        for (const auto& x : st.effects)
            if (x.dx == mv.dx) e = &x;
        r.movers.push_back(findingName(st) + ": " + (e ? rc::lrText(*e) : "LR") + " for " +
                           shortLabel(s, mv.dx) + ", " + percentText(mv.before) + " → " +
                           percentText(mv.after));
    }
    const auto ranked = m.ranked(s);
    const std::string& truth = s.kase().truthDiagnosis;
    for (std::size_t k = 0; k < ranked.size(); ++k)
        if (!truth.empty() && ranked[k].dx == truth)
            r.end = "At the end: " + shortLabel(s, truth) + " (the case's diagnosis) " +
                    percentText(ranked[k].p) + ", " + std::to_string(k + 1) + " of " +
                    std::to_string(ranked.size()) + " computed";
    if (r.end.empty() && !truth.empty())
        r.end = "The case's diagnosis, " + dxLabel(s, truth) + ", is not among the priors.";
    if (!s.kase().priorsCaveat.empty() && !m.leads(s, truth)) {
        r.caveat = "What the bars cannot show: " + s.kase().priorsCaveat;
        const std::string src = rc::citeText(s.catalog(), s.kase().priorsCaveatCite);
        if (!src.empty()) r.caveat += " (" + src + ")";
    }
    return r;
}

} // namespace rc::play
