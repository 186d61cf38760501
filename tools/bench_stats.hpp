#pragma once
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <iomanip>
#include <ostream>
#include <string>
#include <vector>

namespace rc::bench {

/// Median and spread of repeated measurements.
struct Stats {
    double median = 0, min = 0, max = 0;
    int n = 0;
};

/// Runs `once` `repeats` times (after one warm-up) and summarises the results.
inline Stats measure(int repeats, const std::function<double()>& once) {
    once();
    std::vector<double> v;
    for (int i = 0; i < repeats; ++i) v.push_back(once());
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back(), static_cast<int>(v.size())};
}

/// A table of figures against budgets, printable and as JSON.
class Report {
  public:
    /// `lowerIsBetter`: the budget is a ceiling (times), else a floor (throughputs);
    /// a budget of 0 means "no budget, context figure".
    void add(std::string key, std::string what, std::string unit, double budget, bool lowerIsBetter,
             Stats s) {
        rows_.push_back({std::move(key), std::move(what), std::move(unit), budget, lowerIsBetter, s});
    }
    bool allWithinBudget() const {
        return std::all_of(rows_.begin(), rows_.end(), [](const Row& r) { return r.ok(); });
    }
    void print(std::ostream& out) const {
        out << std::left << std::setw(48) << "figure" << std::right << std::setw(12) << "median"
            << std::setw(24) << "spread (min..max)" << std::setw(14) << "budget" << "  \n";
        for (const auto& r : rows_) {
            std::ostringstream spread, budget;
            if (r.s.n > 1) spread << std::setprecision(4) << r.s.min << ".." << r.s.max;
            else spread << "-"; // derived from other figures' medians
            if (r.budget > 0) budget << (r.lower ? "<= " : ">= ") << std::setprecision(4) << r.budget;
            else budget << "-";
            out << std::left << std::setw(48) << r.what << std::right << std::setw(12)
                << std::setprecision(4) << r.s.median << std::setw(24) << spread.str()
                << std::setw(14) << budget.str() << "  " << r.unit
                << (r.budget > 0 ? (r.ok() ? "  ok" : "  MISSED") : "") << "\n";
        }
    }
    nlohmann::json json() const {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& r : rows_)
            j.push_back({{"key", r.key}, {"what", r.what}, {"unit", r.unit}, {"median", r.s.median},
                         {"min", r.s.min}, {"max", r.s.max}, {"runs", r.s.n},
                         {"budget", r.budget}, {"budget_is_ceiling", r.lower}, {"ok", r.ok()}});
        return j;
    }

  private:
    struct Row {
        std::string key, what, unit;
        double budget;
        bool lower;
        Stats s;
        bool ok() const { return budget <= 0 || (lower ? s.median <= budget : s.median >= budget); }
    };
    std::vector<Row> rows_;
};

} // namespace rc::bench
