#pragma once
// Shared helpers of the rootcause-board tests (tests/tools/board_*_test.cpp).
#include "game/engine/atomic_file.hpp"
#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/engine/results.hpp"
#include "game/grading/board_rescore.hpp"
#include "tests/engine/test_support.hpp"
#include "tools/board_gen.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace boardtest {

namespace fs = std::filesystem;

/// A fresh, empty folder for one test (unique per process: CTest runs tests in parallel).
inline std::string tempDir(const std::string& name) {
    fs::path p = fs::temp_directory_path() / ("rc-board-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

struct RunResult {
    int status = -1;
    std::string output; ///< stdout and stderr
};

/// Runs a shell command, capturing its output and exit status.
inline RunResult run(const std::string& cmd) {
    RunResult r;
    FILE* f = ::popen((cmd + " 2>&1").c_str(), "r");
    if (!f) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) r.output.append(buf.data(), n);
    int st = ::pclose(f);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void spit(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

inline std::string quote(const std::string& s) { return "'" + s + "'"; }

inline const std::string kContent = ROOTCAUSE_TEST_CONTENT;
inline const std::string kTools = ROOTCAUSE_TEST_TOOLS;
inline const std::string kChallenge = std::string(ROOTCAUSE_TEST_FIXTURES) + "/board/two-cases.xml";

/// The bundled content, loaded once per test process.
inline const rc::Content& bundled() {
    static const rc::Content c = [] {
        rc::Diagnostics d;
        return rc::loadContent(kContent, d);
    }();
    return c;
}

/// The two-case fixture challenge over bundled cases.
inline const rc::Challenge& challenge() {
    static const rc::Challenge ch = [] {
        rc::Diagnostics d;
        auto c = rc::loadChallengeFile(kChallenge, d);
        return c ? *c : rc::Challenge{};
    }();
    return ch;
}

/// Writes simulated students' results files into `dir`; returns their paths.
inline std::vector<std::string> writeStudents(const std::string& dir, int n, std::uint64_t seed) {
    rc::board::GenOptions o;
    o.students = n;
    o.seed = seed;
    std::vector<std::string> paths;
    for (const auto& r : rc::board::simulateStudents(challenge(), bundled(), o)) {
        std::string p = dir + "/" + rc::board::resultsFileName(r), err;
        rc::writeFileAtomically(p, rc::formatResults(r), err);
        paths.push_back(p);
    }
    return paths;
}

/// A board over results files, ranked.
inline rc::board::Board boardOf(const std::vector<std::string>& files) {
    rc::board::Board b;
    rc::Diagnostics d;
    rc::board::startBoard(b, challenge(), bundled(), d);
    for (const auto& f : files) rc::board::addResultsFile(b, f);
    rc::board::finish(b);
    return b;
}

} // namespace boardtest
