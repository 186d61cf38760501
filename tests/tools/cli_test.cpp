// Runs the built rootcause-lint and rootcause-replay binaries as a user would.
#include <cmath>
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>

#include "tests/engine/test_support.hpp"
#include "version.hpp"

namespace fs = std::filesystem;

namespace {

struct Run {
    int status = -1;
    std::string out; ///< stdout and stderr together, unless asked apart
};

std::string tool(const char* name) { return std::string(ROOTCAUSE_TEST_TOOLS) + "/" + name; }
std::string q(const std::string& s) { return "'" + s + "'"; }

/// Runs a shell command; `merge` sends stderr to the same output.
Run run(const std::string& cmd, bool merge = true) {
    Run r;
    std::string full = cmd + (merge ? " 2>&1" : " 2>/dev/null");
    FILE* p = popen(full.c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

double totalOf(const std::string& text) {
    std::smatch m;
    static const std::regex re(R"(Total\s+([0-9]+\.[0-9]) / 100)");
    REQUIRE(std::regex_search(text, m, re));
    return std::stod(m[1]);
}

std::string fixtureCase() { return rct::fixtureCasePath("fixture-l3"); }

} // namespace

TEST_CASE("cli: both tools answer --help and --version") {
    for (const char* name : {"rootcause-lint", "rootcause-replay"}) {
        CAPTURE(name);
        REQUIRE(fs::exists(tool(name)));
        Run h = run(q(tool(name)) + " --help");
        CHECK(h.status == 0);
        CHECK(h.out.find(name) != std::string::npos);
        CHECK(h.out.find("Usage:") != std::string::npos);
        CHECK(h.out.find("--version") != std::string::npos);
        Run v = run(q(tool(name)) + " --version");
        CHECK(v.status == 0);
        CHECK(v.out == std::string(name) + " " + rc::kVersion + "\n");
    }
    CHECK(run(q(tool("rootcause-replay")) + " --help").out.find("--expert") != std::string::npos);
    CHECK(run(q(tool("rootcause-lint")) + " --help").out.find("--quiet") != std::string::npos);
}

TEST_CASE("cli: bad usage is an exit status of its own, not 0 and not 1") {
    Run a = run(q(tool("rootcause-lint")) + " --no-such-option");
    CHECK(a.status != 0);
    CHECK(a.status != 1);
    Run b = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()));
    CHECK(b.status == 2); // neither --actions nor --expert
    CHECK(b.out.find("--actions") != std::string::npos);
    Run c = run(q(tool("rootcause-replay")) + " --expert");
    CHECK(c.status != 0);
    CHECK(c.status != 1);
}

TEST_CASE("cli: rootcause-lint exits 0 on the clean fixture folder, with a summary line") {
    Run r = run(q(tool("rootcause-lint")) + " " + q(rct::fixtureContent()));
    INFO(r.out);
    CHECK(r.status == 0);
    CHECK(r.out == "rootcause-lint: 8 files, 2 cases, 1 challenges: 0 errors, 0 warnings\n");
}

TEST_CASE("cli: rootcause-lint exits 1 on a broken folder, compiler-style, then the summary") {
    const std::string dir = rct::fixtures() + "/broken-content";
    Run r = run(q(tool("rootcause-lint")) + " " + q(dir));
    INFO(r.out);
    CHECK(r.status == 1);
    const std::regex diag(R"(([^:]+):([0-9]+):([0-9]+): error: .+ \[([a-z-]+)\])");
    std::vector<std::string> where;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_match(line, m, diag))
            where.push_back(fs::path(m[1].str()).filename().string() + ":" + m[2].str() + " " +
                            m[4].str());
    }
    CHECK(where == std::vector<std::string>{"catalog.xml:5 bad-number", "broken-case.xml:4 unknown-attribute"});
    std::regex summary(R"(\nrootcause-lint: [0-9]+ files, 1 cases, 0 challenges: 2 errors, 0 warnings\n$)");
    CHECK(std::regex_search(r.out, summary));

    Run quiet = run(q(tool("rootcause-lint")) + " -q " + q(dir));
    CHECK(quiet.status == 1);
    CHECK(quiet.out.rfind("rootcause-lint: ", 0) == 0);
    CHECK(std::count(quiet.out.begin(), quiet.out.end(), '\n') == 1);
}

TEST_CASE("cli: rootcause-lint on single files: a fail fixture, an empty file, a missing file") {
    // Lint from inside a copy of the fixture content, so the bundled content plays no part.
    rct::TempDir t;
    fs::copy(rct::fixtureContent(), t.path, fs::copy_options::recursive);
    fs::copy_file(rct::fixtures() + "/lint/case_fail_bad-number.xml", t.path / "cases/bad.xml");
    fs::copy_file(rct::fixtures() + "/lint/case_fail_empty-file.xml", t.path / "cases/empty.xml");
    Run r = run(q(tool("rootcause-lint")) + " " + q(t.str() + "/cases/bad.xml"));
    CHECK(r.status == 1);
    CHECK(r.out.find(t.str() + "/cases/bad.xml:4:27: error: 'age' must be a whole number") !=
          std::string::npos);
    Run e = run(q(tool("rootcause-lint")) + " " + q(t.str() + "/cases/empty.xml"));
    CHECK(e.status == 1);
    CHECK(e.out.find("empty.xml:1:1: error: file is empty [empty-file]") != std::string::npos);
    Run m = run(q(tool("rootcause-lint")) + " " + q(t.str() + "/cases/nope.xml"));
    CHECK(m.status == 1);
    CHECK(m.out.find("nope.xml: error: ") != std::string::npos);
    CHECK(m.out.find("[missing-file]") != std::string::npos);
    // And the whole copied folder now fails, naming both files.
    Run all = run(q(tool("rootcause-lint")) + " " + q(t.str()));
    CHECK(all.status == 1);
    CHECK(all.out.find("bad.xml:4:27:") != std::string::npos);
    CHECK(all.out.find("empty.xml:1:1:") != std::string::npos);
}

TEST_CASE("cli: rootcause-replay --expert prints a total of at least 95") {
    Run r = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --expert");
    INFO(r.out);
    CHECK(r.status == 0);
    CHECK(totalOf(r.out) >= 95.0);
    CHECK(r.out.find("Debrief: The knee that gives way (fixture-l3)") != std::string::npos);
    // By id, with an explicit content folder.
    Run byId = run(q(tool("rootcause-replay")) + " --case fixture-oa --content " +
                   q(rct::fixtureContent()) + " --expert");
    CHECK(byId.status == 0);
    CHECK(totalOf(byId.out) >= 95.0);
    Run unknown = run(q(tool("rootcause-replay")) + " --case no-such-case --content " +
                      q(rct::fixtureContent()) + " --expert");
    CHECK(unknown.status == 1);
    CHECK(unknown.out.find("[unknown-case]") != std::string::npos);
}

TEST_CASE("cli: a bad action line in a log is reported as file:line: error:") {
    rct::TempDir t;
    std::string log = t.write("bad.log", "# case: fixture-l3\nask pain-site\nfly to the moon\nask onset\n");
    Run r = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --actions " + q(log));
    INFO(r.out);
    CHECK(r.status == 1);
    CHECK(r.out.find(log + ":3: error: unknown action 'fly'") != std::string::npos);
    // A well-formed action the session refuses: reported with its line too.
    std::string illegal = t.write("illegal.log", "ask pain-site\n\nexam slr\n");
    Run s = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --actions " + q(illegal));
    INFO(s.out);
    CHECK(s.status == 1);
    CHECK(s.out.find(illegal + ":3: error: 'exam slr'") != std::string::npos);
    CHECK(s.out.find("[illegal-action]") != std::string::npos);
    // A missing log file.
    Run m = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --actions " +
                q(t.str() + "/none.log"));
    CHECK(m.status == 1);
    CHECK(m.out.find("none.log: error:") != std::string::npos);
}

TEST_CASE("cli: --json output parses and agrees with the text debrief") {
    Run r = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --expert --json",
                false);
    REQUIRE(r.status == 0);
    nlohmann::json j;
    REQUIRE_NOTHROW(j = nlohmann::json::parse(r.out));
    CHECK(j.at("case") == "fixture-l3");
    CHECK(j.at("seed") == 1);
    CHECK(j.at("finished") == true);
    CHECK(j.at("total").get<double>() >= 95.0);
    CHECK(j.at("domains").size() == 7);
    CHECK(j.at("domains").at("safety").get<double>() == doctest::Approx(100));
    CHECK(j.at("ledger").at("minutes") == 13);
    CHECK(j.at("expert_path").size() == 13);
    CHECK(j.at("player_path") == j.at("expert_path"));
    CHECK(j.at("first_divergence").at("player") == -1);
    CHECK(j.at("outcome").at("status") == "better");
    CHECK(j.at("diagnosis").at("credit").get<double>() == doctest::Approx(1.0));
    REQUIRE(j.at("decisions").is_array());
    CHECK(j.at("decisions").at(0).at("action") == "ask pain-site");
    CHECK(j.at("decisions").at(0).at("visit") == "v1");
    CHECK(j.at("decisions").at(0).at("tag") == "essential");
    // The expert path costs nothing beyond its domains; its sources are the case's references.
    CHECK(j.at("deducted").get<double>() == doctest::Approx(0));
    CHECK(j.at("capped") == false);
    CHECK(j.at("deductions").empty());
    REQUIRE(j.at("references").size() == 1);
    CHECK(j.at("references").at(0).at("link") == "https://example.org/fixture");
    CHECK(j.at("learning").at(0).at("source") == "Root Cause (2026), 2");
}

TEST_CASE("cli: --json gives each decision its share of its domain, and the shares add up") {
    rct::TempDir t;
    const std::string log = t.write("skip.log", "ask pain-site\nexam slr right 50\nexam pkb right 75\n"
                                                "order xray-knee\ndiagnose l3-radiculopathy right\n"
                                                "plan conservative follow-up-6w\nadvance 6w\nplan conservative\n"
                                                "advance\n");
    Run r = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --actions " + q(log) +
                    " --json",
                false);
    REQUIRE(r.status == 0);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    REQUIRE(j.at("breakdown").size() == 7);
    for (const auto& b : j.at("breakdown")) {
        const std::string dom = b.at("domain");
        INFO(dom);
        double lines = 0;
        for (const auto& l : b.at("lines")) lines += l.at("points").get<double>();
        // The rows add up to the score shown (one decimal), which is the domain's score rounded.
        CHECK(lines == doctest::Approx(b.at("score").get<double>()));
        const double off = b.at("score").get<double>() - j.at("domains").at(dom).get<double>();
        CHECK(std::abs(off) <= 0.05 + 1e-9);
    }
    // The missed bladder question: its own visit (v1, where the expert asks it), its label, 0 of 100.
    bool found = false;
    for (const auto& d : j.at("decisions"))
        if (d.at("action") == "ask bladder-bowel") {
            found = true;
            CHECK(d.at("missed") == true);
            CHECK(d.at("visit") == "v1");
            CHECK(d.at("visit_number") == 1);
            CHECK(d.at("domain_points").get<double>() == doctest::Approx(0));
            CHECK(d.at("domain_points_of").get<double>() == doctest::Approx(100));
            CHECK(d.at("label").get<std::string>().rfind("Ask: ", 0) == 0);
        }
    CHECK(found);
    // One reason per domain under 50, in domain order; safety's names its critical miss.
    bool safety = false;
    for (const auto& reason : j.at("reasons"))
        if (reason.get<std::string>().rfind("Safety 0/100: a critical item was not done: Ask: ", 0) == 0)
            safety = true;
    CHECK(safety);
}

TEST_CASE("cli: a log from stdin, its header seed, and --seed overriding it") {
    rct::TempDir t;
    std::string log = t.write("p.log", "# case: fixture-l3\n# seed: 5\nask onset @1\norder xray-lumbar\n"
                                       "plan surgical\nadvance\n");
    auto replay = [&](const std::string& extra) {
        Run r = run(q(tool("rootcause-replay")) + " --case " + q(fixtureCase()) + " --json " + extra,
                    false);
        INFO(r.out);
        REQUIRE(r.status == 0);
        return nlohmann::json::parse(r.out);
    };
    nlohmann::json a = replay("--actions - < " + q(log));
    CHECK(a.at("seed") == 5);
    CHECK(a.at("finished") == true);
    CHECK(a.at("outcome").at("status") == "worse");
    CHECK(a.at("ledger").at("radiation").get<double>() == doctest::Approx(1.5));
    CHECK(a.at("domains").at("management").get<double>() == doctest::Approx(0));
    nlohmann::json b = replay("--actions " + q(log) + " --seed 9");
    CHECK(b.at("seed") == 9);
    CHECK(b.at("total") == a.at("total"));
}
