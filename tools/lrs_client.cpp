#include "tools/lrs_client.hpp"

#include "tools/board_xapi.hpp"
#include "version.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <curl/curl.h>
#include <thread>

namespace rc::board {

namespace {

using ojson = nlohmann::ordered_json;

constexpr std::size_t kMaxAnswer = 32u << 20; // no LRS answer we read is anywhere near this
constexpr int kMaxPages = 10000;              // `more` links followed at most

struct Transfer {
    HttpResponse* r;
    bool tooLarge = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    if (t->r->body.size() + size * n > kMaxAnswer) {
        t->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    t->r->body.append(data, size * n);
    return size * n;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::string line(data, size * n);
    std::string lower = line.substr(0, 12);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "retry-after:") {
        // Only the delay-seconds form; an HTTP date falls back to our own backoff.
        char* end = nullptr;
        double v = std::strtod(line.c_str() + 12, &end);
        if (end != line.c_str() + 12 && std::isfinite(v) && v >= 0) t->r->retryAfter = v;
    }
    return size * n;
}

// A failure that may pass if tried again: no answer at all (but not a misconfiguration
// that no retry mends), a timeout, or the LRS saying it is busy or broken for now.
bool transient(long status, CURLcode code) {
    if (status == 0)
        return code != CURLE_UNSUPPORTED_PROTOCOL && code != CURLE_URL_MALFORMAT &&
               code != CURLE_PEER_FAILED_VERIFICATION && code != CURLE_SSL_CACERT_BADFILE &&
               code != CURLE_LOGIN_DENIED && code != CURLE_WRITE_ERROR &&
               code != CURLE_COULDNT_RESOLVE_HOST;
    return status == 408 || status == 429 || status >= 500;
}

// The LRS's own words about a refusal: most LRSs answer {"message": ...}; Learning Locker's
// validation gives {"warnings": [...]}.
std::string messageOf(const HttpResponse& r) {
    if (r.status == 0) return r.error;
    std::string m;
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_object() && j.contains("warnings") && j["warnings"].is_array()) {
        // Learning Locker's validation refusals: one line per problem found.
        for (const auto& w : j["warnings"])
            if (w.is_string()) m += (m.empty() ? "" : "; ") + w.get<std::string>();
    } else if (j.is_object() && j.contains("message") && j["message"].is_string()) {
        m = j["message"].get<std::string>();
    } else {
        m = r.body.substr(0, 200);
    }
    if (m.size() > 300) m = m.substr(0, 300) + "...";
    for (char& c : m)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return "HTTP " + std::to_string(r.status) + (m.empty() ? "" : ": " + m);
}

std::string idOf(const ojson& st) {
    return st.contains("id") && st["id"].is_string() ? st["id"].get<std::string>() : "(no id)";
}

} // namespace

std::string urlOrigin(const std::string& url) {
    std::size_t p = url.find("://");
    if (p == std::string::npos) return "";
    return url.substr(0, url.find('/', p + 3));
}

LrsClient::LrsClient(LrsOptions o) : o_(std::move(o)), base_(o_.endpoint) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    while (!base_.empty() && base_.back() == '/')
        base_.pop_back();
}

LrsClient::~LrsClient() {
    curl_global_cleanup();
}

HttpResponse LrsClient::request(const std::string& url, const std::string* body) {
    HttpResponse r;
    CURL* h = curl_easy_init();
    if (!h) {
        r.error = "libcurl could not start a transfer";
        return r;
    }
    Transfer t{&r};
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers,
                                (std::string("X-Experience-API-Version: ") + kXapiVersion).c_str());
    headers = curl_slist_append(headers, "Accept: application/json");
    // No "Expect: 100-continue" round trip before a large batch: every LRS reads the body.
    headers = curl_slist_append(headers, "Expect:");
    if (body) headers = curl_slist_append(headers, "Content-Type: application/json");
    const std::string agent = std::string("rootcause-board/") + kVersion;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    // Only http and https, and never a redirect: a POST with credentials goes where it was
    // told to go, or nowhere.
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
#endif
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    if (!o_.key.empty() || !o_.secret.empty()) {
        curl_easy_setopt(h, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
        curl_easy_setopt(h, CURLOPT_USERNAME, o_.key.c_str());
        curl_easy_setopt(h, CURLOPT_PASSWORD, o_.secret.c_str());
    }
    const long timeoutMs = static_cast<long>(std::max(0.001, o_.timeoutSeconds) * 1000.0);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, std::min(timeoutMs, 15000L));
    if (body) {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->data());
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK) {
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
    } else {
        r.status = 0;
        r.error = t.tooLarge ? "the answer is larger than 32 MiB" : curl_easy_strerror(code);
    }
    r.retryable = transient(r.status, code);
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    return r;
}

HttpResponse LrsClient::withRetries(const std::string& url, const std::string& body,
                                    LrsReport& rep) {
    const int tries = std::max(1, o_.tries);
    double wait = std::max(0.0, o_.backoffSeconds);
    for (int attempt = 1;; ++attempt) {
        HttpResponse r = request(url, &body);
        ++rep.requests;
        if (attempt >= tries || !r.retryable) return r;
        ++rep.retries;
        // The LRS's Retry-After wins over our own backoff when it asks for longer (capped:
        // an instructor is waiting at the terminal).
        double pause = r.retryAfter > wait ? std::min(r.retryAfter, 60.0) : wait;
        std::this_thread::sleep_for(std::chrono::duration<double>(pause));
        wait = std::min(wait * 2, 30.0);
    }
}

void LrsClient::postBatch(const std::vector<const ojson*>& batch, LrsReport& rep) {
    ojson arr = ojson::array();
    for (const auto* st : batch)
        arr.push_back(*st);
    const std::string body = arr.dump(-1, ' ', false, ojson::error_handler_t::replace);
    HttpResponse r = withRetries(base_ + "/statements", body, rep);
    if (r.status >= 200 && r.status < 300) {
        auto ids = nlohmann::json::parse(r.body, nullptr, false);
        if (ids.is_array() && ids.size() == batch.size()) {
            for (const auto& id : ids)
                rep.accepted.push_back(id.is_string() ? id.get<std::string>() : id.dump());
        } else if (r.body.empty()) {
            for (const auto* st : batch)
                rep.accepted.push_back(idOf(*st)); // 204: no list
        } else {
            rep.fatal = "the LRS answered " + messageOf(r) + ", not the list of stored ids";
            rep.notSent += batch.size();
        }
        return;
    }
    // An LRS takes a batch whole or not at all: one conflicting or malformed statement
    // refuses them all, so find it by sending each alone.
    if ((r.status == 400 || r.status == 409 || r.status == 413) && batch.size() > 1) {
        for (const auto* st : batch) {
            postBatch({st}, rep);
            if (!rep.fatal.empty()) {
                rep.notSent += static_cast<std::size_t>(batch.end() -
                                                        std::find(batch.begin(), batch.end(), st)) -
                               1;
                return;
            }
        }
        return;
    }
    if (r.status == 409) {
        rep.conflicts.push_back(idOf(*batch.front()));
    } else if (r.status == 400 || r.status == 413) {
        rep.rejected.push_back(idOf(*batch.front()) + ": " + messageOf(r));
    } else {
        if (r.status == 401 || r.status == 403)
            rep.fatal = "the LRS refused the key and secret (" + messageOf(r) + ")";
        else if (r.status == 404)
            rep.fatal = "no xAPI statement resource at " + base_ + "/statements (" + messageOf(r) +
                        "): give the LRS's xAPI endpoint";
        else if (r.retryable)
            rep.fatal = "no usable answer after " + std::to_string(std::max(1, o_.tries)) +
                        " tries (" + messageOf(r) + ")";
        else if (r.status == 0)
            rep.fatal = "cannot reach the LRS: " + r.error;
        else
            rep.fatal = "the LRS answered " + messageOf(r);
        rep.notSent += batch.size();
    }
}

LrsReport LrsClient::postStatements(const ojson& statements) {
    LrsReport rep;
    rep.sent = statements.size();
    const std::size_t n = std::max<std::size_t>(1, o_.batchSize);
    for (std::size_t i = 0; i < statements.size(); i += n) {
        if (!rep.fatal.empty()) {
            rep.notSent += statements.size() - i;
            break;
        }
        std::vector<const ojson*> batch;
        for (std::size_t k = i; k < std::min(statements.size(), i + n); ++k)
            batch.push_back(&statements[k]);
        postBatch(batch, rep);
    }
    return rep;
}

HttpResponse LrsClient::get(const std::string& path) {
    return request(base_ + "/" + path, nullptr);
}

HttpResponse LrsClient::post(const std::string& path, const std::string& json) {
    return request(base_ + "/" + path, &json);
}

std::optional<nlohmann::json> LrsClient::getStatements(const std::string& query,
                                                       std::string& error) {
    nlohmann::json all = nlohmann::json::array();
    std::string url = base_ + "/statements" + (query.empty() ? "" : "?" + query);
    for (int page = 0; page < kMaxPages; ++page) {
        HttpResponse r = request(url, nullptr);
        if (r.status != 200) {
            error = "GET " + url + ": " + messageOf(r);
            return std::nullopt;
        }
        auto j = nlohmann::json::parse(r.body, nullptr, false);
        if (!j.is_object() || !j.contains("statements") || !j["statements"].is_array()) {
            error = "GET " + url + ": the answer is not a StatementResult";
            return std::nullopt;
        }
        for (auto& s : j["statements"])
            all.push_back(std::move(s));
        std::string more = j.value("more", std::string());
        if (more.empty()) return all;
        // `more` is an IRL: absolute, an absolute path on the LRS's host, or relative to
        // the endpoint.
        url = more.rfind("http", 0) == 0 ? more
              : more[0] == '/'           ? urlOrigin(base_) + more
                                         : base_ + "/" + more;
    }
    error = "GET " + url + ": more than " + std::to_string(kMaxPages) + " pages";
    return std::nullopt;
}

} // namespace rc::board
