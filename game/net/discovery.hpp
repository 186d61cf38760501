#pragma once
// Finding hosts on the room's network: a host announces itself with a small UDP datagram every
// two seconds (a "beacon": its name, port and challenge; never the join code, which is on the
// projector), and a student's join screen lists the beacons it hears. Typing an address stays
// possible: beacons do not cross routers, and some networks drop broadcasts.
#include "game/net/protocol.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rc::net {

/// The UDP port hosts announce on and join screens listen on.
inline constexpr unsigned short kDiscoveryPort = 7421;
/// A beacon is at most this long; anything longer is not one.
inline constexpr std::size_t kMaxBeaconBytes = 1024;

/// One host as its beacon describes it; `address` is where the beacon came from.
struct HostBeacon {
    std::string name, address, title, mode;
    unsigned short port = 0;
    int cases = 0;
};

/// The datagram of a beacon (a protocol frame of type "beacon").
std::string encodeBeacon(const HostBeacon& b);
/// Parses a datagram; nullopt for anything that is not a well-formed beacon.
std::optional<HostBeacon> parseBeacon(const std::string& datagram, const std::string& from);

/// A join screen's ear: collects beacons without blocking.
class DiscoveryListener {
  public:
    DiscoveryListener();
    ~DiscoveryListener();
    DiscoveryListener(const DiscoveryListener&) = delete;
    DiscoveryListener& operator=(const DiscoveryListener&) = delete;

    /// Listens on UDP `port` of `address` (every interface by default; shared with other games
    /// on the same machine). False with `error` when the port cannot be bound.
    bool start(unsigned short port, std::string& error, const std::string& address = "0.0.0.0");
    /// The UDP port listened on (useful after start(0)).
    unsigned short port() const;
    /// Reads what arrived and returns the hosts heard in the last six seconds, by name.
    std::vector<HostBeacon> poll();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace rc::net
