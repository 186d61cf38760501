#include "game/engine/content_text.hpp"

#include <cmath>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace rc {

namespace {

/// The whitespace text collapses (collapseSpace): space, tab, line feed, carriage return. A
/// vertical tab or form feed is a control character, refused before text gets here.
bool isCollapsible(unsigned char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7f7f7f7f7f7f7f7full;

/// High bit of each byte of `v` below ' ' (a control character: every blank but the space).
/// Exact per byte: no carry runs from one byte into the next.
std::uint64_t controlBytes(std::uint64_t v) {
    return ~(((v & kLow7) + kOnes * (0x80 - 0x20)) | v) & ~kLow7;
}

/// High bit of each byte of `v` that is ' ' (exact, as above).
std::uint64_t spaceBytes(std::uint64_t v) {
    const std::uint64_t x = v ^ (kOnes * ' ');
    return ~(((x & kLow7) + kLow7) | x | kLow7);
}


/// First index from `i` where a text stops being copyable as it is: a control character, or a
/// space followed by a space, a control character or the end. Before it, every space is single
/// and between two kept characters, so collapsing leaves the bytes alone.
std::size_t copyableUntil(std::string_view s, std::size_t i) {
    const char* p = s.data();
    for (; i + 9 <= s.size(); i += 8) {
        std::uint64_t v, next;
        std::memcpy(&v, p + i, 8);
        std::memcpy(&next, p + i + 1, 8); // the byte after each byte of v
        const std::uint64_t stop =
            controlBytes(v) | (spaceBytes(v) & (spaceBytes(next) | controlBytes(next)));
        if (stop) return i + static_cast<std::size_t>(__builtin_ctzll(stop) / 8);
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c < ' ') return i;
        if (c == ' ' && (i + 1 == s.size() || static_cast<unsigned char>(p[i + 1]) <= ' '))
            return i;
    }
    return i;
}

/// True if collapsing would not change `s`: no tab, newline or carriage return, and no leading,
/// trailing or doubled space. Most texts and attributes are like that and are just copied.
/// It is checked eight bytes at a time; any control character sends `s` the slow way.
bool isCollapsed(std::string_view s) {
    if (s.empty()) return true;
    if (s.front() == ' ' || s.back() == ' ') return false;
    std::uint64_t prevSpace = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        const std::uint64_t space = spaceBytes(v);
        // A text that spans lines is sent the slow way at its first line break.
        if (controlBytes(v) | (space & ((space << 8) | prevSpace))) return false;
        prevSpace = space >> 56;
    }
    bool spaceBefore = prevSpace != 0;
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < ' ' || (c == ' ' && spaceBefore)) return false;
        spaceBefore = c == ' ';
    }
    return true;
}

} // namespace

// Texts that span lines come here. Between line breaks they are usually already collapsed
// (single spaces between words), so each such stretch is found eight bytes at a time and
// copied whole; only the blanks around the breaks are looked at one by one.
void appendCollapsed(std::string& out, bool& space, std::string_view piece) {
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__); // the lowest byte comes first
    std::size_t n = out.size();
    out.resize(n + piece.size() + 1); // room for a pending blank and the whole piece
    char* w = out.data();
    bool started = n > 0, pending = space;
    std::size_t i = 0;
    while (true) {
        while (i < piece.size() && isCollapsible(static_cast<unsigned char>(piece[i]))) {
            pending = started;
            ++i;
        }
        if (i == piece.size()) break;
        if (pending) w[n++] = ' ';
        pending = false;
        started = true;
        const std::size_t j = copyableUntil(piece, i);
        std::memcpy(w + n, piece.data() + i, j - i);
        n += j - i;
        i = j;
        // A control character that is not a blank is kept like any other character.
        if (i < piece.size() && !isCollapsible(static_cast<unsigned char>(piece[i])))
            w[n++] = piece[i++];
    }
    out.resize(n);
    space = pending;
}

bool isValidId(std::string_view s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    // Every id of every case passes through here: one table lookup a character, no branches.
    static constexpr auto kIdChar = [] {
        std::array<bool, 256> t{};
        for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
        for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
        t['-'] = true;
        return t;
    }();
    bool ok = true;
    for (char c : s) ok &= kIdChar[static_cast<unsigned char>(c)];
    return ok;
}

std::string collapseSpace(std::string_view s) {
    if (isCollapsed(s)) return std::string(s);
    std::string out;
    bool space = false;
    appendCollapsed(out, space, s);
    return out;
}

std::vector<std::string> splitWords(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) out.emplace_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}

bool isBlank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string oneDecimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round1(v) + 0.0); // + 0.0: no "-0.0"
    std::string s = buf;
    for (char& c : s)
        if (c == ',') c = '.'; // '.' whatever the locale
    return s == "-0.0" ? "0.0" : s;
}

namespace {

/// Length of the plain character at `s[i]`, or 0 with `what` set when it is not plain.
std::size_t plainLength(std::string_view s, std::size_t i, const char*& what) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            what = "a control character";
            return 0;
        }
        return 1;
    }
    what = "invalid UTF-8";
    const std::size_t len = c >= 0xF0 && c <= 0xF4  ? 4
                            : c >= 0xE0             ? 3
                            : c >= 0xC2 && c < 0xE0 ? 2
                                                    : 0;
    if (len == 0 || i + len > s.size()) return 0;
    std::uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (cp >= 0x80 && cp < 0xA0) {
        what = "a control character";
        return 0;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        what = "a bidirectional override";
        return 0;
    }
    return len;
}

} // namespace

std::size_t firstNotPlain(std::string_view s, const char*& what) {
    for (std::size_t i = 0; i < s.size();) {
        // Printable ASCII, the bulk of every file, needs no more than one compare.
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        const std::size_t len = plainLength(s, i, what);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool isPlainText(std::string_view s, std::string& why) {
    const char* what = nullptr;
    const std::size_t at = firstNotPlain(s, what);
    if (at == std::string_view::npos) return true;
    why = std::string(what) + " at byte " + std::to_string(at);
    return false;
}

std::string terminalSafe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char* what = nullptr;
        const std::size_t len = plainLength(s, i, what);
        if (len == 0 || s[i] == '\r') {
            out += '?';
            ++i;
            continue;
        }
        out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace rc
