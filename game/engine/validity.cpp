#include "game/engine/validity.hpp"

#include "game/engine/content_text.hpp"

#include <algorithm>

namespace rc {

namespace {

/// A wrong-region treater: the template's history, its exam groups, its orders, its diagnosis
/// and its plan at every visit.
std::vector<Action> treaterPath(const PathTemplate& t, const Case& c, const Catalog& cat) {
    std::vector<Action> out;
    Side side = primarySide(c);
    for (const auto& q : t.questions)
        out.push_back(makeAction(Verb::Ask, {q}));
    for (const auto& g : t.examGroups)
        for (const auto& eg : cat.examGroups) {
            if (eg.id != g) continue;
            for (const auto& id : eg.exams) {
                const Exam* e = cat.exam(id);
                if (e) out.push_back(makeAction(Verb::Exam, {id}, e->sided ? side : Side::None));
            }
        }
    for (const auto& o : t.orders)
        out.push_back(makeAction(Verb::Order, {o}));
    if (const DiagnosisDef* d = cat.diagnosis(t.diagnosis))
        out.push_back(makeAction(Verb::Diagnose, {d->id}, d->sided ? side : Side::None));
    // One plan and advance per visit at most (a case has at most three).
    for (std::size_t v = 0; v < 3; ++v) {
        out.push_back(makeAction(Verb::Plan, splitWords(t.plan)));
        out.push_back(makeAction(Verb::Advance, {}));
    }
    return out;
}

/// The expert path with the policy's over-investigation added at the first visit, before its
/// first differential, diagnosis or plan.
std::vector<Action> overInvestigator(const Case& c, const Catalog& cat) {
    std::vector<Action> out;
    bool inserted = false;
    for (const auto& a : c.expert) {
        bool decision = a.verb == Verb::Differential || a.verb == Verb::Diagnose ||
                        a.verb == Verb::Plan || a.verb == Verb::Advance;
        if (!inserted && decision) {
            for (const auto& o : cat.policy.overInvestigation) {
                bool expertOrders = false;
                for (const auto& e : c.expert) {
                    if (e.verb == Verb::Advance) break; // the first visit only
                    if (e.verb == Verb::Order && e.args[0] == o) expertOrders = true;
                }
                if (!expertOrders) out.push_back(makeAction(Verb::Order, {o}));
            }
            inserted = true;
        }
        out.push_back(a);
    }
    return out;
}

/// The expert path without any imaging: conservative guideline care where imaging is not
/// needed, and the price of leaving it out where it is.
std::vector<Action> guidelinePath(const Case& c, const Catalog& cat) {
    std::vector<Action> out;
    for (const auto& a : c.expert) {
        if (a.verb == Verb::Order || a.verb == Verb::Cancel) { // its cancel goes with it
            const Investigation* inv = cat.investigation(a.args[0]);
            if (inv && inv->kind == "imaging") continue;
        }
        out.push_back(a);
    }
    return out;
}

PathPlay play(PathKind kind, const std::vector<Action>& actions, const Case& c,
              const Catalog& cat) {
    PathPlay p;
    p.kind = kind;
    Session s(c, cat, 1);
    for (const auto& a : actions) {
        if (s.finished()) break;
        Reply r = s.apply(a);
        if (!r.ok) {
            p.legal = false;
            p.error = "'" + a.str() + "': " + r.error;
            break;
        }
        p.actions.push_back(a);
    }
    p.finished = s.finished();
    p.outcome = s.outcome() ? s.outcome()->id : "";
    p.score = scoreSession(s, expertLedger(c, cat));
    return p;
}

} // namespace

Side primarySide(const Case& c) {
    if (c.truthSide == Side::Left || c.truthSide == Side::Right) return c.truthSide;
    for (const auto& r : c.patient.chart)
        if (r.side == Side::Left || r.side == Side::Right) return r.side;
    return Side::Right;
}

bool expertImagesAtFirstVisit(const Case& c, const Catalog& cat) {
    for (const auto& a : c.expert) {
        if (a.verb == Verb::Advance) return false;
        const Investigation* inv = a.verb == Verb::Order ? cat.investigation(a.args[0]) : nullptr;
        if (inv && inv->kind == "imaging") return true;
    }
    return false;
}

bool pathApplies(PathKind kind, const Case& c, const Catalog& cat) {
    if (kind == PathKind::OverInvestigator) return !cat.policy.overInvestigation.empty();
    if (kind == PathKind::Guideline) return true;
    // A treater applies where the truth is not in the region its template treats.
    const PathTemplate* t = cat.policy.path(pathKindName(kind));
    const DiagnosisDef* truth = cat.diagnosis(c.truthDiagnosis);
    return t && (!truth || truth->region != t->region);
}

std::vector<Action> generatePath(PathKind kind, const Case& c, const Catalog& cat) {
    switch (kind) {
    case PathKind::KneeTreater:
    case PathKind::HipTreater: {
        const PathTemplate* t = cat.policy.path(pathKindName(kind));
        return t ? treaterPath(*t, c, cat) : std::vector<Action>{};
    }
    case PathKind::OverInvestigator:
        return overInvestigator(c, cat);
    case PathKind::Guideline:
        return guidelinePath(c, cat);
    }
    return {};
}

PathPlay playPath(PathKind kind, const Case& c, const Catalog& cat) {
    return play(kind, generatePath(kind, c, cat), c, cat);
}

PathPlay playExpert(const Case& c, const Catalog& cat) {
    return play(PathKind::Guideline, c.expert, c, cat);
}

} // namespace rc
