#include "game/engine/scoring_policy.hpp"

#include <string_view>

#include "game/engine/case.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

const PathTemplate* ScoringPolicy::path(const std::string& id) const {
    for (const auto& p : paths)
        if (p.id == id) return &p;
    return nullptr;
}

void loadScoringPolicyXml(const XmlFile& file, ScoringPolicy& p, Diagnostics& diags) {
    Node root(file, file.root(), diags);
    if (root.name() != "scoring-policy") {
        root.error("wrong-root",
                   "expected a <scoring-policy> root element, found <" + root.name() + ">");
        return;
    }
    p.pos = root.pos();
    root.finish();
    p.paths.clear();
    p.overInvestigation.clear();
    // Every setting is written out in the file: the shipped numbers live in one place. The
    // validity paths (<over-investigation>, <path>) are optional: without them none is played.
    const char* kOnce[] = {"weights", "diagnosis", "unruled", "hands-on", "domain", "efficiency",
                           "harm",    "management", "pass",   "over-investigation"};
    bool seen[std::size(kOnce)] = {};
    for (const tinyxml2::XMLElement* e = file.root()->FirstChildElement(); e;
         e = e->NextSiblingElement()) {
        Node n(file, e, diags);
        std::string_view name = e->Name();
        std::size_t k = 0;
        while (k < std::size(kOnce) && name != kOnce[k]) ++k;
        if (k < std::size(kOnce) && !root.once(seen[k], e)) continue;
        if (name == "weights") {
            double sum = 0;
            for (int d = 0; d < kDomainCount; ++d) {
                p.weights[d] = n.number(domainName(static_cast<Domain>(d)), 0, 100, -1);
                if (p.weights[d] < 0) {
                    n.error("missing-attribute", std::string("<weights> needs '") +
                                                     domainName(static_cast<Domain>(d)) + "'");
                    p.weights[d] = 0;
                }
                sum += p.weights[d];
            }
            if (sum <= 0) n.error("out-of-range", "the weights must not all be zero");
        } else if (name == "diagnosis") {
            p.wrongSideCredit = n.number("wrong-side-credit", 0, 1, p.wrongSideCredit);
        } else if (name == "unruled") {
            p.unruledOrder = n.integer("order", 0, 20);
            p.unruledPathway = n.integer("pathway", 0, 20);
        } else if (name == "hands-on") {
            p.stoppedShortShare = n.number("stopped-short-share", 0, 1, p.stoppedShortShare);
        } else if (name == "domain") {
            p.noPossibleScale = n.number("no-possible-scale", 1, 100, p.noPossibleScale);
        } else if (name == "efficiency") {
            p.precisionShare = n.number("precision-share", 0, 1, p.precisionShare);
            p.minutesSlack = n.number("minutes-slack", 0, 1000, p.minutesSlack);
            p.costSlack = n.number("cost-slack", 0, 100000, p.costSlack);
            p.radiationSlack = n.number("radiation-slack", 0, 50, p.radiationSlack);
        } else if (name == "harm") {
            p.harmOrder = n.number("order", 0, 50, p.harmOrder);
            p.harmPerMsv = n.number("per-msv", 0, 50, p.harmPerMsv);
            p.harmRadiationMax = n.number("radiation-max", 0, 50, p.harmRadiationMax);
            p.harmCascade = n.number("cascade", 0, 50, p.harmCascade);
        } else if (name == "management") {
            p.managementNeedsRegion = n.boolean("needs-region", p.managementNeedsRegion);
        } else if (name == "pass") {
            p.mastery = n.number("mastery", 0, 100, p.mastery);
            p.expertMin = n.number("expert-min", 0, 100, p.expertMin);
            p.wrongRegionCap = n.number("wrong-region-cap", 0, 100, p.wrongRegionCap);
        } else if (name == "over-investigation") {
            p.overInvestigation = splitWords(n.str("orders"));
        } else if (name == "path") {
            PathTemplate t;
            t.pos = n.pos();
            t.id = n.id();
            t.region = n.choice("region", kRegions);
            t.questions = splitWords(n.str("questions"));
            t.examGroups = splitWords(n.str("exam-groups"));
            t.orders = splitWords(n.str("orders", ""));
            t.diagnosis = n.id("diagnosis");
            t.plan = n.str("plan");
            for (const auto& q : p.paths)
                if (q.id == t.id) n.error("duplicate-id", "the path id '" + t.id + "' is used twice");
            p.paths.push_back(std::move(t));
        } else {
            root.unknownChild(e);
            continue;
        }
        n.finish();
        n.leaf();
    }
    for (std::size_t k = 0; k + 1 < std::size(kOnce); ++k) // all but <over-investigation>
        if (!seen[k])
            root.error("missing-element", std::string("<scoring-policy> needs a <") + kOnce[k] + ">");
}

} // namespace rc
