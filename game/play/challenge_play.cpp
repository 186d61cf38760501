#include "game/play/challenge_play.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace rc::play {

ChallengePlay::ChallengePlay(rc::Challenge ch, const rc::Content& content, std::string player,
                             std::string studentId, std::string email, std::string resultsDir)
    : ch_(std::move(ch)), run_(ch_, content, player, studentId, std::move(email)),
      player_(std::move(player)), studentId_(std::move(studentId)),
      resultsDir_(std::move(resultsDir)) {
    for (const auto& c : ch_.cases)
        if (const rc::Case* k = content.findCase(c.ref); k && k->studentCopy) scorable_ = false;
    // Playing a challenge again adds an attempt; the earlier ones stay in the results file.
    if (!resultsDir_.empty()) run_.keepEarlierAttempts(resultsDir_, attemptNote_);
}

void ChallengePlay::startClock(double alreadyElapsed) {
    start_ = std::chrono::steady_clock::now() -
             std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                 std::chrono::duration<double>(alreadyElapsed / (timeScale > 0 ? timeScale : 1)));
    open_ = true;
    timerWarning_.rearm();
}

double ChallengePlay::elapsed() const {
    if (!open_) return 0;
    const std::chrono::duration<double> d = std::chrono::steady_clock::now() - start_;
    return d.count() * timeScale;
}

double ChallengePlay::remaining() const {
    const double limit = run_.timeLimitSeconds();
    if (limit <= 0) return -1;
    return std::max(0.0, limit - elapsed());
}

bool ChallengePlay::record(const rc::Session& s, std::optional<double> shownScore, bool timedOut) {
    double seconds = elapsed();
    const double limit = run_.timeLimitSeconds();
    if (timedOut && limit > 0) seconds = limit;
    seconds = std::round(seconds * 10.0) / 10.0;
    open_ = false;
    run_.finishCase(s, shownScore, seconds);
    timedOut_.push_back(timedOut);
    writeError_.clear();
    if (resultsDir_.empty()) return true;
    return run_.write(resultsDir_, rc::isoNow(), writeError_);
}

double ChallengePlay::total() const {
    return run_.total();
}

std::optional<rc::Challenge> resolveChallenge(const std::string& fileOrId,
                                              const rc::Content& content, std::string& error) {
    std::optional<rc::Challenge> ch;
    rc::Diagnostics diags;
    std::error_code ec;
    if (std::filesystem::is_regular_file(fileOrId, ec)) {
        ch = rc::loadChallengeFile(fileOrId, diags);
        if (diags.hasErrors()) ch.reset();
    } else if (const rc::Challenge* found = content.findChallenge(fileOrId)) {
        ch = *found;
    } else {
        error = "no challenge file or bundled challenge '" + fileOrId + "'";
        return std::nullopt;
    }
    if (!ch) error = "cannot load the challenge '" + fileOrId + "':\n" + diags.str();
    return ch;
}

std::string packRefusal(const rc::Challenge& ch, const rc::Content& content) {
    if (ch.mode == "exam") return {};
    for (const auto& c : ch.cases)
        if (const rc::Case* k = content.findCase(c.ref); k && k->studentCopy)
            return "The challenge '" + ch.id + "' is in practice mode, but case '" + c.ref +
                   "' is an exam pack's copy without the answer key. Practice needs the full "
                   "cases.";
    return {};
}

std::string clockText(double seconds) {
    const long s = std::max(0L, static_cast<long>(std::ceil(seconds - 1e-9)));
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string timeLimitsText(const rc::Challenge& ch) {
    int lo = 0, hi = 0;
    bool some = false, none = false;
    for (const auto& c : ch.cases) {
        if (c.timeLimit <= 0) {
            none = true;
            continue;
        }
        lo = some ? std::min(lo, c.timeLimit) : c.timeLimit;
        hi = some ? std::max(hi, c.timeLimit) : c.timeLimit;
        some = true;
    }
    if (!some) return "none";
    std::string t = lo == hi ? std::to_string(lo) + " min"
                             : std::to_string(lo) + "\xE2\x80\x93" + std::to_string(hi) + " min";
    return none ? "up to " + std::to_string(hi) + " min" : t;
}

std::string modeWord(const rc::Challenge& ch) {
    return ch.mode == "exam" ? "Exam" : "Practice";
}

std::string modeExplained(const rc::Challenge& ch) {
    return ch.mode == "exam" ? "no feedback until the end" : "feedback as you go";
}

std::string casesWord(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " case" : " cases");
}

std::string patientOf(const rc::Content& content, const std::string& ref) {
    const rc::Case* c = content.findCase(ref);
    if (!c) return ref;
    return c->patient.name + ", " + std::to_string(c->patient.age);
}

} // namespace rc::play
