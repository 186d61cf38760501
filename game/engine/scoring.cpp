#include "game/engine/scoring.hpp"

#include "game/engine/content_text.hpp"
#include "game/engine/dx_class.hpp"

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool inScope(const Rule& r, const Session& s) {
    return r.visit.empty() || s.reached(r.visit);
}

double ratio(double expert, double player, double slack) {
    return std::min(1.0, (expert + slack) / (player + slack));
}

/// True when pattern word `i` of the rule (or one of its alternatives) equals `word`.
bool wordIs(const Rule& r, std::size_t i, const std::string& word) {
    if (i < r.alternatives.size() && !r.alternatives[i].empty())
        return contains(r.alternatives[i], word);
    return r.pattern.args[i] == word;
}

bool anyWordIn(const Rule& r, std::size_t i, const std::vector<std::string>& words) {
    if (i < r.alternatives.size() && !r.alternatives[i].empty()) {
        for (const auto& w : r.alternatives[i])
            if (contains(words, w)) return true;
        return false;
    }
    return contains(words, r.pattern.args[i]);
}

struct DomainTally {
    double earned = 0, possible = 0, penalty = 0;
    bool zero = false;
};

/// The diagnosis in force when each taken action was made (the latest `diagnose` before it).
std::vector<const Action*> diagnosisInForce(const std::vector<TakenAction>& taken) {
    std::vector<const Action*> out(taken.size(), nullptr);
    const Action* current = nullptr;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        if (taken[i].action.verb == Verb::Diagnose) current = &taken[i].action;
        out[i] = current;
    }
    return out;
}

} // namespace

bool ruleMatches(const Rule& r, const TakenAction& t, const Case& c) {
    const Action& p = r.pattern;
    const Action& a = t.action;
    if (p.verb != a.verb || p.args.empty() || a.args.empty()) return false;
    if (!r.visit.empty() && c.visits[static_cast<std::size_t>(t.visitIndex)].id != r.visit)
        return false;
    switch (p.verb) {
    case Verb::Ask:
    case Verb::Order:
        return wordIs(r, 0, a.args[0]);
    case Verb::Exam:
        return wordIs(r, 0, a.args[0]) && (p.side == Side::None || p.side == a.side);
    case Verb::Plan:
        for (std::size_t i = 0; i < p.args.size(); ++i)
            if (!anyWordIn(r, i, a.args)) return false;
        return true;
    default:
        return false;
    }
}

std::array<double, kDomainCount> effectiveWeights(const Case& c, const ScoringPolicy& p) {
    std::array<double, kDomainCount> w{};
    for (int d = 0; d < kDomainCount; ++d)
        w[d] = c.weights[d] >= 0 ? c.weights[d] : p.weights[d];
    return w;
}

Ledger expertLedger(const Case& c, const Catalog& cat, std::uint64_t seed) {
    Session s(c, cat, seed);
    for (const auto& a : c.expert)
        if (!s.apply(a).ok) break;
    return s.ledger();
}

Score scoreSession(const Session& s, const Ledger& expert) {
    const Case& c = s.kase();
    const Catalog& cat = s.catalog();
    const ScoringPolicy& pol = cat.policy;
    const auto& taken = s.taken();
    Score sc;
    sc.ledger = s.ledger();
    sc.expertLedger = expert;
    std::array<DomainTally, kDomainCount> tally{};
    // Judgements attached to the index of the taken action they judge.
    std::vector<std::vector<Judgement>> perAction(taken.size());
    std::vector<Judgement> missed;
    std::vector<bool> relevant(taken.size(), false);
    // Orders some rule justifies (essential, indicated or neutral): no harm-and-waste deduction.
    std::vector<bool> justified(taken.size(), false);
    const std::vector<const Action*> dxAt = diagnosisInForce(taken);
    std::vector<DxClass> dxClassAt(taken.size());
    for (std::size_t i = 0; i < taken.size(); ++i)
        dxClassAt[i] = classifyDiagnosis(c, cat, dxAt[i]);
    sc.rules.assign(c.rules.size(), RuleOutcome::NotMet);

    for (std::size_t ri = 0; ri < c.rules.size(); ++ri) {
        const Rule& r = c.rules[ri];
        if (!inScope(r, s)) {
            sc.rules[ri] = RuleOutcome::OutOfScope;
            continue;
        }
        bool positive = r.tag == Tag::Essential || r.tag == Tag::Indicated;
        // Management is not credited for a plan made for a diagnosis in another region.
        bool needsTarget = positive && pol.managementNeedsRegion && r.domain == Domain::Management;
        int first = -1;
        bool full = false, offTarget = false;
        for (std::size_t i = 0; i < taken.size(); ++i) {
            if (taken[i].repeat || taken[i].cancelled || !ruleMatches(r, taken[i], c)) continue;
            if (!dxIn(r.dx, dxClassAt[i])) continue;
            if (needsTarget && dxClassAt[i] == DxClass::Wrong) {
                offTarget = true;
                continue;
            }
            if (r.tag == Tag::Essential || r.tag == Tag::Indicated || r.tag == Tag::Neutral) {
                relevant[i] = true;
                justified[i] = true;
            }
            if (first < 0) first = static_cast<int>(i);
            if (!taken[i].stoppedShort && !full) {
                full = true;
                first = static_cast<int>(i);
            }
        }
        if (first >= 0) sc.rules[ri] = full ? RuleOutcome::Met : RuleOutcome::StoppedShort;
        DomainTally& d = tally[static_cast<int>(r.domain)];
        Judgement j;
        j.tag = r.tag;
        j.domain = r.domain;
        j.critical = r.critical;
        j.feedback = r.feedback;
        j.cite = r.cite;
        j.rule = static_cast<int>(ri);
        if (positive) {
            d.possible += r.points;
            j.possible = r.points;
            if (r.tag == Tag::Essential) ++sc.essentialTotal;
        }
        if (first < 0) {
            if (positive) {
                j.missed = true;
                j.offTarget = offTarget;
                if (offTarget)
                    j.feedback =
                        "Not credited: your plan was made for a problem in another region. " +
                        j.feedback;
                j.action = r.text;
                j.visitIndex = s.visitIndex();
                if (!r.visit.empty())
                    for (std::size_t v = 0; v < c.visits.size(); ++v)
                        if (c.visits[v].id == r.visit) j.visitIndex = static_cast<int>(v);
                if (r.critical) d.zero = true;
                missed.push_back(j);
            }
            continue;
        }
        const TakenAction& t = taken[static_cast<std::size_t>(first)];
        j.action = t.action.str();
        j.visitIndex = t.visitIndex;
        if (positive) {
            j.stoppedShort = !full;
            double got = full ? r.points : r.points * pol.stoppedShortShare;
            d.earned += got;
            j.points = static_cast<int>(std::lround(got));
            if (r.tag == Tag::Essential) ++sc.essentialMet;
        } else if (r.tag != Tag::Neutral) {
            d.penalty += r.points;
            j.points = -r.points;
            if (r.critical && r.tag == Tag::Harmful) d.zero = true;
        }
        perAction[static_cast<std::size_t>(first)].push_back(j);
    }

    // Default policy for what no rule names.
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const TakenAction& t = taken[i];
        // An action some rule names is not "unnamed" even if that rule was credited earlier.
        if (t.repeat || t.cancelled || !perAction[i].empty() ||
            std::any_of(c.rules.begin(), c.rules.end(),
                        [&](const Rule& r) { return inScope(r, s) && ruleMatches(r, t, c); }))
            continue;
        Judgement j;
        j.action = t.action.str();
        j.visitIndex = t.visitIndex;
        j.generic = true;
        if (t.action.verb == Verb::Order) {
            const Investigation* inv = cat.investigation(t.action.args[0]);
            j.tag = Tag::Unnecessary;
            j.domain = Domain::Investigations;
            j.points = -pol.unruledOrder;
            tally[static_cast<int>(Domain::Investigations)].penalty += pol.unruledOrder;
            j.feedback = "Not indicated for this patient: it would not change management";
            if (inv && inv->radiation > 0) j.feedback += ", and it added radiation";
            j.feedback += ".";
            perAction[i].push_back(j);
        } else if (t.action.verb == Verb::Plan) {
            j.tag = Tag::Unnecessary;
            j.domain = Domain::Management;
            j.points = -pol.unruledPathway;
            tally[static_cast<int>(Domain::Management)].penalty += pol.unruledPathway;
            const Pathway* p = cat.pathway(t.action.args[0]);
            j.feedback = std::string("This pathway (") + (p ? p->label : t.action.args[0]) +
                         ") does not fit this patient at this point.";
            perAction[i].push_back(j);
        } else if (t.action.verb == Verb::Ask && cat.topicOf(t.action.args[0]) == "red-flags") {
            // Asking a red-flag question is never a waste (FORMAT.md §2.9).
            relevant[i] = true;
            j.feedback = "Screening for red flags is always worth the minute it takes.";
            perAction[i].push_back(j);
        } else if (t.action.verb == Verb::Ask || t.action.verb == Verb::Exam) {
            if (t.action.verb == Verb::Exam) j.domain = Domain::Examination;
            j.feedback = "Not needed to sort out this patient's problem; it cost clinic time.";
            perAction[i].push_back(j);
        }
    }
    // A plan whose pathway no rule names costs the default penalty even if a part was ruled on.
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const TakenAction& t = taken[i];
        if (t.action.verb != Verb::Plan || (!perAction[i].empty() && perAction[i][0].generic))
            continue;
        bool ruled = std::any_of(c.rules.begin(), c.rules.end(), [&](const Rule& r) {
            return r.pattern.verb == Verb::Plan && !r.pattern.args.empty() &&
                   wordIs(r, 0, t.action.args[0]) && ruleMatches(r, t, c);
        });
        if (ruled) continue;
        Judgement j;
        j.action = "plan " + t.action.args[0];
        j.visitIndex = t.visitIndex;
        j.generic = true;
        j.tag = Tag::Unnecessary;
        j.domain = Domain::Management;
        j.points = -pol.unruledPathway;
        tally[static_cast<int>(Domain::Management)].penalty += pol.unruledPathway;
        j.feedback = "This pathway does not fit this patient at this point.";
        perAction[i].push_back(j);
    }

    for (int d = 0; d < kDomainCount; ++d) {
        const DomainTally& t = tally[d];
        double v = t.possible > 0 ? (t.earned - t.penalty) / t.possible
                                  : 1.0 - t.penalty / pol.noPossibleScale;
        sc.domains[d] = 100.0 * std::clamp(v, 0.0, 1.0);
        if (t.zero) {
            sc.domains[d] = 0;
            sc.zeroed[d] = true;
        }
    }

    // Diagnosis.
    const Action* dx = s.diagnosis();
    sc.dxClass = classifyDiagnosis(c, cat, dx);
    if (!dx) {
        sc.diagnosisFeedback = "No diagnosis was named. " + c.truthText;
    } else if (dx->args[0] == c.truthDiagnosis) {
        bool sideOk = dx->side == c.truthSide;
        sc.diagnosisCredit = sideOk ? 1.0 : pol.wrongSideCredit;
        sc.diagnosisFeedback = sideOk ? c.truthText : "Right diagnosis, wrong side. " + c.truthText;
    } else {
        sc.diagnosisFeedback = c.truthText;
        for (const Accept& a : c.accepts)
            if (a.diagnosis == dx->args[0]) {
                double credit =
                    a.side == Side::None || a.side == dx->side ? a.credit : a.credit / 2;
                sc.diagnosisCredit = credit;
                sc.diagnosisFeedback = a.feedback;
            }
    }
    sc.domains[static_cast<int>(Domain::Diagnosis)] = 100.0 * sc.diagnosisCredit;

    // Efficiency: precision and stewardship.
    int items = 0, rel = 0;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        Verb v = taken[i].action.verb;
        if (taken[i].repeat || taken[i].cancelled ||
            !(v == Verb::Ask || v == Verb::Exam || v == Verb::Order))
            continue;
        ++items;
        if (relevant[i]) ++rel;
    }
    sc.precision = items ? static_cast<double>(rel) / items : 1.0;
    sc.stewardship = (ratio(expert.minutes, sc.ledger.minutes, pol.minutesSlack) +
                      ratio(expert.cost, sc.ledger.cost, pol.costSlack) +
                      ratio(expert.radiation, sc.ledger.radiation, pol.radiationSlack)) /
                     3.0;
    sc.domains[static_cast<int>(Domain::Efficiency)] =
        100.0 * (pol.precisionShare * sc.precision + (1 - pol.precisionShare) * sc.stewardship);
    sc.recall = sc.essentialTotal ? static_cast<double>(sc.essentialMet) / sc.essentialTotal : 1.0;

    // Harm and waste: an order no rule justifies costs the total beyond its domain, more for
    // radiation and for a result whose incidental findings invite a cascade of care.
    for (const OrderedTest& o : s.orders()) {
        // The taken action that placed this order.
        std::size_t at = taken.size();
        for (std::size_t i = 0; i < taken.size(); ++i)
            if (taken[i].action.verb == Verb::Order && !taken[i].cancelled &&
                taken[i].action.args[0] == o.test && taken[i].visitIndex == o.visitIndex) {
                at = i;
                break;
            }
        if (at == taken.size() || justified[at]) continue;
        const Investigation* inv = cat.investigation(o.test);
        Deduction ded;
        ded.action = "order " + o.test;
        ded.visitIndex = o.visitIndex;
        ded.points = pol.harmOrder;
        std::vector<std::string> why{"not indicated"};
        if (inv && inv->radiation > 0) {
            double rad = std::min(pol.harmRadiationMax, pol.harmPerMsv * inv->radiation);
            ded.points += rad;
            if (rad >= 0.05)
                why.push_back(oneDecimal(inv->radiation) + " mSv of radiation");
            else
                why.push_back("a small dose of radiation");
        }
        if (!o.result.incidental.empty()) {
            ded.points += pol.harmCascade;
            why.push_back(
                "an incidental finding that invites a cascade of further tests and treatment");
        }
        ded.points = std::round(ded.points * 10.0) / 10.0;
        for (std::size_t k = 0; k < why.size(); ++k)
            ded.reason += (k == 0 ? "" : k + 1 == why.size() ? " and " : ", ") + why[k];
        sc.deducted += ded.points;
        sc.deductions.push_back(std::move(ded));
    }

    const auto w = effectiveWeights(c, pol);
    double wsum = 0, total = 0;
    for (int d = 0; d < kDomainCount; ++d) {
        wsum += w[d];
        total += w[d] * sc.domains[d];
    }
    sc.weighted = wsum > 0 ? total / wsum : 0.0;
    double t = std::clamp(sc.weighted - sc.deducted, 0.0, 100.0);
    // A diagnosis outside the problem's region (or none) cannot pass, however tidy the rest.
    if (!onTarget(sc.dxClass) && t > pol.wrongRegionCap) {
        t = pol.wrongRegionCap;
        sc.capped = true;
        sc.capReason = dx ? "The diagnosis names a problem in another region: a plan for the wrong "
                            "problem cannot pass, however well the rest was done."
                          : "No diagnosis was named: a plan without one cannot pass.";
    }
    sc.total = std::round(t * 10.0) / 10.0;

    for (auto& v : perAction)
        for (auto& j : v)
            sc.decisions.push_back(std::move(j));
    for (auto& j : missed)
        sc.decisions.push_back(std::move(j));
    return sc;
}

} // namespace rc
