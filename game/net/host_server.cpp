#include "game/net/host_server.hpp"

#include <asio.hpp>
#include <chrono>
#include <csignal>
#include <deque>
#include <map>

namespace rc::net {

namespace {

using asio::ip::tcp;

} // namespace

double hostClockNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

double steadyNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

bool splitEndpoint(const std::string& s, std::string& address, unsigned short& port) {
    std::size_t colon = s.rfind(':');
    if (colon == std::string::npos || colon + 1 >= s.size() || s.size() - colon - 1 > 5)
        return false;
    unsigned long p = 0;
    for (char c : s.substr(colon + 1)) {
        if (c < '0' || c > '9') return false;
        p = p * 10 + static_cast<unsigned long>(c - '0');
    }
    if (p > 65535) return false;
    address = s.substr(0, colon);
    if (address.size() >= 2 && address.front() == '[' && address.back() == ']')
        address = address.substr(1, address.size() - 2);
    if (address.empty()) return false;
    port = static_cast<unsigned short>(p);
    return true;
}

struct HostServer::Impl {
    struct Conn {
        explicit Conn(asio::io_context& io) : sock(io), helloTimer(io) {}
        tcp::socket sock;
        asio::steady_timer helloTimer;
        ConnId id = 0;
        std::string addr, peer;
        Decoder dec{kMaxClientPayload};
        std::array<char, 16384> buf{};
        std::deque<std::string> out;
        bool writing = false, closing = false, closed = false, welcomed = false, lingering = false;
        bool ending = false; ///< a reply that closes is on its way: read nothing more
        double tokens = 0, last = 0;
    };

    ClassHost& host;
    ServerOptions opt;
    std::function<void(const std::string&)> log;
    asio::io_context io;
    tcp::acceptor acceptor{io};
    asio::signal_set signals{io}; ///< SIGINT and SIGTERM, added by run() when asked
    asio::steady_timer ticker{io};
    asio::ip::udp::socket beaconSock{io};
    asio::ip::udp::endpoint beaconTo;
    asio::steady_timer beaconTimer{io};
    std::string beaconFrame;
    std::map<ConnId, std::shared_ptr<Conn>> conns;
    std::map<std::string, int> perAddress;
    ConnId nextId = 1;
    std::function<void()> onTick;
    bool stopping = false;
    std::vector<Outgoing> pending; ///< replies waiting for the journal's sync
    bool flushPosted = false;

    Impl(ClassHost& h, ServerOptions o, std::function<void(const std::string&)> l)
        : host(h), opt(std::move(o)), log(std::move(l)) {}

    void flushHostLog() {
        for (const auto& line : host.takeLog())
            log(line);
    }

    void accept() {
        auto c = std::make_shared<Conn>(io);
        acceptor.async_accept(c->sock, [this, c](const asio::error_code& ec) {
            if (ec) {
                if (ec != asio::error::operation_aborted && !stopping) accept();
                return;
            }
            asio::error_code e2;
            auto ep = c->sock.remote_endpoint(e2);
            c->addr = e2 ? "?" : ep.address().to_string();
            c->peer = e2 ? "?" : c->addr + ":" + std::to_string(ep.port());
            c->id = nextId++;
            c->tokens = opt.burst;
            c->last = steadyNow();
            c->sock.set_option(tcp::no_delay(true), e2);
            conns[c->id] = c;
            if (++perAddress[c->addr] > opt.perAddress) {
                log("refused " + c->peer + ": more than " + std::to_string(opt.perAddress) +
                    " connections from one address");
                Message m("refused");
                m.set("code", "busy").set("reason", "too many connections from your address");
                send(c, m, true);
            } else {
                c->helloTimer.expires_after(
                    std::chrono::milliseconds(static_cast<int>(opt.helloSeconds * 1000)));
                c->helloTimer.async_wait([this, c](const asio::error_code& te) {
                    if (te || c->welcomed || c->closed) return;
                    log("refused " + c->peer + ": no hello within " +
                        std::to_string(static_cast<int>(opt.helloSeconds)) + " s");
                    close(c);
                });
                read(c);
            }
            if (!stopping) accept();
        });
    }

    void read(const std::shared_ptr<Conn>& c) {
        c->sock.async_read_some(
            asio::buffer(c->buf), [this, c](const asio::error_code& ec, std::size_t n) {
                if (c->closed) return;
                if (ec) {
                    close(c);
                    return;
                }
                c->dec.feed(c->buf.data(), n);
                Message m;
                std::string error;
                for (;;) {
                    Decoder::Status st = c->dec.next(m, error);
                    if (st == Decoder::Status::NeedMore) break;
                    if (st == Decoder::Status::Bad) {
                        log("refused " + c->peer + ": malformed message: " + error);
                        Message r("refused");
                        r.set("code", "protocol").set("reason", "malformed message");
                        send(c, r, true);
                        return;
                    }
                    if (!allow(c)) return;
                    handle(c, m);
                    if (c->closing || c->closed) return;
                }
                read(c);
            });
    }

    /// The token bucket of one connection: a flood is refused and the connection closed.
    bool allow(const std::shared_ptr<Conn>& c) {
        double t = steadyNow();
        c->tokens = std::min(opt.burst, c->tokens + (t - c->last) * opt.rate);
        c->last = t;
        if (c->tokens >= 1) {
            c->tokens -= 1;
            return true;
        }
        log("refused " + c->peer + ": more than " + std::to_string(static_cast<int>(opt.rate)) +
            " messages a second (flood); connection closed");
        Message r("refused");
        r.set("code", "flood").set("reason", "too many messages");
        send(c, r, true);
        return false;
    }

    void handle(const std::shared_ptr<Conn>& c, const Message& m) {
        dispatch(host.onMessage(c->id, c->peer, m, hostClockNow()));
        flushHostLog();
    }

    /// Replies wait until the journal is on the disk; one sync serves every message handled in
    /// the same turn of the event loop (group commit).
    void dispatch(std::vector<Outgoing> out) {
        for (auto& o : out)
            pending.push_back(std::move(o));
        if (flushPosted) return;
        flushPosted = true;
        asio::post(io, [this] { flush(); });
    }

    void flush() {
        flushPosted = false;
        std::string error;
        if (!host.sync(error))
            log("journal: " + error + " (replies sent; a crash now could lose them)");
        std::vector<Outgoing> out;
        out.swap(pending);
        sendNow(out);
    }

    void sendNow(const std::vector<Outgoing>& out) {
        for (const auto& o : out) {
            auto it = conns.find(o.to);
            if (it == conns.end()) continue;
            if (o.msg.type == "welcome") it->second->welcomed = true;
            send(it->second, o.msg, o.close);
        }
    }

    void send(const std::shared_ptr<Conn>& c, const Message& m, bool thenClose) {
        if (c->closed || c->closing) return;
        std::string frame, error;
        if (!encode(m, frame, error)) {
            log("cannot send '" + m.type + "' to " + c->peer + ": " + error);
            return;
        }
        c->out.push_back(std::move(frame));
        if (thenClose) c->closing = true;
        write(c);
    }

    void write(const std::shared_ptr<Conn>& c) {
        if (c->writing || c->closed) return;
        if (c->out.empty()) {
            if (c->closing) linger(c);
            return;
        }
        c->writing = true;
        asio::async_write(c->sock, asio::buffer(c->out.front()),
                          [this, c](const asio::error_code& ec, std::size_t) {
                              c->writing = false;
                              if (ec) {
                                  close(c);
                                  return;
                              }
                              c->out.pop_front();
                              write(c);
                          });
    }

    /// A connection we refuse: its last message is sent, then our side is shut and whatever the
    /// peer still sends is read and dropped for up to two seconds before closing. Closing at
    /// once with unread bytes would reset the connection, and the peer would lose the message
    /// saying why.
    void linger(const std::shared_ptr<Conn>& c) {
        if (c->closed || c->lingering) return;
        c->lingering = true;
        asio::error_code ec;
        c->sock.shutdown(tcp::socket::shutdown_send, ec);
        c->helloTimer.expires_after(std::chrono::seconds(2));
        c->helloTimer.async_wait([this, c](const asio::error_code& te) {
            if (!te) close(c);
        });
        drain(c);
    }

    void drain(const std::shared_ptr<Conn>& c) {
        c->sock.async_read_some(asio::buffer(c->buf),
                                [this, c](const asio::error_code& ec, std::size_t) {
                                    if (c->closed) return;
                                    if (ec) {
                                        close(c);
                                        return;
                                    }
                                    drain(c);
                                });
    }

    void close(const std::shared_ptr<Conn>& c) {
        if (c->closed) return;
        c->closed = true;
        asio::error_code ec;
        c->helloTimer.cancel();
        c->sock.shutdown(tcp::socket::shutdown_both, ec);
        c->sock.close(ec);
        if (--perAddress[c->addr] <= 0) perAddress.erase(c->addr);
        conns.erase(c->id);
        host.onClose(c->id);
        flushHostLog();
    }

    void tick() {
        ticker.expires_after(std::chrono::milliseconds(250));
        ticker.async_wait([this](const asio::error_code& ec) {
            if (ec || stopping) return;
            dispatch(host.tick(hostClockNow()));
            flushHostLog();
            if (onTick) onTick();
            tick();
        });
    }

    void announce() {
        if (beaconFrame.empty() || stopping) return;
        asio::error_code ec;
        beaconSock.send_to(asio::buffer(beaconFrame), beaconTo, 0, ec); // a lost beacon is fine
        beaconTimer.expires_after(std::chrono::seconds(2));
        beaconTimer.async_wait([this](const asio::error_code& e) {
            if (!e) announce();
        });
    }

    /// Opens the beacon's socket; false with `error` when `opt.announce` is not usable.
    bool openBeacon(std::string& error) {
        if (opt.announce.empty()) return true;
        std::string address;
        unsigned short port = 0;
        asio::error_code ec;
        if (!splitEndpoint(opt.announce, address, port)) {
            error = "announce: '" + opt.announce + "' is not ADDR:PORT";
            return false;
        }
        asio::ip::address addr = asio::ip::make_address(address, ec);
        if (ec || !addr.is_v4()) {
            error = "announce: '" + address + "' is not an IPv4 address";
            return false;
        }
        beaconTo = asio::ip::udp::endpoint(addr, port);
        beaconSock.open(asio::ip::udp::v4(), ec);
        if (!ec) beaconSock.set_option(asio::socket_base::broadcast(true), ec);
        if (ec) {
            error = "announce: " + ec.message();
            return false;
        }
        opt.beacon.port = acceptor.local_endpoint(ec).port();
        beaconFrame = encodeBeacon(opt.beacon);
        return true;
    }

    void shutdown(const std::string& why, bool endChallenge) {
        if (stopping) return;
        log(why);
        if (endChallenge) dispatch(host.endChallenge(hostClockNow()));
        flush();
        flushHostLog();
        for (auto& [id, c] : std::map<ConnId, std::shared_ptr<Conn>>(conns)) {
            Message bye("bye");
            bye.set("reason", "the host has stopped");
            send(c, bye, true);
        }
        stopping = true;
        asio::error_code ec;
        acceptor.close(ec);
        signals.cancel(ec);
        ticker.cancel();
        beaconTimer.cancel();
        // Give the goodbyes a moment on the wire, then stop.
        auto t = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(300));
        t->async_wait([this, t](const asio::error_code&) { io.stop(); });
    }
};

HostServer::HostServer(ClassHost& host, ServerOptions options,
                       std::function<void(const std::string&)> log)
    : impl_(std::make_unique<Impl>(host, std::move(options), std::move(log))) {}

HostServer::~HostServer() = default;

bool HostServer::listen(std::string& error) {
    asio::error_code ec;
    asio::ip::address addr = asio::ip::make_address(impl_->opt.address, ec);
    if (ec) {
        error = "'" + impl_->opt.address + "' is not an IP address";
        return false;
    }
    tcp::endpoint ep(addr, impl_->opt.port);
    auto& a = impl_->acceptor;
    a.open(ep.protocol(), ec);
    if (!ec) a.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) a.bind(ep, ec);
    if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        error = "cannot listen on " + impl_->opt.address + ":" + std::to_string(impl_->opt.port) +
                ": " + ec.message();
        return false;
    }
    return impl_->openBeacon(error);
}

std::string HostServer::endpoint() const {
    asio::error_code ec;
    auto ep = impl_->acceptor.local_endpoint(ec);
    if (ec) return "?";
    std::string a = ep.address().to_string();
    if (ep.address().is_v6()) a = "[" + a + "]";
    return a + ":" + std::to_string(ep.port());
}

void HostServer::run(const std::function<void()>& onTick) {
    impl_->onTick = onTick;
    asio::error_code sec;
    if (impl_->opt.handleSignals) {
        impl_->signals.add(SIGINT, sec);
        impl_->signals.add(SIGTERM, sec);
    }
    if (impl_->opt.handleSignals)
        impl_->signals.async_wait([this](const asio::error_code& ec, int sig) {
            if (ec) return;
            // Ctrl-C at the instructor's terminal ends the challenge (students get their results);
            // SIGTERM (a service manager, a shutdown) only stops hosting: a restart resumes.
            if (sig == SIGINT)
                impl_->shutdown("interrupted: the challenge is ended and every student told", true);
            else
                impl_->shutdown(
                    "terminated: hosting stopped; start again with the same --data to resume",
                    false);
        });
    impl_->accept();
    impl_->tick();
    impl_->announce();
    impl_->io.run();
}

void HostServer::stop() {
    asio::post(impl_->io, [this] { impl_->shutdown("stopping", false); });
}

void HostServer::endChallenge() {
    asio::post(impl_->io, [this] {
        impl_->dispatch(impl_->host.endChallenge(hostClockNow()));
        impl_->flushHostLog();
    });
}

void HostServer::post(std::function<void()> f) {
    asio::post(impl_->io, std::move(f));
}

} // namespace rc::net
