#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "game/engine/action.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// One region of the body chart where the patient feels something.
struct ChartRegion {
    std::string at;   ///< region name (FORMAT.md §2.2)
    Side side = Side::None;
    std::string kind; ///< pain, numbness or tingling
};

/// Who the patient is.
struct Patient {
    std::string name, sex, job, build = "average";
    int age = 0;
    int skin = 3; ///< 1 (light) .. 5 (dark)
    std::string complaint, wants, manner;
    std::vector<ChartRegion> chart;
};

/// A history answer: one or more phrasings; the session seed picks one.
struct Answer {
    std::vector<std::string> variants;
    SourcePos pos;
};

/// An examination finding for one exam (and side).
struct Finding {
    std::string exam;
    Side side = Side::None;
    std::string result;       ///< normal, positive, negative, reduced...
    std::optional<int> onset; ///< hands-on: degrees at which symptoms start
    std::optional<int> range; ///< hands-on: end of available range, degrees
    bool neural = false;      ///< structural differentiation changes the response
    std::string text;
    SourcePos pos;
};

/// What an investigation's schematic image shows.
struct ImageSpec {
    std::string level;   ///< disc level (L3-L4...), "knee" or "hip"
    std::string finding; ///< normal, protrusion, slip...
    Side side = Side::None;
    int grade = 0;       ///< Meyerding grade for a slip, severity otherwise; 0 = none
};

/// An investigation result for this patient.
struct Result {
    std::string test;
    std::string report;
    std::vector<std::string> incidental;
    std::optional<ImageSpec> image;
    SourcePos pos;
};

/// Key of a finding: exam id plus side ("slr/right"; "gait/" for unsided exams).
std::string findingKey(const std::string& exam, Side side);

/// Answers, findings and results (case-level, or one visit's overrides).
struct ClinicalState {
    std::map<std::string, Answer> answers;   ///< by question id
    std::map<std::string, Finding> findings; ///< by findingKey
    std::map<std::string, Result> results;   ///< by investigation id
    std::optional<std::vector<ChartRegion>> chart;
};

/// A transition out of a visit, chosen by the plan made there.
struct NextRule {
    std::string visit;   ///< target visit id, or
    std::string outcome; ///< target outcome id
    std::vector<std::string> pathways, parts, notParts; ///< conditions (all must hold)
    SourcePos pos;
    bool unconditional() const { return pathways.empty() && parts.empty() && notParts.empty(); }
};

/// One visit of the case.
struct Visit {
    std::string id, title;
    int weeks = 0;              ///< since the previous visit
    std::string status = "new"; ///< new, better, same, worse, red-flag
    std::string narrative;
    ClinicalState overrides;
    std::vector<NextRule> next;
    SourcePos pos;
};

/// How the case ends for the patient.
struct Outcome {
    std::string id, status, text;
    SourcePos pos;
};

/// How an action is judged by a case's scoring rule.
enum class Tag { Essential, Indicated, Neutral, Unnecessary, Harmful };
const char* tagName(Tag t);

/// Score domains, in display order.
enum class Domain { History, Examination, Investigations, Diagnosis, Management, Safety, Efficiency };
inline constexpr int kDomainCount = 7;
const char* domainName(Domain d);     ///< "history"...
const char* domainLabel(Domain d);    ///< "History"...
std::optional<Domain> parseDomain(const std::string& s);

/// A scoring rule: an action pattern, how it is judged, and why.
struct Rule {
    Action pattern;    ///< verb and words that must match
    std::string text;  ///< the pattern as written
    Tag tag = Tag::Neutral;
    int points = 0;
    Domain domain = Domain::History;
    bool critical = false;
    std::string visit; ///< empty: any visit
    std::string feedback;
    SourcePos pos;
};

/// A diagnosis that earns part of the diagnosis score.
struct Accept {
    std::string diagnosis;
    Side side = Side::None;
    double credit = 0;
    std::string feedback;
    SourcePos pos;
};

/// A lesson of the case and its source.
struct LearningPoint {
    std::string cite, text;
};

/// An immutable virtual patient, built once from XML.
struct Case {
    std::string id, title, file;
    int difficulty = 1;
    int minutes = 10;
    std::uint64_t contentHash = 0; ///< contentHash() of the file bytes
    Patient patient;
    std::string truthDiagnosis;
    Side truthSide = Side::None;
    std::string truthText;
    SourcePos truthPos;
    std::vector<Accept> accepts;
    ClinicalState base;
    std::vector<Visit> visits;
    std::vector<Outcome> outcomes;
    std::array<double, kDomainCount> weights{15, 20, 15, 20, 15, 10, 5};
    std::vector<Rule> rules;
    std::vector<Action> expert;
    SourcePos expertPos;
    std::vector<LearningPoint> learning;

    const Visit* visit(const std::string& id) const;
    const Outcome* outcome(const std::string& id) const;
};

} // namespace rc
