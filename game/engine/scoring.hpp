#pragma once
#include <array>
#include <string>
#include <vector>

#include "game/engine/case.hpp"
#include "game/engine/session.hpp"

namespace rc {

/// One judged decision for the debrief: an action the player took, or an item they missed.
struct Judgement {
    std::string action;   ///< the player's action (log syntax), or the rule pattern if missed
    int visitIndex = 0;
    Tag tag = Tag::Neutral;
    Domain domain = Domain::History;
    int points = 0;       ///< signed: earned (+) or penalty (-)
    int possible = 0;     ///< points available (essential/indicated)
    bool missed = false;  ///< an essential or indicated item the player never did
    bool stoppedShort = false;
    bool critical = false;
    bool generic = false; ///< no rule named it; judged by the default policy
    /// A management item done, but for a diagnosis outside the truth's region: no credit.
    bool offTarget = false;
    std::string feedback;
    std::string cite;     ///< reference ids behind the feedback (the rule's cite)
    int rule = -1;        ///< the case rule that judged it (index in Case::rules; -1: generic)
};

/// How the player met one case rule.
enum class RuleOutcome : signed char {
    OutOfScope = -1, ///< its visit was never reached: it does not count
    NotMet = 0,      ///< no action matched it
    Met = 1,         ///< matched in full
    StoppedShort = 2 ///< matched only by a hands-on test stopped short
};

/// Harm and waste taken off the total for one order no rule justified (FORMAT.md §2.6).
struct Deduction {
    std::string action;  ///< "order xray-lumbar"
    int visitIndex = 0;
    double points = 0;   ///< positive: taken off the total
    std::string reason;  ///< "1.5 mSv of radiation; an incidental finding (cascade of care)"
};

/// The score of a session, by domain, with its ledger and process figures.
struct Score {
    std::array<double, kDomainCount> domains{}; ///< 0..100 each
    std::array<bool, kDomainCount> zeroed{};    ///< set to 0 by a critical miss or harm
    double total = 0;                           ///< weighted, 0..100, one decimal
    double weighted = 0;                        ///< the weighted domain sum, before deductions and cap
    double deducted = 0;                        ///< harm and waste taken off (sum of deductions)
    std::vector<Deduction> deductions;
    bool capped = false;                        ///< the total was capped (wrong region)
    std::string capReason;
    DxClass dxClass = DxClass::None;            ///< the final diagnosis against the truth
    Ledger ledger, expertLedger;
    double recall = 1;      ///< essential items met / essential items
    double precision = 1;   ///< relevant items / items asked, examined or ordered
    double stewardship = 1; ///< ledger compared with the expert's, 0..1
    int essentialMet = 0, essentialTotal = 0;
    double diagnosisCredit = 0;
    std::string diagnosisFeedback;
    std::vector<Judgement> decisions; ///< in play order, then the missed items
    /// Per rule of the case, in case order: how the player met it.
    std::vector<RuleOutcome> rules;
};

/// The domain weights a case plays with: its own where it sets them, the policy's elsewhere.
std::array<double, kDomainCount> effectiveWeights(const Case& c, const ScoringPolicy& p);

/// Scores a session against its case. `expertLedger` is what the expert path costs.
Score scoreSession(const Session& s, const Ledger& expertLedger);
/// Plays the case's expert path and returns its ledger (what stewardship is measured against).
Ledger expertLedger(const Case& c, const Catalog& cat, std::uint64_t seed = 1);
/// True if the rule's pattern matches this taken action (verb, words, visit scope).
bool ruleMatches(const Rule& r, const TakenAction& t, const Case& c);

} // namespace rc
