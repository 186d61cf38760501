#include "game/engine/debrief.hpp"

#include "game/engine/action_label.hpp"

#include <algorithm>
#include <iomanip>
#include <set>
#include <sstream>

namespace rc {

namespace {

/// The path as played (cancelled orders and their `cancel` lines included); `withdrawn` marks
/// those, which never count as a divergence from the expert.
std::vector<std::string> pathOf(const std::vector<TakenAction>& taken, std::vector<int>* visits,
                                std::vector<bool>* withdrawn) {
    std::vector<std::string> out;
    for (const auto& t : taken) {
        if (t.repeat) continue;
        out.push_back(t.action.key());
        visits->push_back(t.visitIndex);
        withdrawn->push_back(t.cancelled || t.action.verb == Verb::Cancel);
    }
    return out;
}

/// 1-based position of visit `index` among the visits a session reached (0: never reached).
int visitNumber(const Session& s, int index) {
    const auto& r = s.visitsReached();
    for (std::size_t i = 0; i < r.size(); ++i)
        if (r[i] == index) return static_cast<int>(i) + 1;
    return 0;
}

/// Labels and visits of the decisions; a miss of a rule with no visit is placed where the
/// expert did it.
void placeDecisions(Debrief& d, const Session& s, const Session& expert) {
    const Case& c = s.kase();
    const Catalog& cat = s.catalog();
    for (Judgement& j : d.score.decisions) {
        const Rule* r = j.rule >= 0 ? &c.rules[static_cast<std::size_t>(j.rule)] : nullptr;
        const bool byRule = r && (j.missed || r->pattern.verb == Verb::Plan);
        d.decisionLabels.push_back(byRule ? ruleLabel(cat, *r) : actionLabel(cat, j.action));
        if (!j.missed || !r || !r->visit.empty()) {
            d.decisionVisits.push_back(visitNumber(s, j.visitIndex));
            continue;
        }
        int visit = 0;
        for (const auto& t : expert.taken())
            if (!t.repeat && ruleMatches(*r, t, c)) {
                j.visitIndex = t.visitIndex;
                visit = visitNumber(expert, t.visitIndex);
                break;
            }
        d.decisionVisits.push_back(visit);
    }
}

} // namespace

Debrief makeDebrief(const Session& s) {
    const Case& c = s.kase();
    Debrief d;
    Session expert(c, s.catalog(), s.seed());
    for (const auto& a : c.expert)
        if (!expert.apply(a).ok) break;
    d.score = scoreSession(s, expert.ledger());
    std::vector<int> pv, ev;
    std::vector<bool> pw, ew;
    d.playerPath = pathOf(s.taken(), &pv, &pw);
    d.expertPath = pathOf(expert.taken(), &ev, &ew);
    // Divergence: compared per visit, order within a visit does not matter.
    auto inOther = [](const std::string& k, int visit, const std::vector<std::string>& path,
                      const std::vector<int>& visits, const std::vector<bool>& withdrawn) {
        for (std::size_t i = 0; i < path.size(); ++i)
            if (visits[i] == visit && path[i] == k && !withdrawn[i]) return true;
        return false;
    };
    for (std::size_t i = 0; i < d.playerPath.size() && d.playerDivergence < 0; ++i)
        if (d.playerPath[i].rfind("differential", 0) != 0 && !pw[i] &&
            !inOther(d.playerPath[i], pv[i], d.expertPath, ev, ew))
            d.playerDivergence = static_cast<int>(i);
    for (std::size_t i = 0; i < d.expertPath.size() && d.expertDivergence < 0; ++i)
        if (d.expertPath[i].rfind("differential", 0) != 0 && !ew[i] &&
            !inOther(d.expertPath[i], ev[i], d.playerPath, pv, pw))
            d.expertDivergence = static_cast<int>(i);
    if (const Outcome* o = s.outcome()) {
        d.outcomeText = o->text;
        d.outcomeStatus = o->status;
    } else {
        d.outcomeText = "The case was not finished.";
        d.outcomeStatus = "same";
    }
    if (const DiagnosisDef* dx = s.catalog().diagnosis(c.truthDiagnosis)) {
        d.truthLabel = dx->label;
        d.roots = dx->roots;
    } else {
        d.truthLabel = c.truthDiagnosis;
    }
    if (c.truthSide != Side::None) d.truthLabel += std::string(" (") + sideName(c.truthSide) + ")";
    d.truthText = c.truthText;
    const Catalog& cat = s.catalog();
    d.truthSource = citeText(cat, c.truthCite);
    if (const Outcome* o = s.outcome()) d.outcomeSource = citeText(cat, o->cite);
    d.learning = c.learning;
    for (const auto& lp : c.learning)
        d.learningSources.push_back(citeText(cat, lp.cite));
    // The case's bibliography: what it teaches from, in the order a reader meets it.
    collectSources(cat, c.truthCite, d.sources);
    for (const auto& a : c.accepts)
        collectSources(cat, a.cite, d.sources);
    for (const auto& r : c.rules)
        collectSources(cat, r.cite, d.sources);
    for (const auto& o : c.outcomes)
        collectSources(cat, o.cite, d.sources);
    for (const auto& lp : c.learning)
        collectSources(cat, lp.cite, d.sources);
    if (!c.priorsCaveat.empty()) collectSources(cat, c.priorsCaveatCite, d.sources);
    for (const auto& t : s.taken()) {
        if (t.action.verb != Verb::Exam || !t.action.angle) continue;
        const Exam* e = s.catalog().exam(t.action.args[0]);
        ManoeuvreRecord m;
        m.exam = t.action.args[0];
        m.label = e ? e->label : m.exam;
        m.side = t.action.side;
        m.reached = *t.action.angle;
        if (const Finding* f = s.findingAt(t.visitIndex, m.exam, m.side)) m.onset = f->onset;
        m.stoppedShort = t.stoppedShort;
        m.visit = t.visitIndex + 1;
        d.manoeuvres.push_back(m);
    }
    placeDecisions(d, s, expert);
    d.breakdown = scoreBreakdown(s, d.score, d.decisionVisits, d.decisionLabels);
    for (const auto& b : d.breakdown)
        if (!b.reason.empty()) d.reasons.push_back(b.reason);
    return d;
}

bool spansVisits(const std::vector<ManoeuvreRecord>& ms) {
    for (const auto& m : ms)
        if (m.visit != 1) return true;
    return false;
}

std::string debriefText(const Debrief& d, const Session& s) {
    const Case& c = s.kase();
    std::ostringstream out;
    out << std::fixed << std::setprecision(1);
    out << "Debrief: " << c.title << " (" << c.id << ")\n";
    out << "Patient: " << c.patient.name << ", " << c.patient.age << ", " << c.patient.job << "\n";
    out << "Diagnosis: " << d.truthLabel << "\n";
    out << "Outcome (" << d.outcomeStatus << "): " << d.outcomeText << "\n";
    if (!d.outcomeSource.empty()) out << "  Source: " << d.outcomeSource << "\n";
    out << "\n";
    out << "Score by domain\n";
    for (int i = 0; i < kDomainCount; ++i) {
        out << "  " << std::left << std::setw(16) << domainLabel(static_cast<Domain>(i))
            << std::right << std::setw(6) << d.score.domains[i];
        if (d.score.zeroed[i]) out << "  (zeroed by a critical error)";
        out << "\n";
    }
    if (!d.score.deductions.empty() || d.score.capped)
        out << "  " << std::left << std::setw(16) << "Weighted" << std::right << std::setw(6)
            << d.score.weighted << "\n";
    if (!d.score.deductions.empty())
        out << "  " << std::left << std::setw(16) << "Harm and waste" << std::right << std::setw(6)
            << -d.score.deducted << "\n";
    out << "  " << std::left << std::setw(16) << "Total" << std::right << std::setw(6)
        << d.score.total << " / 100\n";
    if (d.score.capped) out << "  Capped: " << d.score.capReason << "\n";
    for (const auto& r : d.reasons)
        out << "  " << r << "\n";
    out << "\n";
    if (!d.score.deductions.empty()) {
        out << "Harm and waste\n";
        for (const auto& x : d.score.deductions)
            out << "  [" << c.visits[static_cast<std::size_t>(x.visitIndex)].id << "] " << x.action
                << "  (-" << x.points << "): " << x.reason << "\n";
        out << "\n";
    }
    const Ledger& l = d.score.ledger;
    const Ledger& e = d.score.expertLedger;
    out << std::setprecision(2);
    out << "Ledger: " << l.minutes << " min, \xC2\xA3" << l.cost << ", " << l.radiation
        << " mSv (expert: " << e.minutes << " min, \xC2\xA3" << e.cost << ", " << e.radiation
        << " mSv)\n";
    out << "Recall " << d.score.essentialMet << "/" << d.score.essentialTotal
        << " essential items; precision " << std::setprecision(0) << d.score.precision * 100
        << "%\n\n";
    // Each decision's share of its domain (out of 100): a domain's shares and its own lines
    // (score_breakdown.hpp) add up to its score.
    std::vector<const ScoreLine*> lineOf(d.score.decisions.size(), nullptr);
    for (const auto& b : d.breakdown)
        for (const auto& l : b.lines)
            if (l.decision >= 0 && static_cast<std::size_t>(l.decision) < lineOf.size())
                lineOf[static_cast<std::size_t>(l.decision)] = &l;
    out << "Decisions\n";
    for (std::size_t k = 0; k < d.score.decisions.size(); ++k) {
        const Judgement& j = d.score.decisions[k];
        const char* mark = j.missed ? "MISSED" : j.points > 0 ? "+" : j.points < 0 ? "-" : "=";
        out << "  [" << c.visits[static_cast<std::size_t>(j.visitIndex)].id << "] " << mark << " "
            << j.action << "  (" << tagName(j.tag) << ", " << domainName(j.domain);
        if (j.missed)
            out << ", " << j.possible << " pts lost";
        else if (j.points != 0)
            out << ", " << (j.points > 0 ? "+" : "") << j.points << " pts";
        if (j.critical) out << ", critical";
        if (j.stoppedShort) out << ", stopped short";
        out << ")";
        if (const ScoreLine* l = lineOf[k]) {
            out << "  " << domainName(j.domain) << " " << tenthsText(l->tenths, true);
            if (l->ofTenths > 0) out << " of " << tenthsText(l->ofTenths);
        }
        out << "\n      " << j.feedback << "\n";
        if (!j.cite.empty()) out << "      Source: " << citeText(s.catalog(), j.cite) << "\n";
    }
    out << "  Diagnosis: " << d.score.diagnosisFeedback << "\n";
    if (!d.truthSource.empty()) out << "      Source: " << d.truthSource << "\n";
    if (!d.manoeuvres.empty()) {
        out << "\nHands-on tests\n";
        const bool visits = spansVisits(d.manoeuvres);
        for (const auto& m : d.manoeuvres) {
            out << "  " << m.label;
            if (m.side != Side::None) out << " " << sideName(m.side);
            if (visits) out << " (visit " << m.visit << ")";
            out << ": reached " << m.reached << "\xC2\xB0";
            if (m.onset) out << "; symptoms at " << *m.onset << "\xC2\xB0";
            if (m.stoppedShort) out << " (stopped short)";
            out << "\n";
        }
    }
    out << "\nYour path vs the expert's\n";
    std::size_t n = std::max(d.playerPath.size(), d.expertPath.size());
    for (std::size_t i = 0; i < n; ++i) {
        std::string p = i < d.playerPath.size() ? d.playerPath[i] : "";
        std::string x = i < d.expertPath.size() ? d.expertPath[i] : "";
        out << "  " << std::left << std::setw(48) << p << " " << x;
        if (static_cast<int>(i) == d.playerDivergence) out << "   <- first divergence";
        out << "\n";
    }
    if (d.expertDivergence >= 0)
        out << "  First expert step you did not take: "
            << d.expertPath[static_cast<std::size_t>(d.expertDivergence)] << "\n";
    out << "\nLearning points\n";
    for (std::size_t i = 0; i < d.learning.size(); ++i) {
        out << "  - " << d.learning[i].text << "\n";
        if (i < d.learningSources.size() && !d.learningSources[i].empty())
            out << "    Source: " << d.learningSources[i] << "\n";
    }
    if (!d.sources.empty()) {
        out << "\nReferences\n";
        for (const auto& r : d.sources) {
            out << "  - " << r.entry << "\n";
            if (!r.link.empty()) out << "    " << r.link << "\n";
        }
    }
    return out.str();
}

} // namespace rc
