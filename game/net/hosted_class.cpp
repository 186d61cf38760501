#include "game/net/hosted_class.hpp"

#include <asio.hpp>
#include <chrono>
#include <filesystem>
#include <random>

namespace rc::net {

namespace {

double wallNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr std::size_t kLogLines = 12;

} // namespace

std::string lanAddress() {
    asio::io_context io;
    asio::ip::udp::socket s(io);
    asio::error_code ec;
    s.open(asio::ip::udp::v4(), ec);
    // TEST-NET-1 (RFC 5737): never routed anywhere; connect() on UDP only picks the interface.
    if (!ec) s.connect({asio::ip::make_address("192.0.2.1", ec), 9}, ec);
    if (ec) return {};
    auto ep = s.local_endpoint(ec);
    if (ec || ep.address().is_unspecified()) return {};
    return ep.address().to_string();
}

HostedClass::~HostedClass() {
    stop();
}

bool HostedClass::start(const Challenge& ch, const Content& content, const HostedClassOptions& o,
                        std::string& error) {
    ServerOptions so;
    so.handleSignals = false;
    if (!splitEndpoint(o.listen, so.address, so.port)) {
        error = "the address to listen on is ADDR:PORT, not '" + o.listen + "'";
        return false;
    }
    if (o.announce == "auto") {
        // Tests and single-machine tries listen on loopback: nothing goes to the network then.
        const bool loopback = so.address.rfind("127.", 0) == 0 || so.address == "::1";
        so.announce = loopback ? "" : "255.255.255.255:" + std::to_string(kDiscoveryPort);
    } else if (o.announce != "off") {
        so.announce = o.announce;
    }
    so.beacon.name = o.name.empty() ? ch.title : o.name;
    so.beacon.title = ch.title;
    so.beacon.mode = ch.mode;
    so.beacon.cases = static_cast<int>(ch.cases.size());
    dataDir_ = o.dataDir;
    std::error_code ec;
    std::filesystem::create_directories(resultsDir(), ec);
    if (ec) {
        error = "cannot create " + resultsDir() + ": " + ec.message();
        return false;
    }
    journal_ = std::make_unique<Journal>();
    std::vector<Message> records;
    if (!journal_->open(dataDir_ + "/journal.log", records, error)) return false;
    std::uint64_t salt = 0;
    if (records.empty()) {
        std::random_device rd;
        code_ = o.code.empty() ? std::to_string(100000 + rd() % 900000) : o.code;
        salt = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
        Message first = ClassHost::hostRecord(ch, code_, salt);
        if (!journal_->append(first, error) || !journal_->sync(error)) return false;
        records.push_back(first);
    } else {
        if (records.front().type != "host") {
            error = journal_->path() + " is not a class journal";
            return false;
        }
        code_ = records.front().value("code");
        salt = std::strtoull(records.front().value("salt").c_str(), nullptr, 16);
        resumed_ = true;
    }
    HostOptions ho;
    ho.code = code_;
    ho.allowRetake = o.allowRetake;
    ho.resultsDir = resultsDir();
    ho.salt = salt;
    host_ = std::make_unique<ClassHost>(ch, content, ho, journal_.get());
    if (auto missing = host_->missingCases(); !missing.empty()) {
        error = "the content lacks case '" + missing.front() + "' of the challenge";
        return false;
    }
    if (!host_->restore(records, error)) {
        error = journal_->path() + ": " + error;
        return false;
    }
    if (!host_->sync(error) || !host_->writeAllResults(wallNow(), error)) return false;
    server_ = std::make_unique<HostServer>(*host_, so, [this](const std::string& line) {
        std::lock_guard<std::mutex> lock(mu_);
        snap_.log.push_back(line);
        if (snap_.log.size() > kLogLines) snap_.log.erase(snap_.log.begin());
    });
    if (!server_->listen(error)) return false;
    const std::string ep = server_->endpoint();
    joinAddress_ = ep;
    if (so.address == "0.0.0.0" || so.address == "::") {
        const std::string lan = lanAddress();
        joinAddress_ = (lan.empty() ? "127.0.0.1" : lan) + ep.substr(ep.rfind(':'));
    }
    snap_.rows = host_->board();
    snap_.ended = host_->ended();
    thread_ = std::thread([this] {
        server_->run([this] {
            std::vector<BoardRow> rows = host_->board();
            const bool ended = host_->ended();
            std::lock_guard<std::mutex> lock(mu_);
            snap_.rows = std::move(rows);
            snap_.ended = ended;
        });
    });
    return true;
}

ClassSnapshot HostedClass::snapshot() const {
    std::lock_guard<std::mutex> lock(mu_);
    return snap_;
}

void HostedClass::endChallenge() {
    if (!server_ || !thread_.joinable()) return;
    server_->endChallenge();
    // The board shows the end at once, not at the next tick.
    server_->post([this] {
        std::vector<BoardRow> rows = host_->board();
        std::lock_guard<std::mutex> lock(mu_);
        snap_.rows = std::move(rows);
        snap_.ended = host_->ended();
    });
}

void HostedClass::stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
    std::string error;
    if (!host_->writeAllResults(wallNow(), error)) {
        std::lock_guard<std::mutex> lock(mu_);
        snap_.error = error;
    }
}

} // namespace rc::net
