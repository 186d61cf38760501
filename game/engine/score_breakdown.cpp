#include "game/engine/score_breakdown.hpp"

#include "game/engine/action_label.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rc {

namespace {

bool positive(Tag t) {
    return t == Tag::Essential || t == Tag::Indicated;
}

std::string percent(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

/// "A, B and 2 more" from the labels of the lines that cost the domain most.
std::string worst(std::vector<const ScoreLine*> lines, int (*lost)(const ScoreLine&)) {
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const ScoreLine* a, const ScoreLine* b) { return lost(*a) > lost(*b); });
    std::string out;
    const std::size_t shown = std::min<std::size_t>(lines.size(), 2);
    for (std::size_t i = 0; i < shown; ++i)
        out += (i ? " \xC2\xB7 " : "") + lines[i]->label;
    if (lines.size() > shown) out += " and " + std::to_string(lines.size() - shown) + " more";
    return out;
}

int missedLoss(const ScoreLine& l) {
    return l.ofTenths - l.tenths;
}
int penaltyLoss(const ScoreLine& l) {
    return -l.tenths;
}

/// `s` ending in a full stop (a label may already end in "?").
std::string sentence(std::string s) {
    if (!s.empty() && s.back() != '.' && s.back() != '?' && s.back() != '!') s += '.';
    return s;
}

/// One line, when the domain is under 50: what cost it most.
std::string reasonFor(const DomainBreakdown& b, const Session& s, const Score& sc) {
    if (b.tenths >= 500) return "";
    const Catalog& cat = s.catalog();
    std::string head = std::string(domainLabel(b.domain)) + " " + tenthsText(b.tenths) + "/100: ";
    if (b.domain == Domain::Diagnosis) {
        const DiagnosisDef* truth = cat.diagnosis(s.kase().truthDiagnosis);
        std::string it = truth ? truth->label : s.kase().truthDiagnosis;
        if (s.kase().truthSide != Side::None)
            it += std::string(" (") + sideName(s.kase().truthSide) + ")";
        const Action* dx = s.diagnosis();
        if (!dx) return head + "no diagnosis was named; it was " + it + ".";
        if (dx->args[0] == s.kase().truthDiagnosis)
            return head + "the right diagnosis on the wrong side.";
        std::string named = actionLabel(cat, dx->str());
        if (named.rfind("Diagnose: ", 0) == 0) named.erase(0, 10);
        return head + "you named " + named + "; it was " + it + ".";
    }
    if (b.domain == Domain::Efficiency)
        return head + percent(sc.precision) +
               " of your questions, tests and orders were needed, and " +
               "your time, cost and radiation came to " + percent(sc.stewardship) +
               " of the expert's standard.";
    std::vector<const ScoreLine*> missed, penalties, criticals;
    for (const auto& l : b.lines) {
        if (l.decision >= 0 && sc.decisions[static_cast<std::size_t>(l.decision)].critical &&
            (l.kind == LineKind::Missed || l.kind == LineKind::Penalty))
            criticals.push_back(&l);
        if (l.kind == LineKind::Missed) missed.push_back(&l);
        if (l.kind == LineKind::Penalty) penalties.push_back(&l);
    }
    if (sc.zeroed[static_cast<std::size_t>(b.domain)] && !criticals.empty()) {
        const bool miss = criticals.front()->kind == LineKind::Missed;
        return head + sentence((miss ? "a critical item was not done: " : "a critical error: ") +
                               worst(criticals, miss ? missedLoss : penaltyLoss));
    }
    std::string out = head;
    if (!missed.empty()) out += "not done: " + worst(missed, missedLoss);
    if (!penalties.empty())
        out += std::string(missed.empty() ? "" : "; ") + "points off for " +
               worst(penalties, penaltyLoss);
    if (missed.empty() && penalties.empty()) out += "little was earned in this domain";
    return sentence(out);
}

} // namespace

const char* lineKindName(LineKind k) {
    switch (k) {
    case LineKind::Earned:
        return "earned";
    case LineKind::Missed:
        return "missed";
    case LineKind::Penalty:
        return "penalty";
    case LineKind::Neutral:
        return "neutral";
    case LineKind::Base:
        return "base";
    case LineKind::Floor:
        return "floor";
    case LineKind::Critical:
        return "critical";
    case LineKind::Computed:
        return "computed";
    }
    return "neutral";
}

std::string tenthsText(int tenths, bool sign) {
    const int a = std::abs(tenths);
    std::string out = std::to_string(a / 10);
    if (a % 10) out += "." + std::to_string(a % 10);
    if (sign && tenths > 0) out = "+" + out;
    if (tenths < 0) out = (sign ? "\xE2\x88\x92" : "-") + out;
    return out;
}

std::vector<int> apportionTenths(const std::vector<double>& exact, int target) {
    std::vector<int> out(exact.size());
    std::vector<std::pair<double, std::size_t>> rest;
    long sum = 0;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        // Values within a rounding error of a whole tenth are that tenth.
        const double v =
            std::abs(exact[i] - std::round(exact[i])) < 1e-6 ? std::round(exact[i]) : exact[i];
        out[i] = static_cast<int>(std::floor(v));
        sum += out[i];
        if (v - out[i] > 1e-9) rest.emplace_back(v - out[i], i);
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    long left = target - sum;
    for (std::size_t k = 0; k < rest.size() && left > 0; ++k, --left)
        ++out[rest[k].second];
    if (left != 0 && !out.empty()) {
        // Only a target that is not the values' rounded sum gets here: the largest line absorbs it.
        std::size_t big = 0;
        for (std::size_t i = 1; i < exact.size(); ++i)
            if (std::abs(exact[i]) > std::abs(exact[big])) big = i;
        out[big] += static_cast<int>(left);
    }
    return out;
}

std::array<DomainBreakdown, kDomainCount> scoreBreakdown(const Session& s, const Score& sc,
                                                         const std::vector<int>& decisionVisits,
                                                         const std::vector<std::string>& labels) {
    const ScoringPolicy& pol = s.catalog().policy;
    std::array<DomainBreakdown, kDomainCount> out{};
    std::array<std::vector<double>, kDomainCount> exact{}, ofExact{};
    std::array<double, kDomainCount> possible{};
    for (const auto& j : sc.decisions)
        if (positive(j.tag)) possible[static_cast<std::size_t>(j.domain)] += j.possible;
    for (int d = 0; d < kDomainCount; ++d) {
        out[static_cast<std::size_t>(d)].domain = static_cast<Domain>(d);
        out[static_cast<std::size_t>(d)].tenths =
            static_cast<int>(std::lround(sc.domains[static_cast<std::size_t>(d)] * 10));
    }
    auto add = [&](Domain d, ScoreLine l, double tenths, double of) {
        const auto k = static_cast<std::size_t>(d);
        out[k].lines.push_back(std::move(l));
        exact[k].push_back(tenths);
        ofExact[k].push_back(of);
    };
    for (std::size_t i = 0; i < sc.decisions.size(); ++i) {
        const Judgement& j = sc.decisions[i];
        const auto k = static_cast<std::size_t>(j.domain);
        if (j.domain == Domain::Diagnosis || j.domain == Domain::Efficiency) continue;
        ScoreLine l;
        l.label = i < labels.size() ? labels[i] : j.action;
        l.visit = i < decisionVisits.size() ? decisionVisits[i] : 0;
        l.decision = static_cast<int>(i);
        // Rule points in the domain's unit: 100 / possible each, or 100 / scale with nothing to
        // earn.
        const double unit = possible[k] > 0 ? 1000.0 / possible[k] : 1000.0 / pol.noPossibleScale;
        double v = 0, of = 0;
        if (positive(j.tag)) {
            of = j.possible * unit;
            v = j.missed
                    ? 0
                    : (j.stoppedShort ? j.possible * pol.stoppedShortShare : j.possible) * unit;
            l.kind = j.missed ? LineKind::Missed : LineKind::Earned;
        } else if (j.points < 0) {
            v = j.points * unit;
            l.kind = LineKind::Penalty;
        } else {
            l.kind = LineKind::Neutral;
        }
        // The same action judged twice at one visit (a rule for any visit, one for that visit): one
        // row.
        bool joined = false;
        for (std::size_t m = 0; m < out[k].lines.size() && !joined; ++m) {
            ScoreLine& o = out[k].lines[m];
            if (o.decision < 0 || o.label != l.label || o.visit != l.visit || o.kind != l.kind)
                continue;
            o.merged.push_back(l.decision);
            exact[k][m] += v;
            ofExact[k][m] += of;
            joined = true;
        }
        if (!joined) add(j.domain, std::move(l), v, of);
    }
    // The domain's own lines: a start at 100, the floor at 0, a critical zero.
    for (int d = 0; d < kDomainCount; ++d) {
        const auto k = static_cast<std::size_t>(d);
        const Domain dom = static_cast<Domain>(d);
        if (dom == Domain::Diagnosis) {
            ScoreLine l;
            l.kind = LineKind::Computed;
            const Action* dx = s.diagnosis();
            l.label = dx ? actionLabel(s.catalog(), dx->str()) : "No diagnosis named";
            add(dom, std::move(l), 1000.0 * sc.diagnosisCredit, 1000.0);
        } else if (dom == Domain::Efficiency) {
            ScoreLine p;
            p.kind = LineKind::Computed;
            p.label = "Precision: " + percent(sc.precision) +
                      " of your questions, tests and orders were needed";
            add(dom, std::move(p), 1000.0 * pol.precisionShare * sc.precision,
                1000.0 * pol.precisionShare);
            ScoreLine w;
            w.kind = LineKind::Computed;
            w.label = "Stewardship: your minutes, cost and radiation against the expert's (" +
                      percent(sc.stewardship) + ")";
            add(dom, std::move(w), 1000.0 * (1 - pol.precisionShare) * sc.stewardship,
                1000.0 * (1 - pol.precisionShare));
        } else {
            if (possible[k] <= 0) {
                ScoreLine l;
                l.kind = LineKind::Base;
                l.label = "Nothing to earn in this case: the domain starts at 100";
                add(dom, std::move(l), 1000.0, 0);
            }
            const double sum = std::accumulate(exact[k].begin(), exact[k].end(), 0.0);
            if (sum < 0) {
                ScoreLine l;
                l.kind = LineKind::Floor;
                l.label = "A domain never goes below 0";
                add(dom, std::move(l), -sum, 0);
            }
        }
        if (sc.zeroed[k]) {
            const double sum = std::accumulate(exact[k].begin(), exact[k].end(), 0.0);
            ScoreLine l;
            l.kind = LineKind::Critical;
            l.label = "A critical item sets the domain to 0";
            add(dom, std::move(l), -sum, 0);
        }
        const double sum = std::accumulate(exact[k].begin(), exact[k].end(), 0.0);
        const auto shares = apportionTenths(exact[k], static_cast<int>(std::lround(sum)));
        // What each line could earn: an item earned in full could earn what it earned; the rest
        // share what is left of the domain's possible points.
        std::vector<double> ofRest;
        int fixed = 0;
        for (std::size_t i = 0; i < out[k].lines.size(); ++i) {
            ScoreLine& l = out[k].lines[i];
            l.tenths = shares[i];
            const bool full =
                l.kind == LineKind::Earned && std::abs(exact[k][i] - ofExact[k][i]) < 1e-9;
            ofRest.push_back(full ? 0 : ofExact[k][i]);
            if (full) {
                l.ofTenths = l.tenths;
                fixed += l.tenths;
            }
        }
        const double ofSum = std::accumulate(ofExact[k].begin(), ofExact[k].end(), 0.0);
        const auto ofShares = apportionTenths(ofRest, static_cast<int>(std::lround(ofSum)) - fixed);
        for (std::size_t i = 0; i < out[k].lines.size(); ++i)
            if (ofRest[i] > 0) out[k].lines[i].ofTenths = ofShares[i];
    }
    for (auto& b : out)
        b.reason = reasonFor(b, s, sc);
    return out;
}

} // namespace rc
