// Finding hosts: the beacon's format, what is not a beacon, and a host heard over loopback.
#include "game/net/discovery.hpp"
#include "tests/tools/board_testutil.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <thread>

using namespace boardtest;

TEST_CASE("discovery: a beacon names the host, its port and challenge, never the join code") {
    rc::net::HostBeacon b{"Room 2.14", "", "Spine or knee?", "exam", 7420, 6};
    std::string d = rc::net::encodeBeacon(b);
    CHECK(d.find("code") == std::string::npos);
    auto back = rc::net::parseBeacon(d, "192.0.2.7");
    REQUIRE(back);
    CHECK(back->name == "Room 2.14");
    CHECK(back->address == "192.0.2.7");
    CHECK(back->port == 7420);
    CHECK(back->cases == 6);
    CHECK(back->mode == "exam");
}

TEST_CASE(
    "discovery: garbage, another version, a bad port and an oversized datagram are not beacons") {
    CHECK_FALSE(rc::net::parseBeacon("hello world", "x"));
    CHECK_FALSE(rc::net::parseBeacon(std::string(5000, 'b'), "x"));
    rc::net::HostBeacon b{"Room", "", "T", "exam", 7420, 1};
    std::string d = rc::net::encodeBeacon(b);
    std::string v2 = d;
    v2.replace(v2.find("version=1"), 9, "version=2");
    CHECK_FALSE(rc::net::parseBeacon(v2, "x"));
    b.port = 0;
    CHECK_FALSE(rc::net::parseBeacon(rc::net::encodeBeacon(b), "x"));
    CHECK_FALSE(rc::net::parseBeacon(d + "next 0\n", "x")); // one frame a datagram
}

TEST_CASE("discovery: a join screen hears a host announcing on loopback") {
    rc::net::DiscoveryListener ear;
    std::string error;
    REQUIRE(ear.start(0, error, "127.0.0.1"));
    REQUIRE(ear.port() != 0);
    const std::string dir = tempDir("discovery");
    RunResult r = run(kTools + "/rootcause-host --challenge " +
                      quote(kContent + "/challenges/spine-or-knee.xml") + " --data " +
                      quote(dir + "/data") + " --listen 127.0.0.1:0 --name " + quote("Room 2.14") +
                      " --announce 127.0.0.1:" + std::to_string(ear.port()) + " > " +
                      quote(dir + "/host.out") + " 2>&1 & echo $!");
    const int pid = std::stoi(r.output);
    std::vector<rc::net::HostBeacon> heard;
    for (int i = 0; i < 100 && heard.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        heard = ear.poll();
    }
    run("kill -TERM " + std::to_string(pid));
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].name == "Room 2.14");
    CHECK(heard[0].title == "Spine or knee?");
    CHECK(heard[0].address == "127.0.0.1");
    const std::string listening = slurp(dir + "/host.out");
    CHECK(listening.find("127.0.0.1:" + std::to_string(heard[0].port)) != std::string::npos);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    fs::remove_all(dir);
}
