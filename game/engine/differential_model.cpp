#include "game/engine/differential_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace rc {

namespace {

/// A counted finding: an exam's first performance on a symptomatic side, a question's first
/// answer, an investigation's first report.
struct Counted {
    std::string test;
    bool positive = false;
    bool report = false;            ///< an investigation: positive per diagnosis, by `shows`
    std::vector<std::string> shows; ///< a report: the diagnoses it shows
    bool positiveFor(const std::string& dx) const {
        return report ? std::find(shows.begin(), shows.end(), dx) != shows.end() : positive;
    }
};

/// The accuracy entries of an exam, a question or an investigation (ids are shared).
const std::vector<Accuracy>* accuracyOf(const Catalog& cat, const std::string& test) {
    if (const Exam* e = cat.exam(test)) return &e->accuracy;
    if (const Question* q = cat.question(test)) return &q->accuracy;
    if (const Investigation* i = cat.investigation(test)) return &i->accuracy;
    return nullptr;
}

/// The figure a test gives one diagnosis, if any.
struct Figure {
    bool confirms = false; ///< a reference standard's positive report
    bool have = false;
    double lr = 1;
    bool calculated = false;
    std::string cite, target;
};

Figure figureFor(const Catalog& cat, const std::string& test, const std::string& dx,
                 bool positive) {
    Figure f;
    const std::vector<Accuracy>* acc = accuracyOf(cat, test);
    if (!acc) return f;
    for (const Accuracy& a : *acc) {
        if (std::find(a.dx.begin(), a.dx.end(), dx) == a.dx.end()) continue;
        if (a.referenceStandard && positive) {
            f.confirms = true;
            f.cite = a.cite;
            f.target = a.target;
            return f;
        }
        const std::optional<double>& stated = positive ? a.lrPos : a.lrNeg;
        if (stated) {
            f.lr = *stated;
        } else if (a.sens && a.spec) {
            const double num = positive ? *a.sens : 1 - *a.sens;
            const double den = positive ? 1 - *a.spec : *a.spec;
            f.lr = den > 0 ? num / den : std::numeric_limits<double>::infinity();
            f.calculated = true;
        } else {
            continue; // this entry has no figure for this direction: try the next one
        }
        f.have = true;
        f.cite = a.cite;
        f.target = a.target;
        return f;
    }
    return f;
}

bool usable(double lr) {
    return lr > 0 && std::isfinite(lr);
}

double toP(double odds) {
    return std::isinf(odds) ? 1.0 : odds / (1 + odds);
}
double toOdds(double p) {
    return p >= 1 ? std::numeric_limits<double>::infinity() : p / (1 - p);
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

/// What the model makes of the counted findings for one diagnosis.
struct DxState {
    double p = 0;
    std::vector<LrEffect> perFinding; ///< one per counted finding (before/after unset)
};

/// Two exams are not independent when a catalogue <dependence> names both.
bool dependent(const Catalog& cat, const std::string& a, const std::string& b) {
    if (a == b) return true;
    for (const auto& g : cat.dependences)
        if (contains(g.tests, a) && contains(g.tests, b)) return true;
    return false;
}

std::string joinTests(const std::vector<std::string>& tests) {
    std::string s;
    for (const auto& t : tests)
        s += (s.empty() ? "" : " + ") + t;
    return s;
}

DxState compute(const Catalog& cat, const Prior& prior, const std::vector<Counted>& counted) {
    DxState st;
    const std::size_t n = counted.size();
    st.perFinding.resize(n);
    // A candidate: one finding, or a dependence group's combined figure.
    struct Candidate {
        std::vector<std::string> tests; ///< the finding's exam, or the group's exams
        std::vector<std::size_t> members;
        double lr = 1;
        std::size_t order = 0;
        bool combo = false;
    };
    std::vector<Candidate> cands;
    std::vector<bool> inCombo(n, false);
    bool confirmed = false; ///< a reference standard showed this diagnosis
    for (const Dependence& g : cat.dependences) {
        if (!g.lrPos || !contains(g.dx, prior.dx)) continue;
        Candidate c;
        c.combo = true;
        c.lr = *g.lrPos;
        c.tests = g.tests;
        bool all = true;
        for (const auto& t : g.tests) {
            auto it = std::find_if(counted.begin(), counted.end(),
                                   [&](const Counted& k) { return k.test == t; });
            if (it == counted.end() || !it->positiveFor(prior.dx))
                all = false;
            else
                c.members.push_back(static_cast<std::size_t>(it - counted.begin()));
        }
        if (!all) continue;
        c.order = *std::max_element(c.members.begin(), c.members.end());
        for (std::size_t m : c.members) {
            inCombo[m] = true;
            LrEffect& e = st.perFinding[m];
            e.use = LrUse::Combined;
            e.lr = c.lr;
            e.other = joinTests(g.tests);
            e.cite = g.cite;
            e.target = "the tests together";
        }
        cands.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < n; ++i) {
        LrEffect& e = st.perFinding[i];
        e.dx = prior.dx;
        e.positive = counted[i].positiveFor(prior.dx);
        if (inCombo[i]) continue;
        Figure f = figureFor(cat, counted[i].test, prior.dx, e.positive);
        if (f.confirms) {
            e.use = LrUse::Confirmed;
            e.cite = f.cite;
            e.target = f.target;
            confirmed = true;
            continue;
        }
        if (!f.have) {
            e.use = LrUse::NoFigure;
            continue;
        }
        e.lr = f.lr;
        e.calculated = f.calculated;
        e.cite = f.cite;
        e.target = f.target;
        if (!usable(f.lr)) {
            e.use = LrUse::Unusable;
            continue;
        }
        Candidate c;
        c.tests = {counted[i].test};
        c.members = {i};
        c.lr = f.lr;
        c.order = i;
        cands.push_back(std::move(c));
    }
    // Strongest first (a combined figure before its equal); ties keep the earlier finding.
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        const double sa = std::fabs(std::log(a.lr)), sb = std::fabs(std::log(b.lr));
        if (sa != sb) return sa > sb;
        if (a.combo != b.combo) return a.combo;
        return a.order < b.order;
    });
    double odds = toOdds(prior.p);
    std::vector<const Candidate*> accepted;
    for (const Candidate& c : cands) {
        const Candidate* clash = nullptr;
        for (const Candidate* a : accepted)
            for (const auto& x : c.tests)
                for (const auto& y : a->tests)
                    if (!clash && dependent(cat, x, y)) clash = a;
        if (clash) {
            for (std::size_t m : c.members)
                if (!c.combo) {
                    st.perFinding[m].use = LrUse::Dependent;
                    st.perFinding[m].other = joinTests(clash->tests);
                }
            continue;
        }
        accepted.push_back(&c);
        if (!c.combo) st.perFinding[c.members[0]].use = LrUse::Applied;
        if (odds > 0) odds *= c.lr;
    }
    st.p = confirmed ? 1.0 : toP(odds);
    return st;
}

/// The sides on which the patient has symptoms (the body chart a student sees).
void symptomSides(const Case& c, bool& left, bool& right) {
    left = right = false;
    for (const auto& r : c.patient.chart) {
        if (r.side == Side::Left || r.side == Side::Both) left = true;
        if (r.side == Side::Right || r.side == Side::Both) right = true;
    }
    if (!left && !right) left = right = true; // midline only: either side may be the one
}

struct Walk {
    std::vector<TrailStep> steps;
    std::vector<Counted> counted;
    std::vector<std::size_t> countedAtAction; ///< counted.size() after each taken action
};

bool alreadyCounted(const Walk& w, const std::string& test) {
    return std::any_of(w.counted.begin(), w.counted.end(),
                       [&](const Counted& k) { return k.test == test; });
}
const char* const kAlready = "already counted: a test counts once, at its first finding";

/// Adds the step, counting it when it is the first finding of its test.
void record(Walk& w, TrailStep st, Counted c) {
    if (st.why.empty() && alreadyCounted(w, st.test)) st.why = kAlready;
    st.counted = st.why.empty();
    if (st.counted) w.counted.push_back(std::move(c));
    w.steps.push_back(std::move(st));
}

/// A step for the finding of `t` (its first argument names the test), arrived at `action`.
TrailStep stepOf(FindingKind kind, std::size_t action, const TakenAction& t,
                 const std::string* label) {
    TrailStep st;
    st.kind = kind;
    st.action = action;
    st.text = t.action.str();
    st.test = t.action.args[0];
    st.label = label ? *label : st.test;
    st.side = t.action.side;
    return st;
}

TrailStep examStep(const Walk& w, const Catalog& cat, const Session& s, std::size_t i,
                   const TakenAction& t, bool left, bool right) {
    const Exam* e = cat.exam(t.action.args[0]);
    TrailStep st = stepOf(FindingKind::Exam, i, t, e ? &e->label : nullptr);
    const Finding* f = s.findingAt(t.visitIndex, st.test, st.side);
    st.result = f ? f->result : "normal";
    st.positive = st.result != "normal" && st.result != "negative";
    // Crossed SLR: the side is the leg raised; the symptoms it tests are in the other leg.
    Side felt = st.side;
    if (e && e->handsOn == "crossed-slr")
        felt = st.side == Side::Left ? Side::Right : st.side == Side::Right ? Side::Left : st.side;
    const bool symptomatic = !e || !e->sided || (felt == Side::Left && left) ||
                             (felt == Side::Right && right) || felt == Side::Both;
    if (!e)
        st.why = "not a catalogue examination";
    else if (t.stoppedShort)
        st.why = "the test was stopped before it could show anything";
    else if (alreadyCounted(w, st.test))
        st.why = kAlready;
    else if (!symptomatic)
        st.why = "the comparison side: only the symptomatic side counts";
    return st;
}

/// A report that arrived: at its same-visit order, or at the `advance` after it.
TrailStep reportStep(const Catalog& cat, const Session& s, std::size_t arrivedAt,
                     const TakenAction& order, Counted& c) {
    const Investigation* inv = cat.investigation(order.action.args[0]);
    TrailStep st =
        stepOf(FindingKind::Investigation, arrivedAt, order, inv ? &inv->label : nullptr);
    st.result = "report";
    c.test = st.test;
    c.report = true;
    for (const auto& o : s.orders())
        if (o.test == st.test && o.visitIndex == order.visitIndex) c.shows = o.result.shows;
    st.positive = !c.shows.empty();
    if (!inv) st.why = "not a catalogue investigation";
    return st;
}

Walk walk(const Case& c, const Catalog& cat, const Session& s) {
    Walk w;
    bool left = false, right = false;
    symptomSides(c, left, right);
    const auto& taken = s.taken();
    std::vector<std::size_t> awaited; ///< orders whose reports come at the next visit
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const TakenAction& t = taken[i];
        if (t.action.verb == Verb::Exam) {
            TrailStep st = examStep(w, cat, s, i, t, left, right);
            Counted k{st.test, st.positive, false, {}};
            record(w, std::move(st), std::move(k));
        } else if (t.action.verb == Verb::Ask) {
            const Question* q = cat.question(t.action.args[0]);
            // A question without figures moves nothing and is left off the trail.
            if (q && !figureDiagnoses(q->accuracy).empty()) {
                TrailStep st = stepOf(FindingKind::History, i, t, &q->label);
                st.positive = s.answerPositiveAt(t.visitIndex, q->id);
                st.result = st.positive ? "yes" : "no";
                Counted k{st.test, st.positive, false, {}};
                record(w, std::move(st), std::move(k));
            }
        } else if (t.action.verb == Verb::Order) {
            const Investigation* inv = cat.investigation(t.action.args[0]);
            if (inv && inv->wait == Wait::SameVisit) {
                Counted k;
                TrailStep st = reportStep(cat, s, i, t, k);
                record(w, std::move(st), std::move(k));
            } else {
                awaited.push_back(i);
            }
        } else if (t.action.verb == Verb::Advance) {
            // Time has passed: every report still awaited arrives (a cancelled order never).
            for (std::size_t o : awaited) {
                if (taken[o].cancelled) continue;
                Counted k;
                TrailStep st = reportStep(cat, s, i, taken[o], k);
                record(w, std::move(st), std::move(k));
            }
            awaited.clear();
        }
        w.countedAtAction.push_back(w.counted.size());
    }
    return w;
}

} // namespace

const char* lrUseName(LrUse u) {
    switch (u) {
    case LrUse::Applied:
        return "applied";
    case LrUse::NoFigure:
        return "no-figure";
    case LrUse::Unusable:
        return "unusable";
    case LrUse::Dependent:
        return "dependent";
    case LrUse::Combined:
        return "combined";
    case LrUse::Confirmed:
        return "confirmed";
    }
    return "?";
}

const char* findingKindName(FindingKind k) {
    switch (k) {
    case FindingKind::Exam:
        return "exam";
    case FindingKind::History:
        return "history";
    case FindingKind::Investigation:
        return "investigation";
    }
    return "?";
}

std::string lrText(const LrEffect& e) {
    if (e.use == LrUse::Confirmed) return "reference standard";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s %.3g%s", e.positive ? "LR+" : "LR-", e.lr,
                  e.calculated ? " (calc.)" : "");
    return buf;
}

DifferentialModel::DifferentialModel(const Case& c, const Catalog& cat) : case_(&c), cat_(&cat) {}

double DifferentialModel::otherPrior() const {
    double sum = 0;
    for (const auto& p : case_->priors)
        sum += p.p;
    return std::max(0.0, 1 - sum);
}

std::vector<TrailStep> DifferentialModel::trail(const Session& s) const {
    Walk w = walk(*case_, *cat_, s);
    std::vector<Counted> prefix;
    std::vector<DxState> prev;
    for (const auto& pr : case_->priors)
        prev.push_back(compute(*cat_, pr, prefix));
    for (TrailStep& st : w.steps) {
        if (!st.counted) continue;
        prefix.push_back(w.counted[prefix.size()]);
        for (std::size_t d = 0; d < case_->priors.size(); ++d) {
            DxState now = compute(*cat_, case_->priors[d], prefix);
            LrEffect e = now.perFinding.back();
            e.dx = case_->priors[d].dx;
            e.before = prev[d].p;
            e.after = now.p;
            for (std::size_t k = 0; k + 1 < prefix.size(); ++k)
                if (prev[d].perFinding[k].use == LrUse::Applied &&
                    now.perFinding[k].use != LrUse::Applied)
                    e.replaces.push_back(prefix[k].test);
            st.effects.push_back(std::move(e));
            prev[d] = std::move(now);
        }
    }
    return w.steps;
}

std::vector<DxProbability> DifferentialModel::probabilities(const Session& s, std::size_t n) const {
    Walk w = walk(*case_, *cat_, s);
    std::size_t k = n == 0 ? 0 : w.countedAtAction[std::min(n, w.countedAtAction.size()) - 1];
    std::vector<Counted> prefix(w.counted.begin(), w.counted.begin() + static_cast<long>(k));
    std::vector<DxProbability> out;
    for (const auto& pr : case_->priors)
        out.push_back({pr.dx, pr.p, compute(*cat_, pr, prefix).p});
    return out;
}

std::vector<DxProbability> DifferentialModel::ranked(const Session& s) const {
    auto v = probabilities(s, s.taken().size());
    std::stable_sort(v.begin(), v.end(),
                     [](const DxProbability& a, const DxProbability& b) { return a.p > b.p; });
    return v;
}

bool DifferentialModel::leads(const Session& s, const std::string& dx) const {
    const auto v = ranked(s);
    return std::any_of(v.begin(), v.end(),
                       [&](const DxProbability& d) { return d.dx == dx && d.p >= v.front().p; });
}

std::vector<Calibration> DifferentialModel::calibration(const Session& s) const {
    std::vector<Calibration> out;
    const auto& taken = s.taken();
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const Action& a = taken[i].action;
        if (a.verb != Verb::Order || a.estimates.empty()) continue;
        const auto now = probabilities(s, i);
        for (const auto& [dx, pct] : a.estimates) {
            Calibration c;
            c.action = i;
            c.order = a.args[0];
            c.dx = dx;
            c.estimate = pct / 100.0;
            for (const auto& p : now)
                if (p.dx == dx) c.computed = p.p;
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<Mover> DifferentialModel::movers(const Session& s, std::size_t n) const {
    std::vector<Mover> all;
    const auto steps = trail(s);
    for (std::size_t i = 0; i < steps.size(); ++i)
        for (const auto& e : steps[i].effects)
            if ((e.use == LrUse::Applied || e.use == LrUse::Combined ||
                 e.use == LrUse::Confirmed) &&
                e.after != e.before)
                all.push_back({i, steps[i].test, e.dx, e.lr, e.before, e.after});
    std::stable_sort(all.begin(), all.end(), [](const Mover& a, const Mover& b) {
        return std::fabs(a.after - a.before) > std::fabs(b.after - b.before);
    });
    if (all.size() > n) all.resize(n);
    return all;
}

} // namespace rc
