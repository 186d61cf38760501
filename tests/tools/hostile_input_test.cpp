// The tools against hostile inputs (issue 17): a FIFO, a device, a folder or an oversized
// file where a file is expected; bad arguments; outputs that cannot be written. Every run is
// under `timeout`, so a tool that would block fails the test instead of hanging it.
#include "tests/tools/board_testutil.hpp"

#include <algorithm>
#include <chrono>
#include <doctest/doctest.h>
#include <regex>
#include <string>
#include <sys/stat.h>

using namespace boardtest;

namespace {

struct Timed {
    RunResult r;
    double seconds = 0;
};

/// Runs a tool (name and arguments, already quoted) in `dir` under a 20 s timeout.
Timed runTool(const std::string& dir, const std::string& toolAndArgs) {
    const auto t0 = std::chrono::steady_clock::now();
    Timed t;
    t.r = run("cd " + quote(dir) + " && timeout 20 " + kTools + "/" + toolAndArgs);
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return t;
}

/// A tool run that failed quickly (not by the timeout, status 124) and said `message`.
void checkRefused(const Timed& t, const std::string& message) {
    INFO("output: " << t.r.output);
    CHECK(t.r.status != 0);
    CHECK(t.r.status != 124);
    CHECK(t.seconds < 10);
    CHECK(t.r.output.find(message) != std::string::npos);
}

const std::string kFixtureCase =
    std::string(ROOTCAUSE_TEST_FIXTURES) + "/content/cases/fixture-l3.xml";
const std::string kFixturePack =
    std::string(ROOTCAUSE_TEST_FIXTURES) + "/content/challenges/fixture-pack.xml";

std::string makeFifo(const std::string& dir, const char* name) {
    const std::string p = dir + "/" + name;
    REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
    return p;
}

/// Results files of three simulated students of the fixture pack, in `dir`/in.
std::string handIns(const std::string& dir) {
    RunResult g = run("timeout 60 " + kTools + "/rootcause-genresults --challenge " +
                      quote(kFixturePack) + " --students 3 --out " + quote(dir + "/in"));
    REQUIRE(g.status == 0);
    return dir + "/in";
}

} // namespace

TEST_CASE("hostile: a FIFO given as a case, log, challenge or results file is refused at once") {
    const std::string dir = tempDir("fifo");
    const std::string fifo = makeFifo(dir, "x.xml");
    checkRefused(runTool(dir, "rootcause-lint x.xml"),
                 "x.xml: error: this is a FIFO (named pipe), not a file");
    checkRefused(runTool(dir, "rootcause-replay --case x.xml --expert"), "this is a FIFO");
    checkRefused(
        runTool(dir, "rootcause-replay --case " + quote(kFixtureCase) + " --actions x.xml"),
        "x.xml: error: the action log is a FIFO (named pipe), not a file");
    checkRefused(runTool(dir, "rootcause-board --challenge x.xml " + quote(dir)), "this is a FIFO");
    checkRefused(runTool(dir, "rootcause-genresults --challenge x.xml --out out"),
                 "this is a FIFO");
    const std::string in = handIns(dir);
    const Timed b = runTool(dir, "rootcause-board --challenge " + quote(kFixturePack) + " " +
                                     quote(in) + " x.xml");
    INFO("output: " << b.r.output);
    CHECK(b.r.status == 3); // the class is counted; the FIFO is listed as a problem
    CHECK(b.seconds < 10);
    CHECK(b.r.output.find("is a FIFO") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("hostile: replay --actions of /dev/zero, a folder or a 5 MB file is refused by name") {
    const std::string dir = tempDir("actions");
    const std::string c = quote(kFixtureCase);
    checkRefused(runTool(dir, "rootcause-replay --case " + c + " --actions /dev/zero"),
                 "/dev/zero: error: the action log is a character device, not a file");
    checkRefused(runTool(dir, "rootcause-replay --case " + c + " --actions " + quote(dir)),
                 "the action log is a directory, not a file");
    spit(dir + "/big.txt", std::string(5u << 20, 'a'));
    const Timed big = runTool(dir, "rootcause-replay --case " + c + " --actions big.txt");
    checkRefused(
        big, "big.txt: error: the action log is larger than 1024 KiB, the limit for an action log");
    CHECK(big.r.output.size() < 200); // the file is not echoed
    checkRefused(runTool(dir, "rootcause-replay --case " + c + " --actions - < /dev/zero"),
                 "standard input is larger than 1024 KiB");
    checkRefused(runTool(dir, "rootcause-lint big.txt"),
                 "the limit for a content file [file-too-large]");
    fs::remove_all(dir);
}

TEST_CASE("hostile: lint of a folder with nothing to check fails") {
    const std::string dir = tempDir("emptylint");
    checkRefused(runTool(dir, "rootcause-lint " + quote(dir)), "nothing to check here");
    fs::remove_all(dir);
}

TEST_CASE("hostile: genresults refuses a start that is not a date and a missing content folder") {
    const std::string dir = tempDir("genargs");
    const Timed s = runTool(dir, "rootcause-genresults --challenge " + quote(kFixturePack) +
                                     " --out out --start notadate");
    checkRefused(s, "--start 'notadate' is not an ISO 8601 UTC time");
    checkRefused(runTool(dir, "rootcause-genresults --cases-from /nonexistent --out out"),
                 "--cases-from '/nonexistent' is not a content folder with usable cases");
    fs::remove_all(dir);
}

TEST_CASE("hostile: board --csv to /dev/full or --csv, --html or --xapi over an input fails and "
          "does not say Wrote") {
    const std::string dir = tempDir("csvout");
    const std::string in = handIns(dir);
    const std::string board =
        "rootcause-board --challenge " + quote(kFixturePack) + " " + quote(in);
    const Timed full = runTool(dir, board + " --csv /dev/full");
    checkRefused(full, "/dev/full: error: cannot write the grades CSV: /dev/full is a character "
                       "device, not a file");
    CHECK(full.r.output.find("Wrote") == std::string::npos);
    CHECK(full.r.output.find("students in the CSV") == std::string::npos);
    struct stat st {};
    REQUIRE(::stat("/dev/full", &st) == 0);
    CHECK(S_ISCHR(st.st_mode)); // still the device, not a file renamed over it

    const std::string handIn = in + "/" + fs::directory_iterator(in)->path().filename().string();
    const std::string before = slurp(handIn);
    const Timed over = runTool(dir, board + " --csv " + quote(handIn));
    checkRefused(over, "this output is also an input");
    CHECK(slurp(handIn) == before);
    checkRefused(runTool(dir, board + " --html " + quote(kFixturePack)),
                 "this output is also an input");
    // The xAPI statements too, over a hand-in; and two outputs on one path.
    checkRefused(runTool(dir, board + " --xapi " + quote(handIn)), "this output is also an input");
    CHECK(slurp(handIn) == before);
    checkRefused(
        runTool(dir, board + " --csv " + quote(dir + "/out") + " --xapi " + quote(dir + "/out")),
        "two outputs (--csv, --html, --xapi) are this one path");
    CHECK_FALSE(fs::exists(dir + "/out"));
    fs::remove_all(dir);
}

TEST_CASE("hostile: a full disk (ulimit -f) makes a tool's write fail out loud") {
    const std::string dir = tempDir("fulldisk");
    const std::string in = handIns(dir);
    // 1 block of 1 KiB: the HTML report does not fit. SIGXFSZ would end the tool silently.
    const RunResult r = run("cd " + quote(dir) + " && bash -c 'ulimit -f 1; timeout 20 " + kTools +
                            "/rootcause-board --challenge " + quote(kFixturePack) + " " +
                            quote(in) + " --html report.html'");
    INFO("output: " << r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find("report.html: error: cannot write the HTML report") != std::string::npos);
    CHECK(r.output.find("File too large") != std::string::npos);
    CHECK(r.output.find("Wrote HTML") == std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/report.html.tmp"));
    const RunResult g = run("cd " + quote(dir) + " && bash -c 'ulimit -f 1; timeout 60 " + kTools +
                            "/rootcause-genresults --challenge " + quote(kFixturePack) +
                            " --students 3 --out gen'");
    INFO("output: " << g.output);
    CHECK(g.status == 1);
    CHECK(g.output.find("File too large") != std::string::npos);
    CHECK(g.output.find("Wrote") == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("hostile: invalid UTF-8 or escape sequences in a case are refused with line and column") {
    const std::string dir = tempDir("badtext");
    std::string text = slurp(kFixtureCase);
    const std::size_t at = text.find("<complaint>");
    REQUIRE(at != std::string::npos);
    text.insert(at + 11, "\xff\x1b]0;owned\x07");
    const int line =
        static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + 1;
    const int col = static_cast<int>(at - text.rfind('\n', at)) + 11;
    spit(dir + "/bad.xml", text);
    const std::string where =
        "bad.xml:" + std::to_string(line) + ":" + std::to_string(col) + ": error: invalid UTF-8";
    checkRefused(runTool(dir, "rootcause-lint bad.xml"), where);
    // The JSON debrief once aborted on such a case (nlohmann type_error.316): now the case
    // is refused before anything is played, and nothing of it reaches the terminal.
    const Timed json = runTool(dir, "rootcause-replay --case bad.xml --expert --json");
    checkRefused(json, where);
    CHECK(json.r.status == 1);
    CHECK(json.r.output.find('\x1b') == std::string::npos);
    CHECK(json.r.output.find('\x07') == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("hostile: control characters in a results file do not reach the instructor's terminal") {
    const std::string dir = tempDir("ctlresults");
    const std::string in = handIns(dir);
    const std::string handIn = in + "/" + fs::directory_iterator(in)->path().filename().string();
    std::string text = slurp(handIn);
    const std::size_t at = text.find("player=\"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 8, "\x1b]0;pwned\x07\x1b[2J");
    spit(handIn, text);
    const Timed b =
        runTool(dir, "rootcause-board --challenge " + quote(kFixturePack) + " " + quote(in));
    INFO("output: " << b.r.output);
    CHECK(b.r.status == 3); // counted, with the refused file listed as a problem
    CHECK(b.r.output.find("a control character") != std::string::npos);
    CHECK(b.r.output.find('\x1b') == std::string::npos);
    CHECK(b.r.output.find('\x07') == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("hostile: two case files with one id in a content folder fail lint") {
    const std::string dir = tempDir("dupids");
    fs::copy(std::string(ROOTCAUSE_TEST_FIXTURES) + "/content", dir + "/content",
             fs::copy_options::recursive);
    fs::copy_file(dir + "/content/cases/fixture-l3.xml", dir + "/content/cases/zz-copy.xml");
    const Timed t = runTool(dir, "rootcause-lint content");
    checkRefused(
        t, "content/cases/zz-copy.xml: error: case id 'fixture-l3' is also the id of "
           "content/cases/fixture-l3.xml: the game would play only one of them [duplicate-id]");
    fs::remove_all(dir);
}

TEST_CASE("hostile: many errors of one kind in one file are summarised after ten") {
    const std::string dir = tempDir("manyerrors");
    std::string text = slurp(std::string(ROOTCAUSE_TEST_FIXTURES) + "/lint/case.xml");
    const std::size_t at = text.find("<complaint>");
    REQUIRE(at != std::string::npos);
    std::string junk;
    for (int i = 0; i < 25; ++i)
        junk += "<bogus/>\n";
    text.insert(at, junk);
    spit(dir + "/many.xml", text);
    const Timed t = runTool(dir, "rootcause-lint many.xml");
    INFO("output: " << t.r.output);
    CHECK(t.r.status == 1);
    std::size_t shown = 0;
    for (std::size_t p = t.r.output.find("[unknown-element]"); p != std::string::npos;
         p = t.r.output.find("[unknown-element]", p + 1))
        ++shown;
    CHECK(shown == 11); // ten errors and the note
    CHECK(t.r.output.find("many.xml: note: 15 more [unknown-element] not shown") !=
          std::string::npos);
    // All are still counted (the file, outside a content folder, also cites an unknown reference).
    std::smatch m;
    REQUIRE(std::regex_search(t.r.output, m, std::regex(R"(: ([0-9]+) errors, 0 warnings)")));
    CHECK(std::stoi(m[1]) >= 25);
    fs::remove_all(dir);
}

TEST_CASE("hostile: each tool's --help documents its exit status") {
    for (const char* name : {"rootcause-lint", "rootcause-replay", "rootcause-board",
                             "rootcause-genresults", "rootcause-pack"}) {
        CAPTURE(name);
        const RunResult h = run(kTools + "/" + name + " --help");
        CHECK(h.status == 0);
        CHECK(h.output.find("Exit status: 0 ") != std::string::npos);
    }
}

TEST_CASE("hostile: a long token is echoed cut, not whole") {
    const std::string dir = tempDir("longtoken");
    // A token just under the action log's cap (a bigger file is refused by its size).
    spit(dir + "/log.txt", "ask " + std::string(900u << 10, 'x') + "\n");
    const Timed t =
        runTool(dir, "rootcause-replay --case " + quote(kFixtureCase) + " --actions log.txt");
    INFO("output: " << t.r.output.substr(0, 400));
    CHECK(t.r.status == 1);
    CHECK(t.r.output.find("\xE2\x80\xA6") != std::string::npos);
    CHECK(t.r.output.size() < 2000);
    std::string text = slurp(kFixtureCase);
    const std::size_t at = text.find("difficulty=\"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 12, std::string(1u << 20, '9'));
    spit(dir + "/case.xml", text);
    const Timed lint = runTool(dir, "rootcause-lint case.xml");
    INFO("output: " << lint.r.output.substr(0, 400));
    CHECK(lint.r.status == 1);
    CHECK(lint.r.output.find("\xE2\x80\xA6") != std::string::npos); // cut, with an ellipsis
    CHECK(lint.r.output.size() < 2000);
    fs::remove_all(dir);
}

TEST_CASE("hostile: a FIFO as the host's journal is refused at once") {
    const std::string dir = tempDir("hostfifo");
    fs::create_directories(dir + "/data");
    makeFifo(dir + "/data", "journal.log");
    checkRefused(runTool(dir, "rootcause-host --challenge " + quote(kFixturePack) +
                                  " --data data --listen 127.0.0.1:0 --announce off"),
                 "data/journal.log: the journal is a FIFO (named pipe), not a file");
    fs::remove_all(dir);
}
