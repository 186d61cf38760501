#pragma once
#include <initializer_list>
#include <array>
#include <string>
#include <vector>

#include "game/engine/diagnostics.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// The regions a diagnosis belongs to; <next region>, plan-part and path-template regions
/// name the same ones.
inline constexpr std::initializer_list<const char*> kRegions = {"spine", "knee", "hip",
                                                                "nerve", "vascular", "other"};

class XmlFile;

/// A generated validity path that plays one wrong strategy (FORMAT.md §2.8): which questions it
/// asks, which exam groups it runs, what it orders, what it diagnoses and plans.
struct PathTemplate {
    std::string id;                     ///< knee-treater, hip-treater
    std::string region;                 ///< the region it treats: cases whose truth is there skip it
    std::vector<std::string> questions; ///< asked in this order at the first visit
    std::vector<std::string> examGroups;
    std::vector<std::string> orders;    ///< investigations ordered at the first visit
    std::string diagnosis;              ///< named on the complaint's side when sided
    std::string plan;                   ///< "PATHWAY PART..." made at every visit
    SourcePos pos;
};

/// The numbers the scoring is made of (content/scoring.xml, FORMAT.md §2.6). The defaults here
/// are the shipped policy's, for code that builds a Catalog by hand (tests).
struct ScoringPolicy {
    /// history, examination, investigations, diagnosis, management, safety, efficiency
    std::array<double, 7> weights{15, 20, 15, 20, 15, 10, 5};
    double wrongSideCredit = 0.5;  ///< share of the diagnosis score for the right diagnosis, wrong side
    int unruledOrder = 2;          ///< penalty for an order no rule names (investigations)
    int unruledPathway = 3;        ///< penalty for a plan pathway no rule names (management)
    double stoppedShortShare = 0.5; ///< share of a hands-on rule's points when stopped short
    double noPossibleScale = 10;   ///< a domain with nothing to earn loses 100/scale per point
    double minutesSlack = 5, costSlack = 20, radiationSlack = 0.1; ///< stewardship slacks
    double precisionShare = 0.5;   ///< efficiency = share x precision + rest x stewardship
    /// Harm and waste: every order no rule calls essential, indicated or neutral costs the total
    /// `harmOrder` points, plus `harmPerMsv` a mSv of radiation (at most `harmRadiationMax`),
    /// plus `harmCascade` when its result holds an incidental finding (a cascade of care).
    double harmOrder = 3, harmPerMsv = 2, harmRadiationMax = 10, harmCascade = 4;
    /// A diagnosis in the wrong region (or none) caps the total here: a plan for the wrong
    /// problem cannot pass.
    double wrongRegionCap = 59;
    /// Management rules earn no credit for a plan made while the diagnosis in force is in
    /// another region than the truth's (and is not an accepted alternative).
    bool managementNeedsRegion = true;
    double mastery = 70;         ///< default pass mark (challenges, validity claims)
    double expertMin = 95;       ///< the lowest score an expert path may have
    std::vector<PathTemplate> paths; ///< the wrong-region validity paths
    /// The over-investigator: these orders added to the expert's first visit.
    std::vector<std::string> overInvestigation{"mri-lumbar", "xray-lumbar", "xray-knee", "mri-knee"};
    SourcePos pos;

    const PathTemplate* path(const std::string& id) const;
};

/// Reads a <scoring-policy> file into `out`; every problem goes to `diags`.
void loadScoringPolicyXml(const XmlFile& file, ScoringPolicy& out, Diagnostics& diags);

} // namespace rc
