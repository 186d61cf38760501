#pragma once
// What the debrief scene shows, without SFML: the rows of the Decisions tab (grouped by domain,
// each with its share of the domain's score), the paths' rows, the line under the tabs that
// follows the selected row, and the scoring page. The scene only draws these and routes input.
#include "game/engine/debrief.hpp"
#include "game/engine/scoring_guide.hpp"

#include <string>
#include <vector>

namespace rc::play {

/// The debrief's tabs, in order (keys 1–4).
enum class DebriefTab { Overview, Decisions, Learning, Scoring, Transcript };
inline constexpr int kDebriefTabs = 5;
/// "1  Overview", …
const char* debriefTabLabel(DebriefTab t);

/// ✓ / ✗ / ! / · for a row (never colour alone: a word goes with it).
enum class RowMark { Good, Bad, Caution, Neutral };
RowMark markOf(rc::Tag t);
/// "Good", "Harmful", "Unnecessary", "Neutral".
const char* markWord(RowMark m);

/// The judgement of a path step ("exam slr right"), if the score has one.
const rc::Judgement* judgementFor(const rc::Score& sc, const std::string& step);

/// One row of the Decisions tab.
struct DebriefRow {
    enum class Kind { Heading, Line, Legend, HarmWaste, Cap } kind = Kind::Line;
    RowMark mark = RowMark::Neutral;
    std::string title;    ///< a label, never an id ("Safety  25 / 100" on a heading)
    std::string tagLine;  ///< "Missed · essential · Safety · critical · visit 1"
    std::string points;   ///< "+12.5 of 12.5", "0 of 25", "−5"; a heading: how its rows add up
    std::string text;     ///< feedback; a heading: its reason when under 50; a legend: its lines
    std::string source;   ///< "Source: Suri 2011, Spine 36(1)" ("" when uncited)
    std::string link;     ///< the address the row's source opens ("" when none)
    std::string linkName; ///< the short name of that source
    std::string step;     ///< the student's action it judges (log syntax; "" for a miss)
    int visit = 0;        ///< its 1-based visit (0: none or any)
};

/// The Decisions tab: the legend, then each domain (heading with its score and reason, its
/// decisions, misses and own lines), then harm and waste and the cap.
std::vector<DebriefRow> decisionRows(const rc::Debrief& d, const rc::Session& s);

/// One row of the Overview's paths: the player's step and the expert's, side by side.
struct PathRow {
    std::string mine, mineNote; ///< label and "Good" / "◀ first divergence" ("" past the end)
    RowMark mark = RowMark::Neutral;
    bool hasMine = false;
    std::string expert, expertNote; ///< label and "◀ you did not do this"
    bool divergence = false;        ///< either side's first divergence is on this row
};
std::vector<PathRow> pathRows(const rc::Debrief& d, const rc::Session& s);

/// The row of the paths to select first: the first divergence (either side), else none (-1).
int firstPathFocus(const rc::Debrief& d);

/// The line under the tabs' panels: what the selected row means on the Overview ("Why: …" for the
/// path row `pathRow`), what Enter does with the selected decision on Decisions, the keys
/// elsewhere. It never shows one tab's "Why" on another.
std::string debriefFooter(const rc::Debrief& d, const rc::Session& s, DebriefTab tab, int pathRow,
                          const std::vector<DebriefRow>& rows, int decisionRow);

/// The line under the panels around "What if…": in a branch (`branch`) Enter and Esc lead back
/// to the student's own debrief and the Overview shows both paths (no step to choose); where
/// "What if…" is offered (`offered`), the Overview and Decisions name its key.
std::string whatIfFooter(std::string footer, DebriefTab tab, bool branch, bool offered);

/// The one-line reasons of the domains under 50, for the top of the Overview (none if none); more
/// than `max` (above 1) end with "… and N more under 2 Decisions"; `max` 1 gives the first alone.
std::vector<std::string> reasonLines(const rc::Debrief& d, std::size_t max);

} // namespace rc::play
