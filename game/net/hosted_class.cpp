#include "game/net/hosted_class.hpp"

#include <asio.hpp>

namespace rc::net {

namespace {

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
    if (!openClass(ch, content, o, class_, error)) return false;
    ServerOptions so = class_.server;
    so.handleSignals = false;
    server_ = std::make_unique<HostServer>(*class_.host, so, [this](const std::string& line) {
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
    snap_.rows = class_.host->board();
    snap_.ended = class_.host->ended();
    thread_ = std::thread([this] {
        server_->run([this] {
            std::vector<BoardRow> rows = class_.host->board();
            const bool ended = class_.host->ended();
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
        std::vector<BoardRow> rows = class_.host->board();
        std::lock_guard<std::mutex> lock(mu_);
        snap_.rows = std::move(rows);
        snap_.ended = class_.host->ended();
    });
}

void HostedClass::stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
    std::string error;
    if (!class_.host->writeAllResults(hostClockNow(), error)) {
        std::lock_guard<std::mutex> lock(mu_);
        snap_.error = error;
    }
}

} // namespace rc::net
