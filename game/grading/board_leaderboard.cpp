#include "game/grading/board_leaderboard.hpp"

#include "game/engine/content_text.hpp"

#include <algorithm>
#include <sstream>

namespace rc::board {

namespace {

std::string cut(const std::string& s, std::size_t width) {
    if (displayWidth(s) <= width) return s;
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        if ((ch & 0xC0) != 0x80) {
            if (n + 1 >= width) break;
            ++n;
        }
        out += s[i];
    }
    return out + "\xE2\x80\xA6"; // ellipsis
}

std::string padRight(const std::string& s, std::size_t width) {
    std::size_t w = displayWidth(s);
    return s + std::string(w < width ? width - w : 0, ' ');
}

std::string padLeft(const std::string& s, std::size_t width) {
    std::size_t w = displayWidth(s);
    return std::string(w < width ? width - w : 0, ' ') + s;
}

} // namespace

std::size_t displayWidth(const std::string& utf8) {
    std::size_t n = 0;
    for (unsigned char ch : utf8)
        if ((ch & 0xC0) != 0x80) ++n;
    return n;
}

std::string leaderboardText(const Board& b, int top) {
    const Challenge& ch = *b.challenge;
    std::ostringstream out;
    out << "Challenge: " << ch.title << " (" << ch.id << "), " << ch.cases.size()
        << (ch.cases.size() == 1 ? " case" : " cases") << ", " << ch.mode << " mode, pass mark "
        << rc::oneDecimal(ch.mastery) << "\n";
    out << b.students.size() << (b.students.size() == 1 ? " student" : " students")
        << " counted; every score re-scored from the action logs\n\n";
    std::size_t nameW = 4;
    for (const auto& s : b.students)
        if (s.rank <= top)
            nameW = std::max(nameW, std::min<std::size_t>(28, displayWidth(s.player)));
    std::vector<std::size_t> caseW;
    out << "Rank  " << padRight("Name", nameW) << "  " << padLeft("Total", 5);
    for (const auto& cc : ch.cases) {
        caseW.push_back(std::max<std::size_t>(5, displayWidth(cc.ref)));
        out << "  " << padLeft(cc.ref, caseW.back());
    }
    bool anyAttempts = false;
    for (const auto& s : b.students)
        anyAttempts = anyAttempts || s.attempts > 1;
    out << "  " << padLeft("Time", 7);
    if (anyAttempts) out << "  Attempt";
    out << "  Flags\n";
    int shown = 0;
    for (const auto& s : b.students) {
        if (s.rank > top) break;
        ++shown;
        out << padLeft(std::to_string(s.rank), 4) << "  " << padRight(cut(s.player, nameW), nameW)
            << "  " << padLeft(rc::oneDecimal(s.total), 5);
        for (std::size_t i = 0; i < caseW.size(); ++i) {
            const PlayedCase& p = s.cases[i];
            out << "  " << padLeft(p.counted ? rc::oneDecimal(p.score) : "-", caseW[i]);
        }
        out << "  " << padLeft(clock(s.seconds), 7);
        if (anyAttempts)
            out << "  "
                << padLeft(std::to_string(s.attempt) + " of " + std::to_string(s.attempts), 7);
        for (std::size_t i = 0; i < s.flags.size(); ++i)
            out << (i ? ", " : "  ! ") << s.flags[i];
        out << "\n";
    }
    if (shown < static_cast<int>(b.students.size()))
        out << "  (" << b.students.size() - static_cast<std::size_t>(shown)
            << " more; --top N shows more)\n";
    if (!b.held.empty()) {
        out << "\nHeld, not counted until you choose with --accept FILE (" << b.held.size()
            << "):\n";
        for (const auto& s : b.held)
            out << "  " << s.studentId << "  " << cut(s.player, 28) << "  "
                << rc::oneDecimal(s.total) << "  " << s.file << "\n";
    }
    std::size_t flagged = 0;
    for (const auto& s : b.students)
        flagged += s.flagged() ? 1 : 0;
    if (flagged)
        out << "\n! " << flagged << (flagged == 1 ? " student is" : " students are")
            << " flagged: counted, but see the problems above before you use the grade.\n";
    return out.str();
}

std::string problemsText(const Board& b) {
    if (b.problems.empty()) return "";
    std::ostringstream out;
    out << "Problems (" << b.problems.size() << ")\n";
    for (const auto& p : b.problems) {
        out << "  " << p.file << ": ";
        if (!p.student.empty()) out << p.student << ": ";
        out << p.reason << ": ";
        std::string d = p.detail;
        for (std::size_t i = 0; (i = d.find('\n', i)) != std::string::npos; i += 5)
            d.replace(i, 1, "\n    ");
        out << d << "\n";
    }
    return out.str();
}

} // namespace rc::board
