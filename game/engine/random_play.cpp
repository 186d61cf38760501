#include "game/engine/random_play.hpp"

#include "game/engine/scoring.hpp"
#include "game/engine/session.hpp"

#include <algorithm>

namespace rc {

std::uint64_t Rng::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

namespace {

Side randomSide(Rng& rng) {
    return rng.below(2) ? Side::Right : Side::Left;
}

Action randomClinicalAction(const Session& s, const Catalog& cat, Rng& rng) {
    switch (rng.below(5)) {
    case 0:
    case 1:
        return makeAction(Verb::Ask, {cat.questions[rng.below(cat.questions.size())].id});
    case 2: {
        const Exam& e = cat.exams[rng.below(cat.exams.size())];
        Action a = makeAction(Verb::Exam, {e.id}, e.sided ? randomSide(rng) : Side::None);
        if (!e.handsOn.empty() && rng.below(2)) a.angle = static_cast<int>(rng.below(121));
        return a;
    }
    case 3: {
        const Investigation& i = cat.investigations[rng.below(cat.investigations.size())];
        // An order still pending may be withdrawn; one already reported cannot.
        if (s.pending(i.id)) return makeAction(Verb::Cancel, {i.id});
        if (s.ordered(i.id)) return makeAction(Verb::Ask, {cat.questions[0].id});
        return makeAction(Verb::Order, {i.id});
    }
    default: {
        std::vector<std::string> ids;
        std::size_t n = 1 + rng.below(std::min<std::size_t>(5, cat.diagnoses.size()));
        while (ids.size() < n) {
            const std::string& d = cat.diagnoses[rng.below(cat.diagnoses.size())].id;
            if (std::find(ids.begin(), ids.end(), d) == ids.end()) ids.push_back(d);
        }
        return makeAction(Verb::Differential, ids);
    }
    }
}

Action randomPlan(const Catalog& cat, Rng& rng) {
    std::vector<std::string> words{cat.pathways[rng.below(cat.pathways.size())].id};
    std::size_t parts = cat.parts.empty() ? 0 : rng.below(5);
    for (std::size_t i = 0; i < parts; ++i) {
        const std::string& p = cat.parts[rng.below(cat.parts.size())].id;
        if (std::find(words.begin() + 1, words.end(), p) == words.end()) words.push_back(p);
    }
    return makeAction(Verb::Plan, words);
}

} // namespace

std::vector<Action> randomPlay(const Case& c, const Catalog& cat, std::uint64_t seed) {
    Rng rng(seed);
    Session s(c, cat, seed);
    std::vector<Action> out;
    if (cat.questions.empty() || cat.exams.empty() || cat.investigations.empty() ||
        cat.pathways.empty() || cat.diagnoses.empty())
        return out;
    auto take = [&](const Action& a) {
        if (s.apply(a).ok) out.push_back(a);
    };
    for (int visit = 0; visit < 8 && !s.finished(); ++visit) {
        std::size_t steps = rng.below(25);
        for (std::size_t i = 0; i < steps; ++i)
            take(randomClinicalAction(s, cat, rng));
        if (rng.below(4) != 0) {
            const DiagnosisDef& d = cat.diagnoses[rng.below(cat.diagnoses.size())];
            take(makeAction(Verb::Diagnose, {d.id}, d.sided ? randomSide(rng) : Side::None));
        }
        take(randomPlan(cat, rng));
        take(makeAction(Verb::Advance, {}));
    }
    return out;
}

void checkRandomPlays(const Case& c, const Catalog& cat, int n, std::uint64_t seed,
                      RandomPlayReport& report) {
    Ledger expert = expertLedger(c, cat, seed);
    for (int k = 0; k < n; ++k) {
        std::uint64_t playSeed = seed * 1000003u + static_cast<std::uint64_t>(k);
        std::vector<Action> actions = randomPlay(c, cat, playSeed);
        auto fail = [&](const std::string& what) {
            report.failures.push_back(c.id + " seed " + std::to_string(playSeed) + ": " + what);
        };
        Session a(c, cat, playSeed), b(c, cat, playSeed);
        for (const auto& act : actions) {
            if (!a.apply(act).ok) fail("generated action refused on replay: " + act.str());
            b.apply(act);
            const Ledger& l = a.ledger();
            if (l.minutes < 0 || l.cost < 0 || l.radiation < 0) fail("negative ledger");
        }
        if (!a.finished()) fail("random play did not finish the case");
        Score sa = scoreSession(a, expert), sb = scoreSession(b, expert);
        if (sa.total != sb.total) fail("replaying the same log gave a different score");
        if (!(sa.total >= 0 && sa.total <= 100)) fail("total out of range");
        for (double d : sa.domains)
            if (!(d >= 0 && d <= 100)) fail("domain score out of range");
        report.minTotal = std::min(report.minTotal, sa.total);
        report.maxTotal = std::max(report.maxTotal, sa.total);
        report.actions += static_cast<long>(actions.size());
        ++report.plays;
    }
}

} // namespace rc
