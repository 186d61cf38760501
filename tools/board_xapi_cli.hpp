#pragma once
// rootcause-board, part 8: the xAPI command-line options and what they do: write the statements
// to a file (--xapi) and/or post them to a Learning Record Store (--lrs).
//
// The institution's IRIs (--xapi-base, --xapi-homepage) default to what the challenge's xAPI
// file records: `<challenge stem>.xapi.json` beside the challenge XML (week5.xml ->
// week5.xapi.json), a JSON object {"base": IRI, "homepage": IRI}, either key optional. The
// command line wins over the file; without either the placeholder (board_xapi.hpp) is used with
// a warning. The file is read as untrusted input: a regular file of at most 64 KiB, valid JSON,
// no other keys, absolute http(s) IRIs only; anything else stops the run with the reason.
#include "game/grading/board_rescore.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace rc::board {

struct XapiOptions {
    std::string file;      ///< --xapi FILE: write the statements (a JSON array)
    std::string base;      ///< --xapi-base IRI ("": the xAPI file's, else the placeholder)
    std::string homepage;  ///< --xapi-homepage URL (likewise)
    std::string lrs;       ///< --lrs URL: the LRS's xAPI endpoint; "" posts nothing
    std::string lrsKey;    ///< --lrs-key (or ROOTCAUSE_LRS_KEY)
    std::string lrsSecret; ///< --lrs-secret (or ROOTCAUSE_LRS_SECRET, kept out of `ps`)
    // Not on the command line: how patient the LRS client is (the tests shorten the waits).
    std::size_t lrsBatch = 50;
    int lrsTries = 5;
    double lrsBackoffSeconds = 1;
    double lrsTimeoutSeconds = 60;
};

/// Adds --xapi, --xapi-base, --xapi-homepage, --lrs, --lrs-key and --lrs-secret to `app`.
void addXapiOptions(CLI::App& app, XapiOptions& o);

/// Writes the statements to o.file and/or posts them to o.lrs (nothing when neither is set).
/// Progress and what the LRS accepted go to `out`, warnings and errors to `err`. Returns 0 when
/// everything asked for was done, 1 otherwise.
int runXapi(const rc::board::Board& b, const XapiOptions& o, const std::string& challengeFile,
            std::ostream& out, std::ostream& err);

} // namespace rc::board
