#include "tools/differential_json.hpp"

#include "game/engine/differential_model.hpp"

namespace rc {

namespace {

/// Probabilities in the JSON are rounded to four decimals: enough for a bar, stable in tests.
double r4(double p) {
    return static_cast<double>(static_cast<long long>(p * 10000 + 0.5)) / 10000;
}

} // namespace

nlohmann::json differentialJson(const Session& s) {
    using nlohmann::json;
    const DifferentialModel m(s.kase(), s.catalog());
    if (!m.available()) return nullptr;
    json j;
    json priors = json::array();
    for (const auto& p : s.kase().priors)
        priors.push_back({{"dx", p.dx}, {"p", p.p}, {"source", citeText(s.catalog(), p.cite)}});
    j["priors"] = priors;
    j["other"] = r4(m.otherPrior());
    json trail = json::array();
    for (const auto& st : m.trail(s)) {
        json step = {{"kind", findingKindName(st.kind)},
                     {"action", st.text},
                     {"test", st.test},
                     {"label", st.label},
                     {"result", st.result},
                     {"positive", st.positive},
                     {"counted", st.counted}};
        if (!st.counted) step["why"] = st.why;
        json effects = json::array();
        for (const auto& e : st.effects) {
            json x = {{"dx", e.dx},
                      {"use", lrUseName(e.use)},
                      {"before", r4(e.before)},
                      {"after", r4(e.after)}};
            if (e.use != LrUse::NoFigure) {
                x["lr"] = e.lr;
                x["positive"] = e.positive;
                x["lr_text"] = lrText(e);
                x["calculated"] = e.calculated;
                x["target"] = e.target;
                x["source"] = citeText(s.catalog(), e.cite);
            }
            if (!e.other.empty()) x["with"] = e.other;
            if (!e.replaces.empty()) x["replaces"] = e.replaces;
            effects.push_back(std::move(x));
        }
        step["effects"] = effects;
        trail.push_back(std::move(step));
    }
    j["trail"] = trail;
    json ranked = json::array();
    for (const auto& p : m.ranked(s))
        ranked.push_back({{"dx", p.dx}, {"prior", p.prior}, {"p", r4(p.p)}});
    j["final"] = ranked;
    if (!s.kase().priorsCaveat.empty())
        j["caveat"] = {{"text", s.kase().priorsCaveat},
                       {"source", citeText(s.catalog(), s.kase().priorsCaveatCite)}};
    json cal = json::array();
    for (const auto& c : m.calibration(s)) {
        json x = {{"order", c.order}, {"dx", c.dx}, {"estimate", c.estimate}};
        x["computed"] = c.computed ? json(r4(*c.computed)) : json(nullptr);
        cal.push_back(std::move(x));
    }
    j["calibration"] = cal;
    json movers = json::array();
    for (const auto& mv : m.movers(s, 5))
        movers.push_back({{"test", mv.test},
                          {"dx", mv.dx},
                          {"lr", mv.lr},
                          {"before", r4(mv.before)},
                          {"after", r4(mv.after)}});
    j["movers"] = movers;
    return j;
}

} // namespace rc
