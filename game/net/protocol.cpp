#include "game/net/protocol.hpp"

#include "game/engine/content_text.hpp"

namespace rc::net {

namespace {

constexpr std::size_t kMaxType = 16, kMaxKey = 32, kMaxHeader = 32;

bool validType(std::string_view t) {
    if (t.empty() || t.size() > kMaxType) return false;
    for (char c : t)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
}

bool validKey(std::string_view k) {
    if (k.empty() || k.size() > kMaxKey) return false;
    for (char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

/// A field value: plain text on one line.
bool validValue(std::string_view v, std::string& why) {
    if (!isPlainText(v, why)) return false;
    for (char c : v)
        if (c == '\n' || c == '\r' || c == '\t') {
            why = "a line break or tab in a field value";
            return false;
        }
    return true;
}

std::string cut(std::string_view s) {
    return s.size() <= 40 ? std::string(s) : std::string(s.substr(0, 40)) + "...";
}

} // namespace

Message& Message::set(const std::string& key, std::string v) {
    for (auto& [k, old] : fields)
        if (k == key) {
            old = std::move(v);
            return *this;
        }
    fields.emplace_back(key, std::move(v));
    return *this;
}

Message& Message::set(const std::string& key, long long v) {
    return set(key, std::to_string(v));
}

const std::string* Message::get(std::string_view key) const {
    for (const auto& [k, v] : fields)
        if (k == key) return &v;
    return nullptr;
}

std::string Message::value(std::string_view key, std::string fallback) const {
    const std::string* v = get(key);
    return v ? *v : fallback;
}

bool encode(const Message& m, std::string& frame, std::string& error) {
    if (!validType(m.type)) {
        error = "bad message type '" + cut(m.type) + "'";
        return false;
    }
    std::string payload;
    for (const auto& [k, v] : m.fields) {
        std::string why;
        if (!validKey(k)) {
            error = "bad field name '" + cut(k) + "'";
            return false;
        }
        if (!validValue(v, why)) {
            error = "field '" + k + "': " + why;
            return false;
        }
        payload += k + "=" + v + "\n";
    }
    if (!m.body.empty()) {
        std::string why;
        if (!isPlainText(m.body, why)) {
            error = "body: " + why;
            return false;
        }
        payload += "\n" + m.body;
    }
    frame = m.type + " " + std::to_string(payload.size()) + "\n" + payload;
    return true;
}

bool parsePayload(std::string_view p, Message& m, std::string& error) {
    m.fields.clear();
    m.body.clear();
    std::size_t at = 0;
    while (at < p.size()) {
        std::size_t nl = p.find('\n', at);
        if (nl == std::string_view::npos) {
            error = "field line without a line end";
            return false;
        }
        std::string_view line = p.substr(at, nl - at);
        at = nl + 1;
        if (line.empty()) {
            std::string_view body = p.substr(at);
            std::string why;
            if (!isPlainText(body, why)) {
                error = "body: " + why;
                return false;
            }
            m.body = std::string(body);
            return true;
        }
        std::size_t eq = line.find('=');
        if (eq == std::string_view::npos || !validKey(line.substr(0, eq))) {
            error = "bad field line '" + cut(line) + "'";
            return false;
        }
        std::string why;
        std::string_view value = line.substr(eq + 1);
        if (!validValue(value, why)) {
            error = "field '" + std::string(line.substr(0, eq)) + "': " + why;
            return false;
        }
        m.set(std::string(line.substr(0, eq)), std::string(value));
    }
    return true;
}

void Decoder::feed(const char* data, std::size_t size) {
    if (bad_) return;
    if (pos_ > 0) {
        buf_.erase(0, pos_);
        pos_ = 0;
    }
    buf_.append(data, size);
}

Decoder::Status Decoder::next(Message& out, std::string& error) {
    if (bad_) {
        error = "the stream is broken";
        return Status::Bad;
    }
    auto fail = [&](std::string why) {
        bad_ = true;
        error = std::move(why);
        buf_.clear();
        pos_ = 0;
        return Status::Bad;
    };
    std::string_view rest(buf_.data() + pos_, buf_.size() - pos_);
    std::size_t nl = rest.find('\n');
    if (nl == std::string_view::npos) {
        if (rest.size() > kMaxHeader)
            return fail("frame header longer than " + std::to_string(kMaxHeader) + " bytes");
        return Status::NeedMore;
    }
    if (nl > kMaxHeader)
        return fail("frame header longer than " + std::to_string(kMaxHeader) + " bytes");
    std::string_view header = rest.substr(0, nl);
    std::size_t sp = header.find(' ');
    if (sp == std::string_view::npos) return fail("frame header without a length");
    std::string_view type = header.substr(0, sp), len = header.substr(sp + 1);
    if (!validType(type)) return fail("bad message type '" + cut(type) + "'");
    if (len.empty() || len.size() > 9) return fail("bad frame length");
    std::size_t n = 0;
    for (char c : len) {
        if (c < '0' || c > '9') return fail("bad frame length");
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    if (n > max_)
        return fail("message of " + std::to_string(n) + " bytes is over the limit of " +
                    std::to_string(max_));
    if (rest.size() - nl - 1 < n) return Status::NeedMore;
    Message m{std::string(type)};
    std::string why;
    if (!parsePayload(rest.substr(nl + 1, n), m, why)) return fail(m.type + ": " + why);
    pos_ += nl + 1 + n;
    if (pos_ == buf_.size()) buf_.clear(), pos_ = 0;
    out = std::move(m);
    return Status::Ready;
}

} // namespace rc::net
