#include "tools/board_xapi_cli.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/file_read.hpp"
#include "tools/board_xapi.hpp"
#include "tools/lrs_client.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rc::board {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kListed = 10; // ids named per kind of refusal

/// `<stem>.xapi.json` beside the challenge.
fs::path configPath(const std::string& challengeFile) {
    fs::path p(challengeFile);
    return p.parent_path() / (p.stem().string() + ".xapi.json");
}

/// Reads the xAPI file beside the challenge into `iris` (keys it lacks are left alone).
/// A missing file is fine; a file that exists but cannot be used is an error, never ignored:
/// the instructor meant it to say where the statements belong.
bool readConfig(const fs::path& path, XapiIris& iris, std::ostream& err) {
    const std::string where = path.string() + ": error: ";
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return true;
    std::string text;
    rc::FileError why;
    if (!rc::readFile(path.string(), rc::FileKind::Config, text, why)) {
        err << where << "the xAPI file " << why.message
            << (why.kind == rc::FileError::TooLarge ? "; it holds two IRIs" : "") << "\n";
        return false;
    }
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        err << where << "the xAPI file is not valid JSON (" << e.what() << ")\n";
        return false;
    }
    if (!j.is_object()) {
        err << where
            << "the xAPI file must hold a JSON object {\"base\": IRI, \"homepage\": IRI}\n";
        return false;
    }
    for (const auto& [key, value] : j.items()) {
        std::string* into = key == "base"       ? &iris.base
                            : key == "homepage" ? &iris.homepage
                                                : nullptr;
        if (!into) {
            err << where << "unknown key '" << key
                << "' in the xAPI file (it may hold \"base\" and \"homepage\")\n";
            return false;
        }
        std::string why;
        if (!value.is_string()) {
            err << where << "\"" << key << "\" in the xAPI file must be a string (an IRI)\n";
            return false;
        }
        if (!isHttpIri(value.get<std::string>(), why)) {
            err << where << "\"" << key << "\" in the xAPI file is not usable: " << why << "\n";
            return false;
        }
        *into = value.get<std::string>();
    }
    return true;
}

bool checkIri(const std::string& value, const char* option, std::ostream& err) {
    std::string why;
    if (isHttpIri(value, why)) return true;
    err << "rootcause-board: error: " << option << " '" << value << "' is not usable: " << why
        << "\n";
    return false;
}

bool isLoopback(const std::string& url) {
    std::string origin = urlOrigin(url);
    std::string host = origin.substr(origin.find("://") + 3);
    if (host.rfind('[', 0) == 0) return host.rfind("[::1]", 0) == 0;
    host = host.substr(0, host.find(':'));
    return host == "localhost" || host.rfind("127.", 0) == 0;
}

void listIds(std::ostream& err, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size() && i < kListed; ++i)
        err << "  " << ids[i] << "\n";
    if (ids.size() > kListed) err << "  ... and " << ids.size() - kListed << " more\n";
}

bool postToLrs(const nlohmann::ordered_json& statements, const XapiOptions& o, std::ostream& out,
               std::ostream& err) {
    if (!isLoopback(o.lrs) && o.lrs.rfind("http://", 0) == 0)
        err << "rootcause-board: warning: --lrs " << o.lrs
            << " is plain http: the key, the secret and every student's result cross the network "
               "unencrypted; use https\n";
    LrsOptions lo;
    lo.endpoint = o.lrs;
    lo.key = o.lrsKey;
    lo.secret = o.lrsSecret;
    lo.batchSize = o.lrsBatch;
    lo.tries = o.lrsTries;
    lo.backoffSeconds = o.lrsBackoffSeconds;
    lo.timeoutSeconds = o.lrsTimeoutSeconds;
    LrsClient client(lo);
    const auto t0 = std::chrono::steady_clock::now();
    LrsReport r = client.postStatements(statements);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f s", secs);
    out << "LRS " << o.lrs << ": accepted " << r.accepted.size() << " of " << r.sent
        << " statements (" << r.requests << " requests, " << r.retries << " retries, " << took
        << ")\n";
    if (!r.conflicts.empty()) {
        err << "rootcause-board: error: the LRS holds other statements under " << r.conflicts.size()
            << " of these ids (409 Conflict); they were not stored:\n";
        listIds(err, r.conflicts);
    }
    if (!r.rejected.empty()) {
        err << "rootcause-board: error: the LRS refused " << r.rejected.size() << " statements:\n";
        listIds(err, r.rejected);
    }
    if (!r.fatal.empty())
        err << "rootcause-board: error: LRS " << o.lrs << ": " << r.fatal << "; " << r.notSent
            << " statements not sent\n";
    return r.ok();
}

} // namespace

void addXapiOptions(CLI::App& app, XapiOptions& o) {
    const CLI::Validator iri(
        [](std::string& s) {
            std::string why;
            return isHttpIri(s, why) ? std::string() : "'" + s + "' is not usable: " + why;
        },
        "IRI");
    app.add_option("--xapi", o.file, "write xAPI statements (JSON array) to FILE");
    app.add_option("--xapi-base", o.base,
                   "your institution's base IRI for the challenge, cases and extensions (default: "
                   "\"base\" in <challenge>.xapi.json beside the challenge, else a placeholder)")
        ->check(iri);
    app.add_option("--xapi-homepage", o.homepage,
                   "homePage of the system that issued the student ids, for students without an "
                   "e-mail (default: \"homepage\" in <challenge>.xapi.json, else a placeholder)")
        ->check(iri);
    app.add_option("--lrs", o.lrs, "post the statements to this LRS xAPI endpoint (http/https)")
        ->check(iri);
    app.add_option("--lrs-key", o.lrsKey, "the LRS client's key (basic auth user)")
        ->envname("ROOTCAUSE_LRS_KEY");
    app.add_option("--lrs-secret", o.lrsSecret,
                   "the LRS client's secret (basic auth password); prefer ROOTCAUSE_LRS_SECRET, "
                   "which other users cannot see in the process list")
        ->envname("ROOTCAUSE_LRS_SECRET");
}

int runXapi(const Board& b, const XapiOptions& o, const std::string& challengeFile,
            std::ostream& out, std::ostream& err) {
    if (o.file.empty() && o.lrs.empty()) {
        if (!o.base.empty() || !o.homepage.empty() || !o.lrsKey.empty() || !o.lrsSecret.empty())
            err << "rootcause-board: warning: the xAPI options do nothing without --xapi FILE or "
                   "--lrs URL\n";
        return 0;
    }
    if (!o.lrs.empty() && (o.lrsKey.empty() || o.lrsSecret.empty())) {
        err << "rootcause-board: error: --lrs needs --lrs-key and --lrs-secret (the LRS client's "
               "credentials)\n";
        return 1;
    }
    if (!o.lrs.empty() && !checkIri(o.lrs, "--lrs", err)) return 1;

    const fs::path config = configPath(challengeFile);
    XapiIris iris;
    if (!readConfig(config, iris, err)) return 1;
    if (!o.base.empty()) iris.base = o.base;
    if (!o.homepage.empty()) iris.homepage = o.homepage;
    if (!checkIri(iris.base, "--xapi-base", err) ||
        !checkIri(iris.homepage, "--xapi-homepage", err))
        return 1;
    while (iris.base.size() > 8 && iris.base.back() == '/')
        iris.base.pop_back();

    // A placeholder is filed by an LRS like any IRI, so statements sent with it land under a
    // domain the institution does not own, mixed with every other class that forgot: say so.
    if (iris.base == kPlaceholderBase)
        err << "rootcause-board: warning: no xAPI base IRI set: the statements name the "
               "placeholder "
            << kPlaceholderBase << ", and an LRS will file them under that placeholder domain. Set "
            << "your institution's with --xapi-base IRI or \"base\" in " << config.string() << "\n";
    bool anyAccount = false;
    for (const auto& s : b.students)
        anyAccount = anyAccount || !looksLikeEmail(s.email);
    if (anyAccount && iris.homepage == kPlaceholderHomepage)
        err << "rootcause-board: warning: no xAPI homepage set: students without an e-mail are "
            << "identified by an account on the placeholder " << kPlaceholderHomepage
            << ". Set the system that issued the student ids with --xapi-homepage URL or "
            << "\"homepage\" in " << config.string() << "\n";

    const nlohmann::ordered_json statements = xapiStatementArray(b, iris);
    bool ok = true;
    if (!o.file.empty()) {
        std::string why;
        const std::string text =
            statements.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
        if (rc::writeFileAtomically(o.file, text, why)) {
            out << "Wrote xAPI statements: " << o.file << " (" << statements.size()
                << " statements)\n";
        } else {
            err << o.file << ": error: cannot write the xAPI statements: " << why << "\n";
            ok = false;
        }
    }
    if (!o.lrs.empty()) ok = postToLrs(statements, o, out, err) && ok;
    return ok ? 0 : 1;
}

} // namespace rc::board
