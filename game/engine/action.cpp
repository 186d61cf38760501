#include "game/engine/action.hpp"

#include <cstdlib>
#include <sstream>

#include "game/engine/xml_reader.hpp"

namespace rc {

namespace {

struct VerbName {
    const char* name;
    Verb verb;
};
constexpr VerbName kVerbs[] = {{"ask", Verb::Ask},           {"exam", Verb::Exam},
                               {"order", Verb::Order},       {"differential", Verb::Differential},
                               {"diagnose", Verb::Diagnose}, {"plan", Verb::Plan},
                               {"advance", Verb::Advance}};

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> w;
    for (std::string s; in >> s;) w.push_back(s);
    return w;
}

bool parseInt(const std::string& s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    out = std::atoi(s.c_str());
    return true;
}

bool checkId(const std::string& s, std::string& error) {
    if (isValidId(s)) return true;
    error = "'" + s + "' is not a valid id";
    return false;
}

std::string trimComment(const std::string& line) {
    std::size_t hash = line.find('#');
    return hash == std::string::npos ? line : line.substr(0, hash);
}

} // namespace

const char* verbName(Verb v) {
    for (const auto& vn : kVerbs)
        if (vn.verb == v) return vn.name;
    return "?";
}

const char* sideName(Side s) {
    switch (s) {
    case Side::Left: return "left";
    case Side::Right: return "right";
    case Side::Both: return "both";
    case Side::None: break;
    }
    return "";
}

std::optional<Side> parseSide(const std::string& s) {
    if (s == "left") return Side::Left;
    if (s == "right") return Side::Right;
    if (s == "both") return Side::Both;
    return std::nullopt;
}

std::string Action::key() const {
    std::string s = verbName(verb);
    if (!args.empty()) s += " " + args[0];
    if (side != Side::None) s += std::string(" ") + sideName(side);
    for (std::size_t i = 1; i < args.size(); ++i) s += " " + args[i];
    return s;
}

std::string Action::str() const {
    std::string s = key();
    if (angle) s += " " + std::to_string(*angle);
    return s;
}

Action makeAction(Verb verb, std::vector<std::string> args, Side side) {
    Action a;
    a.verb = verb;
    a.args = std::move(args);
    a.side = side;
    return a;
}

bool parseAction(const std::string& rawLine, Action& out, std::string& error) {
    std::vector<std::string> w = words(trimComment(rawLine));
    out = Action{};
    if (w.empty()) {
        error = "empty action";
        return false;
    }
    if (w.back().size() > 1 && w.back()[0] == '@') {
        char* end = nullptr;
        double t = std::strtod(w.back().c_str() + 1, &end);
        if (*end != '\0' || !(t >= 0) || t > 1e7) {
            error = "bad time stamp '" + w.back() + "' (expected @SECONDS)";
            return false;
        }
        out.time = t;
        w.pop_back();
        if (w.empty()) {
            error = "a time stamp needs an action before it";
            return false;
        }
    }
    bool known = false;
    for (const auto& vn : kVerbs)
        if (w[0] == vn.name) {
            out.verb = vn.verb;
            known = true;
        }
    if (!known) {
        error = "unknown action '" + w[0] +
                "' (expected ask, exam, order, differential, diagnose, plan or advance)";
        return false;
    }
    std::vector<std::string> rest(w.begin() + 1, w.end());
    switch (out.verb) {
    case Verb::Ask:
    case Verb::Order:
        if (rest.size() != 1) {
            error = std::string("'") + w[0] + "' takes exactly one id";
            return false;
        }
        if (!checkId(rest[0], error)) return false;
        out.args = rest;
        return true;
    case Verb::Exam:
    case Verb::Diagnose: {
        if (rest.empty()) {
            error = std::string("'") + w[0] + "' needs an id";
            return false;
        }
        if (!checkId(rest[0], error)) return false;
        out.args = {rest[0]};
        std::size_t i = 1;
        if (i < rest.size()) {
            if (auto s = parseSide(rest[i])) {
                out.side = *s;
                ++i;
            }
        }
        if (out.verb == Verb::Exam && i < rest.size()) {
            int a = 0;
            if (!parseInt(rest[i], a) || a > 180) {
                error = "'" + rest[i] + "' is not a side (left, right, both) or an angle (0-180)";
                return false;
            }
            out.angle = a;
            ++i;
        }
        if (i < rest.size()) {
            error = "unexpected '" + rest[i] + "'";
            return false;
        }
        return true;
    }
    case Verb::Differential:
        if (rest.empty() || rest.size() > 5) {
            error = "'differential' takes one to five diagnosis ids";
            return false;
        }
        for (const auto& r : rest)
            if (!checkId(r, error)) return false;
        out.args = rest;
        return true;
    case Verb::Plan:
        if (rest.empty()) {
            error = "'plan' needs a pathway (and optional parts)";
            return false;
        }
        for (const auto& r : rest)
            if (!checkId(r, error)) return false;
        out.args = rest;
        return true;
    case Verb::Advance:
        if (rest.size() > 1) {
            error = "'advance' takes at most one word (e.g. 6w)";
            return false;
        }
        if (!rest.empty()) {
            std::string n = rest[0];
            if (!n.empty() && n.back() == 'w') n.pop_back();
            int weeks = 0;
            if (!parseInt(n, weeks)) {
                error = "'" + rest[0] + "' is not a number of weeks (e.g. 6w)";
                return false;
            }
        }
        out.args = rest;
        return true;
    }
    return false;
}

ActionLog parseActionLog(const std::string& text, const std::string& file, Diagnostics& diags,
                         int firstLine) {
    ActionLog log;
    std::istringstream in(text);
    std::string line;
    int n = firstLine - 1;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos) continue;
        if (line[start] == '#') {
            if (log.actions.empty()) {
                std::string body = line.substr(start + 1);
                std::size_t colon = body.find(':');
                if (colon != std::string::npos) {
                    std::string k = collapseSpace(body.substr(0, colon));
                    std::string v = collapseSpace(body.substr(colon + 1));
                    if (!k.empty() && k.find(' ') == std::string::npos) log.header[k] = v;
                }
            }
            continue;
        }
        Action a;
        std::string error;
        if (!parseAction(line, a, error)) {
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
    for (const auto& [k, v] : log.header) out << "# " << k << ": " << v << "\n";
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
