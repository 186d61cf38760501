#include "game/engine/session.hpp"

#include "game/engine/dx_class.hpp"
#include "game/engine/fnv1a.hpp"

#include <algorithm>

namespace rc {

Session::Session(const Case& c, const Catalog& cat, std::uint64_t seed)
    : case_(&c), cat_(&cat), seed_(seed) {
    reached_.push_back(0);
}

bool Session::reached(const std::string& visitId) const {
    for (int v : reached_)
        if (case_->visits[static_cast<std::size_t>(v)].id == visitId) return true;
    return false;
}

Reply Session::refuse(std::string why) const {
    Reply r;
    r.error = std::move(why);
    return r;
}

Reply Session::apply(const std::string& line) {
    Action a;
    std::string err;
    if (!parseAction(line, a, err)) return refuse(err);
    return apply(a);
}

Reply Session::apply(const Action& a) {
    if (finished()) return refuse("the case is over");
    if (case_->visits.empty()) return refuse("the case has no visits");
    TakenAction t;
    t.action = a;
    t.visitIndex = visit_;
    Reply r;
    switch (a.verb) {
    case Verb::Ask:
        t.repeat = asked(a.args[0]);
        r = doAsk(a);
        break;
    case Verb::Exam:
        r = doExam(a, t);
        break;
    case Verb::Order:
        r = doOrder(a);
        break;
    case Verb::Cancel:
        r = doCancel(a);
        break;
    case Verb::Differential:
        r = doDifferential(a);
        break;
    case Verb::Diagnose:
        r = doDiagnose(a);
        break;
    case Verb::Plan:
        r = doPlan(a);
        break;
    case Verb::Advance:
        r = doAdvance(a);
        break; // judged at the visit it ends
    }
    if (!r.ok) return r;
    t.reply = r.text;
    if (a.verb == Verb::Diagnose) diagnosisIndex_ = static_cast<int>(taken_.size());
    if (a.verb == Verb::Plan) planIndex_ = static_cast<int>(taken_.size());
    taken_.push_back(std::move(t));
    return r;
}

bool Session::asked(const std::string& q) const {
    return std::any_of(taken_.begin(), taken_.end(), [&](const TakenAction& t) {
        return t.visitIndex == visit_ && t.action.verb == Verb::Ask && t.action.args[0] == q;
    });
}

bool Session::examined(const std::string& e, Side side) const {
    return std::any_of(taken_.begin(), taken_.end(), [&](const TakenAction& t) {
        return t.visitIndex == visit_ && t.action.verb == Verb::Exam && t.action.args[0] == e &&
               t.action.side == side;
    });
}

bool Session::ordered(const std::string& test) const {
    return std::any_of(orders_.begin(), orders_.end(), [&](const OrderedTest& o) {
        return o.visitIndex == visit_ && o.test == test;
    });
}

bool Session::pending(const std::string& test) const {
    return std::any_of(orders_.begin(), orders_.end(), [&](const OrderedTest& o) {
        return o.visitIndex == visit_ && o.test == test && !o.arrived;
    });
}

const Action* Session::diagnosis() const {
    return diagnosisIndex_ < 0 ? nullptr
                               : &taken_[static_cast<std::size_t>(diagnosisIndex_)].action;
}

const Action* Session::plan() const {
    if (planIndex_ < 0) return nullptr;
    const TakenAction& t = taken_[static_cast<std::size_t>(planIndex_)];
    return t.visitIndex == visit_ ? &t.action : nullptr;
}

bool Session::answerPositive(const std::string& q) const {
    return answerPositiveAt(visit_, q);
}

bool Session::answerPositiveAt(int visitIndex, const std::string& q) const {
    const Visit& v = case_->visits.at(static_cast<std::size_t>(visitIndex));
    auto it = v.overrides.answers.find(q);
    if (it != v.overrides.answers.end()) return it->second.positive;
    auto bt = case_->base.answers.find(q);
    return bt != case_->base.answers.end() && bt->second.positive;
}

std::string Session::answer(const std::string& q) const {
    const Answer* a = nullptr;
    auto it = visit().overrides.answers.find(q);
    if (it != visit().overrides.answers.end())
        a = &it->second;
    else {
        auto bt = case_->base.answers.find(q);
        if (bt != case_->base.answers.end()) a = &bt->second;
    }
    if (!a || a->variants.empty()) {
        const Question* qq = cat_->question(q);
        return qq ? qq->defaultAnswer : std::string();
    }
    std::uint64_t h = fnv1a(std::to_string(seed_) + "|" + q + "|" + visit().id);
    return a->variants[static_cast<std::size_t>(h % a->variants.size())];
}

const Finding* Session::findingAt(int vi, const std::string& exam, Side side) const {
    std::string key = findingKey(exam, side);
    const auto& ov = case_->visits[static_cast<std::size_t>(vi)].overrides.findings;
    auto it = ov.find(key);
    if (it != ov.end()) return &it->second;
    auto bt = case_->base.findings.find(key);
    return bt == case_->base.findings.end() ? nullptr : &bt->second;
}

const Finding* Session::finding(const std::string& exam, Side side) const {
    return findingAt(visit_, exam, side);
}

const std::vector<ChartRegion>& Session::chart() const {
    if (visit().overrides.chart) return *visit().overrides.chart;
    return case_->patient.chart;
}

const Result* Session::resultAt(int vi, const std::string& test) const {
    const auto& ov = case_->visits[static_cast<std::size_t>(vi)].overrides.results;
    auto it = ov.find(test);
    if (it != ov.end()) return &it->second;
    auto bt = case_->base.results.find(test);
    return bt == case_->base.results.end() ? nullptr : &bt->second;
}

Reply Session::doAsk(const Action& a) {
    const Question* q = cat_->question(a.args[0]);
    if (!q) return refuse("unknown question '" + a.args[0] + "'");
    if (!asked(q->id)) ledger_.minutes += q->minutes;
    return {true, {}, answer(q->id)};
}

Reply Session::doExam(const Action& a, TakenAction& t) {
    const Exam* e = cat_->exam(a.args[0]);
    if (!e) return refuse("unknown examination '" + a.args[0] + "'");
    if (e->sided && (a.side == Side::None || a.side == Side::Both))
        return refuse("say which side to examine: exam " + e->id + " left|right");
    if (!e->sided && a.side != Side::None) return refuse("'" + e->id + "' is not done on one side");
    if (a.angle && e->handsOn.empty())
        return refuse("'" + e->id + "' is not a hands-on manoeuvre and takes no angle");
    // Repeating a test at a visit is free; a hands-on retry (with an angle) is judged again.
    bool again = examined(e->id, a.side);
    t.repeat = again && !a.angle;
    if (!again) ledger_.minutes += e->minutes;
    const Finding* f = finding(e->id, a.side);
    std::string text = f ? f->text : e->normal;
    if (a.angle && !e->handsOn.empty()) {
        int reached = *a.angle;
        if (f && f->onset) {
            if (reached < *f->onset - kAngleTolerance) {
                t.stoppedShort = true;
                text = "No symptoms up to " + std::to_string(reached) +
                       "\xC2\xB0 (the test was stopped there).";
            } else {
                text += " Symptoms began at " + std::to_string(*f->onset) + "\xC2\xB0.";
            }
        } else {
            int end = f && f->range ? *f->range : e->normalRange;
            if (reached < end - 5 * kAngleTolerance) {
                t.stoppedShort = true;
                text = "No symptoms up to " + std::to_string(reached) +
                       "\xC2\xB0; the end of the range was not reached.";
            } else {
                text += " Range reached: " + std::to_string(reached) + "\xC2\xB0.";
            }
        }
    }
    return {true, {}, text};
}

Reply Session::doOrder(const Action& a) {
    const Investigation* inv = cat_->investigation(a.args[0]);
    if (!inv) return refuse("unknown investigation '" + a.args[0] + "'");
    for (const auto& e : a.estimates)
        if (!cat_->diagnosis(e.first))
            return refuse("the estimate names unknown diagnosis '" + e.first + "'");
    if (ordered(inv->id)) return refuse("'" + inv->label + "' is already ordered at this visit");
    ledger_.minutes += inv->minutes;
    ledger_.cost += inv->cost;
    ledger_.radiation += inv->radiation;
    OrderedTest o;
    o.test = inv->id;
    o.visitIndex = visit_;
    const Result* r = resultAt(visit_, inv->id);
    if (r)
        o.result = *r;
    else {
        o.result.test = inv->id;
        o.result.report = inv->normal;
    }
    o.arrived = inv->wait == Wait::SameVisit;
    orders_.push_back(o);
    if (o.arrived) return {true, {}, o.result.report};
    return {true, {}, inv->label + " requested; the report will be ready at the next visit."};
}

// A cancelled order is withdrawn: the test is never done, no result arrives. The clinic minutes
// spent arranging it stay spent; its money and radiation are given back (FORMAT.md §3). The
// order's taken action is marked, so scoring treats it as never ordered.
Reply Session::doCancel(const Action& a) {
    const Investigation* inv = cat_->investigation(a.args[0]);
    if (!inv) return refuse("unknown investigation '" + a.args[0] + "'");
    auto it = std::find_if(orders_.begin(), orders_.end(), [&](const OrderedTest& o) {
        return o.visitIndex == visit_ && o.test == inv->id;
    });
    if (it == orders_.end())
        return refuse("'" + inv->label + "' has not been ordered at this visit: nothing to cancel");
    if (it->arrived)
        return refuse("the result of '" + inv->label +
                      "' has already arrived: an order can be cancelled only before its result");
    orders_.erase(it);
    ledger_.cost -= inv->cost;
    ledger_.radiation = std::max(0.0, ledger_.radiation - inv->radiation);
    for (auto t = taken_.rbegin(); t != taken_.rend(); ++t)
        if (t->visitIndex == visit_ && t->action.verb == Verb::Order && !t->cancelled &&
            t->action.args[0] == inv->id) {
            t->cancelled = true;
            break;
        }
    return {true,
            {},
            inv->label + " cancelled: no result will come. The clinic time spent stays "
                         "spent; the test is not charged."};
}

Reply Session::doDifferential(const Action& a) {
    for (const auto& d : a.args)
        if (!cat_->diagnosis(d)) return refuse("unknown diagnosis '" + d + "'");
    for (std::size_t i = 0; i < a.args.size(); ++i)
        for (std::size_t j = i + 1; j < a.args.size(); ++j)
            if (a.args[i] == a.args[j]) return refuse("'" + a.args[i] + "' is listed twice");
    differential_ = a.args;
    return {true, {}, "Working differential updated."};
}

Reply Session::doDiagnose(const Action& a) {
    const DiagnosisDef* d = cat_->diagnosis(a.args[0]);
    if (!d) return refuse("unknown diagnosis '" + a.args[0] + "'");
    if (d->sided && a.side == Side::None)
        return refuse("say which side: diagnose " + d->id + " left|right|both");
    if (!d->sided && a.side != Side::None) return refuse("'" + d->id + "' takes no side");
    return {true, {}, "Diagnosis recorded: " + d->label + "."};
}

Reply Session::doPlan(const Action& a) {
    if (plan())
        return refuse("a plan is already made at this visit; advance to see the patient again");
    if (!cat_->pathway(a.args[0]))
        return refuse("'" + a.args[0] +
                      "' is not a pathway (conservative, imaging, injection, "
                      "surgical, urgent)");
    for (std::size_t i = 1; i < a.args.size(); ++i) {
        if (!cat_->part(a.args[i])) return refuse("unknown plan part '" + a.args[i] + "'");
        for (std::size_t j = i + 1; j < a.args.size(); ++j)
            if (a.args[i] == a.args[j]) return refuse("'" + a.args[i] + "' is listed twice");
    }
    return {true, {}, "Plan agreed with the patient."};
}

namespace {
bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}
bool matches(const NextRule& r, const Action& plan) {
    if (!r.pathways.empty() && !has(r.pathways, plan.args[0])) return false;
    std::vector<std::string> parts(plan.args.begin() + 1, plan.args.end());
    for (const auto& p : r.parts)
        if (!has(parts, p)) return false;
    for (const auto& p : r.notParts)
        if (has(parts, p)) return false;
    return true;
}
} // namespace

bool Session::nextMatches(const NextRule& r, const Action& plan) const {
    if (!matches(r, plan)) return false;
    const Action* dx = diagnosis();
    if (!dxIn(r.dx, classifyDiagnosis(*case_, *cat_, dx))) return false;
    if (!r.diagnoses.empty() && !(dx && has(r.diagnoses, dx->args[0]))) return false;
    if (!r.regions.empty()) {
        const DiagnosisDef* d = dx ? cat_->diagnosis(dx->args[0]) : nullptr;
        if (!d || !has(r.regions, d->region)) return false;
    }
    auto everOrdered = [&](const std::string& test) {
        return std::any_of(orders_.begin(), orders_.end(),
                           [&](const OrderedTest& o) { return o.test == test; });
    };
    for (const auto& t : r.ordered)
        if (!everOrdered(t)) return false;
    for (const auto& t : r.notOrdered)
        if (everOrdered(t)) return false;
    return true;
}

void Session::arriveAll() {
    for (auto& o : orders_)
        o.arrived = true;
}

Reply Session::doAdvance(const Action&) {
    const Action* p = plan();
    if (!p) return refuse("make a plan (plan PATHWAY PARTS...) before ending the visit");
    for (const auto& r : visit().next) {
        if (!nextMatches(r, *p)) continue;
        if (!r.outcome.empty()) {
            outcome_ = case_->outcome(r.outcome);
            if (!outcome_)
                return refuse("the case script names an unknown outcome '" + r.outcome + "'");
            arriveAll();
            return {true, {}, outcome_->text};
        }
        for (std::size_t i = 0; i < case_->visits.size(); ++i) {
            if (case_->visits[i].id != r.visit) continue;
            visit_ = static_cast<int>(i);
            weeks_ += case_->visits[i].weeks;
            reached_.push_back(visit_);
            arriveAll();
            planIndex_ = -1;
            const Visit& v = visit();
            return {true, {}, v.narrative.empty() ? v.title : v.narrative};
        }
        return refuse("the case script names an unknown visit '" + r.visit + "'");
    }
    return refuse("the case script has no next step for this plan");
}

ActionLog Session::log() const {
    ActionLog log;
    log.header["case"] = case_->id;
    log.header["seed"] = std::to_string(seed_);
    for (const auto& t : taken_)
        log.actions.push_back(t.action);
    return log;
}

bool playLog(Session& s, const std::vector<Action>& actions, const std::string& file,
             Diagnostics& diags) {
    for (const auto& a : actions) {
        Reply r = s.apply(a);
        if (!r.ok) {
            diags.error(file, a.line, 0, "illegal-action", "'" + a.str() + "': " + r.error);
            return false;
        }
    }
    return true;
}

} // namespace rc
