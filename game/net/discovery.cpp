#include "game/net/discovery.hpp"

#include <algorithm>
#include <asio.hpp>
#include <chrono>

namespace rc::net {

using asio::ip::udp;

std::string encodeBeacon(const HostBeacon& b) {
    Message m("beacon");
    m.set("version", kProtocolVersion)
        .set("name", b.name)
        .set("port", static_cast<long long>(b.port))
        .set("title", b.title)
        .set("mode", b.mode)
        .set("cases", b.cases);
    std::string frame, error;
    if (!encode(m, frame, error) || frame.size() > kMaxBeaconBytes) return {};
    return frame;
}

std::optional<HostBeacon> parseBeacon(const std::string& datagram, const std::string& from) {
    if (datagram.size() > kMaxBeaconBytes) return std::nullopt;
    Decoder d(kMaxBeaconBytes);
    d.feed(datagram.data(), datagram.size());
    Message m;
    std::string error;
    if (d.next(m, error) != Decoder::Status::Ready || m.type != "beacon" || d.buffered() != 0)
        return std::nullopt;
    if (m.value("version") != std::to_string(kProtocolVersion)) return std::nullopt;
    HostBeacon b;
    b.name = m.value("name");
    b.title = m.value("title");
    b.mode = m.value("mode");
    b.address = from;
    try {
        unsigned long port = std::stoul(m.value("port", "0"));
        int cases = std::stoi(m.value("cases", "0"));
        if (port == 0 || port > 65535 || cases < 0 || cases > 1000) return std::nullopt;
        b.port = static_cast<unsigned short>(port);
        b.cases = cases;
    } catch (...) {
        return std::nullopt;
    }
    if (b.name.empty() || b.name.size() > 100 || b.title.size() > 200) return std::nullopt;
    return b;
}

struct DiscoveryListener::Impl {
    asio::io_context io;
    udp::socket sock{io};
    struct Seen {
        HostBeacon beacon;
        std::chrono::steady_clock::time_point at;
    };
    std::map<std::string, Seen> hosts; ///< by address:port
};

DiscoveryListener::DiscoveryListener() : impl_(std::make_unique<Impl>()) {}
DiscoveryListener::~DiscoveryListener() = default;

bool DiscoveryListener::start(unsigned short port, std::string& error, const std::string& address) {
    asio::error_code ec;
    asio::ip::address addr = asio::ip::make_address(address, ec);
    if (!ec) impl_->sock.open(udp::v4(), ec);
    if (!ec) impl_->sock.set_option(udp::socket::reuse_address(true), ec);
    if (!ec) impl_->sock.bind(udp::endpoint(addr, port), ec);
    if (!ec) impl_->sock.non_blocking(true, ec);
    if (ec) {
        error = "cannot listen for hosts on UDP port " + std::to_string(port) + ": " + ec.message();
        return false;
    }
    return true;
}

unsigned short DiscoveryListener::port() const {
    asio::error_code ec;
    auto ep = impl_->sock.local_endpoint(ec);
    return ec ? 0 : ep.port();
}

std::vector<HostBeacon> DiscoveryListener::poll() {
    auto now = std::chrono::steady_clock::now();
    if (impl_->sock.is_open()) {
        std::array<char, kMaxBeaconBytes + 1> buf{};
        for (int i = 0; i < 256; ++i) { // bounded: a flood of datagrams cannot stall a frame
            udp::endpoint from;
            asio::error_code ec;
            std::size_t n = impl_->sock.receive_from(asio::buffer(buf), from, 0, ec);
            if (ec) break;
            auto b = parseBeacon(std::string(buf.data(), n), from.address().to_string());
            if (!b) continue;
            impl_->hosts[b->address + ":" + std::to_string(b->port)] = {*b, now};
        }
    }
    std::vector<HostBeacon> out;
    for (auto it = impl_->hosts.begin(); it != impl_->hosts.end();) {
        if (now - it->second.at > std::chrono::seconds(6)) {
            it = impl_->hosts.erase(it);
            continue;
        }
        out.push_back(it->second.beacon);
        ++it;
    }
    std::sort(out.begin(), out.end(),
              [](const HostBeacon& a, const HostBeacon& b) { return a.name < b.name; });
    return out;
}

} // namespace rc::net
