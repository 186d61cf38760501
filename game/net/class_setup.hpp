#pragma once
// Opening a live class, once for both hosts (rootcause-host and the game's Host a class): the
// journal in the data folder (a new class: a host record with the join code and salt; an old
// one: resumed with its own code), the ClassHost restored from it, its results files written,
// and the server's options (address, announce, beacon). No SFML, no sockets opened here.
#include "game/net/class_host.hpp"
#include "game/net/host_server.hpp"
#include "game/net/journal.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rc::net {

struct ClassOptions {
    std::string dataDir;              ///< the journal and results/ (a restart resumes the class)
    std::string listen = "0.0.0.0:0"; ///< ADDR:PORT (0: any free port)
    std::string code;                 ///< the join code ("" : a random 6 digits)
    bool allowRetake = false;         ///< a student who finished may start again
    std::vector<ClassMember> roster;  ///< empty: anyone with the code may join
    /// Where join screens hear of the class: "auto" broadcasts on kDiscoveryPort unless
    /// listening on loopback; "" or "off": none; else "ADDR:PORT".
    std::string announce = "auto";
    std::string name;    ///< what join screens list the class as ("" : the challenge's title)
    int perAddress = 8;  ///< open connections one address may hold
    double maxRate = 20; ///< messages a second one student may send (burst: 3x, at least 60)
};

/// A class opened from its data folder, ready to serve.
struct OpenedClass {
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ClassHost> host;
    ServerOptions server;   ///< handleSignals is left true: the game turns it off
    std::string code;       ///< the join code (a resumed class keeps its own)
    bool resumed = false;   ///< the journal already held this class
    std::string codeKept;   ///< set when a given --code was ignored because the class resumed
    std::string resultsDir; ///< dataDir + "/results"
    std::string missingCase; ///< when openClass failed for a case the content lacks: its ref
};

/// A join code is 4 to 12 letters or digits.
bool validJoinCode(const std::string& code);

/// Opens (or resumes) the class of `challenge` in `o.dataDir`; `challenge` and `content` must
/// outlive the result. False with `error` (one sentence, naming the file where there is one).
bool openClass(const Challenge& challenge, const Content& content, const ClassOptions& o,
               OpenedClass& out, std::string& error);

} // namespace rc::net
