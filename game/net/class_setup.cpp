#include "game/net/class_setup.hpp"

#include "game/net/discovery.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <random>

namespace rc::net {

bool validJoinCode(const std::string& code) {
    if (code.size() < 4 || code.size() > 12) return false;
    return std::all_of(code.begin(), code.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

namespace {

bool serverOptions(const Challenge& ch, const ClassOptions& o, ServerOptions& so,
                   std::string& error) {
    if (!splitEndpoint(o.listen, so.address, so.port)) {
        error =
            "the address to listen on is ADDR:PORT (such as 0.0.0.0:7420), not '" + o.listen + "'";
        return false;
    }
    so.perAddress = o.perAddress;
    so.rate = o.maxRate;
    so.burst = std::max(60.0, o.maxRate * 3);
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
    return true;
}

} // namespace

bool openClass(const Challenge& ch, const Content& content, const ClassOptions& o, OpenedClass& out,
               std::string& error) {
    if (!o.code.empty() && !validJoinCode(o.code)) {
        error = "a join code is 4 to 12 letters or digits";
        return false;
    }
    if (!serverOptions(ch, o, out.server, error)) return false;
    for (const ChallengeCase& c : ch.cases)
        if (!content.findCase(c.ref)) { // before anything is written for a class that cannot run
            error = "the content lacks case '" + c.ref + "' of the challenge";
            out.missingCase = c.ref;
            return false;
        }
    out.resultsDir = o.dataDir + "/results";
    std::error_code ec;
    std::filesystem::create_directories(out.resultsDir, ec);
    if (ec) {
        error = "cannot create " + out.resultsDir + ": " + ec.message();
        return false;
    }
    out.journal = std::make_unique<Journal>();
    std::vector<Message> records;
    if (!out.journal->open(o.dataDir + "/journal.log", records, error)) return false;
    std::uint64_t salt = 0;
    if (records.empty()) {
        std::random_device rd;
        out.code = o.code.empty() ? std::to_string(100000 + rd() % 900000) : o.code;
        salt = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
        Message first = ClassHost::hostRecord(ch, out.code, salt);
        if (!out.journal->append(first, error) || !out.journal->sync(error)) return false;
        records.push_back(first);
    } else {
        const Message& first = records.front();
        if (first.type != "host") {
            error = out.journal->path() + " is not a class journal";
            return false;
        }
        out.code = first.value("code");
        if (!o.code.empty() && o.code != out.code) out.codeKept = out.code;
        salt = std::strtoull(first.value("salt").c_str(), nullptr, 16);
        out.resumed = true;
    }
    HostOptions ho;
    ho.code = out.code;
    ho.allowRetake = o.allowRetake;
    ho.roster = o.roster;
    ho.resultsDir = out.resultsDir;
    ho.salt = salt;
    out.host = std::make_unique<ClassHost>(ch, content, ho, out.journal.get());
    if (!out.host->restore(records, error)) {
        error = out.journal->path() + ": " + error;
        return false;
    }
    return out.host->sync(error) && out.host->writeAllResults(hostClockNow(), error);
}

} // namespace rc::net
