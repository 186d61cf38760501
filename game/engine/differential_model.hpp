#pragma once
#include "game/engine/action.hpp"
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/session.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rc {

/// How one finding's likelihood ratio was used for one diagnosis of the differential.
enum class LrUse {
    Applied,   ///< the odds were multiplied by `lr`
    NoFigure,  ///< the catalogue gives this test no figure for this diagnosis: unchanged
    Unusable,  ///< the figure is 0 or infinite (a perfect sensitivity or specificity): unchanged
    Dependent, ///< not independent of a stronger counted test (`other`): only that one counts
    Combined,  ///< replaced by the reported figure of the tests together (`other` names them)
    Confirmed, ///< a reference standard's report shows the diagnosis: it is confirmed
};
/// "applied", "no-figure", "unusable", "dependent", "combined", "confirmed"
const char* lrUseName(LrUse u);

/// What kind of finding a trail step is.
enum class FindingKind {
    Exam,          ///< an examination's finding
    History,       ///< a history answer (a question whose catalogue entry gives figures)
    Investigation, ///< an investigation's report, when it arrives
};
const char* findingKindName(FindingKind k); ///< "exam", "history", "investigation"

/// One diagnosis at one step of the trail.
struct LrEffect {
    std::string dx; ///< diagnosis id
    LrUse use = LrUse::NoFigure;
    /// The finding is positive for this diagnosis: LR+ (else LR-). The step's `positive`,
    /// except for a report, which is positive for the diagnoses its `shows` names.
    bool positive = false;
    double lr = 1;           ///< the figure (1 when there is none)
    bool calculated = false; ///< LR calculated from sensitivity and specificity
    std::string cite;        ///< reference ids behind the figure
    std::string target;      ///< what the study's figure is for (the <accuracy> target)
    std::string other;       ///< Dependent: the stronger test; Combined: the tests together
    /// Tests whose figure stopped counting for this diagnosis at this step (a stronger
    /// dependent test or a combined figure replaced them).
    std::vector<std::string> replaces;
    double before = 0, after = 0; ///< probability before and after this step
};

/// One finding the student uncovered (an examination, a history answer with figures, an
/// investigation's report), and what it did to the differential.
struct TrailStep {
    FindingKind kind = FindingKind::Exam;
    /// Index into Session::taken() of the action at which the finding arrived: the exam, the
    /// question, the order (a same-visit report) or the `advance` that brought the report.
    std::size_t action = 0;
    std::string text;  ///< the action ("exam pkb right 72", "ask pain-groin", "order mri-lumbar")
    std::string test;  ///< exam, question or investigation id
    std::string label; ///< the exam's or investigation's label, the question's finding label
    Side side = Side::None;
    /// An exam: the case's result word, or "normal" for the catalogue's normal. A history
    /// answer: "yes" or "no". A report: "report".
    std::string result;
    /// An exam: anything but normal or negative. A history answer: the answer reports the
    /// symptom. A report: it shows at least one diagnosis.
    bool positive = false;
    bool counted = false;  ///< false: a repeat, the comparison side, or stopped short
    std::string why;       ///< why it was not counted
    std::vector<LrEffect> effects; ///< one per diagnosis of the differential, in priors order
};

/// A diagnosis of the differential and its probability.
struct DxProbability {
    std::string dx;
    double prior = 0; ///< the case's pre-test probability
    double p = 0;     ///< after the findings so far
};

/// The student's estimate at an order, beside the computed probability at that moment.
struct Calibration {
    std::size_t action = 0; ///< index into Session::taken() of the order
    std::string order;      ///< investigation id
    std::string dx;
    double estimate = 0;            ///< the student's, 0..1
    std::optional<double> computed; ///< the model's; none when dx is not in the differential
};

/// A finding that moved a diagnosis's probability, for the debrief.
struct Mover {
    std::size_t step = 0; ///< index into the trail
    std::string test, dx;
    double lr = 1, before = 0, after = 0;
};

/// The likelihood-ratio differential (FORMAT.md §1.7 and §2.10): each diagnosis of the case's
/// <priors> starts at its pre-test probability; each finding multiplies that diagnosis's odds
/// by the catalogue's LR+ (positive finding) or LR- (negative), for the diagnoses its
/// <accuracy dx=...> names. Findings are examinations, answers to questions whose catalogue
/// entry gives figures, and investigation reports (positive for the diagnoses the case's
/// `shows` names), each counted once, when it arrives. Each diagnosis is updated against "not this
/// diagnosis", so the probabilities need not sum to 1 once findings arrive. Findings are
/// assumed independent, except where a catalogue <dependence> says they are not: then only
/// the strongest counts (or the group's own combined figure). Pure: no state of its own.
class DifferentialModel {
  public:
    DifferentialModel(const Case& c, const Catalog& cat);

    /// True when the case gives priors (otherwise there is nothing to show).
    bool available() const { return !case_->priors.empty(); }
    /// The remainder the priors leave for "other" (1 - their sum).
    double otherPrior() const;

    /// One step per finding in the session's actions, in the order they arrived.
    std::vector<TrailStep> trail(const Session& s) const;
    /// Probabilities after the first `n` taken actions (all of them: n = taken().size()).
    std::vector<DxProbability> probabilities(const Session& s, std::size_t n) const;
    /// Probabilities now, highest first (ties in priors order).
    std::vector<DxProbability> ranked(const Session& s) const;
    /// True when `dx` has the highest probability at the end of `s` (a tie leads too); false
    /// when it is not among the priors.
    bool leads(const Session& s, const std::string& dx) const;
    /// Every estimate the student committed at an order, with the computed probability then.
    std::vector<Calibration> calibration(const Session& s) const;
    /// The `n` applied findings that moved a probability most (largest |after - before|).
    std::vector<Mover> movers(const Session& s, std::size_t n) const;

  private:
    const Case* case_;
    const Catalog* cat_;
};

/// "LR+ 5.9" / "LR- 0.35" (by `e.positive`), with "(calc.)" when calculated from sensitivity
/// and specificity; "reference standard" for a confirmation.
std::string lrText(const LrEffect& e);

} // namespace rc
