#include "tools/board_xapi.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "game/engine/case_loader.hpp"
#include "version.hpp"

namespace rc::board {

namespace {

using json = nlohmann::ordered_json;

std::uint32_t rol(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

bool parseUuid(const std::string& s, std::array<std::uint8_t, 16>& out) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < s.size() && k < 32; ++i) {
        char c = s[i];
        if (c == '-') continue;
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) return false;
        if (k % 2 == 0) out[k / 2] = static_cast<std::uint8_t>(v << 4);
        else out[k / 2] = static_cast<std::uint8_t>(out[k / 2] | v);
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

json langMap(const std::string& s) { return json{{"en-GB", s}}; }

json verb(const std::string& name) {
    return json{{"id", "http://adlnet.gov/expapi/verbs/" + name}, {"display", langMap(name)}};
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }

} // namespace

std::array<std::uint8_t, 20> sha1(const std::string& bytes) {
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string msg = bytes;
    std::uint64_t bitLen = static_cast<std::uint64_t>(bytes.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56) msg += '\0';
    for (int i = 7; i >= 0; --i) msg += static_cast<char>((bitLen >> (8 * i)) & 0xFF);
    for (std::size_t off = 0; off < msg.size(); off += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i])) << 24 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 1])) << 16 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 2])) << 8 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(msg[off + 4 * i + 3]));
        for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else f = b ^ c ^ d, k = 0xCA62C1D6;
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
    for (int i = 0; i < 20; ++i) out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
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
    while (ss.back() == '0') ss.pop_back();
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
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%lf%c", &y, &mo, &d, &h, &mi, &sec, &tz) != 7 || tz != 'Z')
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec < 0 || sec >= 61) return false;
    epoch = static_cast<double>(daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) * 86400.0 +
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

std::string xapiStatements(const Board& b) {
    const Challenge& ch = *b.challenge;
    const std::string base = kIriBase;
    const std::string ns = uuid5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", base + "/xapi");
    const std::string chHash = hexHash(ch.contentHash);
    json challenge = {{"objectType", "Activity"},
                      {"id", base + "/challenges/" + ch.id},
                      {"definition",
                       {{"type", "http://adlnet.gov/expapi/activities/assessment"},
                        {"name", langMap(ch.title)}}}};
    json profile = {{"objectType", "Activity"},
                    {"id", kVirtualPatientProfile},
                    {"definition", {{"type", "http://adlnet.gov/expapi/activities/profile"}}}};
    json all = json::array();
    for (const auto& s : b.students) {
        json actor = {{"objectType", "Agent"},
                      {"name", s.player.empty() ? s.studentId : s.player},
                      {"account", {{"homePage", base + "/students"}, {"name", s.studentId}}}};
        std::string reg = uuid5(ns, "registration/" + ch.id + "/" + chHash + "/" + s.studentId);
        double start = 946684800.0; // 2000-01-01T00:00:00Z if the file has no usable time
        if (parseIsoTime(s.written, start)) start -= s.seconds;
        for (std::size_t ci = 0; ci < s.cases.size(); ++ci) {
            const PlayedCase& p = s.cases[ci];
            const KeyCase& k = b.cases[ci];
            double caseStart = start;
            start += p.seconds;
            if (!p.counted || !k.kase) continue;
            const Case& c = *k.kase;
            json object = {{"objectType", "Activity"},
                           {"id", base + "/cases/" + c.id},
                           {"definition",
                            {{"type", "http://adlnet.gov/expapi/activities/simulation"},
                             {"name", langMap(c.title)},
                             {"description",
                              langMap("Virtual patient: " + c.patient.name + ", " +
                                      std::to_string(c.patient.age) + ", " + c.patient.job + ".")}}}};
            json context = {{"registration", reg},
                            {"contextActivities",
                             {{"parent", json::array({challenge})}, {"category", json::array({profile})}}},
                            {"platform", std::string("Root Cause ") + kVersion},
                            {"language", "en-GB"},
                            {"extensions",
                             {{base + "/xapi/extensions/case-hash", hexHash(c.contentHash)},
                              {base + "/xapi/extensions/seed", ch.seed}}}};
            auto statement = [&](const std::string& v, double when, const json* result) {
                json st = {{"id", uuid5(ns, "statement/" + ch.id + "/" + chHash + "/" + s.studentId + "/" +
                                                c.id + "/" + v)},
                           {"actor", actor},
                           {"verb", verb(v)},
                           {"object", object}};
                if (result) st["result"] = *result;
                st["context"] = context;
                st["timestamp"] = isoTime(when);
                st["version"] = "1.0.3";
                all.push_back(std::move(st));
            };
            statement("initialized", caseStart, nullptr);
            std::string duration = isoDuration(p.seconds);
            if (p.finished) {
                json done = {{"completion", true}, {"duration", duration}};
                statement("completed", caseStart + p.seconds, &done);
            }
            double raw = std::round(p.score * 10.0) / 10.0;
            bool pass = raw >= ch.mastery;
            json res = {{"score", {{"scaled", std::round(raw * 10.0) / 1000.0}, {"raw", raw}, {"min", 0}, {"max", 100}}},
                        {"success", pass},
                        {"completion", p.finished},
                        {"duration", duration}};
            statement(pass ? "passed" : "failed", caseStart + p.seconds, &res);
        }
    }
    return all.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace rc::board
