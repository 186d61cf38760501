#include "game/engine/action.hpp"

#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/xml_reader.hpp"

#include <cstdlib>
#include <sstream>
#include <string_view>

namespace rc {

namespace {

struct VerbName {
    std::string_view name; // a view: every action parsed compares its verb with these
    Verb verb;
};
constexpr VerbName kVerbs[] = {{"ask", Verb::Ask},
                               {"exam", Verb::Exam},
                               {"order", Verb::Order},
                               {"cancel", Verb::Cancel},
                               {"differential", Verb::Differential},
                               {"diagnose", Verb::Diagnose},
                               {"plan", Verb::Plan},
                               {"advance", Verb::Advance}};

/// The words of a line. An action has a handful, so they stay on the stack; a long line
/// (a plan with many parts, or junk) spills into a vector.
class Words {
  public:
    explicit Words(std::string_view line) {
        std::size_t i = 0;
        while (true) {
            while (i < line.size() && isBlank(static_cast<unsigned char>(line[i])))
                ++i;
            if (i == line.size()) return;
            std::size_t j = i;
            while (j < line.size() && !isBlank(static_cast<unsigned char>(line[j])))
                ++j;
            push(line.substr(i, j - i));
            i = j;
        }
    }
    const std::string_view* data() const { return spill_.empty() ? inline_ : spill_.data(); }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::string_view back() const { return data()[size_ - 1]; }
    void popBack() {
        --size_;
        if (!spill_.empty()) spill_.pop_back();
    }

  private:
    void push(std::string_view w) {
        if (spill_.empty() && size_ < kInline) {
            inline_[size_++] = w;
            return;
        }
        if (spill_.empty()) spill_.assign(inline_, inline_ + size_);
        spill_.push_back(w);
        ++size_;
    }
    static constexpr std::size_t kInline = 12;
    std::string_view inline_[kInline];
    std::vector<std::string_view> spill_;
    std::size_t size_ = 0;
};

bool parseInt(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool checkId(std::string_view s, std::string& error) {
    if (isValidId(s)) return true;
    error = "'" + clip(s) + "' is not a valid id";
    return false;
}

std::optional<Side> parseSideView(std::string_view s) {
    if (s == "left") return Side::Left;
    if (s == "right") return Side::Right;
    if (s == "both") return Side::Both;
    return std::nullopt;
}

std::string_view trimComment(std::string_view line) {
    return line.substr(0, line.find('#'));
}

} // namespace

const char* verbName(Verb v) {
    for (const auto& vn : kVerbs)
        if (vn.verb == v) return vn.name.data(); // views of string literals: NUL-terminated
    return "?";
}

const char* sideName(Side s) {
    switch (s) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::Both:
        return "both";
    case Side::None:
        break;
    }
    return "";
}

std::optional<Side> parseSide(const std::string& s) {
    return parseSideView(s);
}

std::string Action::key() const {
    std::string s = verbName(verb);
    if (!args.empty()) s += " " + args[0];
    if (side != Side::None) s += std::string(" ") + sideName(side);
    for (std::size_t i = 1; i < args.size(); ++i)
        s += " " + args[i];
    return s;
}

std::string Action::str() const {
    std::string s = key();
    if (angle) s += " " + std::to_string(*angle);
    if (!estimates.empty()) {
        s += " estimate";
        for (const auto& [dx, pct] : estimates)
            s += " " + dx + "=" + std::to_string(pct);
    }
    return s;
}

Action makeAction(Verb verb, std::vector<std::string> args, Side side) {
    Action a;
    a.verb = verb;
    a.args = std::move(args);
    a.side = side;
    return a;
}

namespace {

std::vector<std::string> toStrings(const std::string_view* first, const std::string_view* last) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(last - first));
    for (; first != last; ++first)
        out.emplace_back(*first);
    return out;
}

/// `order ID estimate DX=PERCENT...`: the student's estimates, committed before the order.
bool parseEstimates(const std::string_view* rest, std::size_t count, Action& out,
                    std::string& error) {
    if (!checkId(rest[0], error)) return false;
    if (rest[1] != "estimate" || count < 3) {
        error = "'order' takes one id, optionally followed by 'estimate DIAGNOSIS=PERCENT...'";
        return false;
    }
    if (count > 2 + Action::kMaxEstimates) { // the id, "estimate", then the estimates
        static_assert(Action::kMaxEstimates == 5, "the message says five");
        error = "an order carries at most five estimates";
        return false;
    }
    for (std::size_t i = 2; i < count; ++i) {
        const std::string_view w = rest[i];
        const std::size_t eq = w.find('=');
        int pct = 0;
        if (eq == std::string_view::npos || !parseInt(w.substr(eq + 1), pct) || pct > 100) {
            error = "'" + clip(w) + "' is not an estimate (expected DIAGNOSIS=PERCENT, 0-100)";
            return false;
        }
        if (!checkId(w.substr(0, eq), error)) return false;
        std::string dx(w.substr(0, eq));
        for (const auto& e : out.estimates)
            if (e.first == dx) {
                error = "a second estimate for '" + clip(dx) + "'";
                return false;
            }
        out.estimates.emplace_back(std::move(dx), pct);
    }
    out.args = toStrings(rest, rest + 1);
    return true;
}

bool parseActionView(std::string_view rawLine, Action& out, std::string& error) {
    Words w(trimComment(rawLine));
    out = Action{};
    if (w.empty()) {
        error = "empty action";
        return false;
    }
    if (w.back().size() > 1 && w.back()[0] == '@') {
        std::string stamp(w.back());
        char* end = nullptr;
        double t = std::strtod(stamp.c_str() + 1, &end);
        if (*end != '\0' || !(t >= 0) || t > 1e7) {
            error = "bad time stamp '" + clip(stamp) + "' (expected @SECONDS)";
            return false;
        }
        out.time = t;
        w.popBack();
        if (w.empty()) {
            error = "a time stamp needs an action before it";
            return false;
        }
    }
    const std::string_view verb = w.data()[0];
    bool known = false;
    for (const auto& vn : kVerbs)
        if (verb == vn.name) {
            out.verb = vn.verb;
            known = true;
            break;
        }
    if (!known) {
        error = "unknown action '" + clip(verb) +
                "' (expected ask, exam, order, cancel, differential, diagnose, plan or advance)";
        return false;
    }
    const std::string_view* rest = w.data() + 1;
    const std::size_t count = w.size() - 1;
    switch (out.verb) {
    case Verb::Order:
        if (count > 1) return parseEstimates(rest, count, out, error);
        [[fallthrough]];
    case Verb::Cancel:
    case Verb::Ask:
        if (count != 1) {
            error = "'" + clip(verb) + "' takes exactly one id";
            return false;
        }
        if (!checkId(rest[0], error)) return false;
        out.args = toStrings(rest, rest + count);
        return true;
    case Verb::Exam:
    case Verb::Diagnose: {
        if (count == 0) {
            error = "'" + clip(verb) + "' needs an id";
            return false;
        }
        if (!checkId(rest[0], error)) return false;
        out.args = toStrings(rest, rest + 1);
        std::size_t i = 1;
        if (i < count) {
            if (auto s = parseSideView(rest[i])) {
                out.side = *s;
                ++i;
            }
        }
        if (out.verb == Verb::Exam && i < count) {
            int a = 0;
            if (!parseInt(rest[i], a) || a > 180) {
                error =
                    "'" + clip(rest[i]) + "' is not a side (left, right, both) or an angle (0-180)";
                return false;
            }
            out.angle = a;
            ++i;
        }
        if (i < count) {
            error = "unexpected '" + clip(rest[i]) + "'";
            return false;
        }
        return true;
    }
    case Verb::Differential:
        if (count == 0 || count > 5) {
            error = "'differential' takes one to five diagnosis ids";
            return false;
        }
        for (std::size_t i = 0; i < count; ++i)
            if (!checkId(rest[i], error)) return false;
        out.args = toStrings(rest, rest + count);
        return true;
    case Verb::Plan:
        if (count == 0) {
            error = "'plan' needs a pathway (and optional parts)";
            return false;
        }
        for (std::size_t i = 0; i < count; ++i)
            if (!checkId(rest[i], error)) return false;
        out.args = toStrings(rest, rest + count);
        return true;
    case Verb::Advance:
        if (count > 1) {
            error = "'advance' takes at most one word (e.g. 6w)";
            return false;
        }
        if (count == 1) {
            std::string_view n = rest[0];
            if (!n.empty() && n.back() == 'w') n.remove_suffix(1);
            int weeks = 0;
            if (!parseInt(n, weeks)) {
                error = "'" + clip(rest[0]) + "' is not a number of weeks (e.g. 6w)";
                return false;
            }
        }
        out.args = toStrings(rest, rest + count);
        return true;
    }
    return false;
}

} // namespace

bool parseAction(const std::string& line, Action& out, std::string& error) {
    return parseActionView(line, out, error);
}

ActionLog parseActionLog(const std::string& text, const std::string& file, Diagnostics& diags,
                         int firstLine) {
    ActionLog log;
    const std::string_view all(text);
    int n = firstLine - 1;
    // Lines as std::getline would give them (no stream: expert paths are parsed per case load).
    for (std::size_t from = 0; from < all.size();) {
        std::size_t eol = all.find('\n', from);
        if (eol == std::string_view::npos) eol = all.size();
        std::string_view line = all.substr(from, eol - from);
        from = eol + 1;
        ++n;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string_view::npos) continue;
        if (line[start] == '#') {
            if (log.actions.empty()) {
                std::string_view body = line.substr(start + 1);
                std::size_t colon = body.find(':');
                if (colon != std::string_view::npos) {
                    std::string k = collapseSpace(body.substr(0, colon));
                    std::string v = collapseSpace(body.substr(colon + 1));
                    if (!k.empty() && k.find(' ') == std::string::npos) log.header[k] = v;
                }
            }
            continue;
        }
        Action a;
        std::string error;
        if (!parseActionView(line, a, error)) {
            diags.error(file, n, 0, "bad-action", error);
            continue;
        }
        a.line = n;
        log.actions.push_back(std::move(a));
    }
    return log;
}

std::string formatActionLog(const ActionLog& log) {
    std::ostringstream out;
    out << "# rootcause action log\n";
    for (const auto& [k, v] : log.header)
        out << "# " << k << ": " << v << "\n";
    for (const auto& a : log.actions) {
        out << a.str();
        if (a.time) {
            std::ostringstream t;
            t.precision(1);
            t << std::fixed << *a.time;
            out << " @" << t.str();
        }
        out << "\n";
    }
    return out.str();
}

} // namespace rc
