#include "game/engine/challenge_run.hpp"

#include "game/engine/atomic_file.hpp"

#include <cctype>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace rc {

ChallengeRun::ChallengeRun(const Challenge& ch, const Content& content, std::string player,
                           std::string studentId, std::string email)
    : ch_(&ch), content_(&content) {
    results_.player = std::move(player);
    results_.studentId = std::move(studentId);
    results_.email = std::move(email);
    results_.challengeId = ch.id;
    results_.challengeHash = ch.contentHash;
    results_.seed = ch.seed;
    Attempt a;
    a.started = isoNow();
    results_.attempts.push_back(std::move(a));
}

bool ChallengeRun::keepEarlierAttempts(const std::string& dir, std::string& note) {
    note.clear();
    const std::string path = resultsPath(dir);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return true;
    auto moveAside = [&](const std::string& why) {
        std::string aside = path + ".unreadable-" + std::to_string(std::time(nullptr));
        std::filesystem::rename(path, aside, ec);
        note = why + (ec ? "; it could not be moved aside (" + ec.message() + ")"
                         : "; it was kept as " + aside);
    };
    Diagnostics d;
    std::optional<ResultsFile> old = loadResultsFile(path, d);
    if (!old) {
        moveAside("The earlier results file " + path + " could not be read");
        return false;
    }
    if (old->challengeId != results_.challengeId || old->challengeHash != results_.challengeHash ||
        old->studentId != results_.studentId) {
        moveAside("The earlier results file " + path +
                  " is for another version of the challenge or another student");
        return false;
    }
    Attempt now = std::move(results_.attempts.back());
    results_.attempts = std::move(old->attempts);
    if (static_cast<int>(results_.attempts.size()) >= kMaxAttempts) {
        // The file holds as many attempts as a results file may: keep the first ones.
        results_.attempts.resize(static_cast<std::size_t>(kMaxAttempts - 1));
    }
    now.number = static_cast<int>(results_.attempts.size()) + 1;
    results_.attempts.push_back(std::move(now));
    note = "Attempt " + std::to_string(current().number) + ": your earlier attempts are kept in " +
           path + ".";
    return true;
}

bool ChallengeRun::newAttempt(std::string started) {
    if (static_cast<int>(results_.attempts.size()) >= kMaxAttempts) return false;
    Attempt a;
    a.number = static_cast<int>(results_.attempts.size()) + 1;
    a.started = std::move(started);
    results_.attempts.push_back(std::move(a));
    return true;
}

const Case* ChallengeRun::currentCase() const {
    if (done()) return nullptr;
    return content_->findCase(ch_->cases[static_cast<std::size_t>(index())].ref);
}

double ChallengeRun::timeLimitSeconds() const {
    if (done()) return 0;
    return ch_->cases[static_cast<std::size_t>(index())].timeLimit * 60.0;
}

Session ChallengeRun::startCase() const {
    return Session(*currentCase(), content_->catalog, ch_->seed);
}

void ChallengeRun::finishCase(const Session& s, std::optional<double> shownScore, double seconds) {
    CaseResult r;
    r.caseId = s.kase().id;
    r.caseHash = s.kase().studentHash;
    r.shownScore = shownScore;
    r.seconds = seconds;
    r.finished = s.finished();
    r.log = s.log();
    r.log.header.clear();
    Attempt& a = results_.attempts.back();
    a.cases.push_back(std::move(r));
    a.finished = static_cast<int>(a.cases.size()) >= count();
}

double ChallengeRun::total() const {
    const auto& played = current().cases;
    double wsum = 0, sum = 0;
    for (std::size_t i = 0; i < ch_->cases.size(); ++i) {
        wsum += ch_->cases[i].weight;
        if (i < played.size()) sum += ch_->cases[i].weight * played[i].shownScore.value_or(0.0);
    }
    return wsum > 0 ? std::round(sum / wsum * 10.0) / 10.0 : 0.0;
}

ResultsFile ChallengeRun::results(const std::string& written) const {
    ResultsFile r = results_;
    r.written = written;
    return r;
}

std::string ChallengeRun::resultsPath(const std::string& dir) const {
    std::string id = results_.studentId;
    for (char& c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            c = '_';
    return dir + "/" + ch_->id + "-" + id + ".xml";
}

bool ChallengeRun::write(const std::string& dir, const std::string& written,
                         std::string& error) const {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        error = "cannot create " + dir + ": " + ec.message();
        return false;
    }
    return writeFileAtomically(resultsPath(dir), formatResults(results(written)), error);
}

std::string isoNow() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace rc
