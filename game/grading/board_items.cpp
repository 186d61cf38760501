#include "game/grading/board_items.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace rc::board {

namespace {

/// 1 if the student got the item right, 0 if not, -1 if it did not count for them.
int correctFor(const Rule& r, signed char hit) {
    if (hit < 0) return -1;
    switch (r.tag) {
    case Tag::Essential:
    case Tag::Indicated:
        return hit == 1 ? 1 : 0;
    case Tag::Unnecessary:
    case Tag::Harmful:
        return hit == 0 ? 1 : 0;
    default:
        return -1;
    }
}

std::optional<double> proportion(int num, int den) {
    if (den <= 0) return std::nullopt;
    return static_cast<double>(num) / den;
}

std::vector<Tally> ranked(const std::map<std::pair<std::string, std::string>, int>& counts, int n,
                          std::size_t top) {
    std::vector<Tally> out;
    for (const auto& [k, c] : counts)
        out.push_back({k.first, k.second, c, n ? double(c) / n : 0.0});
    std::stable_sort(out.begin(), out.end(),
                     [](const Tally& a, const Tally& b) { return a.students > b.students; });
    if (out.size() > top) out.resize(top);
    return out;
}

std::string percent(double share) {
    return std::to_string(static_cast<int>(std::lround(100.0 * share))) + "%";
}

/// Right means doing it (essential, indicated, the diagnosis) rather than avoiding it.
bool rightIsDoing(const Item& it) {
    return it.tag == "essential" || it.tag == "indicated" || it.tag == "diagnosis";
}

} // namespace

void judgeAttention(Item& it) {
    const auto& p = it.difficulty;
    const auto& d = it.discrimination;
    const bool doing = rightIsDoing(it);
    // The counts behind D, so the instructor can tell one student's difference from a pattern.
    const std::string groups =
        "(right: top " + std::to_string(it.upperRight) + "/" + std::to_string(it.upperN) +
        ", bottom " + std::to_string(it.lowerRight) + "/" + std::to_string(it.lowerN) + ")";
    const bool extreme = p && (*p >= kExtremeDifficulty || *p <= 1 - kExtremeDifficulty);
    it.reason.clear();
    if (!p) {
        it.attention =
            it.n == 0 && it.tag != "neutral" ? Attention::Unmeasured : Attention::NotScored;
        if (it.attention == Attention::Unmeasured) it.reason = "No student reached this visit";
    } else if (d && *d < 0) {
        it.attention = Attention::NegativeD;
        it.reason = "Negative D: the weaker did better " + groups;
    } else if (*p <= 0) {
        it.attention = Attention::NobodyRight;
        it.reason = doing ? "No student got it right: too hard, or unclear in the case?"
                          : "Every student did it: does the case invite it?";
    } else if (d && *d < kLowDiscrimination && !extreme) {
        it.attention = Attention::LowD;
        it.reason = "Low D: barely separates the groups " + groups;
    } else if (it.critical && *p < 1) {
        it.attention = Attention::Critical;
        it.reason =
            "Critical, and " + percent(1 - *p) + " of students " + (doing ? "missed it" : "did it");
    } else if (!d) {
        it.attention = Attention::Unmeasured;
        it.reason = it.upperN == 0 || it.lowerN == 0
                        ? "D not measurable: the top or bottom group never reached this visit"
                        : "Too few students to measure D";
    } else if (*d < kLowDiscrimination) {
        it.attention = Attention::Extreme;
        it.reason = *p >= kExtremeDifficulty
                        ? "Easy: " + percent(*p) + " got it right, so D cannot be high"
                        : "Hard: " + percent(*p) + " got it right, so D cannot be high";
    } else {
        it.attention = Attention::Good;
    }
}

void sortByAttention(std::vector<Item>& items) {
    // Undefined D and p sort after defined ones within an attention class.
    auto key = [](const std::optional<double>& v) { return v ? *v : 2.0; };
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
        if (a.attention != b.attention) return a.attention < b.attention;
        if (key(a.discrimination) != key(b.discrimination))
            return key(a.discrimination) < key(b.discrimination);
        return key(a.difficulty) < key(b.difficulty);
    });
}

int groupSize(int n) {
    if (n < 2) return 0;
    int k = static_cast<int>(std::lround(kGroupShare * n));
    return std::clamp(k, 1, n / 2);
}

namespace {
/// One student's answer to an item counted in their group (1 upper, -1 lower, 0 neither).
void countGroup(Item& it, int group, int ok) {
    if (group == 1) ++it.upperN, it.upperRight += ok;
    if (group == -1) ++it.lowerN, it.lowerRight += ok;
}

/// The share who took it and, for a scored item (`correct` students right), its difficulty and
/// discrimination from the groups counted.
void setFigures(Item& it, std::optional<int> correct) {
    it.share = it.n ? static_cast<double>(it.made) / it.n : 0.0;
    if (!correct) return;
    it.difficulty = proportion(*correct, it.n);
    auto pu = proportion(it.upperRight, it.upperN), pl = proportion(it.lowerRight, it.lowerN);
    if (pu && pl) it.discrimination = *pu - *pl;
}
} // namespace

std::vector<CaseItems> itemAnalysis(const Board& b, std::size_t top) {
    std::vector<CaseItems> out;
    for (std::size_t ci = 0; ci < b.cases.size(); ++ci) {
        const KeyCase& k = b.cases[ci];
        if (!k.kase) continue;
        const Case& c = *k.kase;
        CaseItems res;
        res.caseId = c.id;
        res.title = c.title;
        // Students who played this case, best total first (b.students is ranked).
        std::vector<const PlayedCase*> played;
        for (const auto& s : b.students)
            if (ci < s.cases.size() && s.cases[ci].counted) played.push_back(&s.cases[ci]);
        int n = static_cast<int>(played.size());
        res.students = n;
        int g = groupSize(n);
        res.groupSize = g;
        auto group = [&](int i) { return i < g ? 1 : i >= n - g ? -1 : 0; }; // 1 upper, -1 lower
        // The expert's path scored like a student's, so "the expert took it" is judged by the
        // same rule matching (alternatives, visits, hands-on angles) as the class.
        PlayedCase expert;
        if (b.content && b.challenge)
            expert = rescoreCase(k, b.content->catalog, b.challenge->seed, c.expert);

        for (std::size_t ri = 0; ri < c.rules.size(); ++ri) {
            const Rule& r = c.rules[ri];
            Item it;
            it.label = r.text;
            it.visit = r.visit;
            it.tag = tagName(r.tag);
            it.domain = domainName(r.domain);
            it.critical = r.critical;
            it.expertTook = ri < expert.ruleHits.size() && expert.ruleHits[ri] > 0;
            int correct = 0;
            for (int i = 0; i < n; ++i) {
                signed char hit = ri < played[i]->ruleHits.size() ? played[i]->ruleHits[ri] : -1;
                if (hit < 0) continue;
                ++it.n;
                if (hit > 0) ++it.made;
                int ok = correctFor(r, hit);
                if (ok < 0) continue;
                correct += ok;
                countGroup(it, group(i), ok);
            }
            setFigures(it, r.tag != Tag::Neutral ? std::optional<int>(correct) : std::nullopt);
            res.items.push_back(std::move(it));
        }
        // The diagnosis as one more item.
        {
            Item it;
            it.label = "diagnose " + c.truthDiagnosis;
            if (c.truthSide != Side::None) it.label += std::string(" ") + sideName(c.truthSide);
            it.tag = "diagnosis";
            it.expertTook = expert.diagnosisRight;
            it.domain = domainName(Domain::Diagnosis);
            for (int i = 0; i < n; ++i) {
                ++it.n;
                int ok = played[i]->diagnosisRight ? 1 : 0;
                it.made += ok;
                countGroup(it, group(i), ok);
            }
            setFigures(it, it.made);
            res.items.push_back(std::move(it));
        }
        for (auto& it : res.items)
            judgeAttention(it);
        sortByAttention(res.items);
        std::map<std::pair<std::string, std::string>, int> wrong, flags;
        for (const PlayedCase* p : played) {
            std::set<std::string> once;
            for (const auto& [key, judgement] : p->wrongChoices)
                if (once.insert(key).second) ++wrong[{key, judgement}];
            std::set<std::string> onceFlag;
            for (const auto& f : p->missedRedFlags)
                if (onceFlag.insert(f).second) ++flags[{f, "missed"}];
        }
        res.wrongChoices = ranked(wrong, n, top);
        res.missedRedFlags = ranked(flags, n, top);
        out.push_back(std::move(res));
    }
    return out;
}

} // namespace rc::board
