#pragma once
// The estimate asked before an investigation (issue #19, practice only, a profile setting): "how
// likely is each diagnosis?" for the student's working differential (or, when that is empty, the
// case's plausible diagnoses from its priors), a percent per row in steps of 5, and the order
// action it produces (`order mri-lumbar estimate l3-radiculopathy=60`), so the action log, the
// replay and a re-score see the same estimates. No SFML: the scene only draws it.
#include "game/engine/action.hpp"
#include "game/engine/session.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rc::play {

/// Percent moved by one step (− / +, ← / →).
constexpr int kEstimateStep = 5;
/// An order carries at most this many estimates (the action format's limit).
constexpr std::size_t kMaxEstimates = rc::Action::kMaxEstimates;

/// True when an order should ask for an estimate first: the setting is on, the play is in
/// practice mode (never an exam, whatever the setting) and it is not the tutorial.
bool estimateWanted(bool setting, const std::string& mode, bool tutorial);

/// `p` clamped to 0–100.
int clampPercent(int p);

/// One diagnosis of the prompt.
struct EstimateRow {
    std::string dx;             ///< catalogue diagnosis id
    std::string label;          ///< the catalogue's label
    std::optional<int> percent; ///< the student's estimate, 0–100; none until set
};

/// The prompt's model: its rows, the focused row, and the action Enter or Esc sends.
class EstimatePrompt {
  public:
    /// The rows for ordering `order` (an investigation id) in `s`: the working differential in
    /// its order, else the case's priors, most likely first; at most kMaxEstimates, all unset.
    EstimatePrompt(const rc::Session& s, std::string order);

    const std::string& order() const { return order_; }
    const std::vector<EstimateRow>& rows() const { return rows_; }
    int focused() const { return focused_; }
    /// Moves the focus by `d` rows, kept on the list.
    void move(int d);
    void focus(int row);
    /// One step of `steps` × kEstimateStep on `row`, clamped to 0–100; an unset row starts at 50.
    void step(int row, int steps);
    /// Sets `row` to `percent` (clamped); out of range rows are ignored.
    void set(int row, int percent);
    /// Sets the rows the logged order names (autoplay shows what the log commits).
    void preset(const rc::Action& logged);
    /// True when at least one row is set.
    bool any() const;

    /// Enter: the order with the set rows' estimates, in row order (none set: a plain order).
    rc::Action commit() const;
    /// Esc: the order without an estimate (skipping is allowed).
    rc::Action skip() const;
    /// "60 %" or "–" for an unset row.
    static std::string valueText(const EstimateRow& r);

  private:
    const rc::Catalog* cat_;
    std::string order_;
    std::vector<EstimateRow> rows_;
    int focused_ = 0;
};

} // namespace rc::play
