#include "tools/board_xapi.hpp"

#include "game/engine/case_loader.hpp"
#include "game/engine/content_text.hpp"
#include "version.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace rc::board {

namespace {

using json = nlohmann::ordered_json;

std::uint32_t rol(std::uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

bool parseUuid(const std::string& s, std::array<std::uint8_t, 16>& out) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < s.size() && k < 32; ++i) {
        char c = s[i];
        if (c == '-') continue;
        int v = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (v < 0) return false;
        if (k % 2 == 0)
            out[k / 2] = static_cast<std::uint8_t>(v << 4);
        else
            out[k / 2] = static_cast<std::uint8_t>(out[k / 2] | v);
        ++k;
    }
    return k == 32;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long daysFromCivil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civilFromDays(long z, long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

json langMap(const std::string& s) {
    return json{{"en-GB", s}};
}

json verb(const std::string& name) {
    return json{{"id", "http://adlnet.gov/expapi/verbs/" + name}, {"display", langMap(name)}};
}

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

json score(double raw) {
    return json{
        {"scaled", std::round(raw * 10.0) / 1000.0}, {"raw", raw}, {"min", 0}, {"max", 100}};
}

// An e-mail's domain is case-insensitive, its local part is not (RFC 5321): lower-case only the
// domain so one student gets one mbox whatever their shift key did.
std::string mbox(const std::string& email) {
    std::string e = email;
    auto at = e.rfind('@');
    std::transform(e.begin() + static_cast<std::ptrdiff_t>(at), e.end(),
                   e.begin() + static_cast<std::ptrdiff_t>(at),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return "mailto:" + e;
}

json actorOf(const Student& s, const XapiIris& iris) {
    json a = {{"objectType", "Agent"}, {"name", s.player.empty() ? s.studentId : s.player}};
    if (looksLikeEmail(s.email))
        a["mbox"] = mbox(s.email);
    else
        a["account"] = {{"homePage", iris.homepage}, {"name", s.studentId}};
    return a;
}

std::string compact(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Builds each student's statements into `all`; one builder for the whole class.
class StudentStatements {
  public:
    StudentStatements(const Board& b, const XapiIris& iris, const std::string& ns, json& all)
        : b_(b), ch_(*b.challenge), iris_(iris), ns_(ns), all_(all) {}

    void add(const Student& s) {
        const std::string chHash = hexHash(ch_.contentHash);
        actor_ = actorOf(s, iris_);
        registration_ = uuid5(ns_, "registration/" + ch_.id + "/" + chHash + "/" + s.studentId +
                                       "/" + std::to_string(s.attempt));
        double start = 946684800.0; // 2000-01-01T00:00:00Z if the file has no usable time
        if (parseIsoTime(s.written, start)) start -= s.seconds;
        const double challengeStart = start;
        bool allFinished = true;
        for (std::size_t ci = 0; ci < s.cases.size() && ci < b_.cases.size(); ++ci) {
            const PlayedCase& p = s.cases[ci];
            double caseStart = start;
            start += p.seconds;
            allFinished = allFinished && p.present && p.finished;
            if (!p.counted || !b_.cases[ci].kase) continue;
            addCase(s, ci, p, caseStart);
        }
        // The challenge as a whole, judged against the mastery (the pass mark of the total).
        double raw = rc::round1(s.total);
        bool pass = raw >= ch_.mastery;
        json res = {{"score", score(raw)},
                    {"success", pass},
                    {"completion", allFinished},
                    {"duration", isoDuration(s.seconds)}};
        if (s.flagged()) res["extensions"] = {{ext("flags"), s.flags}};
        json ctx = context({{ext("challenge-hash"), chHash},
                            {ext("seed"), ch_.seed},
                            {ext("attempt"), s.attempt},
                            {ext("attempts"), s.attempts}});
        ctx["contextActivities"] = {{"category", json::array({profile()})}};
        push(pass ? "passed" : "failed", challenge(), &res, ctx, challengeStart + s.seconds);
    }

  private:
    std::string ext(const std::string& name) const {
        return iris_.base + "/xapi/extensions/" + name;
    }

    json challenge() const {
        return {{"objectType", "Activity"},
                {"id", iris_.base + "/challenges/" + ch_.id},
                {"definition",
                 {{"type", "http://adlnet.gov/expapi/activities/assessment"},
                  {"name", langMap(ch_.title)}}}};
    }

    static json profile() {
        return {{"objectType", "Activity"},
                {"id", kVirtualPatientProfile},
                {"definition", {{"type", "http://adlnet.gov/expapi/activities/profile"}}}};
    }

    json context(json extensions) const {
        return {{"registration", registration_},
                {"contextActivities", json::object()},
                {"platform", std::string("Root Cause ") + kVersion},
                {"language", "en-GB"},
                {"extensions", std::move(extensions)}};
    }

    void addCase(const Student& s, std::size_t ci, const PlayedCase& p, double caseStart) {
        const Case& c = *b_.cases[ci].kase;
        json object = {{"objectType", "Activity"},
                       {"id", iris_.base + "/cases/" + c.id},
                       {"definition",
                        {{"type", "http://adlnet.gov/expapi/activities/simulation"},
                         {"name", langMap(c.title)},
                         {"description",
                          langMap("Virtual patient: " + c.patient.name + ", " +
                                  std::to_string(c.patient.age) + ", " + c.patient.job + ".")}}}};
        json ctx = context({{ext("case-hash"), hexHash(c.contentHash)},
                            {ext("seed"), ch_.seed},
                            {ext("attempt"), s.attempt}});
        ctx["contextActivities"] = {{"parent", json::array({challenge()})},
                                    {"category", json::array({profile()})}};
        const double end = caseStart + p.seconds;
        const std::string duration = isoDuration(p.seconds);
        push("initialized", object, nullptr, ctx, caseStart);
        if (p.finished) {
            json done = {{"completion", true}, {"duration", duration}};
            push("completed", object, &done, ctx, end);
        }
        // A case is judged only against its own pass mark: the challenge's mastery applies
        // to the weighted total, and a case without one is scored, not passed or failed.
        double raw = rc::round1(p.score);
        json res = {{"score", score(raw)}};
        std::string v = "scored";
        if (const auto& mark = ch_.cases[ci].passMark) {
            bool pass = raw >= *mark;
            res["success"] = pass;
            v = pass ? "passed" : "failed";
        }
        res["completion"] = p.finished;
        res["duration"] = duration;
        push(v, object, &res, ctx, end);
    }

    void push(const std::string& v, const json& object, const json* result, const json& ctx,
              double when) {
        json st = {{"actor", actor_}, {"verb", verb(v)}, {"object", object}};
        if (result) st["result"] = *result;
        st["context"] = ctx;
        st["timestamp"] = isoTime(when);
        st["version"] = kXapiVersion;
        // The id names these exact bytes: same content, same id; any change, a new id.
        json withId = {{"id", uuid5(ns_, "statement/" + compact(st))}};
        withId.update(st);
        all_.push_back(std::move(withId));
    }

    const Board& b_;
    const Challenge& ch_;
    const XapiIris& iris_;
    const std::string& ns_;
    json& all_;
    json actor_;
    std::string registration_;
};

} // namespace

std::array<std::uint8_t, 20> sha1(const std::string& bytes) {
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string msg = bytes;
    std::uint64_t bitLen = static_cast<std::uint64_t>(bytes.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56)
        msg += '\0';
    for (int i = 7; i >= 0; --i)
        msg += static_cast<char>((bitLen >> (8 * i)) & 0xFF);
    for (std::size_t off = 0; off < msg.size(); off += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] =
                static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i])) << 24 |
                static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 1])) << 16 |
                static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 2])) << 8 |
                static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 3]));
        for (int i = 16; i < 80; ++i)
            w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20)
                f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40)
                f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60)
                f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else
                f = b ^ c ^ d, k = 0xCA62C1D6;
            std::uint32_t t = rol(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rol(b, 30);
            b = a;
            a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 20; ++i)
        out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

std::string uuid5(const std::string& ns, const std::string& name) {
    std::array<std::uint8_t, 16> n{};
    parseUuid(ns, n);
    std::string data(reinterpret_cast<const char*>(n.data()), n.size());
    auto h = sha1(data + name);
    h[6] = static_cast<std::uint8_t>((h[6] & 0x0F) | 0x50);
    h[8] = static_cast<std::uint8_t>((h[8] & 0x3F) | 0x80);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[h[i] >> 4];
        out += hex[h[i] & 15];
    }
    return out;
}

std::string isoDuration(double seconds) {
    double s = round2(std::max(0.0, seconds));
    long whole = static_cast<long>(s);
    long h = whole / 3600, m = (whole / 60) % 60;
    double sec = round2(s - static_cast<double>(h * 3600 + m * 60));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", sec);
    std::string ss = buf;
    while (ss.back() == '0')
        ss.pop_back();
    if (ss.back() == '.') ss.pop_back();
    std::string out = "PT";
    if (h) out += std::to_string(h) + "H";
    if (m) out += std::to_string(m) + "M";
    if (!(h || m) || ss != "0") out += ss + "S";
    return out;
}

bool parseIsoTime(const std::string& s, double& epoch) {
    int y, mo, d, h, mi;
    double sec;
    char tz = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%lf%c", &y, &mo, &d, &h, &mi, &sec, &tz) != 7 ||
        tz != 'Z')
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec < 0 || sec >= 61)
        return false;
    epoch =
        static_cast<double>(daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) *
            86400.0 +
        h * 3600.0 + mi * 60.0 + sec;
    return true;
}

std::string isoTime(double epoch) {
    long long ms = std::llround(epoch * 1000.0);
    long long secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    int milli = static_cast<int>(ms - secs * 1000);
    long days = static_cast<long>(secs >= 0 ? secs / 86400 : (secs - 86399) / 86400);
    long rem = static_cast<long>(secs - static_cast<long long>(days) * 86400);
    long y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04ld-%02u-%02uT%02ld:%02ld:%02ld.%03dZ", y, m, d, rem / 3600,
                  (rem / 60) % 60, rem % 60, milli);
    return buf;
}

bool isHttpIri(const std::string& s, std::string& why) {
    auto no = [&](std::string reason) {
        why = std::move(reason);
        return false;
    };
    if (s.size() > 2000) return no("longer than 2000 characters");
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F) return no("it holds a space or a control character");
    for (char c : std::string("<>\"{}|\\^`"))
        if (s.find(c) != std::string::npos) return no(std::string("it holds '") + c + "'");
    std::string lower = s.substr(0, 8);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t rest = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
    if (rest == 0) return no("not an absolute http:// or https:// IRI");
    std::size_t end = s.find('/', rest);
    std::string host = s.substr(rest, end == std::string::npos ? std::string::npos : end - rest);
    if (host.empty()) return no("it has no host");
    if (host.find('@') != std::string::npos) return no("it holds user info (a name or password)");
    if (s.find('?') != std::string::npos) return no("it has a query ('?')");
    if (s.find('#') != std::string::npos) return no("it has a fragment ('#')");
    return true;
}

bool looksLikeEmail(const std::string& e) {
    if (e.size() < 5 || e.size() > 254) return false;
    std::size_t at = e.find('@');
    if (at == 0 || at == std::string::npos || e.find('@', at + 1) != std::string::npos)
        return false;
    std::string domain = e.substr(at + 1);
    std::size_t dot = domain.find('.');
    if (dot == 0 || dot == std::string::npos || domain.back() == '.' ||
        domain.find("..") != std::string::npos)
        return false;
    for (unsigned char c : e) {
        // Printable ASCII only, without what a mailto IRI would need escaped or a mail header
        // treats as syntax: such an address is more likely a typing slip than a mailbox.
        if (c <= 0x20 || c >= 0x7F) return false;
        if (std::string("\"(),:;<>[\\]%?#/&=").find(static_cast<char>(c)) != std::string::npos)
            return false;
    }
    return true;
}

nlohmann::ordered_json xapiStatementArray(const Board& b, const XapiIris& iris) {
    const std::string ns = uuid5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", iris.base + "/xapi");
    json all = json::array();
    StudentStatements builder(b, iris, ns, all);
    for (const auto& s : b.students)
        builder.add(s);
    return all;
}

std::string xapiStatements(const Board& b, const XapiIris& iris) {
    return xapiStatementArray(b, iris).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace rc::board
