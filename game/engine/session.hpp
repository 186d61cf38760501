#pragma once
#include "game/engine/action.hpp"
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rc {

/// Stewardship ledger: what the player's choices cost.
struct Ledger {
    int minutes = 0;      ///< clinic minutes
    int cost = 0;         ///< pounds sterling
    double radiation = 0; ///< effective dose, mSv
};

/// The session's reply to one action.
struct Reply {
    bool ok = false;
    std::string error; ///< why the action was refused (ok == false)
    std::string text;  ///< what the player learns: an answer, a finding, a report...
};

/// An action the session accepted, with where and what it revealed.
struct TakenAction {
    Action action;
    int visitIndex = 0;        ///< index into Case::visits
    std::string reply;         ///< the text shown to the player
    bool repeat = false;       ///< same question/exam already done at this visit (free)
    bool stoppedShort = false; ///< hands-on test stopped before the range that mattered
    /// An order withdrawn by a later `cancel` before its result arrived: the test was never
    /// done, so scoring treats it as not ordered (no rule, penalty or deduction sees it).
    bool cancelled = false;
};

/// An ordered investigation and whether its report has arrived.
struct OrderedTest {
    std::string test;
    int visitIndex = 0; ///< visit it was ordered at
    bool arrived = false;
    Result result; ///< the report (catalogue normal if the case sets none)
};

/// Tolerance (degrees) within which a hands-on angle counts as reaching a target.
inline constexpr int kAngleTolerance = 3;

/// One play of a case: actions in, state out. Small, copyable, deterministic given its seed.
/// Refers to its immutable Case and Catalog, which must outlive it.
class Session {
  public:
    Session(const Case& c, const Catalog& cat, std::uint64_t seed = 1);

    /// Applies an action; a refused action changes nothing.
    Reply apply(const Action& a);
    /// Parses and applies one action-log line.
    Reply apply(const std::string& line);

    const Case& kase() const { return *case_; }
    const Catalog& catalog() const { return *cat_; }
    std::uint64_t seed() const { return seed_; }

    int visitIndex() const { return visit_; }
    const Visit& visit() const { return case_->visits[static_cast<std::size_t>(visit_)]; }
    /// Visit indexes in the order reached (the first visit first).
    const std::vector<int>& visitsReached() const { return reached_; }
    bool reached(const std::string& visitId) const;
    /// Which visit this is on the player's path: 1 for the first, 2 for the next one reached...
    int visitNumber() const { return static_cast<int>(reached_.size()); }
    int weeksElapsed() const { return weeks_; }
    bool finished() const { return outcome_ != nullptr; }
    const Outcome* outcome() const { return outcome_; }

    const Ledger& ledger() const { return ledger_; }
    const std::vector<TakenAction>& taken() const { return taken_; }
    const std::vector<OrderedTest>& orders() const { return orders_; }

    bool asked(const std::string& question) const;           ///< at this visit
    bool examined(const std::string& exam, Side side) const; ///< at this visit
    bool ordered(const std::string& test) const;             ///< at this visit
    /// An order of this test at this visit whose result has not arrived (it may be cancelled).
    bool pending(const std::string& test) const;
    /// The latest `diagnose` action, if any.
    const Action* diagnosis() const;
    /// The working differential (latest), most likely first.
    const std::vector<std::string>& differential() const { return differential_; }
    /// The plan made at this visit, if any.
    const Action* plan() const;

    /// What the patient answers to a question at this visit.
    std::string answer(const std::string& question) const;
    /// Whether the answer at this visit is marked `positive` (it reports the symptom asked).
    bool answerPositive(const std::string& question) const;
    /// The same at a given visit.
    bool answerPositiveAt(int visitIndex, const std::string& question) const;
    /// The finding for an exam at this visit (nullptr: the catalogue's normal).
    const Finding* finding(const std::string& exam, Side side) const;
    /// The finding at a given visit.
    const Finding* findingAt(int visitIndex, const std::string& exam, Side side) const;
    /// The body chart at this visit.
    const std::vector<ChartRegion>& chart() const;

    /// The session as an action log (header: case, seed).
    ActionLog log() const;

  private:
    Reply refuse(std::string why) const;
    Reply doAsk(const Action& a);
    Reply doExam(const Action& a, TakenAction& t);
    Reply doOrder(const Action& a);
    Reply doCancel(const Action& a);
    Reply doDifferential(const Action& a);
    Reply doDiagnose(const Action& a);
    Reply doPlan(const Action& a);
    Reply doAdvance(const Action& a);
    void arriveAll(); ///< every report ordered so far arrives (time has passed)
    /// A <next> rule holds for this plan, the diagnosis in force and the orders so far.
    bool nextMatches(const NextRule& r, const Action& plan) const;
    const Result* resultAt(int visitIndex, const std::string& test) const;

    const Case* case_;
    const Catalog* cat_;
    std::uint64_t seed_;
    int visit_ = 0;
    int weeks_ = 0;
    std::vector<int> reached_;
    const Outcome* outcome_ = nullptr;
    Ledger ledger_;
    std::vector<TakenAction> taken_;
    std::vector<OrderedTest> orders_;
    std::vector<std::string> differential_;
    int diagnosisIndex_ = -1; ///< into taken_
    int planIndex_ = -1;      ///< into taken_, plan of the current visit
};

/// Plays a whole log; stops at the first refused action and reports it with its line.
/// Returns true when every action was accepted.
bool playLog(Session& s, const std::vector<Action>& actions, const std::string& file,
             Diagnostics& diags);

} // namespace rc
