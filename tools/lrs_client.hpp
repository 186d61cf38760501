#pragma once
// rootcause-board, part 7: sending statements to a Learning Record Store (xAPI 1.0.3, "Statement
// Resource") over HTTP(S) with libcurl.
//
// POST <endpoint>/statements in batches, each with the X-Experience-API-Version header and
// HTTP basic auth (the LRS's key and secret). What is retried, with exponential backoff: a
// network failure, 408, 429 and 5xx. Retrying a POST is safe only because every statement
// carries an id derived from its content (board_xapi.hpp): the LRS stores an id once, and an
// identical copy is no conflict. A batch is all or nothing for an LRS, so a batch refused for one
// statement (400, 409) is re-sent statement by statement to keep the good ones and name the bad.
// 401/403 stop at once: no later batch would pass either.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace rc::board {

struct LrsOptions {
    std::string endpoint; ///< the LRS's xAPI endpoint, e.g. https://lrs.uni.ac.uk/data/xAPI
    std::string key, secret;
    std::size_t batchSize = 50; ///< statements per POST
    int tries = 5;              ///< attempts per request, the first included
    double backoffSeconds = 1;  ///< wait before the first retry; doubles each time (max 30 s)
    double timeoutSeconds = 60; ///< one whole request
};

/// One HTTP exchange.
struct HttpResponse {
    long status = 0;        ///< 0 when no answer came (`error` says why)
    std::string body;       ///< at most 32 MiB are kept
    std::string error;      ///< libcurl's message when the transfer failed
    double retryAfter = -1; ///< seconds from a Retry-After header, -1 without one
    bool retryable = false; ///< a failure that may pass if tried again (busy LRS, no answer)
};

/// What the LRS made of the statements.
struct LrsReport {
    std::size_t sent = 0;               ///< statements offered
    std::vector<std::string> accepted;  ///< ids the LRS answered with (stored, or already there)
    std::vector<std::string> conflicts; ///< ids the LRS holds with other content (409)
    std::vector<std::string> rejected;  ///< "id: status message" of statements refused otherwise
    std::size_t notSent = 0;            ///< left unsent after a fatal failure
    int requests = 0, retries = 0;
    std::string fatal; ///< why sending stopped early ("" when it did not)
    bool ok() const {
        return fatal.empty() && conflicts.empty() && rejected.empty() && notSent == 0;
    }
};

/// A client for one LRS. Holds libcurl's global state for its lifetime (libcurl counts the
/// users of curl_global_init, so clients may overlap).
class LrsClient {
  public:
    explicit LrsClient(LrsOptions o);
    ~LrsClient();
    LrsClient(const LrsClient&) = delete;
    LrsClient& operator=(const LrsClient&) = delete;

    /// Posts every statement of a JSON array, in batches, with retries.
    LrsReport postStatements(const nlohmann::ordered_json& statements);
    /// GET <endpoint>/statements?<query>, following the LRS's `more` links: every statement
    /// the query matches, or nullopt with `error` set.
    std::optional<nlohmann::json> getStatements(const std::string& query, std::string& error);
    /// One GET of <endpoint>/<path> (no retries), with the same headers and auth.
    HttpResponse get(const std::string& path);
    /// One POST of a JSON body to <endpoint>/<path> (no retries).
    HttpResponse post(const std::string& path, const std::string& json);

  private:
    HttpResponse request(const std::string& url, const std::string* body);
    HttpResponse withRetries(const std::string& url, const std::string& body, LrsReport& r);
    void postBatch(const std::vector<const nlohmann::ordered_json*>& batch, LrsReport& r);

    LrsOptions o_;
    std::string base_; ///< endpoint without a trailing '/'
};

/// "scheme://host[:port]" of a URL (to resolve the absolute paths of `more` links).
std::string urlOrigin(const std::string& url);

} // namespace rc::board
