#include "game/play/estimate_prompt.hpp"

#include <algorithm>

namespace rc::play {

bool estimateWanted(bool setting, const std::string& mode, bool tutorial) {
    return setting && mode == "practice" && !tutorial;
}

int clampPercent(int p) {
    return std::clamp(p, 0, 100);
}

EstimatePrompt::EstimatePrompt(const rc::Session& s, std::string order)
    : cat_(&s.catalog()), order_(std::move(order)) {
    auto add = [&](const std::string& dx) {
        if (rows_.size() >= kMaxEstimates) return;
        for (const auto& r : rows_)
            if (r.dx == dx) return;
        const rc::DiagnosisDef* d = s.catalog().diagnosis(dx);
        if (d) rows_.push_back({dx, d->label, std::nullopt});
    };
    for (const auto& dx : s.differential())
        add(dx);
    if (rows_.empty()) {
        std::vector<rc::Prior> priors = s.kase().priors;
        std::stable_sort(priors.begin(), priors.end(),
                         [](const rc::Prior& a, const rc::Prior& b) { return a.p > b.p; });
        for (const auto& p : priors)
            add(p.dx);
    }
}

void EstimatePrompt::move(int d) {
    focus(focused_ + d);
}

void EstimatePrompt::focus(int row) {
    if (rows_.empty()) return;
    focused_ = std::clamp(row, 0, static_cast<int>(rows_.size()) - 1);
}

void EstimatePrompt::step(int row, int steps) {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return;
    auto& v = rows_[static_cast<std::size_t>(row)].percent;
    v = v ? clampPercent(*v + steps * kEstimateStep) : 50;
}

void EstimatePrompt::set(int row, int percent) {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return;
    rows_[static_cast<std::size_t>(row)].percent = clampPercent(percent);
}

void EstimatePrompt::preset(const rc::Action& logged) {
    for (const auto& [dx, pct] : logged.estimates) {
        auto it = std::find_if(rows_.begin(), rows_.end(),
                               [&](const EstimateRow& r) { return r.dx == dx; });
        if (it == rows_.end()) {
            // The log names a diagnosis the rows do not hold: shown too, while there is room.
            if (rows_.size() >= kMaxEstimates) continue;
            const rc::DiagnosisDef* d = cat_->diagnosis(dx);
            rows_.push_back({dx, d ? d->label : dx, std::nullopt});
            it = rows_.end() - 1;
        }
        it->percent = clampPercent(pct);
    }
}

bool EstimatePrompt::any() const {
    return std::any_of(rows_.begin(), rows_.end(),
                       [](const EstimateRow& r) { return r.percent.has_value(); });
}

rc::Action EstimatePrompt::commit() const {
    rc::Action a = skip();
    for (const auto& r : rows_)
        if (r.percent && a.estimates.size() < kMaxEstimates)
            a.estimates.emplace_back(r.dx, *r.percent);
    return a;
}

rc::Action EstimatePrompt::skip() const {
    return rc::makeAction(rc::Verb::Order, {order_});
}

std::string EstimatePrompt::valueText(const EstimateRow& r) {
    return r.percent ? std::to_string(*r.percent) + " %" : "\u2013";
}

} // namespace rc::play
