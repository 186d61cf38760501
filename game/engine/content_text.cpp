#include "game/engine/content_text.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace rc {

namespace {

/// True if collapsing would not change `s`: no tab, newline or carriage return, and no leading,
/// trailing or doubled space. Most texts and attributes are like that and are just copied.
/// It is checked eight bytes at a time; any control character sends `s` the slow way.
bool isCollapsed(std::string_view s) {
    if (s.empty()) return true;
    if (s.front() == ' ' || s.back() == ' ') return false;
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    std::uint64_t bad = 0, prevSpace = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        bad |= (v - kOnes * 0x20) & ~v & kHigh; // some byte below ' '
        const std::uint64_t x = v ^ (kOnes * ' ');
        const std::uint64_t low7 = ~kHigh;
        const std::uint64_t space = ~(((x & low7) + low7) | x | low7); // high bit of each ' '
        bad |= space & ((space << 8) | prevSpace);                      // a space after a space
        prevSpace = space >> 56;
    }
    bool spaceBefore = prevSpace != 0;
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < ' ' || (c == ' ' && spaceBefore)) return false;
        spaceBefore = c == ' ';
    }
    return bad == 0;
}

} // namespace

// Every text and attribute loaded passes through here, so it does not branch per character
// (word boundaries are unpredictable): each byte is written and kept only if it counts.
void appendCollapsed(std::string& out, bool& space, std::string_view piece) {
    constexpr std::uint64_t kBlanks =
        (1ull << ' ') | (1ull << '\n') | (1ull << '\t') | (1ull << '\r');
    std::size_t n = out.size();
    out.resize(n + piece.size() + 1); // room for a pending blank and the whole piece
    char* w = out.data();
    std::size_t started = n > 0, pending = space;
    for (char ch : piece) {
        const auto u = static_cast<unsigned char>(ch);
        const std::size_t blank = (u <= ' ') & static_cast<std::size_t>(kBlanks >> (u & 63u));
        const std::size_t keep = blank ^ 1u;
        const std::size_t sp = pending & keep;
        w[n] = ' ';
        w[n + sp] = ch;
        n += sp + keep;
        started |= keep;
        pending = blank & started;
    }
    out.resize(n);
    space = pending != 0;
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

} // namespace rc
