#include "game/engine/scoring_guide.hpp"

#include "game/engine/action_label.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/scoring.hpp"

#include <cmath>

namespace rc {

namespace {

/// A number as a student reads it: "3", "2.5" (no trailing ".0").
std::string num(double v) {
    if (std::abs(v - std::round(v)) < 1e-9)
        return std::to_string(static_cast<long>(std::lround(v)));
    return oneDecimal(v);
}

std::string pct(double share) {
    return num(std::round(share * 1000) / 10) + "%";
}

bool positive(Tag t) {
    return t == Tag::Essential || t == Tag::Indicated;
}

} // namespace

std::string tagMeaning(Tag t) {
    switch (t) {
    case Tag::Essential:
        return "Essential: an expert always does this for this patient; it earns its points.";
    case Tag::Indicated:
        return "Indicated: good practice here; it earns its points.";
    case Tag::Neutral:
        return "Neutral: reasonable, but it neither earns nor costs points.";
    case Tag::Unnecessary:
        return "Unnecessary: it added time or cost for nothing; its points are taken off.";
    case Tag::Harmful:
        return "Harmful: it misleads or endangers the patient; its points are taken off.";
    }
    return "";
}

std::vector<std::string> debriefLegend(const Catalog& cat) {
    const ScoringPolicy& pol = cat.policy;
    return {
        "\xE2\x9C\x93 Good \xC2\xB7 essential or indicated: you did what the case called for and "
        "earned its points.",
        "\xC2\xB7 Neutral: reasonable, earns and costs nothing.  ! Unnecessary and \xE2\x9C\x97 "
        "Harmful: points taken off.",
        "Missed: an essential or indicated item you never did; it earns 0 of its share, shown as "
        "\"0 of 12.5\". Its visit is where the case or the expert called for it.",
        "Critical: missing a critical essential item, or doing a critical harmful one, sets its "
        "whole domain to 0.",
        "Points are shares of the domain's 100: an item worth 4 of 16 rule points is worth 25. "
        "A domain's rows add up to its score; the total weighs the domains" +
            std::string(pol.wrongRegionCap < 100
                            ? ", less harm and waste, capped at " + num(pol.wrongRegionCap) +
                                  " for a diagnosis in the wrong region."
                            : "."),
    };
}

std::vector<GuideSection> scoringGuide(const Case& c, const Catalog& cat) {
    const ScoringPolicy& pol = cat.policy;
    std::vector<GuideSection> out;
    const auto w = effectiveWeights(c, pol);
    double wsum = 0;
    for (double x : w)
        wsum += x;

    GuideSection total{"The total", {}};
    total.lines.push_back(
        "Your total is the weighted mean of seven domain scores, each out of 100. "
        "This case weighs them:");
    std::string weights;
    for (int d = 0; d < kDomainCount; ++d)
        weights += std::string(d ? " \xC2\xB7 " : "") + domainLabel(static_cast<Domain>(d)) + " " +
                   pct(wsum > 0 ? w[static_cast<std::size_t>(d)] / wsum : 0);
    total.lines.push_back(weights);
    total.lines.push_back(
        "Harm and waste is then taken off the total: each order no rule justifies costs " +
        num(pol.harmOrder) + ", plus " + num(pol.harmPerMsv) + " a mSv of radiation (at most " +
        num(pol.harmRadiationMax) + "), plus " + num(pol.harmCascade) +
        " when its result holds an incidental finding that invites more tests.");
    total.lines.push_back(
        "A diagnosis in another region than the problem's, or none, caps the total at " +
        num(pol.wrongRegionCap) + ": a plan for the wrong problem cannot pass. The pass mark is " +
        num(pol.mastery) + ".");
    out.push_back(total);

    GuideSection dom{"Domains made of decisions", {}};
    dom.lines.push_back(
        "History, Examination, Investigations, Management and Safety: each essential or "
        "indicated item has points. The domain is 100 \xC3\x97 (points earned \xE2\x88\x92 points "
        "off) \xC3\xB7 points possible, kept between 0 and 100.");
    dom.lines.push_back(
        "So an item's share is its points \xC3\x97 100 \xC3\xB7 the domain's possible points; the "
        "Decisions tab shows each share, and a domain's rows add up to its score.");
    // What the first visit (and any visit) offers; items of a later visit count only if reached.
    std::array<int, kDomainCount> possible{}, items{}, later{};
    const std::string first = c.visits.empty() ? std::string() : c.visits.front().id;
    for (const Rule& r : c.rules) {
        if (!positive(r.tag)) continue;
        const auto k = static_cast<std::size_t>(r.domain);
        if (r.visit.empty() || r.visit == first) {
            possible[k] += r.points;
            ++items[k];
        } else {
            later[k] += r.points;
        }
    }
    for (Domain d : {Domain::History, Domain::Examination, Domain::Investigations,
                     Domain::Management, Domain::Safety}) {
        const auto k = static_cast<std::size_t>(d);
        std::string line = std::string(domainLabel(d)) + ": ";
        if (possible[k] > 0)
            line += num(possible[k]) + " points to earn from " + std::to_string(items[k]) +
                    (items[k] == 1 ? " item" : " items");
        else
            line += "nothing to earn at the first visit";
        if (later[k] > 0)
            line += ", and up to " + num(later[k]) + " more at later visits, if you reach them";
        line += ".";
        dom.lines.push_back(line);
    }
    dom.lines.push_back("A domain with nothing to earn starts at 100 and loses " +
                        num(100.0 / pol.noPossibleScale) + " for each point off.");
    dom.lines.push_back("A hands-on test stopped short of where symptoms start earns " +
                        pct(pol.stoppedShortShare) +
                        " of its points. An order no rule names costs " + num(pol.unruledOrder) +
                        " points of Investigations; a plan pathway no rule names costs " +
                        num(pol.unruledPathway) + " points of Management.");
    if (pol.managementNeedsRegion)
        dom.lines.push_back(
            "Management follows the diagnosis: a plan made while your diagnosis is in another "
            "region earns nothing, however sound as care for that region.");
    out.push_back(dom);

    GuideSection tags{"Tags", {}};
    for (Tag t : {Tag::Essential, Tag::Indicated, Tag::Neutral, Tag::Unnecessary, Tag::Harmful})
        tags.lines.push_back(tagMeaning(t));
    tags.lines.push_back(
        "Missed: an essential or indicated item never done: it earns 0 of its share.");
    tags.lines.push_back(
        "Critical: missing a critical essential item, or doing a critical harmful one, sets "
        "its whole domain to 0.");
    out.push_back(tags);

    GuideSection crit{"Critical items in this case", {}};
    for (const Rule& r : c.rules) {
        if (!r.critical) continue;
        crit.lines.push_back(ruleLabel(cat, r) + " \xE2\x80\x94 " + domainLabel(r.domain) +
                             (r.tag == Tag::Harmful ? ": doing it sets the domain to 0."
                                                    : ": missing it sets the domain to 0."));
    }
    if (crit.lines.empty()) crit.lines.push_back("This case has no critical items.");
    out.push_back(crit);

    GuideSection dx{"Diagnosis", {}};
    dx.lines.push_back("The right diagnosis on the right side scores 100; on the wrong side " +
                       num(100 * pol.wrongSideCredit) + ".");
    for (const Accept& a : c.accepts) {
        const DiagnosisDef* def = cat.diagnosis(a.diagnosis);
        dx.lines.push_back(
            (def ? def->label : a.diagnosis) +
            (a.side != Side::None ? std::string(" (") + sideName(a.side) + ")" : std::string()) +
            " is accepted in part: " + num(100 * a.credit) + ".");
    }
    dx.lines.push_back("Any other diagnosis scores 0.");
    out.push_back(dx);

    const Ledger e = expertLedger(c, cat);
    GuideSection eff{"Efficiency and stewardship", {}};
    eff.lines.push_back(pct(pol.precisionShare) +
                        " precision: the share of your questions, tests and orders "
                        "that were needed (named by an essential, indicated or neutral item, or a "
                        "red-flag question).");
    eff.lines.push_back(pct(1 - pol.precisionShare) +
                        " stewardship: your minutes, cost and radiation against the "
                        "expert's (" +
                        std::to_string(e.minutes) + " min, \xC2\xA3" + std::to_string(e.cost) +
                        ", " + oneDecimal(e.radiation) +
                        " mSv here), each as (expert + slack) \xC3\xB7 (yours + slack), "
                        "at most 1; the slacks are " +
                        num(pol.minutesSlack) + " min, \xC2\xA3" + num(pol.costSlack) + " and " +
                        num(pol.radiationSlack) + " mSv.");
    out.push_back(eff);
    return out;
}

} // namespace rc
