// rootcause-board: posting xAPI statements to a Learning Record Store. A tiny loopback HTTP
// server in the test proves retries, backoff and refusals; Learning Locker's statement service
// (npm xapi-statements, in-memory storage) started by the test is the real LRS the statements
// are posted to and read back from. Loopback addresses only.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "tests/tools/board_testutil.hpp"
#include "tools/board_xapi.hpp"
#include "tools/board_xapi_cli.hpp"
#include "tools/lrs_client.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

extern char** environ;

using namespace boardtest;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const rc::board::XapiIris kUni{"https://physio.uni.example/rootcause", "https://sis.uni.example"};

/// A request as the tiny server saw it.
struct Seen {
    std::string method, path, headers, body; ///< headers lower-cased
    Clock::time_point at;
};

/// A one-connection-at-a-time HTTP/1.1 server on 127.0.0.1 with a free port; `answer` gives
/// the status and body for each request. Stops (and joins) when destroyed.
class TinyServer {
  public:
    using Answer = std::function<std::pair<int, std::string>(const Seen&, int index)>;

    explicit TinyServer(Answer answer) : answer_(std::move(answer)) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(::listen(fd_, 8) == 0);
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { loop(); });
    }
    ~TinyServer() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    TinyServer(const TinyServer&) = delete;
    TinyServer& operator=(const TinyServer&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI"; }
    std::vector<Seen> seen() {
        std::lock_guard<std::mutex> lock(mutex_);
        return seen_;
    }

  private:
    void loop() {
        while (!stop_) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            int c = ::accept(fd_, nullptr, nullptr);
            if (c < 0) continue;
            serve(c);
            ::close(c);
        }
    }

    void serve(int c) {
        std::string in;
        char buf[65536];
        std::size_t headEnd = std::string::npos, need = 0;
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        while (Clock::now() < deadline) {
            pollfd p{c, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;
            ssize_t n = ::recv(c, buf, sizeof buf, 0);
            if (n <= 0) return;
            in.append(buf, static_cast<std::size_t>(n));
            if (headEnd == std::string::npos &&
                (headEnd = in.find("\r\n\r\n")) != std::string::npos) {
                std::string head = in.substr(0, headEnd);
                for (char& ch : head)
                    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                auto cl = head.find("content-length:");
                need =
                    headEnd + 4 + (cl == std::string::npos ? 0 : std::stoul(head.substr(cl + 15)));
            }
            if (headEnd != std::string::npos && in.size() >= need) break;
        }
        if (headEnd == std::string::npos) return;
        Seen s;
        s.at = Clock::now();
        std::string first = in.substr(0, in.find("\r\n"));
        s.method = first.substr(0, first.find(' '));
        s.path = first.substr(s.method.size() + 1, first.rfind(' ') - s.method.size() - 1);
        s.headers = in.substr(0, headEnd);
        for (char& ch : s.headers)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        s.body = in.substr(headEnd + 4);
        int index;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            index = static_cast<int>(seen_.size());
            seen_.push_back(s);
        }
        auto [status, body] = answer_(s, index);
        std::string out =
            "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: application/json\r\n" +
            "X-Experience-API-Version: 1.0.3\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        ::send(c, out.data(), out.size(), MSG_NOSIGNAL);
    }

    Answer answer_;
    int fd_ = -1, port_ = 0;
    std::atomic<bool> stop_{false};
    std::thread thread_;
    std::mutex mutex_;
    std::vector<Seen> seen_;
};

/// The ids of a posted batch, as an LRS answers a stored batch.
std::string idsOf(const std::string& body) {
    json ids = json::array();
    for (const auto& s : json::parse(body))
        ids.push_back(s["id"]);
    return ids.dump();
}

/// A port nothing listens on (bound, read, released).
int freePort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

rc::board::XapiOptions lrsOptions(const std::string& url) {
    rc::board::XapiOptions o;
    o.lrs = url;
    o.lrsKey = "rootcause";
    o.lrsSecret = "s3cret";
    o.base = kUni.base;
    o.homepage = kUni.homepage;
    o.lrsBackoffSeconds = 0.05; // real runs wait 1 s, then 2, 4, ...
    o.lrsTries = 3;
    o.lrsTimeoutSeconds = 20;
    return o;
}

struct XapiRun {
    int status = -1;
    std::string out, err;
    double seconds = 0;
};

XapiRun post(const rc::board::Board& b, const rc::board::XapiOptions& o) {
    std::ostringstream out, err;
    XapiRun r;
    auto t0 = Clock::now();
    r.status = rc::board::runXapi(b, o, "/nonexistent/week5.xml", out, err);
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    r.out = out.str();
    r.err = err.str();
    return r;
}

/// Learning Locker's statement service (npm xapi-statements) on 127.0.0.1 in its own process
/// group, with in-memory models, local storage in `dir`, and basic auth checked against one
/// key and secret (the launcher answers the service's client-info requests the way Learning
/// Locker's API does). Killed with its whole group when destroyed, also when a check fails.
class LearningLocker {
  public:
    LearningLocker(const std::string& nodeModules, const std::string& dir, const std::string& key,
                   const std::string& secret)
        : dir_(dir), port_(freePort()) {
        spit(dir + "/launch.js", R"JS(
const http = require("http");
const [, , port, key, secret] = process.argv;
const expected = "Basic " + Buffer.from(key + ":" + secret).toString("base64");
// Learning Locker's client-info endpoint: 200 with the client for the right credentials, 404
// (no such client) for any other; xapi-statements then answers 401.
const auth = http.createServer((req, res) => {
  res.setHeader("Content-Type", "application/json");
  if (req.headers.authorization !== expected) { res.statusCode = 404; return res.end("{}"); }
  res.end(JSON.stringify({ _id: "5988f0f00000000000000123", title: "rootcause-board test",
    authority: { objectType: "Agent", name: "rootcause-board test", mbox: "mailto:lrs@localhost" },
    isTrusted: true, lrs_id: "5988f0f00000000000000001",
    organisation: "5988f0f00000000000000000", scopes: ["all"] }));
});
auth.listen(0, "127.0.0.1", () => {
  process.env.LL_CLIENT_INFO_ENDPOINT = "http://127.0.0.1:" + auth.address().port + "/auth";
  process.env.EXPRESS_PORT = port;
  require("xapi-statements/dist/server");
});
)JS");
        std::string node = run("command -v node").output;
        while (!node.empty() && (node.back() == '\n' || node.back() == '\r'))
            node.pop_back();
        // Everything the child needs is built before fork(): after it only exec-safe calls.
        std::vector<std::string> env;
        for (char** e = environ; *e; ++e)
            env.emplace_back(*e);
        for (std::string v :
             {"NODE_PATH=" + nodeModules, std::string("AUTH_REPO=fetch"),
              std::string("EVENTS_REPO=test"), std::string("MODELS_REPO=memory"),
              std::string("STORAGE_REPO=local"), "FS_LOCAL_STORAGE_DIR=" + dir + "/storage",
              "EXPRESS_MORGAN_DIRECTORY=" + dir + "/access-logs",
              std::string("WINSTON_CONSOLE_LEVEL=error"),
              std::string("SERVICE_AWAIT_UPDATES=true")})
            env.push_back(v);
        std::vector<std::string> args = {node, dir + "/launch.js", std::to_string(port_), key,
                                         secret};
        std::vector<char*> envp, argv;
        for (auto& s : env)
            envp.push_back(s.data());
        envp.push_back(nullptr);
        for (auto& s : args)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        const std::string log = dir + "/lrs.log";
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::setpgid(0, 0);
#ifdef __linux__
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // the test process died: so does the LRS
#endif
            int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd >= 0) {
                ::dup2(fd, 1);
                ::dup2(fd, 2);
            }
            if (::chdir(dir.c_str()) != 0) ::_exit(126); // dotenv reads .env from here: none
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        ::setpgid(pid_, pid_); // also from here: no window in which a kill misses the group
    }
    ~LearningLocker() {
        if (pid_ <= 0) return;
        ::kill(-pid_, SIGTERM);
        for (int i = 0; i < 50 && ::waitpid(pid_, nullptr, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ::kill(-pid_, SIGKILL); // whatever is left of the group
        ::waitpid(pid_, nullptr, WNOHANG);
    }
    LearningLocker(const LearningLocker&) = delete;
    LearningLocker& operator=(const LearningLocker&) = delete;

    std::string url() const {
        return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI";
    }
    std::string log() const {
        return slurp(dir_ + "/lrs.log");
    }

    /// Waits until the service answers GET /about; false (the log says why) if it exits or
    /// stays silent for 60 s.
    bool ready() {
        rc::board::LrsOptions o;
        o.endpoint = url();
        o.timeoutSeconds = 2;
        rc::board::LrsClient c(o);
        for (auto end = Clock::now() + std::chrono::seconds(60); Clock::now() < end;) {
            if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
                pid_ = -1;
                return false;
            }
            if (c.get("about").status == 200) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

  private:
    std::string dir_;
    int port_;
    pid_t pid_ = -1;
};

} // namespace

TEST_CASE("board lrs: a busy LRS (503, 503, 200) is retried with backoff, with the xAPI header and "
          "basic auth") {
    std::string dir = tempDir("lrs-retry");
    auto b = boardOf(writeStudents(dir, 3, 5));
    REQUIRE(!b.students.empty());
    TinyServer lrs([](const Seen& s, int i) -> std::pair<int, std::string> {
        if (i < 2) return {503, R"({"message":"busy"})"};
        return {200, idsOf(s.body)};
    });
    auto o = lrsOptions(lrs.url());
    XapiRun r = post(b, o);
    const std::size_t n = rc::board::xapiStatementArray(b, kUni).size();
    CHECK_MESSAGE(r.status == 0, r.err);
    CHECK(r.out.find("accepted " + std::to_string(n) + " of " + std::to_string(n) +
                     " statements") != std::string::npos);
    CHECK(r.out.find("2 retries") != std::string::npos);
    auto seen = lrs.seen();
    REQUIRE(seen.size() == 3);
    for (const auto& s : seen) {
        CHECK(s.method == "POST");
        CHECK(s.path == "/xAPI/statements");
        CHECK(s.headers.find("x-experience-api-version: 1.0.3") != std::string::npos);
        CHECK(s.headers.find("content-type: application/json") != std::string::npos);
        // "rootcause:s3cret" in base64 (lower-cased with the headers).
        CHECK(s.headers.find("authorization: basic cm9vdgnhdxnlonmzy3jlda==") != std::string::npos);
        CHECK(s.body == seen[0].body); // the same batch again: safe, its ids name its content
    }
    // Backoff: 0.05 s, then twice that.
    CHECK(seen[1].at - seen[0].at >= std::chrono::milliseconds(45));
    CHECK(seen[2].at - seen[1].at >= std::chrono::milliseconds(95));
    std::filesystem::remove_all(dir);
}

TEST_CASE("board lrs: batches, refusals, conflicts and a dead LRS are reported, never hidden") {
    std::string dir = tempDir("lrs-refusals");
    auto b = boardOf(writeStudents(dir, 4, 5));
    auto statements = rc::board::xapiStatementArray(b, kUni);
    const std::size_t n = statements.size();
    REQUIRE(n > 10);
    auto o = lrsOptions("");

    SUBCASE("batches of lrsBatch statements") {
        TinyServer lrs([](const Seen& s, int) { return std::make_pair(200, idsOf(s.body)); });
        o.lrs = lrs.url();
        o.lrsBatch = 10;
        XapiRun r = post(b, o);
        CHECK_MESSAGE(r.status == 0, r.err);
        auto seen = lrs.seen();
        CHECK(seen.size() == (n + 9) / 10);
        std::set<std::string> ids;
        for (const auto& s : seen) {
            auto batch = json::parse(s.body);
            CHECK(batch.size() <= 10);
            for (const auto& st : batch)
                ids.insert(st["id"].get<std::string>());
        }
        CHECK(ids.size() == n);
    }
    SUBCASE("a wrong key or secret stops at once") {
        TinyServer lrs([](const Seen&, int) {
            return std::make_pair(401, std::string(R"({"message":"Unauthorised"})"));
        });
        o.lrs = lrs.url();
        o.lrsBatch = 5;
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(lrs.seen().size() == 1);
        CHECK(r.err.find("refused the key and secret (HTTP 401: Unauthorised)") !=
              std::string::npos);
        CHECK(r.err.find(std::to_string(n) + " statements not sent") != std::string::npos);
    }
    SUBCASE("one conflicting statement: the batch is re-sent one by one, the rest is stored") {
        const std::string clash = statements[3]["id"];
        TinyServer lrs([clash](const Seen& s, int) -> std::pair<int, std::string> {
            if (s.body.find(clash) != std::string::npos)
                return {409, R"({"message":")" + clash + R"( is conflicting"})"};
            return {200, idsOf(s.body)};
        });
        o.lrs = lrs.url();
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(r.out.find("accepted " + std::to_string(n - 1) + " of " + std::to_string(n)) !=
              std::string::npos);
        CHECK(r.err.find("409 Conflict") != std::string::npos);
        CHECK(r.err.find(clash) != std::string::npos);
    }
    SUBCASE("a statement the LRS finds malformed is named with the LRS's reason") {
        const std::string bad = statements[5]["id"];
        TinyServer lrs([bad](const Seen& s, int) -> std::pair<int, std::string> {
            if (s.body.find(bad) != std::string::npos)
                return {400, R"({"message":"Problem in 'statement.result'"})"};
            return {200, idsOf(s.body)};
        });
        o.lrs = lrs.url();
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(r.err.find(bad + ": HTTP 400: Problem in 'statement.result'") != std::string::npos);
        CHECK(r.out.find("accepted " + std::to_string(n - 1)) != std::string::npos);
    }
    SUBCASE("nobody listening: every try fails, nothing is claimed") {
        o.lrs = "http://127.0.0.1:" + std::to_string(freePort()) + "/xAPI";
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(r.out.find("accepted 0 of " + std::to_string(n)) != std::string::npos);
        CHECK(r.out.find("3 requests, 2 retries") != std::string::npos);
        CHECK(r.err.find("no usable answer after 3 tries") != std::string::npos);
        CHECK(r.err.find(std::to_string(n) + " statements not sent") != std::string::npos);
    }
    SUBCASE("a URL libcurl cannot use is not retried") {
        o.lrs = "http://127.0.0.1:99999/xAPI"; // no such port
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(r.out.find("(1 requests, 0 retries") != std::string::npos);
        CHECK(r.err.find("cannot reach the LRS: ") != std::string::npos);
    }
    SUBCASE("the statements file is still written when the LRS fails") {
        o.lrs = "http://127.0.0.1:" + std::to_string(freePort()) + "/xAPI";
        o.file = dir + "/statements.json";
        XapiRun r = post(b, o);
        CHECK(r.status == 1);
        CHECK(slurp(o.file) == rc::board::xapiStatements(b, kUni));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("board lrs: Learning Locker's statement service stores what the board posts (node)") {
    // Optional tools, as for the xAPI validation: node and npm's xapi-statements (tools/test
    // installs both). Without them the test says so and CTest reports it skipped.
    if (run("command -v node").status != 0) {
        MESSAGE("SKIPPED: node is not installed; the LRS test needs node and npm "
                "(tools/test installs them, and xapi-statements into build/npm)");
        return;
    }
    const char* env = std::getenv("ROOTCAUSE_NODE_PATH");
    std::string nodeModules = env ? env : "";
    if (nodeModules.empty() ||
        !std::filesystem::exists(nodeModules + "/xapi-statements/dist/server.js")) {
        MESSAGE("SKIPPED: xapi-statements is not installed in '"
                << nodeModules << "' (ROOTCAUSE_NODE_PATH); run tools/test, or "
                << "npm install --no-save --prefix build/npm xapi-validation@2 xapi-statements@5");
        return;
    }
    std::string dir = tempDir("lrs-learning-locker");
    auto files = writeStudents(dir, 30, 7);
    auto b = boardOf(files);
    REQUIRE(b.students.size() == 30);
    b.students[0].email.clear(); // one account actor among the mboxes
    const auto statements = rc::board::xapiStatementArray(b, kUni);

    LearningLocker lrs(nodeModules, dir, "rootcause", "s3cret");
    REQUIRE_MESSAGE(lrs.ready(), "the LRS did not start:\n" << lrs.log());
    auto o = lrsOptions(lrs.url());

    // Post everything.
    XapiRun r = post(b, o);
    INFO(r.out << r.err << lrs.log());
    REQUIRE(r.status == 0);
    const std::string all = std::to_string(statements.size());
    CHECK(r.out.find("accepted " + all + " of " + all + " statements") != std::string::npos);

    // Read it back with the same credentials: the same ids, actors and scores.
    rc::board::LrsOptions lo;
    lo.endpoint = lrs.url();
    lo.key = o.lrsKey;
    lo.secret = o.lrsSecret;
    rc::board::LrsClient client(lo);
    std::string error;
    auto t0 = Clock::now();
    auto stored = client.getStatements("limit=50", error); // several pages: `more` is followed
    const double getSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    REQUIRE_MESSAGE(stored, error);
    MESSAGE("posted " << statements.size() << " statements (30 students x 2 cases) in " << r.seconds
                      << " s; read back in " << getSeconds << " s");
    CHECK(stored->size() == statements.size());
    std::map<std::string, json> byId;
    for (const auto& s : *stored)
        byId[s["id"].get<std::string>()] = s;
    for (const auto& mine : statements) {
        const std::string id = mine["id"];
        REQUIRE_MESSAGE(byId.count(id), id);
        const json& theirs = byId[id];
        CHECK(theirs["verb"]["id"] == mine["verb"]["id"]);
        CHECK(theirs["object"]["id"] == mine["object"]["id"]);
        CHECK(theirs["actor"].value("mbox", "") == mine["actor"].value("mbox", ""));
        if (mine["actor"].contains("account"))
            CHECK(theirs["actor"]["account"]["homePage"] == kUni.homepage);
        if (mine.contains("result") && mine["result"].contains("score")) {
            CHECK(theirs["result"]["score"]["raw"].get<double>() ==
                  doctest::Approx(mine["result"]["score"]["raw"].get<double>()));
            CHECK(theirs["result"]["score"]["scaled"].get<double>() ==
                  doctest::Approx(mine["result"]["score"]["scaled"].get<double>()));
            CHECK(theirs["result"].value("success", false) ==
                  mine["result"].value("success", false));
            CHECK(theirs["result"].contains("success") == mine["result"].contains("success"));
        }
    }

    // The same results again: the same ids, accepted, and nothing stored twice.
    r = post(b, o);
    CHECK(r.status == 0);
    CHECK(r.out.find("accepted " + all + " of " + all) != std::string::npos);
    stored = client.getStatements("limit=500", error);
    REQUIRE_MESSAGE(stored, error);
    CHECK(stored->size() == statements.size());

    // A re-scored case: a new statement with a new id, no conflict.
    auto rescored = b;
    double& score = rescored.students[1].cases[0].score;
    score = score >= 50 ? score - 5 : score + 5;
    r = post(rescored, o);
    CHECK(r.status == 0);
    stored = client.getStatements("limit=500", error);
    REQUIRE_MESSAGE(stored, error);
    CHECK(stored->size() == statements.size() + 1);

    // What 409 means: another statement under a stored id (never made by the board).
    auto forged = nlohmann::ordered_json::array({statements[0]});
    forged[0]["timestamp"] = "2001-01-01T00:00:00.000Z";
    auto report = client.postStatements(forged);
    CHECK(report.conflicts == std::vector<std::string>{statements[0]["id"].get<std::string>()});

    // A wrong secret is refused by the LRS, and said so.
    auto wrong = o;
    wrong.lrsSecret = "guess";
    r = post(b, wrong);
    CHECK(r.status == 1);
    CHECK(r.err.find("refused the key and secret (HTTP 401") != std::string::npos);
    std::filesystem::remove_all(dir);
}
