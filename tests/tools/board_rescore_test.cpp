// rootcause-board: re-scoring simulated students, and catching tampered or stray files.
#include "game/engine/case_loader.hpp"
#include "game/engine/content_text.hpp"
#include "game/grading/board_leaderboard.hpp"
#include "tests/tools/board_testutil.hpp"

#include <chrono>
#include <cmath>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace boardtest;

namespace {

bool hasProblem(const rc::board::Board& b, const std::string& fileEnd, const std::string& reason) {
    for (const auto& p : b.problems)
        if (p.reason == reason && p.file.find(fileEnd) != std::string::npos) return true;
    return false;
}

const rc::board::Student* student(const rc::board::Board& b, const std::string& id) {
    for (const auto& s : b.students)
        if (s.studentId == id) return &s;
    return nullptr;
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    auto i = s.find(from);
    REQUIRE(i != std::string::npos);
    return s.replace(i, from.size(), to);
}

} // namespace

TEST_CASE("board: fixture challenge and bundled cases load") {
    REQUIRE(challenge().cases.size() == 2);
    REQUIRE(bundled().findCase("knee-l3-disc"));
    REQUIRE(bundled().findCase("tight-hamstrings-l5s1"));
}

TEST_CASE("board: the generator is deterministic and its shown scores are the engine's") {
    rc::board::GenOptions o;
    o.students = 30;
    o.seed = 11;
    auto a = rc::board::simulateStudents(challenge(), bundled(), o);
    auto b = rc::board::simulateStudents(challenge(), bundled(), o);
    REQUIRE(a.size() == 30);
    std::set<std::string> ids;
    double lo = 100, hi = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(rc::formatResults(a[i]) == rc::formatResults(b[i]));
        ids.insert(a[i].studentId);
        for (const auto& c : a[i].attempts.at(0).cases)
            lo = std::min(lo, *c.shownScore), hi = std::max(hi, *c.shownScore);
    }
    CHECK(ids.size() == 30);
    CHECK(hi - lo > 30); // varied quality
    o.seed = 12;
    auto c = rc::board::simulateStudents(challenge(), bundled(), o);
    CHECK(rc::formatResults(c[0]) != rc::formatResults(a[0]));
}

TEST_CASE("board: 30 simulated students re-score to the replay tool's totals") {
    std::string dir = tempDir("thirty");
    auto files = writeStudents(dir, 30, 7);
    auto t0 = std::chrono::steady_clock::now();
    rc::board::Board b = boardOf(files);
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("re-scored 30 students x 2 cases in " << ms << " ms");
    REQUIRE(b.students.size() == 30);
    CHECK(b.problems.empty());
    for (const auto& p : b.problems)
        MESSAGE(p.file << ": " << p.reason << ": " << p.detail);

    // Every case score equals what rootcause-replay (the engine's debrief) says for its log.
    for (const auto& s : b.students) {
        std::optional<rc::ResultsFile> r;
        rc::Diagnostics d;
        r = rc::loadResultsFile(s.file, d);
        REQUIRE(r);
        double weighted = 0, wsum = 0;
        for (std::size_t i = 0; i < r->attempts.at(0).cases.size(); ++i) {
            const auto& cr = r->attempts[0].cases[i];
            std::string log = dir + "/" + s.studentId + "-" + cr.caseId + ".log";
            spit(log, rc::formatActionLog(cr.log));
            RunResult rr = run(kTools + "/rootcause-replay --json --seed " +
                               std::to_string(challenge().seed) + " --content " + quote(kContent) +
                               " --case " + cr.caseId + " --actions " + quote(log));
            REQUIRE_MESSAGE(rr.status == 0, rr.output);
            double replayTotal = nlohmann::json::parse(rr.output)["total"].get<double>();
            CHECK(s.cases[i].score == doctest::Approx(replayTotal).epsilon(1e-9));
            CHECK(std::fabs(*cr.shownScore - replayTotal) <= 0.05);
            weighted += challenge().cases[i].weight * replayTotal;
            wsum += challenge().cases[i].weight;
        }
        CHECK(s.total == doctest::Approx(std::round(weighted / wsum * 10) / 10));
    }
    // Ranked: totals never increase; ties share a rank (1, 2, 2, 4).
    for (std::size_t i = 1; i < b.students.size(); ++i) {
        CHECK(b.students[i].total <= b.students[i - 1].total);
        if (b.students[i].total == b.students[i - 1].total)
            CHECK(b.students[i].rank == b.students[i - 1].rank);
        else
            CHECK(b.students[i].rank == static_cast<int>(i) + 1);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: ties share a rank") {
    rc::board::Board b;
    rc::board::Student s;
    for (double t : {80.0, 90.0, 80.0, 70.0, 90.0}) {
        s.total = t;
        s.studentId += "x";
        b.students.push_back(s);
    }
    rc::board::finish(b);
    std::vector<int> ranks;
    for (const auto& x : b.students)
        ranks.push_back(x.rank);
    CHECK(ranks == std::vector<int>{1, 1, 3, 3, 5});
}

TEST_CASE("board: tampered, stray and broken files are caught and nothing else is lost") {
    std::string dir = tempDir("tamper");
    auto files = writeStudents(dir, 8, 3);
    rc::Diagnostics d;
    std::vector<rc::ResultsFile> rs;
    for (const auto& f : files)
        rs.push_back(*rc::loadResultsFile(f, d));

    // 0: hand-edited score.
    {
        std::string t = slurp(files[0]);
        std::string shown = rc::oneDecimal(*rs[0].attempts[0].cases[0].shownScore);
        std::string fake = shown == "100.0" ? "42.0" : "100.0";
        spit(files[0], replace(t, "score=\"" + shown + "\"", "score=\"" + fake + "\""));
    }
    // 1: edited action log (harmful orders slipped in): the re-score differs from the shown score.
    spit(files[1],
         replace(slurp(files[1]), "# rootcause action log\n",
                 "# rootcause action log\norder discography @1.0\norder ct-lumbar @2.0\n"));
    // 2: truncated file.
    {
        std::string t = slurp(files[2]);
        spit(files[2], t.substr(0, t.size() / 2));
    }
    // 3: a results file for another challenge.
    spit(files[3],
         replace(slurp(files[3]), "challenge=\"board-two-cases\"", "challenge=\"intro\""));
    // 4: the same student handed in twice.
    std::string dup = dir + "/zz-copy-of-" + rc::board::resultsFileName(rs[4]);
    std::filesystem::copy_file(files[4], dup);
    // 5: a case played from another copy (hash differs).
    {
        std::string h = rc::hexHash(rs[5].attempts[0].cases[1].caseHash);
        spit(files[5], replace(slurp(files[5]), "hash=\"" + h + "\"", "hash=\"0123456789abcdef\""));
    }
    // 6: a case that is not in the challenge.
    spit(files[6],
         replace(slurp(files[6]), "id=\"tight-hamstrings-l5s1\"", "id=\"knee-oa-classic\""));

    std::vector<std::string> all = files;
    all.push_back(dup);
    rc::board::Board b = boardOf(all);

    CHECK(hasProblem(b, files[0], "score mismatch"));
    CHECK(hasProblem(b, files[1], "score mismatch"));
    CHECK(hasProblem(b, files[2], "unreadable file"));
    CHECK(hasProblem(b, files[3], "another challenge"));
    CHECK(hasProblem(b, dup, "shared student id"));
    CHECK(hasProblem(b, files[4], "shared student id"));
    CHECK(hasProblem(b, files[5], "case content differs"));
    CHECK(hasProblem(b, files[6], "case not in challenge"));
    CHECK(!hasProblem(b, files[7], "score mismatch"));
    // The truncated file's problem carries the parser's diagnostics.
    for (const auto& p : b.problems)
        if (p.reason == "unreadable file")
            CHECK(p.detail.find(files[2] + ":") != std::string::npos);

    // Everyone but the unreadable file, the other challenge and the shared id counts; the two
    // files sharing an id are both held until the instructor chooses.
    CHECK(b.students.size() == 5);
    for (int i : {0, 1, 5, 6, 7})
        CHECK(student(b, rs[i].studentId));
    CHECK(!student(b, rs[4].studentId));
    CHECK(b.held.size() == 2);
    // Flagged students carry their problems; an untouched one is clean.
    REQUIRE(student(b, rs[0].studentId));
    CHECK(student(b, rs[0].studentId)->flags == std::vector<std::string>{"score mismatch"});
    CHECK(!student(b, rs[7].studentId)->flagged());
    CHECK(!student(b, rs[2].studentId));
    CHECK(!student(b, rs[3].studentId));
    // The edited score is not trusted: the re-score counts.
    const auto* s0 = student(b, rs[0].studentId);
    REQUIRE(s0);
    CHECK(s0->cases[0].score == doctest::Approx(*rs[0].attempts[0].cases[0].shownScore));
    // The edited log is re-scored as it stands now.
    const auto* s1 = student(b, rs[1].studentId);
    REQUIRE(s1);
    CHECK(s1->cases[0].score < *rs[1].attempts[0].cases[0].shownScore);
    // A case from another copy scores 0, the other case counts.
    const auto* s5 = student(b, rs[5].studentId);
    REQUIRE(s5);
    CHECK(!s5->cases[1].counted);
    CHECK(s5->cases[0].counted);
    CHECK(s5->total == doctest::Approx(std::round(s5->cases[0].score * 2.0 / 3.0 * 10) / 10));
    // A student untouched keeps the score shown.
    const auto* s7 = student(b, rs[7].studentId);
    REQUIRE(s7);
    CHECK(s7->cases[0].score ==
          doctest::Approx(*rs[7].attempts[0].cases[0].shownScore).epsilon(1e-9));

    // The command line lists every problem under "Problems" first and exits 3 (counted, with
    // problems).
    std::string cmd = kTools + "/rootcause-board --challenge " + quote(kChallenge) + " --content " +
                      quote(kContent);
    for (const auto& f : all)
        cmd += " " + quote(f);
    RunResult rr = run(cmd + " --top 3");
    CHECK(rr.status == 3);
    CHECK(rr.output.find("Problems (") < rr.output.find("Rank"));
    for (const char* reason :
         {"score mismatch", "unreadable file", "another challenge", "shared student id",
          "case content differs", "case not in challenge"})
        CHECK_MESSAGE(rr.output.find(reason) != std::string::npos, reason);
    CHECK(rr.output.find("5 students counted, 2 held") != std::string::npos);
    // --accept chooses the file that counts; the other stays held and listed.
    RunResult acc = run(cmd + " --accept " + quote(files[4]));
    CHECK(acc.status == 3);
    CHECK(acc.output.find("6 students counted, 1 held") != std::string::npos);
    CHECK(acc.output.find("which the instructor accepted") != std::string::npos);
    CHECK(acc.output.find("accept unused") == std::string::npos);
    // An --accept that chooses nothing (a file whose id no other file shares) is said.
    RunResult stray = run(cmd + " --accept " + quote(files[0]));
    CHECK(stray.output.find("accept unused") != std::string::npos);
    CHECK(stray.output.find("5 students counted, 2 held") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: exit status 1 when nothing is usable or on bad usage") {
    std::string dir = tempDir("exit");
    spit(dir + "/broken.xml", "<results version=\"2\" player=\"A\"");
    std::string base = kTools + "/rootcause-board --challenge " + quote(kChallenge) +
                       " --content " + quote(kContent);
    RunResult r1 = run(base + " " + quote(dir + "/broken.xml"));
    CHECK(r1.status == 1);
    CHECK(r1.output.find("unreadable file") != std::string::npos);
    CHECK(run(base).status == 1);                       // no results files
    CHECK(run(base + " x.xml --top nope").status == 1); // bad option value
    CHECK(run(base + " x.xml --attempt worst").status == 1);
    CHECK(run(kTools + "/rootcause-board --bogus").status == 1);
    RunResult help = run(kTools + "/rootcause-board --help");
    CHECK(help.status == 0);
    CHECK(help.output.find("Exit status: 0") != std::string::npos);
    RunResult v = run(kTools + "/rootcause-board --version");
    CHECK(v.status == 0);
    CHECK(v.output.find("rootcause-board") != std::string::npos);
    CHECK(run(kTools + "/rootcause-genresults --version").status == 0);
    CHECK(run(kTools + "/rootcause-genresults --out " + quote(dir)).status == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: the content root is found beside the challenge's folder") {
    // content/challenges/X.xml -> content/ (catalog/ is beside challenges/).
    std::string dir = tempDir("root");
    std::string root = dir + "/course";
    std::filesystem::create_directories(root + "/challenges");
    rct::copyContentBase(kContent, root);
    std::filesystem::create_directories(root + "/cases");
    for (const char* c : {"knee-l3-disc", "tight-hamstrings-l5s1"})
        std::filesystem::copy_file(kContent + "/cases/" + c + ".xml",
                                   root + "/cases/" + c + ".xml");
    std::filesystem::copy_file(kChallenge, root + "/challenges/two-cases.xml");
    auto files = writeStudents(dir, 3, 5);
    std::string cmd =
        kTools + "/rootcause-board --challenge " + quote(root + "/challenges/two-cases.xml");
    for (const auto& f : files)
        cmd += " " + quote(f);
    RunResult r = run(cmd);
    CHECK_MESSAGE(r.status == 0, r.output);
    CHECK(r.output.find("3 students counted") != std::string::npos);
    CHECK(r.output.find("Problems") == std::string::npos);
    // A folder of results files works as well as the files.
    std::filesystem::create_directories(dir + "/in");
    for (const auto& f : files)
        std::filesystem::copy_file(f, dir + "/in/" + std::filesystem::path(f).filename().string());
    RunResult r2 = run(kTools + "/rootcause-board --challenge " +
                       quote(root + "/challenges/two-cases.xml") + " " + quote(dir + "/in"));
    CHECK(r2.status == 0);
    CHECK(r2.output.find("3 students counted") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: the terminal leaderboard shows rank, name, total, cases and time, up to --top") {
    std::string dir = tempDir("top");
    auto files = writeStudents(dir, 12, 9);
    rc::board::Board b = boardOf(files);
    std::string text = rc::board::leaderboardText(b, 5);
    CHECK(text.find("Rank") != std::string::npos);
    CHECK(text.find("knee-l3-disc") != std::string::npos);
    CHECK(text.find("tight-hamstrings-l5s1") != std::string::npos);
    std::regex row(R"(^\s+(\d+)  .*  (\d{1,3}\.\d)  .*\d+:\d\d$)");
    int rows = 0;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (std::regex_match(line, row)) ++rows;
    CHECK(rows >= 5);
    CHECK(rows < 12);
    CHECK(text.find("more; --top N") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board: estimates in a student's log are kept, re-scored like the bare orders, and "
          "never scored") {
    // The practice game writes `order ID estimate DX=PERCENT...` when the student commits an
    // estimate (issue #19). A results file carrying them must re-score exactly as the same file
    // without them: the estimates are calibration for the debrief, not points.
    std::string dir = tempDir("estimates");
    auto files = writeStudents(dir, 6, 5);
    const rc::board::Board plain = boardOf(files);
    REQUIRE(plain.problems.empty());
    int orders = 0;
    for (const auto& f : files) {
        std::string t = slurp(f), out;
        std::istringstream in(t);
        for (std::string line; std::getline(in, line);) {
            // "order ID @T": the estimates go between the id and the time stamp.
            const std::regex order(R"(^order ([a-z0-9-]+) (@[0-9.]+)$)");
            std::smatch m;
            if (std::regex_match(line, m, order)) {
                line = "order " + m[1].str() + " estimate l3-radiculopathy=60 knee-oa=15 " +
                       m[2].str();
                ++orders;
            }
            out += line + "\n";
        }
        spit(f, out);
    }
    REQUIRE(orders > 0);
    const rc::board::Board withEstimates = boardOf(files);
    for (const auto& p : withEstimates.problems)
        MESSAGE(p.file << ": " << p.reason << ": " << p.detail);
    CHECK(withEstimates.problems.empty());
    REQUIRE(withEstimates.students.size() == plain.students.size());
    for (std::size_t i = 0; i < plain.students.size(); ++i) {
        CHECK(withEstimates.students[i].studentId == plain.students[i].studentId);
        CHECK(withEstimates.students[i].total == plain.students[i].total);
    }
    // The estimates survive the results file: the loaded logs carry them.
    int kept = 0;
    for (const auto& f : files) {
        rc::Diagnostics d;
        auto r = rc::loadResultsFile(f, d);
        REQUIRE(r);
        for (const auto& c : r->attempts.at(0).cases)
            for (const auto& a : c.log.actions)
                if (a.estimates.size() == 2 && a.estimates[0].first == "l3-radiculopathy" &&
                    a.estimates[0].second == 60)
                    ++kept;
    }
    CHECK(kept == orders);
    // An estimate naming no diagnosis of the catalog is not a log the game could have written.
    std::string edited;
    for (const auto& f : files) {
        std::string t = slurp(f);
        const auto at = t.find("estimate l3-radiculopathy=60");
        if (at == std::string::npos) continue;
        spit(f, t.replace(at, 28, "estimate no-such-diagnosis=60"));
        edited = f;
        break;
    }
    REQUIRE_FALSE(edited.empty());
    const rc::board::Board bad = boardOf(files);
    // Refused where the game would have refused it, and the log scored only up to there.
    CHECK(hasProblem(bad, edited, "illegal action"));
    for (const auto& p : bad.problems) {
        CHECK(p.file.find(edited) == 0);
        if (p.reason == "illegal action")
            CHECK(p.detail.find("unknown diagnosis 'no-such-diagnosis'") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
}
