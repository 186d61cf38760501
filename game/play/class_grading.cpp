#include "game/play/class_grading.hpp"

#include <chrono>
#include <exception>
#include <system_error>

namespace rc::play {

ResultsKey resultsKey(const rc::net::ClassSnapshot& s) {
    ResultsKey k;
    k.rows.reserve(s.rows.size());
    for (const auto& r : s.rows) // connected, the case in progress, the log: not results
        k.rows.emplace_back(r.id, r.attempt, r.finished, r.total);
    return k;
}

ClassGrading::~ClassGrading() {
    if (running_.valid()) running_.wait();
}

bool ClassGrading::observe(const rc::net::ClassSnapshot& s) {
    if (!s.ended) return false; // the board shows progress, not grades, while the class plays
    ResultsKey key = resultsKey(s);
    if (running_.valid()) {
        // Owed only when these results differ from the ones being graded.
        if (graded_ && key == *graded_)
            owed_.reset();
        else
            owed_ = std::move(key);
        return false;
    }
    if (graded_ && key == *graded_) return false;
    start(std::move(key));
    return true;
}

bool ClassGrading::poll() {
    // Deferred (no thread could be made): get() grades here, on the caller's thread.
    if (!running_.valid() ||
        running_.wait_for(std::chrono::seconds(0)) == std::future_status::timeout)
        return false;
    latest_ = running_.get(); // leaves running_ invalid
    if (owed_) {
        ResultsKey next = std::move(*owed_);
        owed_.reset();
        start(std::move(next));
    }
    return true;
}

void ClassGrading::start(ResultsKey key) {
    graded_ = std::move(key);
    ++started_;
    // An exception (a folder that cannot be listed) becomes the grade's note, not a crash.
    auto job = [grade = grade_] {
        try {
            return grade();
        } catch (const std::exception& e) {
            ClassGrade g;
            g.note = std::string("The results could not be graded: ") + e.what();
            return g;
        }
    };
    try {
        running_ = std::async(std::launch::async, job);
    } catch (const std::system_error&) {
        running_ = std::async(std::launch::deferred, job);
    }
}

} // namespace rc::play
