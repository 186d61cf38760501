#include "game/engine/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace rc {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool inScope(const Rule& r, const Session& s) { return r.visit.empty() || s.reached(r.visit); }

double ratio(double expert, double player, double slack) {
    return std::min(1.0, (expert + slack) / (player + slack));
}

struct DomainTally {
    double earned = 0, possible = 0, penalty = 0;
    bool zero = false;
};

} // namespace

bool ruleMatches(const Rule& r, const TakenAction& t, const Case& c) {
    const Action& p = r.pattern;
    const Action& a = t.action;
    if (p.verb != a.verb || p.args.empty() || a.args.empty()) return false;
    if (!r.visit.empty() && c.visits[static_cast<std::size_t>(t.visitIndex)].id != r.visit)
        return false;
    switch (p.verb) {
    case Verb::Ask:
    case Verb::Order: return p.args[0] == a.args[0];
    case Verb::Exam:
        return p.args[0] == a.args[0] && (p.side == Side::None || p.side == a.side);
    case Verb::Plan:
        for (const auto& w : p.args)
            if (!contains(a.args, w)) return false;
        return true;
    default: return false;
    }
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
    const auto& taken = s.taken();
    Score sc;
    sc.ledger = s.ledger();
    sc.expertLedger = expert;
    std::array<DomainTally, kDomainCount> tally{};
    // Judgements attached to the index of the taken action they judge.
    std::vector<std::vector<Judgement>> perAction(taken.size());
    std::vector<Judgement> missed;
    std::vector<bool> relevant(taken.size(), false);

    for (const Rule& r : c.rules) {
        if (!inScope(r, s)) continue;
        int first = -1;
        bool full = false;
        for (std::size_t i = 0; i < taken.size(); ++i) {
            if (taken[i].repeat || !ruleMatches(r, taken[i], c)) continue;
            if (r.tag == Tag::Essential || r.tag == Tag::Indicated || r.tag == Tag::Neutral)
                relevant[i] = true;
            if (first < 0) first = static_cast<int>(i);
            if (!taken[i].stoppedShort && !full) {
                full = true;
                first = static_cast<int>(i);
            }
        }
        DomainTally& d = tally[static_cast<int>(r.domain)];
        Judgement j;
        j.tag = r.tag;
        j.domain = r.domain;
        j.critical = r.critical;
        j.feedback = r.feedback;
        bool positive = r.tag == Tag::Essential || r.tag == Tag::Indicated;
        if (positive) {
            d.possible += r.points;
            j.possible = r.points;
            if (r.tag == Tag::Essential) ++sc.essentialTotal;
        }
        if (first < 0) {
            if (positive) {
                j.missed = true;
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
            double got = full ? r.points : r.points / 2.0;
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
        if (t.repeat || !perAction[i].empty() ||
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
            j.points = -2;
            tally[static_cast<int>(Domain::Investigations)].penalty += 2;
            j.feedback = "Not indicated for this patient: it would not change management";
            if (inv && inv->radiation > 0) j.feedback += ", and it added radiation";
            j.feedback += ".";
            perAction[i].push_back(j);
        } else if (t.action.verb == Verb::Plan) {
            j.tag = Tag::Unnecessary;
            j.domain = Domain::Management;
            j.points = -3;
            tally[static_cast<int>(Domain::Management)].penalty += 3;
            const Pathway* p = cat.pathway(t.action.args[0]);
            j.feedback = std::string("This pathway (") + (p ? p->label : t.action.args[0]) +
                         ") does not fit this patient at this point.";
            perAction[i].push_back(j);
        } else if (t.action.verb == Verb::Ask || t.action.verb == Verb::Exam) {
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
                   r.pattern.args[0] == t.action.args[0] && ruleMatches(r, t, c);
        });
        if (ruled) continue;
        Judgement j;
        j.action = "plan " + t.action.args[0];
        j.visitIndex = t.visitIndex;
        j.generic = true;
        j.tag = Tag::Unnecessary;
        j.domain = Domain::Management;
        j.points = -3;
        tally[static_cast<int>(Domain::Management)].penalty += 3;
        j.feedback = "This pathway does not fit this patient at this point.";
        perAction[i].push_back(j);
    }

    for (int d = 0; d < kDomainCount; ++d) {
        const DomainTally& t = tally[d];
        double v = t.possible > 0 ? (t.earned - t.penalty) / t.possible : 1.0 - t.penalty / 10.0;
        sc.domains[d] = 100.0 * std::clamp(v, 0.0, 1.0);
        if (t.zero) {
            sc.domains[d] = 0;
            sc.zeroed[d] = true;
        }
    }

    // Diagnosis.
    const Action* dx = s.diagnosis();
    if (!dx) {
        sc.diagnosisFeedback = "No diagnosis was named. " + c.truthText;
    } else if (dx->args[0] == c.truthDiagnosis) {
        bool sideOk = dx->side == c.truthSide;
        sc.diagnosisCredit = sideOk ? 1.0 : 0.5;
        sc.diagnosisFeedback = sideOk ? c.truthText
                                      : "Right diagnosis, wrong side. " + c.truthText;
    } else {
        sc.diagnosisFeedback = c.truthText;
        for (const Accept& a : c.accepts)
            if (a.diagnosis == dx->args[0]) {
                double credit = a.side == Side::None || a.side == dx->side ? a.credit : a.credit / 2;
                sc.diagnosisCredit = credit;
                sc.diagnosisFeedback = a.feedback;
            }
    }
    sc.domains[static_cast<int>(Domain::Diagnosis)] = 100.0 * sc.diagnosisCredit;

    // Efficiency: precision and stewardship.
    int items = 0, rel = 0;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        Verb v = taken[i].action.verb;
        if (taken[i].repeat || !(v == Verb::Ask || v == Verb::Exam || v == Verb::Order)) continue;
        ++items;
        if (relevant[i]) ++rel;
    }
    sc.precision = items ? static_cast<double>(rel) / items : 1.0;
    sc.stewardship = (ratio(expert.minutes, sc.ledger.minutes, 5) +
                      ratio(expert.cost, sc.ledger.cost, 20) +
                      ratio(expert.radiation, sc.ledger.radiation, 0.1)) /
                     3.0;
    sc.domains[static_cast<int>(Domain::Efficiency)] =
        100.0 * (0.5 * sc.precision + 0.5 * sc.stewardship);
    sc.recall = sc.essentialTotal ? static_cast<double>(sc.essentialMet) / sc.essentialTotal : 1.0;

    double wsum = 0, total = 0;
    for (int d = 0; d < kDomainCount; ++d) {
        wsum += c.weights[d];
        total += c.weights[d] * sc.domains[d];
    }
    sc.total = wsum > 0 ? std::round(total / wsum * 10.0) / 10.0 : 0.0;

    for (auto& v : perAction)
        for (auto& j : v) sc.decisions.push_back(std::move(j));
    for (auto& j : missed) sc.decisions.push_back(std::move(j));
    return sc;
}

} // namespace rc
