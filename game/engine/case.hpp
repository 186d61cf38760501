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
    bool positive = false; ///< reports the symptom asked about (a red flag's "yes")
    bool positiveGiven = false; ///< the case says `positive` either way
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
    /// The diagnoses the report shows, for the likelihood-ratio differential (FORMAT.md §2.4):
    /// LR+ for these, LR- for the others the investigation has figures for.
    std::vector<std::string> shows;
    bool showsGiven = false; ///< the case gives `shows` (possibly empty)
    SourcePos pos, showsPos;
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

/// How the diagnosis in force compares with the case's truth (FORMAT.md §2.5).
enum class DxClass : unsigned {
    Right = 1,      ///< the true diagnosis, on the right side
    WrongSide = 2,  ///< the true diagnosis, on the other side
    Accepted = 4,   ///< an <accept> alternative
    SameRegion = 8, ///< another diagnosis in the truth's region
    Wrong = 16,     ///< a diagnosis in another region
    None = 32,      ///< no diagnosis named
};
/// A set of DxClass bits; 0 means "any".
using DxSet = unsigned;
/// Parses "right accepted ..." into a set; false (and `bad` set) on an unknown word.
bool parseDxSet(const std::string& words, DxSet& out, std::string& bad);
const char* dxClassName(DxClass c);

/// A transition out of a visit, chosen by the plan made there, the diagnosis in force and
/// what was ordered.
struct NextRule {
    std::string visit;   ///< target visit id, or
    std::string outcome; ///< target outcome id
    std::vector<std::string> pathways, parts, notParts; ///< plan conditions (all must hold)
    DxSet dx = 0;                        ///< the diagnosis in force is in one of these classes
    std::vector<std::string> diagnoses;  ///< ... is one of these ids
    std::vector<std::string> regions;    ///< ... is in one of these regions
    std::vector<std::string> ordered;    ///< all of these were ordered (any visit so far)
    std::vector<std::string> notOrdered; ///< none of these was ordered
    SourcePos pos;
    bool unconditional() const {
        return pathways.empty() && parts.empty() && notParts.empty() && dx == 0 &&
               diagnoses.empty() && regions.empty() && ordered.empty() && notOrdered.empty();
    }
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
    std::string cite; ///< reference ids behind the text, if any
    SourcePos pos, citePos;
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
    Action pattern;    ///< verb and words that must match (the first of any alternatives)
    /// For each word of pattern.args: the alternatives written "a|b" (empty: the word alone).
    std::vector<std::vector<std::string>> alternatives;
    std::string text;  ///< the pattern as written
    Tag tag = Tag::Neutral;
    int points = 0;
    Domain domain = Domain::History;
    bool critical = false;
    std::string visit; ///< empty: any visit
    DxSet dx = 0;      ///< counts only when the diagnosis in force is in these classes (0: any)
    std::string feedback;
    std::string cite;  ///< reference ids behind the feedback, if any
    SourcePos pos, citePos;
};

/// A diagnosis that earns part of the diagnosis score.
struct Accept {
    std::string diagnosis;
    Side side = Side::None;
    double credit = 0;
    std::string feedback;
    std::string cite;
    SourcePos pos, citePos;
};

/// A lesson of the case and its source.
struct LearningPoint {
    std::string cite, text; ///< cite: reference ids (required)
    SourcePos citePos;
};

/// What a tutorial's coach step waits for before the next step shows (FORMAT.md §2.11): an
/// action of a kind (ask, exam, order, differential, advance), the debrief reached, or nothing
/// (End: the last step, shown on the debrief).
enum class CoachEvent { Ask, Exam, Order, Differential, Advance, Debrief, End };
inline constexpr int kCoachEvents = 7;
const char* coachEventName(CoachEvent e); ///< "ask", "exam", ... "end"

/// One step of a tutorial's coach: what to do next and why.
struct CoachStep {
    CoachEvent until = CoachEvent::End; ///< the event that ends this step
    std::string title;                  ///< short: "Ask a question"
    std::string text;                   ///< what to do and why, one or two sentences
    SourcePos pos;
};

/// The generated strategies a case is checked against (FORMAT.md §2.8).
enum class PathKind { KneeTreater, HipTreater, OverInvestigator, Guideline };
inline constexpr int kPathKinds = 4;
const char* pathKindName(PathKind k); ///< "knee-treater"...

/// What a case claims about one generated path: pass or fail the mastery mark, and its outcome.
struct ValidityClaim {
    PathKind kind = PathKind::KneeTreater;
    bool pass = false;
    std::string outcome;
    SourcePos pos;
};

/// A pre-test probability of one plausible diagnosis (FORMAT.md §2.10).
struct Prior {
    std::string dx;   ///< catalogue diagnosis id
    double p = 0;     ///< probability before any finding, 0..1
    std::string cite; ///< reference ids behind the figure (required)
    std::string note; ///< for authors: how the figure was derived from the sources
    SourcePos pos, citePos;
};

/// An immutable virtual patient, built once from XML.
struct Case {
    std::string id, title, file;
    int difficulty = 1;
    int minutes = 10;
    std::uint64_t contentHash = 0; ///< contentHash() of the file bytes
    /// Hash of the student-visible part (student_copy.hpp): what a results file binds to, the
    /// same for the full case and for an exam pack's copy of it.
    std::uint64_t studentHash = 0;
    /// An exam pack's copy: it has no key (no truth, rules, expert path or learning points),
    /// so it can be played but not scored or debriefed.
    bool studentCopy = false;
    /// A copy's sealed diagnosis table: sealKey(sealSalt, id, side) -> class, sorted by key.
    std::uint64_t sealSalt = 0;
    std::vector<std::pair<std::uint64_t, DxClass>> sealed;
    Patient patient;
    std::string truthDiagnosis;
    Side truthSide = Side::None;
    std::string truthText;
    std::string truthCite;
    SourcePos truthPos, truthCitePos;
    std::vector<Accept> accepts;
    ClinicalState base;
    std::vector<Visit> visits;
    std::vector<Outcome> outcomes;
    /// Domain weights the case sets; -1 where it takes the scoring policy's (effectiveWeights).
    std::array<double, kDomainCount> weights{-1, -1, -1, -1, -1, -1, -1};
    SourcePos weightsPos;
    std::vector<Rule> rules;
    std::vector<Action> expert;
    SourcePos expertPos;
    std::vector<LearningPoint> learning;
    /// The tutorial's coach steps, in the order of their events (empty: not a tutorial). A case
    /// with a coach is the tutorial: the library does not list it and the profile does not
    /// count it.
    std::vector<CoachStep> coach;
    SourcePos coachPos;
    bool tutorial() const { return !coach.empty(); }
    std::vector<ValidityClaim> validity;
    SourcePos validityPos;
    /// Pre-test probabilities for the likelihood-ratio differential; empty when the case has
    /// no <priors>. They sum to at most 1; the rest is "other".
    std::vector<Prior> priors;
    /// What the bars cannot show (FORMAT.md §2.10): why the case's diagnosis is not the top one
    /// at the end of the expert path, shown in the debrief. Lint asks for it when it is not.
    std::string priorsCaveat;
    std::string priorsCaveatCite; ///< reference ids behind the caveat (required with it)
    SourcePos priorsPos, priorsCaveatCitePos;

    const Visit* visit(const std::string& id) const;
    const Outcome* outcome(const std::string& id) const;
};

} // namespace rc
