// Hosting from the game reads the class list once, when it is chosen: the members travel in the
// options, and the host opened from them lets in the students read then, whatever becomes of the
// file. No display.
#include "game/engine/content.hpp"
#include "game/net/class_setup.hpp"
#include "game/ui/scenes/host_options.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using rc::ui::HostClassOptions;

namespace {

fs::path scratch(const std::string& name) {
    const fs::path p =
        fs::temp_directory_path() / ("rc-host-options-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

void writeList(const fs::path& file, const std::string& rows) {
    std::ofstream(file) << "\"First name\",\"Last name\",\"ID number\",\"Email address\"\n" << rows;
}

rc::net::Message hello(const std::string& id) {
    rc::net::Message m("hello");
    m.set("version", 1).set("code", "246810").set("student", id).set("name", "Typed " + id);
    return m;
}

bool welcomed(const std::vector<rc::net::Outgoing>& out) {
    for (const auto& o : out)
        if (o.msg.type == "welcome") return true;
    return false;
}

} // namespace

TEST_CASE("host options: the class list is read once and its members, not the file, decide who "
          "joins") {
    const fs::path dir = scratch("roster");
    const fs::path list = dir / "class.csv";
    writeList(list, "\"Ada\",\"Lovelace\",\"S2400011\",\"ada@example.org\"\n"
                    "\"Siân\",\"Evans\",\"S2400012\",\"sian@example.org\"\n");
    HostClassOptions o;
    o.roster = list.string();
    o.dataDir = (dir / "class").string();
    o.listen = "127.0.0.1:0";
    o.code = "246810";
    std::string error;
    REQUIRE(rc::ui::readClassList(o.roster, o.members, error));
    REQUIRE(o.members.size() == 2u);
    CHECK(o.members[1].name == "Siân Evans");

    // After setup the file names someone else, then goes: the options keep the list as read.
    writeList(list, "\"Eve\",\"Intruder\",\"S2400099\",\"eve@example.org\"\n");
    fs::remove(list);
    rc::net::HostedClassOptions ho;
    REQUIRE(rc::ui::hostedClassOptions(o, ho, error));
    REQUIRE(ho.roster.size() == 2u);
    CHECK(ho.roster[0].id == "S2400011");
    CHECK(ho.roster[1].id == "S2400012");
    CHECK(ho.roster[1].email == "sian@example.org");
    CHECK(ho.dataDir == o.dataDir);
    CHECK(ho.code == "246810");

    // The class opened from them, as the game opens it: the first list's students join, the
    // student the changed file named is refused.
    rc::Diagnostics diags;
    const rc::Content content = rc::loadContent(ROOTCAUSE_TEST_CONTENT, diags);
    REQUIRE_FALSE(content.challenges.empty());
    const rc::Challenge& ch = content.challenges.front();
    rc::net::OpenedClass opened;
    REQUIRE_MESSAGE(rc::net::openClass(ch, content, ho, opened, error), error);
    const double t = 1780000000.0;
    CHECK(welcomed(opened.host->onMessage(1, "a", hello("S2400012"), t)));
    const auto eve = opened.host->onMessage(2, "b", hello("S2400099"), t);
    CHECK_FALSE(welcomed(eve));
    REQUIRE_FALSE(eve.empty());
    CHECK(eve.front().msg.type == "refused");
    CHECK(eve.front().msg.value("reason").find("not on this class's list") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("host options: a class list named but never read is refused, not hosted open to "
          "anyone") {
    HostClassOptions o;
    o.roster = "/nowhere/class.csv"; // the members were not read
    rc::net::HostedClassOptions ho;
    std::string error;
    CHECK_FALSE(rc::ui::hostedClassOptions(o, ho, error));
    CHECK(error == "The class list /nowhere/class.csv was not read.");
    // And with no class list, anyone with the code may join.
    o.roster.clear();
    CHECK(rc::ui::hostedClassOptions(o, ho, error));
    CHECK(ho.roster.empty());
    // A list that cannot be read says why and leaves no members.
    o.members = {{"S1", "One", ""}};
    CHECK_FALSE(rc::ui::readClassList("/nowhere/class.csv", o.members, error));
    CHECK(o.members.empty());
    CHECK(error.rfind("The class list cannot be used: ", 0) == 0);
}
