#include "game/engine/challenge_run.hpp"

#include <cctype>
#include <ctime>
#include <filesystem>

#include "game/engine/atomic_file.hpp"

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

void ChallengeRun::finishCase(const Session& s, double shownScore, double seconds) {
    CaseResult r;
    r.caseId = s.kase().id;
    r.caseHash = s.kase().contentHash;
    r.shownScore = shownScore;
    r.seconds = seconds;
    r.finished = s.finished();
    r.log = s.log();
    r.log.header.clear();
    results_.cases.push_back(std::move(r));
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
