#pragma once
#include "game/engine/diagnostics.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rc {

/// What an action does; the first word of an action-log line.
enum class Verb { Ask, Exam, Order, Cancel, Differential, Diagnose, Plan, Advance };

/// A side of the body, where a test, diagnosis or region takes one.
enum class Side { None, Left, Right, Both };

const char* verbName(Verb v);
const char* sideName(Side s); ///< "" for Side::None
/// Parses "left", "right" or "both"; nullopt otherwise.
std::optional<Side> parseSide(const std::string& s);

/// One line of an action log, parsed (syntax only; a Session checks meaning).
struct Action {
    Verb verb = Verb::Ask;
    /// Words after the verb: ask/order/cancel {id}; exam {id}; diagnose {id}; differential {ids};
    /// plan {pathway, parts...}; advance {} (or {"6w"}).
    std::vector<std::string> args;
    Side side = Side::None;     ///< exam and diagnose
    std::optional<int> angle;   ///< exam: degrees a hands-on manoeuvre reached
    std::optional<double> time; ///< seconds since the case started ("@12.5")
    /// order only: the student's probability estimates committed before ordering
    /// (`order mri-lumbar estimate l3-radiculopathy=60`): diagnosis id and percent 0-100.
    /// Part of the log (str()), not of the decision (key()): scoring never reads them.
    std::vector<std::pair<std::string, int>> estimates;
    /// An order carries at most this many estimates.
    static constexpr std::size_t kMaxEstimates = 5;
    int line = 0; ///< 1-based line in its log, 0 if built in code

    /// The action in log syntax without time (angle included).
    std::string str() const;
    /// The decision it stands for: the log syntax without angle or time.
    std::string key() const;
};

/// Builds an action in code (random play, simulated students).
Action makeAction(Verb verb, std::vector<std::string> args, Side side = Side::None);

/// Parses one non-blank, non-comment line; returns false and sets `error` on bad syntax.
bool parseAction(const std::string& line, Action& out, std::string& error);

/// A parsed action log: header fields from leading `# key: value` lines, then actions.
struct ActionLog {
    std::map<std::string, std::string> header;
    std::vector<Action> actions;
};

/// Parses a whole log; every bad line is reported as `file:line: error:` and skipped.
ActionLog parseActionLog(const std::string& text, const std::string& file, Diagnostics& diags,
                         int firstLine = 1);
/// Writes a log: header fields as `# key: value`, then one action a line (with times if set).
std::string formatActionLog(const ActionLog& log);

} // namespace rc
