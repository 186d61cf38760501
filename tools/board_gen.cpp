#include "tools/board_gen.hpp"

#include "game/engine/scoring.hpp"
#include "game/engine/session.hpp"
#include "tools/board_xapi.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>

namespace rc::board {

namespace {

const char* kFirst[] = {"Aoife",     "Ben",   "Chloé",  "Dev",   "Emeka", "Freya", "Gareth",
                        "Hana",      "Isla",  "José",   "Kofi",  "Łucja", "Mei",   "Niamh",
                        "Oluwaseun", "Priya", "Quinn",  "Rhys",  "Siân",  "Tomás", "Uma",
                        "Viktor",    "Wen",   "Xavier", "Yusuf", "Zoë"};
const char* kLast[] = {"O'Brien", "Okafor", "Patel",    "Nguyen",        "Jones",  "Kowalska",
                       "MacLeod", "Haddad", "Smith",    "Fernández",     "Evans",  "Chen",
                       "Murphy",  "Mensah", "Williams", "Ahmed",         "Davies", "Rossi",
                       "Khan",    "Taylor", "Novak",    "Ó Súilleabháin"};

std::string isoNoMillis(double epoch) {
    std::string s = isoTime(epoch); // ...T09:00:00.000Z
    return s.substr(0, 19) + "Z";
}

template <class T> const T& pick(Rng& r, const std::vector<T>& v) {
    return v[static_cast<std::size_t>(r.below(static_cast<int>(v.size())))];
}

struct Player {
    Session s;
    ActionLog log;
    double t = 0;
    Rng* rng;
    bool apply(Action a) {
        if (!s.apply(a).ok) return false;
        t += 4 + rng->uniform() * 36;
        a.time = std::round(t * 10.0) / 10.0;
        a.line = 0;
        log.actions.push_back(std::move(a));
        return true;
    }
};

Side randomSide(Rng& r) {
    return r.chance(0.5) ? Side::Left : Side::Right;
}

void extras(Player& p, const Catalog& cat, Rng& r, double q) {
    int n = static_cast<int>((1.0 - q) * 4.0 * r.uniform() + 0.5);
    for (int i = 0; i < n; ++i) {
        int kind = r.below(3);
        if (kind == 0 && !cat.investigations.empty()) {
            p.apply(makeAction(Verb::Order, {pick(r, cat.investigations).id}));
        } else if (kind == 1 && !cat.questions.empty()) {
            p.apply(makeAction(Verb::Ask, {pick(r, cat.questions).id}));
        } else if (!cat.exams.empty()) {
            const Exam& e = pick(r, cat.exams);
            p.apply(makeAction(Verb::Exam, {e.id}, e.sided ? randomSide(r) : Side::None));
        }
    }
}

ResultsFile oneStudent(const Challenge& ch, const Content& content,
                       const std::map<std::string, Ledger>& ledgers, int index, Rng& r,
                       double startEpoch) {
    const Catalog& cat = content.catalog;
    ResultsFile res;
    std::string first = kFirst[r.below(static_cast<int>(std::size(kFirst)))];
    std::string last = kLast[r.below(static_cast<int>(std::size(kLast)))];
    res.player = first + " " + last;
    char id[16];
    std::snprintf(id, sizeof id, "S%07d", 2400000 + index * 37 + 11);
    res.studentId = id;
    std::string lower = res.studentId;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    res.email = lower + "@students.example.ac.uk";
    res.challengeId = ch.id;
    res.challengeHash = ch.contentHash;
    res.seed = ch.seed;
    Attempt& at = res.attempts.emplace_back();
    at.started = isoNoMillis(startEpoch + index * 7.0);
    // Ability: spread evenly over the class, with some noise.
    double q = std::clamp(0.15 + 0.85 * r.uniform(), 0.0, 1.0);
    double omitP = 0.03 + 0.5 * (1 - q), shortP = 0.35 * (1 - q), wrongDxP = 0.6 * (1 - q);
    double wrongPlanP = 0.45 * (1 - q), abandonP = 0.08 * (1 - q);
    double total = 0;
    for (const auto& cc : ch.cases) {
        const Case* c = content.findCase(cc.ref);
        if (!c) continue;
        Player p{Session(*c, cat, ch.seed), {}, 0, &r};
        bool abandon = r.chance(abandonP);
        std::size_t stopAt =
            abandon ? static_cast<std::size_t>(r.below(static_cast<int>(c->expert.size()) + 1))
                    : c->expert.size();
        bool extrasDone = false;
        for (std::size_t i = 0; i < stopAt; ++i) {
            Action a = c->expert[i];
            a.time.reset();
            switch (a.verb) {
            case Verb::Ask:
            case Verb::Exam:
            case Verb::Order:
                if (r.chance(omitP)) break;
                if (a.verb == Verb::Exam && a.angle && r.chance(shortP)) a.angle = *a.angle / 3;
                p.apply(a);
                break;
            case Verb::Differential:
                if (!r.chance(omitP)) p.apply(a);
                break;
            case Verb::Diagnose:
                if (!extrasDone) {
                    extras(p, cat, r, q);
                    extrasDone = true;
                }
                if (r.chance(wrongDxP) && !cat.diagnoses.empty()) {
                    const DiagnosisDef& d = pick(r, cat.diagnoses);
                    if (!p.apply(makeAction(Verb::Diagnose, {d.id},
                                            d.sided ? randomSide(r) : Side::None)))
                        p.apply(a);
                } else {
                    p.apply(a);
                }
                break;
            case Verb::Plan:
                if (!extrasDone) {
                    extras(p, cat, r, q);
                    extrasDone = true;
                }
                if (r.chance(wrongPlanP) && !cat.pathways.empty()) {
                    Action w = a;
                    w.args[0] = pick(r, cat.pathways).id;
                    if (!p.apply(w)) p.apply(a);
                } else {
                    Action keep = a;
                    keep.args.erase(
                        std::remove_if(keep.args.begin() + 1, keep.args.end(),
                                       [&](const std::string&) { return r.chance(omitP / 2); }),
                        keep.args.end());
                    if (!p.apply(keep)) p.apply(a);
                }
                break;
            case Verb::Cancel:
            case Verb::Advance:
                p.apply(a);
                break;
            }
        }
        // Finish the case as a student would, unless they ran out of time.
        for (int guard = 0; !abandon && !p.s.finished() && guard < 8; ++guard) {
            if (!p.s.plan() && !c->expert.empty()) {
                for (const auto& e : c->expert)
                    if (e.verb == Verb::Plan && p.apply(e)) break;
                if (!p.s.plan() && !cat.pathways.empty())
                    p.apply(makeAction(Verb::Plan, {cat.pathways.front().id}));
            }
            p.apply(makeAction(Verb::Advance, {}));
        }
        CaseResult cr;
        cr.caseId = c->id;
        cr.caseHash = c->studentHash;
        cr.finished = p.s.finished();
        cr.seconds = std::round((p.t + 10 + r.uniform() * 50) * 10.0) / 10.0;
        cr.shownScore = scoreSession(p.s, ledgers.at(c->id)).total;
        cr.log = std::move(p.log);
        total += cr.seconds;
        at.cases.push_back(std::move(cr));
    }
    at.finished = at.cases.size() == ch.cases.size();
    res.written = isoNoMillis(startEpoch + index * 7.0 + std::ceil(total));
    return res;
}

} // namespace

std::vector<ResultsFile> simulateStudents(const Challenge& ch, const Content& content,
                                          const GenOptions& o) {
    std::map<std::string, Ledger> ledgers;
    for (const auto& cc : ch.cases)
        if (const Case* c = content.findCase(cc.ref))
            ledgers[c->id] = expertLedger(*c, content.catalog, ch.seed);
    double start = 0;
    parseIsoTime(o.start, start);
    std::vector<ResultsFile> out;
    out.reserve(static_cast<std::size_t>(std::max(0, o.students)));
    for (int i = 0; i < o.students; ++i) {
        Rng r(o.seed * 0x100000001B3ull + static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ull +
              1);
        out.push_back(oneStudent(ch, content, ledgers, i, r, start));
    }
    return out;
}

std::string resultsFileName(const ResultsFile& r) {
    return r.challengeId + "-" + r.studentId + ".xml";
}

std::string challengeOverAllCases(const Content& content, const std::string& id,
                                  std::uint64_t seed) {
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<challenge id=\"" + id +
                    "\" title=\"Every case\" mode=\"exam\" seed=\"" + std::to_string(seed) +
                    "\" mastery=\"70\">\n  <instructions>Every case of the content folder "
                    "(generated by rootcause-genresults).</instructions>\n";
    for (const auto& c : content.cases)
        x += "  <case ref=\"" + c.id + "\"/>\n";
    return x + "</challenge>\n";
}

} // namespace rc::board
