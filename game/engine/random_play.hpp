#pragma once
#include "game/engine/action.hpp"
#include "game/engine/case.hpp"
#include "game/engine/catalog.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rc {

/// A small deterministic pseudo-random generator (splitmix64): same seed, same numbers,
/// on every platform.
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    /// Uniform-ish integer in [0, n); n must be > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    /// The same for an int count; 0 when n <= 0.
    int below(int n) {
        return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
    }
    /// Uniform in [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }

  private:
    std::uint64_t state_;
};

/// Generates a random legal play of a case to its end: questions, exams (with angles for
/// hands-on ones), orders, differentials, diagnoses, plans and advances.
std::vector<Action> randomPlay(const Case& c, const Catalog& cat, std::uint64_t seed);

/// What a batch of random plays found.
struct RandomPlayReport {
    int plays = 0;
    long actions = 0;
    double minTotal = 100, maxTotal = 0;
    std::vector<std::string> failures; ///< invariant violations, one line each
};

/// Plays `n` random sequences through a case and checks the invariants: every generated
/// action is accepted, the case finishes, every score is within 0..100, the ledger never
/// goes negative, and replaying the same log gives the same score.
void checkRandomPlays(const Case& c, const Catalog& cat, int n, std::uint64_t seed,
                      RandomPlayReport& report);

} // namespace rc
