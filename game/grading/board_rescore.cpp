#include "game/grading/board_rescore.hpp"

#include "game/engine/case_loader.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/session.hpp"

#include <algorithm>
#include <cmath>
#include <locale>
#include <map>
#include <set>
#include <sstream>

namespace rc::board {

namespace {

/// Decisions of a play without repeats, with the visit each was taken at (as the debrief).
/// `withdrawn` marks cancelled orders and their `cancel` lines: never a divergence.
void pathOf(const std::vector<TakenAction>& taken, std::vector<std::string>& out,
            std::vector<int>& visits, std::vector<bool>* withdrawn = nullptr) {
    for (const auto& t : taken) {
        if (t.repeat) continue;
        out.push_back(t.action.key());
        visits.push_back(t.visitIndex);
        if (withdrawn) withdrawn->push_back(t.cancelled || t.action.verb == Verb::Cancel);
    }
}

bool inOther(const std::string& k, int visit, const std::vector<std::string>& path,
             const std::vector<int>& visits, const std::vector<bool>* withdrawn = nullptr) {
    for (std::size_t i = 0; i < path.size(); ++i)
        if (visits[i] == visit && path[i] == k && !(withdrawn && (*withdrawn)[i])) return true;
    return false;
}

bool isDifferential(const std::string& k) {
    return k.rfind("differential", 0) == 0;
}

std::string planKey(const std::string& action) {
    // "plan surgical a b" -> "plan surgical": the pathway is the choice.
    std::istringstream in(action);
    std::string verb, pathway;
    in >> verb >> pathway;
    return verb + " " + pathway;
}

} // namespace

void problem(Board& b, const std::string& file, const std::string& student,
             const std::string& studentId, std::string reason, std::string detail) {
    b.problems.push_back({file, student, studentId, std::move(reason), std::move(detail)});
}

std::string clock(double seconds) {
    long s = std::lround(std::max(0.0, seconds));
    long h = s / 3600, m = (s / 60) % 60, sec = s % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", h, m, sec);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", m, sec);
    return buf;
}

bool startBoard(Board& b, const Challenge& ch, const Content& content, Diagnostics& diags) {
    b.challenge = &ch;
    b.content = &content;
    b.cases.clear();
    bool ok = true;
    for (const auto& cc : ch.cases) {
        KeyCase k;
        k.weight = cc.weight;
        k.kase = content.findCase(cc.ref);
        if (!k.kase) {
            diags.error(ch.file, cc.pos.line, cc.pos.col, "unknown-case",
                        "the challenge names case '" + cc.ref + "', which the content folder '" +
                            content.dir + "' does not have (or it has errors)");
            ok = false;
            b.cases.push_back(k);
            continue;
        }
        Session expert(*k.kase, content.catalog, ch.seed);
        for (const auto& a : k.kase->expert)
            if (!expert.apply(a).ok) break;
        k.expertLedger = expert.ledger();
        pathOf(expert.taken(), k.expertPath, k.expertVisits);
        b.cases.push_back(std::move(k));
    }
    return ok;
}

PlayedCase rescoreCase(const KeyCase& k, const Catalog& cat, std::uint64_t seed,
                       const std::vector<Action>& actions, std::string* illegal) {
    const Case& c = *k.kase;
    PlayedCase p;
    p.present = true;
    Session s(c, cat, seed);
    for (const auto& a : actions) {
        Reply r = s.apply(a);
        if (!r.ok) {
            p.legal = false;
            if (illegal)
                *illegal = "line " + std::to_string(a.line) + ": '" + a.str() + "': " + r.error;
            break;
        }
    }
    Score sc = scoreSession(s, k.expertLedger);
    p.score = sc.total;
    p.domains = sc.domains;
    p.finished = s.finished();
    p.outcomeStatus = s.outcome() ? s.outcome()->status : "unfinished";

    // Path against the expert's (per visit, order within a visit does not matter).
    std::vector<int> visits;
    std::vector<bool> withdrawn;
    pathOf(s.taken(), p.path, visits, &withdrawn);
    for (std::size_t i = 0; i < p.path.size() && p.divergence < 0; ++i)
        if (!isDifferential(p.path[i]) && !withdrawn[i] &&
            !inOther(p.path[i], visits[i], k.expertPath, k.expertVisits))
            p.divergence = static_cast<int>(i);
    for (std::size_t i = 0; i < k.expertPath.size() && p.expertDivergence < 0; ++i)
        if (!isDifferential(k.expertPath[i]) &&
            !inOther(k.expertPath[i], k.expertVisits[i], p.path, visits, &withdrawn))
            p.expertDivergence = static_cast<int>(i);

    // Item data: which rules the student met, exactly as the score judged them (a plan made for
    // a wrong-region diagnosis does not meet a management rule).
    p.ruleHits.assign(c.rules.size(), 0);
    for (std::size_t ri = 0; ri < c.rules.size(); ++ri) {
        const Rule& r = c.rules[ri];
        const signed char hit = static_cast<signed char>(sc.rules[ri]);
        p.ruleHits[ri] = hit;
        if (sc.rules[ri] == RuleOutcome::OutOfScope) continue;
        bool positive = r.tag == Tag::Essential || r.tag == Tag::Indicated;
        if (!positive && r.tag != Tag::Neutral && hit != 0)
            p.wrongChoices.emplace_back(r.text, tagName(r.tag));
        if (r.tag == Tag::Essential && hit == 0 && (r.critical || r.domain == Domain::Safety))
            p.missedRedFlags.push_back(r.text);
    }
    std::set<std::string> seen;
    for (const auto& j : sc.decisions) {
        if (!j.generic || j.missed) continue;
        std::string key = j.action.rfind("plan ", 0) == 0 ? planKey(j.action) : j.action;
        if (j.action.rfind("exam ", 0) == 0) {
            // Drop the angle: "exam slr right 40" and "exam slr right 60" are one choice.
            Action a;
            std::string err;
            if (parseAction(j.action, a, err)) key = a.key();
        }
        if (!seen.insert(key).second) continue;
        p.wrongChoices.emplace_back(key, j.points < 0 ? "unnecessary (no rule)" : "not needed");
    }
    if (const Action* dx = s.diagnosis()) {
        p.diagnosis = dx->key();
        p.diagnosisRight = sc.diagnosisCredit >= 1.0;
        if (!p.diagnosisRight)
            p.wrongChoices.emplace_back(
                p.diagnosis, sc.diagnosisCredit > 0 ? "partly right diagnosis" : "wrong diagnosis");
    } else {
        p.wrongChoices.emplace_back("(no diagnosis)", "wrong diagnosis");
    }
    return p;
}

double weightedTotal(const Board& b, const std::vector<PlayedCase>& cases) {
    double wsum = 0, total = 0;
    for (std::size_t i = 0; i < b.cases.size() && i < cases.size(); ++i) {
        wsum += b.cases[i].weight;
        total += b.cases[i].weight * (cases[i].counted ? cases[i].score : 0.0);
    }
    return wsum > 0 ? rc::round1(total / wsum) : 0.0;
}

namespace {

/// One attempt re-scored, with the problems found in it: reported only if it is the one
/// that counts.
struct ScoredAttempt {
    Student student;
    std::vector<Problem> problems;
};

/// Re-scores the cases of one attempt into a student record.
ScoredAttempt scoreAttempt(const Board& b, const ResultsFile& r, const Attempt& a) {
    const Challenge& ch = *b.challenge;
    std::string who = r.player.empty() ? r.studentId : r.player + " (" + r.studentId + ")";
    ScoredAttempt out;
    auto note = [&](const std::string& where, const char* reason, std::string detail) {
        out.problems.push_back(Problem{where, who, r.studentId, reason, std::move(detail)});
    };
    Student& st = out.student;
    st.file = r.file;
    st.player = r.player;
    st.studentId = r.studentId;
    st.email = r.email;
    st.written = r.written;
    st.attempt = a.number;
    st.attempts = static_cast<int>(r.attempts.size());
    st.cases.resize(b.cases.size());
    for (const auto& cr : a.cases) {
        std::size_t idx = b.cases.size();
        for (std::size_t i = 0; i < ch.cases.size(); ++i)
            if (ch.cases[i].ref == cr.caseId) idx = i;
        std::string where = r.file + ":" + std::to_string(cr.pos.line);
        if (idx == b.cases.size()) {
            note(where, "case not in challenge",
                 "case '" + cr.caseId + "' is not part of challenge '" + ch.id + "'; ignored");
            continue;
        }
        PlayedCase& slot = st.cases[idx];
        if (slot.present) {
            note(where, "duplicate case",
                 "case '" + cr.caseId + "' appears twice; the first one counts");
            continue;
        }
        const KeyCase& k = b.cases[idx];
        if (!k.kase) continue;
        if (cr.caseHash != k.kase->studentHash) {
            slot.present = true;
            slot.shown = cr.shownScore.value_or(0.0);
            slot.seconds = cr.seconds;
            note(where, "case content differs",
                 "case '" + cr.caseId + "' was played from a different copy (hash " +
                     hexHash(cr.caseHash) + ", the instructor's copy has " +
                     hexHash(k.kase->studentHash) + "); scored 0");
            continue;
        }
        std::string illegal;
        PlayedCase p = rescoreCase(k, b.content->catalog, ch.seed, cr.log.actions, &illegal);
        p.counted = true;
        p.shown = cr.shownScore.value_or(p.score);
        p.seconds = cr.seconds;
        p.log = cr.log.actions;
        if (!p.legal)
            note(where, "illegal action",
                 "case '" + cr.caseId + "': the game would have refused " + illegal +
                     "; scored up to that action");
        // An exam pack's copy shows no score: there is nothing to compare.
        if (cr.shownScore && std::fabs(*cr.shownScore - p.score) > kScoreTolerance)
            note(where, "score mismatch",
                 "case '" + cr.caseId + "': the file shows " + rc::oneDecimal(*cr.shownScore) +
                     " but its action log re-scores to " + rc::oneDecimal(p.score) +
                     "; the re-scored value counts");
        slot = std::move(p);
    }
    for (std::size_t i = 0; i < st.cases.size(); ++i)
        if (!st.cases[i].present && b.cases[i].kase)
            note(r.file, "missing case",
                 "case '" + ch.cases[i].ref + "' is not in the file; scored 0");
    st.total = weightedTotal(b, st.cases);
    for (const auto& c : st.cases)
        st.seconds += c.seconds;
    return out;
}

/// The attempt that counts under the board's rule, re-scored once.
ScoredAttempt countedAttempt(const Board& b, const ResultsFile& r) {
    const auto& at = r.attempts;
    if (b.attemptRule == AttemptRule::Last) return scoreAttempt(b, r, at.back());
    if (b.attemptRule == AttemptRule::Best) {
        ScoredAttempt best = scoreAttempt(b, r, at.front());
        for (std::size_t i = 1; i < at.size(); ++i) {
            ScoredAttempt next = scoreAttempt(b, r, at[i]);
            if (next.student.total > best.student.total) best = std::move(next);
        }
        return best;
    }
    for (const Attempt& a : at)
        if (a.finished) return scoreAttempt(b, r, a);
    return scoreAttempt(b, r, at.front()); // none finished: the first, as far as it went
}

} // namespace

void addResults(Board& b, const ResultsFile& r) {
    const Challenge& ch = *b.challenge;
    std::string who = r.player.empty() ? r.studentId : r.player + " (" + r.studentId + ")";
    if (r.challengeId != ch.id) {
        problem(b, r.file, who, r.studentId, "another challenge",
                "the file is for challenge '" + r.challengeId + "', not '" + ch.id +
                    "'; not counted");
        return;
    }
    if (r.challengeHash != ch.contentHash) {
        problem(b, r.file, who, r.studentId, "another challenge",
                "the file was played against another version of challenge '" + ch.id + "' (hash " +
                    hexHash(r.challengeHash) + ", the instructor's copy has " +
                    hexHash(ch.contentHash) + "); not counted");
        return;
    }
    if (r.attempts.empty()) {
        problem(b, r.file, who, r.studentId, "unreadable file",
                "the file holds no attempt; not counted");
        return;
    }
    if (r.seed != ch.seed)
        problem(b, r.file, who, r.studentId, "seed differs",
                "the file says seed " + std::to_string(r.seed) +
                    "; re-scored with the challenge's seed " + std::to_string(ch.seed));
    ScoredAttempt counted = countedAttempt(b, r);
    for (Problem& p : counted.problems)
        b.problems.push_back(std::move(p));
    b.pending.push_back(std::move(counted.student));
}

void addResultsFile(Board& b, const std::string& path) {
    Diagnostics d;
    std::optional<ResultsFile> r = loadResultsFile(path, d);
    if (!r) {
        std::string detail = "cannot be used (missing, unreadable, truncated or malformed):";
        for (const auto& x : d.all())
            detail += "\n" + format(x);
        problem(b, path, "", "", "unreadable file", detail);
        return;
    }
    addResults(b, *r);
}

} // namespace rc::board
