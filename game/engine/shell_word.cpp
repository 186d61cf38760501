#include "game/engine/shell_word.hpp"

#include <cctype>

namespace rc {

namespace {

bool plain(const std::string& w) {
    for (const unsigned char c : w)
        if (!std::isalnum(c) &&
            std::string("_./:=@%+,-").find(static_cast<char>(c)) == std::string::npos)
            return false;
    return !w.empty();
}

std::string quoted(const std::string& w) {
    std::string out = "'";
    for (const char c : w)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace

std::string shellWord(const std::string& word) {
    if (plain(word)) return word;
    if (word.rfind("~/", 0) == 0) {
        const std::string rest = word.substr(2);
        return "~/" + (rest.empty() || plain(rest) ? rest : quoted(rest));
    }
    return quoted(word);
}

} // namespace rc
