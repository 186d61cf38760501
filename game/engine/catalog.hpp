#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "game/engine/references.hpp"
#include "game/engine/scoring_policy.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// Diagnostic accuracy of a test for one target condition, with its citation.
struct Accuracy {
    std::string target;           ///< condition or reference standard
    std::optional<double> sens;   ///< sensitivity, 0..1
    std::optional<double> spec;   ///< specificity, 0..1
    std::optional<double> lrPos;  ///< positive likelihood ratio, > 0
    std::optional<double> lrNeg;  ///< negative likelihood ratio, >= 0
    std::string cite;             ///< reference ids (content/references.xml), FORMAT.md §1.6
    std::string note;             ///< why there are no figures, when there are none
    /// Catalogue diagnosis ids the figures stand for in the likelihood-ratio differential
    /// (differential_model.hpp); empty: the figures are shown but move no diagnosis.
    std::vector<std::string> dx;
    /// An investigation whose finding defines the diagnoses in `dx` (FORMAT.md §1.7): a report
    /// that shows one confirms it; one that does not leaves it unchanged unless figures say
    /// otherwise.
    bool referenceStandard = false;
    SourcePos citePos, dxPos, pos;
};

/// The diagnoses the entries' `dx` stand for in the likelihood-ratio differential, in order
/// (repeats kept); empty: the test moves no diagnosis.
std::vector<std::string> figureDiagnoses(const std::vector<Accuracy>& acc);

/// Tests whose findings are not independent (FORMAT.md §1.7): the differential counts only the
/// strongest of them for each diagnosis, or the group's own combined figure where it has one.
struct Dependence {
    std::vector<std::string> tests; ///< exam, question or investigation ids, two or more
    std::string why;                ///< the element's text: why they are not independent
    std::string cite;               ///< reference ids behind the claim (required)
    /// The likelihood ratio the study reports for every test of the group positive together,
    /// for the diagnoses in `dx`; unset when there is none.
    std::optional<double> lrPos;
    std::vector<std::string> dx;
    SourcePos pos, citePos;
};

/// A history question the student can ask.
struct Question {
    std::string id, topic;
    std::string text;          ///< what the student asks
    /// The finding a "yes" reports, as the differential's trail names it ("Groin pain");
    /// required when `accuracy` gives figures for a diagnosis.
    std::string label;
    std::string defaultAnswer; ///< answer of a patient whose case sets none
    int minutes = 1;           ///< clinic minutes it costs
    /// Accuracy of a positive answer (the patient reports the symptom): LR+ for a positive
    /// answer, LR- for a negative one (FORMAT.md §1.1, §1.7). Optional for questions.
    std::vector<Accuracy> accuracy;
    SourcePos pos;
};

/// A group of history questions (a section of the History tab).
struct Topic {
    std::string id, label;
    std::vector<std::string> questions; ///< question ids in file order
};

/// An examination manoeuvre or test.
struct Exam {
    std::string id, group, label;
    int minutes = 2;
    bool sided = false;
    std::string handsOn; ///< Box2D manoeuvre name, empty for one-click tests
    /// Hands-on exams: the normal end of range (degrees), where a finding sets none.
    int normalRange = 180;
    /// Hands-on exams, structural differentiation (degrees): how far a neural onset moves when
    /// the slump's neck flexion is released, and when the ankle is dorsiflexed. Absent: the
    /// manoeuvre does not offer that switch.
    std::optional<double> neckReleaseShift, dorsiflexionShift;
    std::string normal; ///< finding when the case sets none
    std::vector<Accuracy> accuracy;
    std::vector<std::string> bearsOn; ///< diagnosis ids
    SourcePos pos;
};

/// A group of examinations (a section of the Examination tab).
struct ExamGroup {
    std::string id, label;
    std::vector<std::string> exams;
};

/// When an investigation's result arrives.
enum class Wait { SameVisit, NextVisit };

/// An investigation the student can order.
struct Investigation {
    std::string id, label, kind;
    int cost = 0;          ///< pounds sterling
    int minutes = 3;       ///< clinic minutes to request and explain
    Wait wait = Wait::NextVisit;
    double radiation = 0;  ///< effective dose, mSv
    std::string image;     ///< schematic kind drawn beside the report
    std::string normal;
    std::vector<Accuracy> accuracy;
    std::vector<std::string> bearsOn;
    SourcePos pos;
};

/// The top-level choice of a plan (conservative, imaging, injection, surgical, urgent).
struct Pathway {
    std::string id, label, about;
    SourcePos pos;
};

/// One part of a plan (education, exercise programme, follow-up interval...).
struct PlanPart {
    std::string id, group, label, about;
    int weeks = -1; ///< follow-up interval for follow-up parts, -1 otherwise
    bool emergency = false; ///< an acceptable emergency route: ED, on-call spinal or orthopaedic team
    std::vector<std::string> regions; ///< the regions it is an emergency route for (empty: any)
    std::string cite;       ///< reference ids behind `about`, if any
    SourcePos pos, citePos;
};

/// A diagnosis the student can name.
struct DiagnosisDef {
    std::string id, label;
    std::string region; ///< spine, knee, hip, nerve, vascular or other
    std::vector<std::string> roots; ///< nerve roots to highlight, e.g. {"L3"}
    bool sided = false;
    SourcePos pos;
};

/// The shared catalogue: immutable after loading.
struct Catalog {
    std::vector<Topic> topics;
    std::vector<Question> questions;
    std::vector<ExamGroup> examGroups;
    std::vector<Exam> exams;
    std::vector<Investigation> investigations;
    std::vector<Pathway> pathways;
    std::vector<PlanPart> parts;
    std::vector<DiagnosisDef> diagnoses;
    std::vector<Dependence> dependences; ///< tests that are not independent
    std::vector<Reference> references; ///< content/references.xml
    ScoringPolicy policy;              ///< content/scoring.xml

    const Question* question(const std::string& id) const;
    const Exam* exam(const std::string& id) const;
    const Investigation* investigation(const std::string& id) const;
    const Pathway* pathway(const std::string& id) const;
    const PlanPart* part(const std::string& id) const;
    const DiagnosisDef* diagnosis(const std::string& id) const;
    const Reference* reference(const std::string& id) const;
    /// The topic a question belongs to ("red-flags"...), empty if unknown.
    const std::string& topicOf(const std::string& question) const;

    /// Rebuilds the id indexes; call after filling the vectors.
    void index();

  private:
    std::unordered_map<std::string, std::size_t> q_, e_, i_, p_, pt_, d_, r_;
};

/// What a student reads for a cite attribute: "Suri 2011, Spine 36(1); NICE NG59 (2016),
/// recommendation 1.2.1". Unknown ids (never in checked content) are shown as written.
std::string citeText(const Catalog& cat, const std::string& cite);
/// Adds the references a cite attribute names to `out`, once each, in order.
void collectSources(const Catalog& cat, const std::string& cite, std::vector<SourceRef>& out);

/// Checks a cite attribute: its syntax, and that every id names a reference in `cat`.
void checkCite(const Catalog& cat, const std::string& cite, const SourcePos& pos, Diagnostics& diags);

} // namespace rc
