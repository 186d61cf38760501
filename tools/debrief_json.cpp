#include "tools/debrief_json.hpp"

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
    json decisions = json::array();
    for (const auto& x : d.score.decisions)
        decisions.push_back({{"action", x.action},
                             {"visit", c.visits[static_cast<std::size_t>(x.visitIndex)].id},
                             {"tag", tagName(x.tag)},
                             {"domain", domainName(x.domain)},
                             {"points", x.points},
                             {"missed", x.missed},
                             {"critical", x.critical},
                             {"stopped_short", x.stoppedShort},
                             {"feedback", x.feedback}});
    j["decisions"] = decisions;
    j["player_path"] = d.playerPath;
    j["expert_path"] = d.expertPath;
    j["first_divergence"] = {{"player", d.playerDivergence}, {"expert", d.expertDivergence}};
    j["outcome"] = {{"status", d.outcomeStatus}, {"text", d.outcomeText}};
    return j.dump(2);
}

} // namespace rc
