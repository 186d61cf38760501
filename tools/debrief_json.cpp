#include "tools/debrief_json.hpp"

#include "tools/differential_json.hpp"

#include <nlohmann/json.hpp>

namespace rc {

std::string debriefJson(const Debrief& d, const Session& s) {
    using nlohmann::json;
    const Case& c = s.kase();
    json j;
    j["case"] = c.id;
    j["seed"] = s.seed();
    j["finished"] = s.finished();
    j["total"] = d.score.total;
    j["weighted"] = d.score.weighted;
    j["deducted"] = d.score.deducted;
    j["capped"] = d.score.capped;
    if (d.score.capped) j["cap_reason"] = d.score.capReason;
    json deductions = json::array();
    for (const auto& x : d.score.deductions)
        deductions.push_back({{"action", x.action},
                              {"visit", c.visits[static_cast<std::size_t>(x.visitIndex)].id},
                              {"points", x.points},
                              {"reason", x.reason}});
    j["deductions"] = deductions;
    json domains = json::object();
    for (int i = 0; i < kDomainCount; ++i)
        domains[domainName(static_cast<Domain>(i))] = d.score.domains[i];
    j["domains"] = domains;
    j["ledger"] = {{"minutes", d.score.ledger.minutes},
                   {"cost", d.score.ledger.cost},
                   {"radiation", d.score.ledger.radiation}};
    j["expert_ledger"] = {{"minutes", d.score.expertLedger.minutes},
                          {"cost", d.score.expertLedger.cost},
                          {"radiation", d.score.expertLedger.radiation}};
    j["recall"] = d.score.recall;
    j["precision"] = d.score.precision;
    j["diagnosis"] = {{"truth", d.truthLabel},
                      {"credit", d.score.diagnosisCredit},
                      {"feedback", d.score.diagnosisFeedback}};
    // Each decision's share of its domain's score (score_breakdown.hpp): the rows of a domain,
    // with its own lines in "breakdown", add up to the domain's score.
    // A decision shown on another's row (the same action judged twice at one visit) has its
    // points there: "merged_into" names that decision.
    std::vector<const ScoreLine*> lineOf(d.score.decisions.size(), nullptr);
    std::vector<int> mergedInto(d.score.decisions.size(), -1);
    for (const auto& b : d.breakdown)
        for (const auto& l : b.lines) {
            if (l.decision >= 0 && static_cast<std::size_t>(l.decision) < lineOf.size())
                lineOf[static_cast<std::size_t>(l.decision)] = &l;
            for (int m : l.merged)
                if (m >= 0 && static_cast<std::size_t>(m) < mergedInto.size())
                    mergedInto[static_cast<std::size_t>(m)] = l.decision;
        }
    json decisions = json::array();
    for (std::size_t i = 0; i < d.score.decisions.size(); ++i) {
        const Judgement& x = d.score.decisions[i];
        const ScoreLine* l = lineOf[i];
        decisions.push_back(
            {{"action", x.action},
             {"label", i < d.decisionLabels.size() ? d.decisionLabels[i] : x.action},
             {"visit", c.visits[static_cast<std::size_t>(x.visitIndex)].id},
             {"visit_number", i < d.decisionVisits.size() ? d.decisionVisits[i] : 0},
             {"tag", tagName(x.tag)},
             {"domain", domainName(x.domain)},
             {"points", x.points},
             {"domain_points", l ? l->tenths / 10.0 : 0.0},
             {"domain_points_of", l ? l->ofTenths / 10.0 : 0.0},
             {"merged_into", mergedInto[i]},
             {"missed", x.missed},
             {"critical", x.critical},
             {"stopped_short", x.stoppedShort},
             {"off_target", x.offTarget},
             {"feedback", x.feedback},
             {"source", citeText(s.catalog(), x.cite)}});
    }
    j["decisions"] = decisions;
    json breakdown = json::array();
    for (const auto& b : d.breakdown) {
        json lines = json::array();
        for (const auto& l : b.lines)
            lines.push_back({{"kind", lineKindName(l.kind)},
                             {"label", l.label},
                             {"visit_number", l.visit},
                             {"points", l.tenths / 10.0},
                             {"of", l.ofTenths / 10.0},
                             {"decision", l.decision},
                             {"merged", l.merged}});
        breakdown.push_back({{"domain", domainName(b.domain)},
                             {"score", b.tenths / 10.0},
                             {"reason", b.reason},
                             {"lines", lines}});
    }
    j["breakdown"] = breakdown;
    j["reasons"] = d.reasons;
    j["player_path"] = d.playerPath;
    j["expert_path"] = d.expertPath;
    j["first_divergence"] = {{"player", d.playerDivergence}, {"expert", d.expertDivergence}};
    j["outcome"] = {
        {"status", d.outcomeStatus}, {"text", d.outcomeText}, {"source", d.outcomeSource}};
    json learning = json::array();
    for (std::size_t i = 0; i < d.learning.size(); ++i)
        learning.push_back({{"text", d.learning[i].text},
                            {"source", i < d.learningSources.size() ? d.learningSources[i] : ""}});
    j["learning"] = learning;
    json sources = json::array();
    for (const auto& r : d.sources)
        sources.push_back({{"id", r.id}, {"label", r.label}, {"entry", r.entry}, {"link", r.link}});
    j["references"] = sources;
    j["differential"] = differentialJson(s);
    // Text from a log or a file is not trusted to be UTF-8: a bad byte becomes U+FFFD, never an
    // exception.
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace rc
