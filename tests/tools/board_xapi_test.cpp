// rootcause-board: xAPI statements (MedBiquitous virtual patient profile), checked for
// structure here and by Learning Locker's validator (npm xapi-validation) through node; the
// institution's IRIs from the command line or the xAPI file beside the challenge.
#include "tests/tools/board_testutil.hpp"
#include "tools/board_xapi.hpp"
#include "tools/board_xapi_cli.hpp"

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdlib>
#include <doctest/doctest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sys/stat.h>

using namespace boardtest;
using nlohmann::json;

namespace {

const rc::board::XapiIris kUni{"https://physio.uni.example/rootcause", "https://sis.uni.example"};

const std::string kVerbs = "http://adlnet.gov/expapi/verbs/";

std::string verbOf(const json& s) {
    return s["verb"]["id"].get<std::string>().substr(kVerbs.size());
}

bool isChallenge(const json& s) {
    return s["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment";
}

/// Statements by id.
std::map<std::string, json> byId(const json& all) {
    std::map<std::string, json> m;
    for (const auto& s : all)
        m[s["id"].get<std::string>()] = s;
    return m;
}

/// A copy of the fixture challenge with a pass mark on its first case only.
const rc::Challenge& challengeWithCasePass() {
    static const rc::Challenge ch = [] {
        rc::Challenge c = challenge();
        c.cases[0].passMark = 60;
        return c;
    }();
    return ch;
}

rc::board::Board boardOver(const rc::Challenge& ch, const std::vector<std::string>& files) {
    rc::board::Board b;
    rc::Diagnostics d;
    rc::board::startBoard(b, ch, bundled(), d);
    for (const auto& f : files)
        rc::board::addResultsFile(b, f);
    rc::board::finish(b);
    return b;
}

struct XapiRun {
    int status = -1;
    std::string out, err;
};

XapiRun runXapi(const rc::board::Board& b, const rc::board::XapiOptions& o,
                const std::string& challengeFile) {
    std::ostringstream out, err;
    XapiRun r;
    r.status = rc::board::runXapi(b, o, challengeFile, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace

TEST_CASE("board xapi: sha1, uuid5, durations and times") {
    auto h = rc::board::sha1("abc");
    char hex[41];
    for (int i = 0; i < 20; ++i)
        std::snprintf(hex + 2 * i, 3, "%02x", h[static_cast<std::size_t>(i)]);
    CHECK(std::string(hex) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    // RFC 4122 / Python uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
    CHECK(rc::board::uuid5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(rc::board::isoDuration(612.5) == "PT10M12.5S");
    CHECK(rc::board::isoDuration(0) == "PT0S");
    CHECK(rc::board::isoDuration(3725) == "PT1H2M5S");
    CHECK(rc::board::isoDuration(60) == "PT1M");
    CHECK(rc::board::isoDuration(59.999) == "PT1M");
    double t = 0;
    REQUIRE(rc::board::parseIsoTime("2026-03-02T09:00:00Z", t));
    CHECK(t == doctest::Approx(1772442000.0));
    CHECK(rc::board::isoTime(t + 612.5) == "2026-03-02T09:10:12.500Z");
    CHECK(rc::board::isoTime(951782400.0) == "2000-02-29T00:00:00.000Z");
    CHECK(!rc::board::parseIsoTime("yesterday", t));
}

TEST_CASE("board xapi: e-mails that make an mbox, IRIs that make a base") {
    using rc::board::looksLikeEmail;
    CHECK(looksLikeEmail("s2400011@students.example.ac.uk"));
    CHECK(looksLikeEmail("ada.lovelace+rc@Uni.AC.uk"));
    for (const char* bad :
         {"", "ada", "ada@", "@uni.ac.uk", "ada@uni", "ada@@uni.ac.uk", "a b@uni.ac.uk",
          "tom,jerry@example.ac.uk", "ada@uni..ac.uk", "ada@uni.ac.uk.", "ada@.uni.ac.uk",
          "<ada@uni.ac.uk>", "adä@uni.ac.uk", "ada@uni.ac.uk?subject=x"})
        CHECK_MESSAGE(!looksLikeEmail(bad), bad);
    std::string why;
    CHECK(rc::board::isHttpIri("https://physio.uni.example/rootcause", why));
    CHECK(rc::board::isHttpIri("HTTP://127.0.0.1:8080/xAPI/", why));
    for (const char* bad :
         {"", "physio.uni.example", "/rootcause", "ftp://uni.example", "javascript:alert(1)",
          "https://", "https:///x", "https://uni.example/a b", "https://user:pw@uni.example",
          "https://uni.example/?q=1", "https://uni.example/#x", "https://uni.example/\x01",
          "mailto:a@b.c"}) {
        CHECK_MESSAGE(!rc::board::isHttpIri(bad, why), bad);
        CHECK(!why.empty());
    }
}

TEST_CASE(
    "board xapi: one statement per student for the challenge, each case scored, deterministic") {
    std::string dir = tempDir("xapi");
    auto files = writeStudents(dir, 30, 7);
    auto b = boardOf(files);
    REQUIRE(b.students.size() == 30);
    std::string text = rc::board::xapiStatements(b, kUni);
    CHECK(text == rc::board::xapiStatements(boardOf(files), kUni));
    CHECK(text.find("rootcause.example") == std::string::npos); // the institution's IRIs only
    json all = json::parse(text);
    REQUIRE(all.is_array());
    std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    std::regex iso(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)");
    std::regex dur(R"(^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$)");
    std::set<std::string> ids;
    std::map<std::string, int> verbs;
    std::map<std::string, double> totals; // mbox -> the challenge statement's raw score
    for (const auto& s : all) {
        REQUIRE(std::regex_match(s["id"].get<std::string>(), uuid));
        ids.insert(s["id"].get<std::string>());
        const json& actor = s["actor"];
        CHECK(actor["objectType"] == "Agent");
        // Every simulated student gave an e-mail: mbox, and never an account beside it.
        CHECK(actor["mbox"].get<std::string>().rfind("mailto:s", 0) == 0);
        CHECK(!actor.contains("account"));
        CHECK(std::regex_match(s["timestamp"].get<std::string>(), iso));
        CHECK(s["version"] == "1.0.3");
        CHECK(s["context"]["contextActivities"]["category"][0]["id"] ==
              "https://w3id.org/xapi/virtual-patient");
        CHECK(s["context"]["extensions"][kUni.base + "/xapi/extensions/attempt"] == 1);
        std::string v = verbOf(s);
        if (isChallenge(s)) {
            verbs["challenge " + v]++;
            CHECK(s["object"]["id"] == kUni.base + "/challenges/board-two-cases");
            const auto& r = s["result"];
            double raw = r["score"]["raw"];
            CHECK(r["score"]["scaled"].get<double>() == doctest::Approx(raw / 100));
            CHECK(r["success"].get<bool>() == (raw >= 70)); // the mastery judges the total
            CHECK(v == (raw >= 70 ? "passed" : "failed"));
            CHECK(r.contains("completion"));
            CHECK(std::regex_match(r["duration"].get<std::string>(), dur));
            totals[actor["mbox"]] = raw;
            continue;
        }
        verbs[v]++;
        CHECK(s["object"]["definition"]["type"] ==
              "http://adlnet.gov/expapi/activities/simulation");
        CHECK(s["object"]["id"].get<std::string>().rfind(kUni.base + "/cases/", 0) == 0);
        CHECK(s["object"]["definition"]["name"].contains("en-GB"));
        CHECK(s["context"]["contextActivities"]["parent"][0]["id"] ==
              kUni.base + "/challenges/board-two-cases");
        if (v == "scored") {
            const auto& r = s["result"];
            double scaled = r["score"]["scaled"], raw = r["score"]["raw"];
            CHECK(scaled >= 0);
            CHECK(scaled <= 1);
            CHECK(scaled == doctest::Approx(raw / 100));
            CHECK(r["score"]["min"] == 0);
            CHECK(r["score"]["max"] == 100);
            // No pass mark for the case in this pack: scored, never judged.
            CHECK(!r.contains("success"));
            CHECK(r.contains("completion"));
            CHECK(std::regex_match(r["duration"].get<std::string>(), dur));
        }
    }
    CHECK(ids.size() == all.size()); // unique ids
    CHECK(verbs["challenge passed"] + verbs["challenge failed"] == 30);
    CHECK(verbs["initialized"] == 60);
    CHECK(verbs["scored"] == 60);
    CHECK(verbs["passed"] + verbs["failed"] == 0);
    CHECK(verbs["completed"] >= 50);
    // The challenge statement carries the board's weighted total.
    REQUIRE(totals.size() == 30);
    for (const auto& s : b.students)
        CHECK(totals["mailto:" + s.email] == doctest::Approx(std::round(s.total * 10) / 10));
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: an account without a usable e-mail, never both") {
    std::string dir = tempDir("xapi-actor");
    auto b = boardOf(writeStudents(dir, 4, 3));
    REQUIRE(b.students.size() == 4);
    b.students[0].email.clear();
    b.students[1].email = "tom,jerry@example.ac.uk";
    b.students[2].email = "Ada@Uni.Example.AC.UK";
    json all = rc::board::xapiStatementArray(b, kUni);
    std::map<std::string, json> actors; // by name
    for (const auto& s : all)
        actors[s["actor"]["name"]] = s["actor"];
    auto actorOf = [&](const rc::board::Student& s) {
        return actors[s.player.empty() ? s.studentId : s.player];
    };
    for (int i : {0, 1}) {
        json a = actorOf(b.students[static_cast<std::size_t>(i)]);
        CHECK(!a.contains("mbox"));
        CHECK(a["account"]["homePage"] == kUni.homepage);
        CHECK(a["account"]["name"] == b.students[static_cast<std::size_t>(i)].studentId);
    }
    // The domain is case-insensitive, the local part is not.
    CHECK(actorOf(b.students[2])["mbox"] == "mailto:Ada@uni.example.ac.uk");
    CHECK(!actorOf(b.students[2]).contains("account"));
    CHECK(actorOf(b.students[3])["mbox"] == "mailto:" + b.students[3].email);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: case@pass is read by the challenge loader, 0..100, optional") {
    std::string dir = tempDir("xapi-pass-xml");
    std::string xml = slurp(kChallenge);
    auto load = [&](const std::string& from, const std::string& to, rc::Diagnostics& d) {
        std::string text = xml;
        text.replace(text.find(from), from.size(), to);
        spit(dir + "/c.xml", text);
        return rc::loadChallengeFile(dir + "/c.xml", d);
    };
    rc::Diagnostics d;
    auto ch = load("weight=\"2\"/>", "weight=\"2\" pass=\"62.5\"/>", d);
    REQUIRE(ch);
    CHECK(!d.hasErrors());
    CHECK(ch->cases[0].passMark == 62.5);
    CHECK(!ch->cases[1].passMark); // none given: the case is not judged
    for (const char* bad : {"150", "-1", "sixty"}) {
        rc::Diagnostics e;
        auto c = load("weight=\"2\"/>", std::string("weight=\"2\" pass=\"") + bad + "\"/>", e);
        CHECK_MESSAGE(e.hasErrors(), bad);
        CHECK(e.str().find("'pass'") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: a case is judged only against its own pass mark") {
    std::string dir = tempDir("xapi-pass");
    auto files = writeStudents(dir, 30, 7);
    auto b = boardOver(challengeWithCasePass(), files);
    json all = rc::board::xapiStatementArray(b, kUni);
    const std::string judged = kUni.base + "/cases/" + challengeWithCasePass().cases[0].ref;
    const std::string other = kUni.base + "/cases/" + challengeWithCasePass().cases[1].ref;
    int passed = 0, failed = 0, scored = 0;
    for (const auto& s : all) {
        if (isChallenge(s) || !s.contains("result") || verbOf(s) == "completed") continue;
        const auto& r = s["result"];
        double raw = r["score"]["raw"];
        if (s["object"]["id"] == judged) {
            REQUIRE(r.contains("success"));
            CHECK(r["success"].get<bool>() == (raw >= 60)); // the case's 60, not the mastery's 70
            CHECK(verbOf(s) == (raw >= 60 ? "passed" : "failed"));
            (raw >= 60 ? passed : failed)++;
        } else {
            CHECK(s["object"]["id"] == other);
            CHECK(!r.contains("success"));
            CHECK(verbOf(s) == "scored");
            ++scored;
        }
    }
    CHECK(passed + failed == 30);
    CHECK(scored == 30);
    CHECK(passed > 0); // the simulated class has both, or the test proves nothing
    CHECK(failed > 0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: ids follow the content: same result same id, another result another id") {
    std::string dir = tempDir("xapi-ids");
    auto files = writeStudents(dir, 6, 11);
    auto b = boardOf(files);
    auto before = byId(rc::board::xapiStatementArray(b, kUni));
    CHECK(before == byId(rc::board::xapiStatementArray(boardOf(files), kUni)));

    // Re-scored differently (a rule changed): only the statements that say so get new ids.
    auto changed = b;
    double& score = changed.students[0].cases[0].score;
    const double delta = score >= 50 ? -5 : 5;
    score += delta;
    auto after = byId(rc::board::xapiStatementArray(changed, kUni));
    std::vector<std::string> gone, added;
    for (const auto& [id, s] : before)
        if (!after.count(id)) gone.push_back(id);
    for (const auto& [id, s] : after)
        if (!before.count(id)) added.push_back(id);
    REQUIRE(gone.size() == 1);
    REQUIRE(added.size() == 1);
    CHECK(after[added[0]]["result"]["score"]["raw"].get<double>() ==
          doctest::Approx(before[gone[0]]["result"]["score"]["raw"].get<double>() + delta)
              .epsilon(0.01));

    // Another attempt is another registration, and says which attempt it is.
    auto retaken = b;
    retaken.students[0].attempt = 2;
    retaken.students[0].attempts = 2;
    json again = rc::board::xapiStatementArray(retaken, kUni);
    std::set<std::string> regs;
    for (const auto& s : again) {
        if (s["actor"]["mbox"] != "mailto:" + b.students[0].email) continue;
        regs.insert(s["context"]["registration"].get<std::string>());
        CHECK(s["context"]["extensions"][kUni.base + "/xapi/extensions/attempt"] == 2);
        CHECK(!before.count(s["id"].get<std::string>()));
    }
    CHECK(regs.size() == 1);
    for (const auto& [id, s] : before)
        if (s["actor"]["mbox"] == "mailto:" + b.students[0].email)
            CHECK(!regs.count(s["context"]["registration"].get<std::string>()));

    // The flags of a student's file travel with their challenge result.
    auto flagged = b;
    flagged.students[1].flags = {"score mismatch"};
    for (const auto& s : rc::board::xapiStatementArray(flagged, kUni))
        if (isChallenge(s) && s["actor"]["mbox"] == "mailto:" + b.students[1].email)
            CHECK(s["result"]["extensions"][kUni.base + "/xapi/extensions/flags"] ==
                  json::array({"score mismatch"}));

    // Another institution, other ids for every statement.
    auto elsewhere =
        byId(rc::board::xapiStatementArray(b, {"https://other.example", "https://other.example"}));
    for (const auto& [id, s] : elsewhere)
        CHECK(!before.count(id));
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: --xapi-base and --xapi-homepage, the xAPI file beside the challenge, the "
          "placeholder") {
    std::string dir = tempDir("xapi-config");
    auto b = boardOf(writeStudents(dir, 3, 5));
    REQUIRE(b.students.size() == 3);
    b.students[0].email.clear(); // one account actor, so the homepage shows
    const std::string challengeFile = dir + "/week5.xml"; // only its folder and stem matter
    rc::board::XapiOptions o;
    o.file = dir + "/out.json";

    // Neither set: the placeholder, with a warning for each.
    XapiRun r = runXapi(b, o, challengeFile);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(r.out.find("Wrote xAPI statements: " + o.file) != std::string::npos);
    CHECK(r.err.find("placeholder domain") != std::string::npos);
    CHECK(r.err.find("--xapi-base") != std::string::npos);
    CHECK(r.err.find("--xapi-homepage") != std::string::npos);
    CHECK(r.err.find(dir + "/week5.xapi.json") != std::string::npos);
    CHECK(slurp(o.file) == rc::board::xapiStatements(b)); // the placeholder's statements
    CHECK(slurp(o.file).find("https://rootcause.example/cases/") != std::string::npos);

    // The xAPI file gives the institution's; a trailing '/' on the base is dropped.
    spit(
        dir + "/week5.xapi.json",
        R"({"base": "https://physio.uni.example/rootcause/", "homepage": "https://sis.uni.example"})");
    r = runXapi(b, o, challengeFile);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(r.err.empty());
    CHECK(slurp(o.file) == rc::board::xapiStatements(b, kUni));

    // The command line wins over the file, key by key.
    o.homepage = "https://moodle.uni.example";
    r = runXapi(b, o, challengeFile);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(slurp(o.file) == rc::board::xapiStatements(b, {kUni.base, "https://moodle.uni.example"}));
    o.base = "https://cli.uni.example";
    r = runXapi(b, o, challengeFile);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(slurp(o.file) ==
          rc::board::xapiStatements(b, {"https://cli.uni.example", "https://moodle.uni.example"}));

    // Only the file's key that is set: the other keeps its placeholder and its warning.
    o.base.clear();
    o.homepage.clear();
    spit(dir + "/week5.xapi.json", R"({"base": "https://physio.uni.example/rootcause"})");
    r = runXapi(b, o, challengeFile);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("--xapi-base") == std::string::npos);
    CHECK(r.err.find("--xapi-homepage") != std::string::npos);

    // Nothing asked for, nothing done.
    rc::board::XapiOptions none;
    r = runXapi(b, none, challengeFile);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: the xAPI file is untrusted: each refusal says why, nothing is written") {
    std::string dir = tempDir("xapi-hostile");
    auto b = boardOf(writeStudents(dir, 2, 5));
    REQUIRE(b.students.size() == 2);
    const std::string challengeFile = dir + "/week5.xml";
    const std::string config = dir + "/week5.xapi.json";
    rc::board::XapiOptions o;
    o.file = dir + "/out.json";
    auto refused = [&](const std::string& expected) {
        XapiRun r = runXapi(b, o, challengeFile);
        CHECK(r.status == 1);
        CHECK_MESSAGE(r.err.find(expected) != std::string::npos, r.err);
        CHECK(!std::filesystem::exists(o.file));
    };
    auto withFile = [&](const std::string& text, const std::string& expected) {
        spit(config, text);
        INFO(text);
        refused(config + ": error: ");
        refused(expected);
    };
    withFile("{\"base\": \"https://uni.example\"", "not valid JSON");
    withFile("", "not valid JSON");
    withFile("[\"https://uni.example\"]", "must hold a JSON object");
    withFile(R"({"base": "https://uni.example", "homePage": "https://sis.uni.example"})",
             "unknown key 'homePage'");
    withFile(R"({"base": 42})", "\"base\" in the xAPI file must be a string");
    withFile(R"({"base": "ftp://uni.example"})", "not an absolute http:// or https:// IRI");
    withFile(R"({"base": "physio.uni.example/rootcause"})",
             "not an absolute http:// or https:// IRI");
    withFile(R"({"homepage": "https://sis.uni.example/a b"})", "a space or a control character");
    withFile(R"({"base": "https://admin:pw@uni.example"})", "user info");
    withFile(R"({"base": "https://uni.example/?x=1"})", "a query");
    withFile("{\"base\": \"https://uni.example/\xff\"}", "not valid JSON"); // not UTF-8
    withFile("{\"base\": \"https://uni.example\", \"pad\": \"" + std::string(70 * 1024, 'x') +
                 "\"}",
             "larger than 64 KiB");
    std::filesystem::remove(config);
    std::filesystem::create_directory(config);
    refused("the xAPI file is a directory, not a file");
    std::filesystem::remove(config);
    REQUIRE(::mkfifo(config.c_str(), 0600) == 0); // would block a naive reader forever
    refused("the xAPI file is a FIFO (named pipe), not a file");
    std::filesystem::remove(config);
    std::filesystem::create_symlink(dir + "/nowhere.json", config);
    refused("the xAPI file cannot be read (No such file or directory)");
    std::filesystem::remove(config);

    // The same rules for the command line's IRIs, and --lrs needs its credentials.
    o.base = "rootcause";
    refused("--xapi-base 'rootcause' is not usable");
    o.base = "https://uni.example";
    o.homepage = "javascript:alert(1)";
    refused("--xapi-homepage 'javascript:alert(1)' is not usable");
    o.homepage.clear();
    o.lrs = "http://127.0.0.1:9/xAPI";
    refused("--lrs needs --lrs-key and --lrs-secret");
    o.lrsKey = "k";
    o.lrsSecret = "s";
    o.lrs = "file:///etc/passwd";
    refused("--lrs 'file:///etc/passwd' is not usable");
    std::filesystem::remove_all(dir);
}

TEST_CASE("board xapi: the command-line options") {
    rc::board::XapiOptions o;
    CLI::App app;
    rc::board::addXapiOptions(app, o);
    ::setenv("ROOTCAUSE_LRS_SECRET", "from-env", 1);
    app.parse("--xapi s.json --xapi-base https://physio.uni.example --xapi-homepage "
              "https://sis.uni.example --lrs https://lrs.uni.example/data/xAPI --lrs-key k",
              false);
    ::unsetenv("ROOTCAUSE_LRS_SECRET");
    CHECK(o.file == "s.json");
    CHECK(o.base == "https://physio.uni.example");
    CHECK(o.homepage == "https://sis.uni.example");
    CHECK(o.lrs == "https://lrs.uni.example/data/xAPI");
    CHECK(o.lrsKey == "k");
    CHECK(o.lrsSecret == "from-env"); // the secret need not show in the process list
    rc::board::XapiOptions bad;
    CLI::App app2;
    rc::board::addXapiOptions(app2, bad);
    CHECK_THROWS_AS(app2.parse("--xapi-base ftp://uni.example", false), CLI::ValidationError);
}

TEST_CASE("board xapi: every statement passes xapi-validation (node)") {
    // Optional tools: node and Learning Locker's validator. Without them the test says so and
    // CTest reports it skipped (SKIP_REGULAR_EXPRESSION); it never passes silently.
    if (run("command -v node").status != 0) {
        MESSAGE("SKIPPED: node is not installed; the xAPI validation needs node and npm "
                "(tools/test installs them, and xapi-validation into build/npm)");
        return;
    }
    const char* env = std::getenv("ROOTCAUSE_NODE_PATH");
    std::string nodePath = env ? env : "";
    if (nodePath.empty() || !std::filesystem::exists(nodePath + "/xapi-validation")) {
        MESSAGE("SKIPPED: xapi-validation is not installed in '"
                << nodePath << "' (ROOTCAUSE_NODE_PATH); run tools/test, or "
                << "npm install --no-save --prefix build/npm xapi-validation@2");
        return;
    }
    std::string dir = tempDir("xapi-node");
    auto files = writeStudents(dir, 30, 7);
    // Every kind of statement: mbox and account actors, judged and scored cases, a flag.
    auto b = boardOver(challengeWithCasePass(), files);
    b.students[0].email.clear();
    b.students[1].flags = {"score mismatch"};
    spit(dir + "/statements.json", rc::board::xapiStatements(b, kUni));
    spit(dir + "/check.js", R"JS(
const validate = require("xapi-validation").default;
const statements = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
let bad = 0;
const verbs = new Set();
for (const s of statements) {
  verbs.add(s.verb.id.split("/").pop() + (s.actor.mbox ? " mbox" : " account"));
  const w = validate(s);
  if (w.length) { bad++; if (bad <= 3) console.log(JSON.stringify(w).slice(0, 600)); }
}
// The validator is not vacuous: a broken copy must yield warnings.
const broken = JSON.parse(JSON.stringify(statements[statements.length - 1]));
broken.result = { score: { scaled: 2, raw: 120, min: 0, max: 100 }, duration: "10 minutes" };
broken.actor.account = { name: "x" };
const control = validate(broken).length;
console.log(`statements ${statements.length} invalid ${bad} control-warnings ${control} kinds ${[...verbs].sort().join(",")}`);
process.exit(bad === 0 && control >= 3 && statements.length > 0 ? 0 : 1);
)JS");
    RunResult r = run("NODE_PATH=" + quote(nodePath) + " node " + quote(dir + "/check.js") + " " +
                      quote(dir + "/statements.json"));
    MESSAGE(r.output);
    CHECK(r.status == 0);
    CHECK(r.output.find("invalid 0") != std::string::npos);
    for (const char* kind :
         {"scored", "passed", "failed", "initialized", "completed", " account", " mbox"})
        CHECK_MESSAGE(r.output.find(kind) != std::string::npos, kind);
    std::filesystem::remove_all(dir);
}
