// rootcause-board, part 1b: the rules that need the whole class at once. Files sharing a
// student id are held until the instructor accepts one; logs copied under another id are
// flagged; the roster is checked both ways; every counted student carries the flags of the
// problems with their file; ranks.
#include "game/engine/content_hash.hpp"
#include "game/grading/board_rescore.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

namespace rc::board {

namespace {

namespace fs = std::filesystem;

/// Fewest actions two logs must share before being identical says anything: two students
/// who both ask three questions and stop are not copying.
constexpr std::size_t kMinCopiedActions = 12;
/// Largest difference (seconds) between the gaps of two logs still called "the same timing".
constexpr double kTimingSlack = 2.0;

std::string whoOf(const Student& s) {
    return s.player.empty() ? s.studentId : s.player + " (" + s.studentId + ")";
}

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (a == b) return true;
    return fs::equivalent(a, b, ec) && !ec;
}

/// The actions of the counted attempt across every case, in order.
std::vector<const Action*> actionsOf(const Student& s) {
    std::vector<const Action*> out;
    for (const auto& c : s.cases)
        for (const auto& a : c.log)
            out.push_back(&a);
    return out;
}

/// Same actions in the same order, and the same gaps between them (within kTimingSlack).
bool copied(const std::vector<const Action*>& x, const std::vector<const Action*>& y) {
    if (x.size() != y.size() || x.size() < kMinCopiedActions) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i]->key() != y[i]->key()) return false;
    for (std::size_t i = 1; i < x.size(); ++i) {
        if (!x[i]->time || !x[i - 1]->time || !y[i]->time || !y[i - 1]->time) continue;
        double gx = *x[i]->time - *x[i - 1]->time, gy = *y[i]->time - *y[i - 1]->time;
        // A new case restarts the clock; compare only gaps within a case.
        if (gx < 0 || gy < 0) continue;
        if (std::fabs(gx - gy) > kTimingSlack) return false;
    }
    return true;
}

/// Files sharing a student id: none counts unless the instructor accepted one of them.
void resolveSharedIds(Board& b) {
    std::map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t i = 0; i < b.pending.size(); ++i)
        byId[b.pending[i].studentId].push_back(i);
    std::vector<bool> hold(b.pending.size(), false);
    for (const auto& [id, idx] : byId) {
        if (idx.size() < 2) continue;
        std::size_t chosen = b.pending.size();
        for (std::size_t i : idx)
            for (const auto& acc : b.accepted)
                if (sameFile(b.pending[i].file, acc)) chosen = i;
        std::string files;
        for (std::size_t i : idx)
            files += "\n" + b.pending[i].file;
        for (std::size_t i : idx) {
            if (i == chosen) continue;
            hold[i] = true;
            const Student& s = b.pending[i];
            problem(b, s.file, whoOf(s), s.studentId, "shared student id",
                    chosen < b.pending.size()
                        ? "student id '" + id + "' is also in " + b.pending[chosen].file +
                              ", which the instructor accepted; this file is not counted"
                        : std::to_string(idx.size()) + " files name student id '" + id +
                              "'; none counts until you choose one with --accept FILE:" + files);
        }
    }
    // An --accept that chose nothing is said: a typo there would otherwise go unnoticed.
    for (const auto& acc : b.accepted) {
        bool chose = false;
        for (const auto& [id, idx] : byId)
            for (std::size_t i : idx)
                chose = chose || (idx.size() > 1 && sameFile(b.pending[i].file, acc));
        if (!chose)
            problem(
                b, acc, "", "", "accept unused",
                "--accept names this file, but it is not a results file that shares its student id "
                "with another; nothing was chosen by it");
    }
    std::vector<Student> keep;
    for (std::size_t i = 0; i < b.pending.size(); ++i)
        (hold[i] ? b.held : keep).push_back(std::move(b.pending[i]));
    b.pending = std::move(keep);
}

/// The same log under two ids: both flagged, each naming the other.
void flagCopies(Board& b) {
    std::map<std::uint64_t, std::vector<std::size_t>> bySequence;
    std::vector<std::vector<const Action*>> logs;
    for (std::size_t i = 0; i < b.pending.size(); ++i) {
        logs.push_back(actionsOf(b.pending[i]));
        std::string keys;
        for (const Action* a : logs.back())
            keys += a->key() + "\n";
        bySequence[contentHash(keys)].push_back(i);
    }
    for (const auto& [h, idx] : bySequence) {
        (void)h;
        for (std::size_t a = 0; a < idx.size(); ++a)
            for (std::size_t c = a + 1; c < idx.size(); ++c) {
                const Student& x = b.pending[idx[a]];
                const Student& y = b.pending[idx[c]];
                if (!copied(logs[idx[a]], logs[idx[c]])) continue;
                std::string what = std::to_string(logs[idx[a]].size()) +
                                   " actions in the same order with the same timing as ";
                problem(b, x.file, whoOf(x), x.studentId, "identical logs",
                        what + y.file + " (" + whoOf(y) + ")");
                problem(b, y.file, whoOf(y), y.studentId, "identical logs",
                        what + x.file + " (" + whoOf(x) + ")");
            }
    }
}

void checkRoster(Board& b) {
    if (b.roster.empty()) return;
    for (const Student& s : b.pending)
        if (!rosterEntry(b, s.studentId))
            problem(b, s.file, whoOf(s), s.studentId, "not on roster",
                    "student id '" + s.studentId +
                        "' is not on the class list; left out of the CSV");
    for (const RosterEntry& e : b.roster) {
        bool handedIn = false;
        for (const Student& s : b.pending)
            handedIn = handedIn || s.studentId == e.id;
        for (const Student& s : b.held)
            handedIn = handedIn || s.studentId == e.id;
        if (!handedIn)
            problem(b, "", e.name.empty() ? e.id : e.name + " (" + e.id + ")", e.id,
                    "no results file",
                    "on the class list, but no results file names student id '" + e.id + "'");
    }
}

} // namespace

const RosterEntry* rosterEntry(const Board& b, const std::string& studentId) {
    for (const auto& e : b.roster)
        if (e.id == studentId) return &e;
    return nullptr;
}

void finish(Board& b) {
    // Students put on the board directly (tests, tools) join the files added with addResults.
    for (Student& s : b.students)
        b.pending.push_back(std::move(s));
    b.students.clear();
    resolveSharedIds(b);
    flagCopies(b);
    checkRoster(b);
    for (Student& s : b.pending) {
        if (const RosterEntry* e = rosterEntry(b, s.studentId); e && s.email.empty())
            s.email = e->email;
        for (const Problem& p : b.problems) {
            // Case-level problems point at "file:line".
            const bool ofFile = p.file == s.file || p.file.rfind(s.file + ":", 0) == 0;
            if (p.studentId == s.studentId && ofFile &&
                std::find(s.flags.begin(), s.flags.end(), p.reason) == s.flags.end())
                s.flags.push_back(p.reason);
        }
    }
    b.students = std::move(b.pending);
    b.pending.clear();
    std::stable_sort(b.students.begin(), b.students.end(), [](const Student& x, const Student& y) {
        if (x.total != y.total) return x.total > y.total;
        if (x.player != y.player) return x.player < y.player;
        return x.studentId < y.studentId;
    });
    for (std::size_t i = 0; i < b.students.size(); ++i) {
        if (i > 0 && std::fabs(b.students[i].total - b.students[i - 1].total) < 1e-9)
            b.students[i].rank = b.students[i - 1].rank;
        else
            b.students[i].rank = static_cast<int>(i) + 1;
    }
}

} // namespace rc::board
