// rootcause-classbots: a simulated class over the real protocol. N students, each on its own
// connection and thread, play the host's challenge along the paths rootcause-genresults makes
// (expert, plausible and poor), with think time between actions and, with --drop-rate, drops
// and rejoins mid-case. Ends with one line:
//   bots: N finished, F failed, action round trip p50 X ms p99 Y ms
#include "game/cli/man_page.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/lint.hpp"
#include "game/engine/xml_reader.hpp"
#include "game/net/class_client.hpp"
#include "game/net/host_server.hpp"
#include "tools/board_gen.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <random>
#include <thread>

namespace {

using rc::net::ClassClient;
using rc::net::Message;
using Clock = std::chrono::steady_clock;

struct Shared {
    std::string address, code;
    unsigned short port = 0;
    double dropRate = 0, thinkMs = 100, timeout = 60;
    std::mutex mu;
    std::vector<double> rtts; ///< milliseconds
    std::ofstream received;   ///< every message a bot received, if asked
    std::atomic<int> finished{0}, failed{0};
};

/// What one bot plays: its identity and its action lines, case by case.
struct Plan {
    std::string id, name, email;
    std::vector<std::vector<std::string>> cases; ///< action lines per challenge case
    std::vector<bool> reachesEnd;                ///< the plan plays the case to its outcome
};

std::string describe(const Message& m) {
    std::string s = "<< " + m.type;
    for (const auto& [k, v] : m.fields)
        s += " " + k + "=" + v;
    if (!m.body.empty()) s += "\n" + m.body;
    return s + "\n";
}

class Bot {
  public:
    Bot(Shared& sh, Plan plan, std::uint64_t seed) : sh_(sh), plan_(std::move(plan)), rng_(seed) {
        client_.onReceived = [this](const Message& m) {
            if (!sh_.received.is_open()) return;
            std::lock_guard<std::mutex> lock(sh_.mu);
            sh_.received << describe(m);
        };
    }

    bool run(std::string& why) {
        auto deadline = Clock::now() + std::chrono::duration<double>(sh_.timeout);
        while (Clock::now() < deadline) {
            std::string error;
            if (!joined_ && !join(error)) {
                if (refused_) {
                    why = error;
                    return false;
                }
                pause(0.1 + 0.4 * uniform());
                continue;
            }
            if (done_) return true;
            if (!playCase(error)) {
                if (refused_) {
                    why = error;
                    return false;
                }
                client_.close();
                joined_ = false;
                pause(0.05 + 0.2 * uniform());
                continue;
            }
            deadline = Clock::now() + std::chrono::duration<double>(sh_.timeout); // progress made
        }
        why = plan_.id + ": no progress in " + std::to_string(static_cast<int>(sh_.timeout)) + " s";
        return false;
    }

  private:
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
    static void pause(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

    bool expect(Message& m, const std::string& type, std::string& error) {
        for (;;) {
            if (!client_.receive(m, 20, error)) return false;
            if (m.type == type) return true;
            if (m.type == "refused") {
                refused_ = m.value("code") != "busy";
                error = plan_.id + ": refused: " + m.value("reason");
                return false;
            }
            if (m.type == "bye") {
                error = "host said bye: " + m.value("reason");
                return false;
            }
            if (m.type == "denied") {
                refused_ = true;
                error = plan_.id + ": " + m.value("what") + " denied: " + m.value("reason");
                return false;
            }
            // Anything else (a late ack after a drop, say) is not what we wait for: skip it.
        }
    }

    bool join(std::string& error) {
        if (!client_.connect(sh_.address, sh_.port, 5, error)) return false;
        Message hello("hello");
        hello.set("version", rc::net::kProtocolVersion)
            .set("code", sh_.code)
            .set("student", plan_.id)
            .set("name", plan_.name)
            .set("email", plan_.email);
        if (!secret_.empty()) hello.set("secret", secret_);
        Message w;
        if (!client_.send(hello, error) || !expect(w, "welcome", error)) return false;
        secret_ = w.value("secret");
        caseIndex_ = std::stoi(w.value("index", "0"));
        done_ = w.value("state") == "finished";
        joined_ = true;
        return true;
    }

    bool playCase(std::string& error) {
        Message m;
        if (!client_.send(Message("next"), error)) return false;
        if (!expect(m, "case", error)) return false;
        const std::size_t k = static_cast<std::size_t>(std::stoi(m.value("index", "0")));
        if (k >= plan_.cases.size()) {
            refused_ = true;
            error = plan_.id + ": the host offers case " + std::to_string(k + 1) +
                    " of a plan of " + std::to_string(plan_.cases.size());
            return false;
        }
        if (!expect(m, "resume", error)) return false;
        std::size_t from = static_cast<std::size_t>(std::stoi(m.value("actions", "0")));
        const auto& lines = plan_.cases[k];
        for (std::size_t i = from; i < lines.size(); ++i) {
            pause(sh_.thinkMs / 1000.0 * (0.5 + uniform()));
            if (sh_.dropRate > 0 && uniform() < sh_.dropRate) {
                error = "dropped on purpose";
                return false; // the caller closes, waits and rejoins
            }
            Message act("act");
            act.set("seq", static_cast<long long>(++seq_));
            act.body = lines[i];
            auto t0 = Clock::now();
            if (!client_.send(act, error) || !expect(m, "ack", error)) return false;
            double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
            {
                std::lock_guard<std::mutex> lock(sh_.mu);
                sh_.rtts.push_back(ms);
            }
            if (m.value("ok") != "1") {
                refused_ = true;
                error = plan_.id + ": the host refused '" + lines[i] + "': " + m.value("error");
                return false;
            }
        }
        if (!plan_.reachesEnd[k] && !client_.send(Message("stop"), error)) return false;
        if (!expect(m, "case-end", error)) return false;
        if (k + 1 >= plan_.cases.size()) {
            if (!expect(m, "done", error)) return false;
            done_ = true;
        }
        return true;
    }

    Shared& sh_;
    Plan plan_;
    std::mt19937_64 rng_;
    ClassClient client_;
    std::string secret_;
    int caseIndex_ = 0;
    long long seq_ = 0;
    bool joined_ = false, done_ = false, refused_ = false;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-classbots: a simulated class playing a live host over the real "
                 "protocol.\n\nExit "
                 "status: 0 when every bot finished, 2 when some failed, 1 on bad usage."};
    std::string connect, contentDir, receivedLog;
    Shared sh;
    int students = 30, firstIndex = 0;
    std::uint64_t seed = 1;
    app.add_option("--connect", connect, "the host's ADDR:PORT")->required();
    app.add_option("--code", sh.code, "the join code")->required();
    app.add_option("--students", students, "bots (default 30)")->check(CLI::Range(1, 2000));
    app.add_option("--seed", seed, "seed of the simulated class (default 1)");
    app.add_option("--drop-rate", sh.dropRate,
                   "chance, before each action, that a bot drops and rejoins")
        ->check(CLI::Range(0.0, 0.5));
    app.add_option("--think-ms", sh.thinkMs, "mean pause between a bot's actions (default 100)")
        ->check(CLI::Range(0.0, 60000.0));
    app.add_option("--timeout", sh.timeout,
                   "seconds a bot may go without progress before it fails (default 60)")
        ->check(CLI::Range(1.0, 3600.0));
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content with the challenge's full cases (default: the one found at run time, "
                   "below)");
    app.add_option("--received-log", receivedLog,
                   "write every message the bots received to this file");
    app.add_option("--first", firstIndex, "index of the first simulated student (default 0)")
        ->check(CLI::Range(0, 1000000));
    app.set_version_flag("--version", std::string("rootcause-classbots ") + rc::kVersion);
    app.footer("Content found: " + found.describe());
    rc::addManFlag(app, 1, rc::kVersion, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 1;
    }
    if (!rc::net::splitEndpoint(connect, sh.address, sh.port)) {
        std::cerr << "rootcause-classbots: --connect wants ADDR:PORT, not '" << connect << "'\n";
        return 1;
    }
    if (!receivedLog.empty()) {
        sh.received.open(receivedLog, std::ios::binary | std::ios::trunc);
        if (!sh.received) {
            std::cerr << "rootcause-classbots: cannot write " << receivedLog << "\n";
            return 1;
        }
    }

    // The challenge, as the host describes it to a join screen.
    ClassClient probe;
    probe.onReceived = [&](const Message& m) {
        if (sh.received.is_open()) sh.received << describe(m);
    };
    std::string error;
    Message info;
    Message ask("info");
    ask.set("version", rc::net::kProtocolVersion).set("code", sh.code);
    if (!probe.connect(sh.address, sh.port, 10, error) || !probe.send(ask, error) ||
        !probe.receive(info, 20, error) || info.type != "info") {
        std::cerr << "rootcause-classbots: cannot ask the host about its challenge: "
                  << (error.empty() ? info.value("reason") : error) << "\n";
        return 2;
    }
    probe.close();
    rc::XmlFile chFile;
    rc::Diagnostics diags;
    std::optional<rc::Challenge> ch;
    if (chFile.parse("host-challenge.xml", info.body, diags))
        ch = rc::loadChallengeXml(chFile, diags);
    if (!ch) {
        std::cerr << diags.str() << "rootcause-classbots: the host's challenge cannot be read\n";
        return 2;
    }
    if (contentDir.empty()) contentDir = found.dir;
    rc::Diagnostics contentDiags;
    rc::Content content = rc::loadContent(contentDir, contentDiags);

    // The class: the same students rootcause-genresults makes for this seed.
    rc::board::GenOptions go;
    go.students = firstIndex + students;
    go.seed = seed;
    std::vector<rc::ResultsFile> sims = rc::board::simulateStudents(*ch, content, go);
    std::vector<Plan> plans;
    for (int i = firstIndex; i < firstIndex + students; ++i) {
        const rc::ResultsFile& r = sims[static_cast<std::size_t>(i)];
        Plan p{r.studentId, r.player, r.email, {}, {}};
        if (r.attempts.front().cases.size() != ch->cases.size()) {
            std::cerr << "rootcause-classbots: " << contentDir << " lacks cases of challenge '"
                      << ch->id << "' (give --content DIR)\n";
            return 1;
        }
        for (const auto& cr : r.attempts.front().cases) {
            std::vector<std::string> lines;
            for (const auto& a : cr.log.actions)
                lines.push_back(a.str());
            p.cases.push_back(std::move(lines));
            p.reachesEnd.push_back(cr.finished);
        }
        plans.push_back(std::move(p));
    }

    std::vector<std::thread> threads;
    std::mutex errMu;
    for (std::size_t i = 0; i < plans.size(); ++i)
        threads.emplace_back([&, i] {
            Bot bot(sh, plans[i], seed * 7919 + i);
            std::string why;
            if (bot.run(why)) {
                ++sh.finished;
            } else {
                ++sh.failed;
                std::lock_guard<std::mutex> lock(errMu);
                std::cerr << "bot " << plans[i].id << " failed: " << why << "\n";
            }
        });
    for (auto& t : threads)
        t.join();
    std::printf("bots: %d finished, %d failed, action round trip p50 %.1f ms p99 %.1f ms\n",
                sh.finished.load(), sh.failed.load(), percentile(sh.rtts, 0.50),
                percentile(sh.rtts, 0.99));
    return sh.failed.load() == 0 ? 0 : 2;
}
