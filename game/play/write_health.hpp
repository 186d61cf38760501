#pragma once
// The game's writes that failed (the autosave, the profile): where, why, and when to try again.
// A failed write keeps the play in memory; the game shows the banner, retries at the next action
// and every few seconds, and clears the banner once a write of that file succeeds. No SFML.
#include <map>
#include <string>

namespace rc::play {

class WriteHealth {
  public:
    /// Seconds between retries of a failing write while nothing else writes.
    static constexpr double kRetrySeconds = 3.0;

    /// The time now, in seconds on any monotonic clock (the game's frame loop sets it).
    void tick(double now) { now_ = now; }
    double now() const { return now_; }
    /// The outcome of one write of `what` ("autosave", "profile") to `path`: an empty `error` is
    /// a success and forgets that file's failure.
    void record(const std::string& what, const std::string& path, const std::string& error);
    /// Stop retrying `what` (the case is over, its autosave removed); a failure that never
    /// succeeded still counts for `failedUnrecovered`.
    void settle(const std::string& what);
    /// Some write failed and has not succeeded since.
    bool failedUnrecovered() const { return !failing_.empty(); }
    /// A write of `what` is failing and should be tried again (not settled).
    bool failing(const std::string& what) const;
    /// A retry is due (some unsettled write is failing and kRetrySeconds have passed since its
    /// last attempt).
    bool retryDue() const;
    /// The banner's text: "Cannot save to PATH: WHY — your case is kept in memory; retrying"
    /// (the first failing write; empty when every write succeeded).
    std::string banner() const;

  private:
    struct Failure {
        std::string path, error;
        double at = 0;
        bool settled = false;
    };
    std::map<std::string, Failure> failing_;
    double now_ = 0;
};

} // namespace rc::play
