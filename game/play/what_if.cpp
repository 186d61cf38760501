#include "game/play/what_if.hpp"

#include "game/engine/action_label.hpp"
#include "game/engine/content_text.hpp"
#include "game/play/play_state.hpp"

#include <algorithm>

namespace rc::play {

namespace {

/// 1-based number of visit `visitIndex` on the path of `s` (1 if never reached).
int visitNumber(const rc::Session& s, int visitIndex) {
    const auto& r = s.visitsReached();
    const auto it = std::find(r.begin(), r.end(), visitIndex);
    return it == r.end() ? 1 : static_cast<int>(it - r.begin()) + 1;
}

std::string pathwayLabel(const rc::Catalog& cat, const std::string& id) {
    const rc::Pathway* p = cat.pathway(id);
    return p ? p->label : id;
}

/// The expert's plan made at the `n`th plan of the expert path (0-based), if any.
const rc::Action* expertPlan(const rc::Case& c, std::size_t n) {
    for (const rc::Action& a : c.expert)
        if (a.verb == rc::Verb::Plan && n-- == 0) return &a;
    return nullptr;
}

/// The case's list of plausible diagnoses: its priors, else the expert's last differential;
/// the true diagnosis always.
std::vector<std::string> caseDiagnoses(const rc::Case& c) {
    std::vector<std::string> ids;
    for (const rc::Prior& p : c.priors)
        ids.push_back(p.dx);
    if (ids.empty())
        for (const rc::Action& a : c.expert)
            if (a.verb == rc::Verb::Differential) ids = a.args;
    if (std::find(ids.begin(), ids.end(), c.truthDiagnosis) == ids.end())
        ids.insert(ids.begin(), c.truthDiagnosis);
    return ids;
}

rc::Action clean(rc::Action a) {
    a.line = 0;
    a.time.reset();
    return a;
}

void planAlternatives(const rc::Session& s, const std::vector<rc::Action>& log, std::size_t k,
                      std::size_t planNumber, DecisionPoint& p) {
    const rc::Catalog& cat = s.catalog();
    const bool advance = k + 1 < log.size() && log[k + 1].verb == rc::Verb::Advance;
    auto add = [&](std::string label, rc::Action plan) {
        WhatIfAlternative alt{std::move(label), {clean(std::move(plan))}};
        if (advance) alt.actions.push_back(rc::makeAction(rc::Verb::Advance, {}));
        p.alternatives.push_back(std::move(alt));
    };
    std::string expertPathway;
    if (const rc::Action* e = expertPlan(s.kase(), planNumber); e && e->key() != p.action.key()) {
        expertPathway = e->args[0];
        add(rc::actionLabel(cat, e->str()) + " (the expert's plan)", *e);
    }
    for (const rc::Pathway& pw : cat.pathways) {
        if (pw.id == p.action.args[0] || pw.id == expertPathway) continue;
        add("Plan: " + pw.label, rc::makeAction(rc::Verb::Plan, {pw.id}));
    }
}

void diagnosisAlternatives(const rc::Session& s, DecisionPoint& p) {
    const rc::Catalog& cat = s.catalog();
    for (const std::string& id : caseDiagnoses(s.kase())) {
        const rc::DiagnosisDef* d = cat.diagnosis(id);
        if (!d || id == p.action.args[0]) continue;
        rc::Side side = rc::Side::None;
        if (d->sided) {
            side = p.action.side != rc::Side::None        ? p.action.side
                   : s.kase().truthSide != rc::Side::None ? s.kase().truthSide
                                                          : rc::Side::Right;
        }
        rc::Action a = rc::makeAction(rc::Verb::Diagnose, {id}, side);
        p.alternatives.push_back({rc::actionLabel(cat, a.str()), {a}});
    }
}

} // namespace

std::vector<DecisionPoint> decisionPoints(const rc::Session& s) {
    std::vector<DecisionPoint> out;
    const auto& taken = s.taken();
    std::vector<rc::Action> log;
    for (const auto& t : taken)
        log.push_back(t.action);
    std::size_t plans = 0;
    for (std::size_t k = 0; k < taken.size(); ++k) {
        const rc::TakenAction& t = taken[k];
        const rc::Verb v = t.action.verb;
        if (t.action.args.empty()) continue;
        if (v != rc::Verb::Plan && v != rc::Verb::Diagnose && v != rc::Verb::Order) continue;
        if (v == rc::Verb::Order && t.cancelled) continue; // withdrawn: never done
        DecisionPoint p;
        p.index = k;
        p.visit = visitNumber(s, t.visitIndex);
        p.action = clean(t.action);
        const std::string at = ", visit " + std::to_string(p.visit);
        if (v == rc::Verb::Plan) {
            p.label = "Plan: " + pathwayLabel(s.catalog(), t.action.args[0]) + at;
            planAlternatives(s, log, k, plans++, p);
        } else if (v == rc::Verb::Diagnose) {
            p.label = rc::actionLabel(s.catalog(), p.action.str()) + at;
            diagnosisAlternatives(s, p);
        } else {
            p.label = rc::actionLabel(s.catalog(), p.action.str()) + at;
            p.alternatives.push_back({"Do not order it", {}});
        }
        if (!p.alternatives.empty()) out.push_back(std::move(p));
    }
    return out;
}

int decisionPointFor(const std::vector<DecisionPoint>& points, const std::string& step, int visit) {
    rc::Action a;
    std::string err;
    if (!rc::parseAction(step, a, err)) return -1;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].action.key() == a.key() && (visit <= 0 || points[i].visit == visit))
            return static_cast<int>(i);
    return -1;
}

std::vector<rc::Action> branchActions(const rc::Session& s, const DecisionPoint& p,
                                      const WhatIfAlternative& alt) {
    std::vector<rc::Action> out;
    const auto& taken = s.taken();
    for (std::size_t k = 0; k < p.index && k < taken.size(); ++k)
        out.push_back(taken[k].action);
    out.insert(out.end(), alt.actions.begin(), alt.actions.end());
    return out;
}

bool playBranch(const rc::Session& s, const DecisionPoint& p, const WhatIfAlternative& alt,
                rc::Session& out, std::string& error) {
    out = rc::Session(s.kase(), s.catalog(), s.seed());
    for (const rc::Action& a : branchActions(s, p, alt)) {
        const rc::Reply r = out.apply(a);
        if (!r.ok) {
            error = "'" + a.str() + "': " + r.error;
            return false;
        }
    }
    return true;
}

bool whatIfOffered(const PlayState& play, bool classroom, bool inBranch) {
    return play.active() && play.session().finished() && play.mode() == "practice" &&
           !play.kase().tutorial() && !classroom && !inBranch;
}

PathSummary summarize(const rc::Debrief& d, std::string heading) {
    PathSummary p;
    p.heading = std::move(heading);
    p.outcomeStatus = d.outcomeStatus;
    p.outcomeText = d.outcomeText;
    p.total = d.score.total;
    for (std::size_t i = 0; i < p.domains.size(); ++i)
        p.domains[i] = d.score.domains[i];
    return p;
}

std::vector<CompareRow> compareRows(const PathSummary& mine, const PathSummary& branch) {
    std::vector<CompareRow> rows;
    auto add = [&](std::string label, double a, double b) {
        rows.push_back({std::move(label), rc::oneDecimal(a), rc::oneDecimal(b), false});
        rows.back().differs = rows.back().mine != rows.back().branch;
    };
    add("Total", mine.total, branch.total);
    for (int i = 0; i < rc::kDomainCount; ++i)
        add(rc::domainLabel(static_cast<rc::Domain>(i)), mine.domains[static_cast<std::size_t>(i)],
            branch.domains[static_cast<std::size_t>(i)]);
    return rows;
}

std::string branchTitle(const WhatIfBranch* b, const std::string& title) {
    return b && b->inBranch ? std::string(kWhatIfTitle) + "  \u00B7  " + title : title;
}

bool startBranch(PlayState& play, const rc::Content& content, const DecisionPoint& p,
                 const WhatIfAlternative& alt, WhatIfBranch& b, std::string& error) {
    rc::Session probe(play.session().kase(), play.session().catalog(), play.session().seed());
    if (!playBranch(play.session(), p, alt, probe, error)) return false;
    b.original = play.saved();
    b.autosavePath = play.autosavePath();
    b.mine = summarize(play.debrief(), "Your path");
    b.alternative = alt.label;
    b.advanced = !alt.actions.empty() && alt.actions.back().verb == rc::Verb::Advance;
    rc::SavedGame g = b.original;
    g.log.actions = branchActions(play.session(), p, alt);
    play.setAutosavePath(""); // a branch is never saved
    if (!play.restore(g, content, error)) {
        std::string again;
        returnFromBranch(play, content, b, again);
        return false;
    }
    b.inBranch = true;
    return true;
}

bool returnFromBranch(PlayState& play, const rc::Content& content, WhatIfBranch& b,
                      std::string& error) {
    play.setAutosavePath(""); // replaying the finished play writes nothing
    const bool ok = play.restore(b.original, content, error);
    play.setAutosavePath(b.autosavePath);
    b.inBranch = false;
    return ok;
}

bool parseWhatIf(const std::string& spec, const std::vector<DecisionPoint>& points,
                 std::size_t& point, std::size_t& alternative, std::string& error) {
    const std::size_t colon = spec.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= spec.size() || colon > 6) {
        error = "--what-if takes N:ALTERNATIVE (e.g. 40:surgical)";
        return false;
    }
    const std::string n = spec.substr(0, colon), word = spec.substr(colon + 1);
    if (!std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        error = "--what-if: '" + n + "' is not a number of actions";
        return false;
    }
    const std::size_t index = static_cast<std::size_t>(std::stoul(n));
    std::string listed;
    for (std::size_t i = 0; i < points.size(); ++i) {
        listed += (i ? ", " : "") + std::to_string(points[i].index);
        if (points[i].index != index) continue;
        const auto& alts = points[i].alternatives;
        for (std::size_t k = 0; k < alts.size(); ++k) {
            bool match =
                std::to_string(k + 1) == word || (word == "none" && alts[k].actions.empty());
            if (!alts[k].actions.empty())
                for (const std::string& arg : alts[k].actions.front().args)
                    match = match || arg == word;
            if (match) {
                point = i;
                alternative = k;
                return true;
            }
        }
        error = "--what-if: no alternative '" + word + "' at " + points[i].label;
        return false;
    }
    error = "--what-if: no decision after " + n +
            " actions (decisions after: " + (listed.empty() ? "none" : listed) + ")";
    return false;
}

} // namespace rc::play
