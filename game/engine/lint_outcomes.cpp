#include "game/engine/lint_outcomes.hpp"

#include "game/engine/session.hpp"

#include <sstream>

namespace rc {

std::vector<PlanOutcome> planOutcomes(const Case& c, const Catalog& cat) {
    std::vector<PlanOutcome> out;
    for (std::size_t k = 0; k < c.expert.size(); ++k) {
        if (c.expert[k].verb != Verb::Plan) continue;
        // The visit this plan is made at: play the expert path up to it.
        Session base(c, cat, 1);
        bool ok = true;
        for (std::size_t i = 0; i < k && ok; ++i)
            ok = base.apply(c.expert[i]).ok;
        if (!ok || base.finished()) break; // lintExpert reports a broken expert path
        for (const Pathway& p : cat.pathways) {
            PlanOutcome po;
            po.visit = base.visit().id;
            po.pathway = p.id;
            // The expert's own plan for its pathway; any other pathway alone, without parts.
            Action plan = c.expert[k];
            if (plan.args[0] != p.id) plan = makeAction(Verb::Plan, {p.id});
            plan.line = 0;
            po.plan = plan.str();
            Session s = base;
            // The same plan at this visit and every later one, until the case ends.
            for (int v = 0; v < 3 && !s.finished(); ++v) {
                for (const Action& a : {plan, makeAction(Verb::Advance, {})}) {
                    Reply r = s.apply(a);
                    if (!r.ok && po.error.empty()) po.error = "'" + a.str() + "': " + r.error;
                }
                if (!po.error.empty()) break;
            }
            if (s.finished()) po.outcome = s.outcome()->id;
            out.push_back(std::move(po));
        }
    }
    return out;
}

std::string outcomeReport(const Case& c, const Catalog& cat) {
    std::ostringstream o;
    o << c.id << "\n";
    for (const PlanOutcome& po : planOutcomes(c, cat)) {
        o << "  " << po.visit << ": " << po.plan << " -> ";
        if (const Outcome* oc = c.outcome(po.outcome))
            o << oc->id << " (" << oc->status << ")";
        else
            o << "unfinished" << (po.error.empty() ? "" : " (refused: " + po.error + ")");
        o << "\n";
    }
    return o.str();
}

namespace {
/// A visit whose <next> rules look at the plan: there a missing route is an oversight. A visit
/// that sends every plan to one outcome says so on purpose (--outcomes still shows it).
bool routesByPlan(const Case& c, const std::string& visitId) {
    const Visit* v = c.visit(visitId);
    if (!v) return false;
    for (const NextRule& r : v->next)
        if (!r.pathways.empty() || !r.parts.empty() || !r.notParts.empty()) return true;
    return false;
}
} // namespace

void lintOutcomes(const Case& c, const Catalog& cat, Diagnostics& diags) {
    const auto all = planOutcomes(c, cat);
    static const char* kActive[] = {"surgical", "urgent"};
    for (const PlanOutcome& cons : all) {
        if (cons.pathway != "conservative" || cons.outcome.empty() || !routesByPlan(c, cons.visit))
            continue;
        for (const PlanOutcome& other : all) {
            if (other.visit != cons.visit || other.outcome.empty()) continue;
            bool active = false;
            for (const char* k : kActive)
                active = active || other.pathway == k;
            if (!active) continue;
            const Outcome* a = c.outcome(cons.outcome);
            const Outcome* b = c.outcome(other.outcome);
            if (!a || !b || (a != b && a->text != b->text)) continue;
            diags.warning(
                b->pos.file, b->pos.line, b->pos.col, "same-outcome",
                "at visit '" + cons.visit + "', conservative care ('" + cons.plan + "') and a " +
                    other.pathway + " plan ('" + other.plan + "') both end in " +
                    (a == b ? "outcome '" + a->id + "'"
                            : "outcomes '" + a->id + "' and '" + b->id + "' with the same text") +
                    ": route the " + other.pathway +
                    " plan to an outcome that tells its own story (<next pathway=\"" +
                    other.pathway + "\">)");
        }
    }
}

} // namespace rc
