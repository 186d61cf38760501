#include "tools/board_csv.hpp"

namespace rc::board {

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string gradesCsv(const Board& b) {
    bool email = false;
    for (const auto& s : b.students) email = email || !s.email.empty();
    std::string out = "Student ID";
    if (email) out += ",Email address";
    for (const auto& cc : b.challenge->cases) out += "," + csvField(cc.ref);
    out += ",Total\r\n";
    for (const auto& s : b.students) {
        out += csvField(s.studentId);
        if (email) out += "," + csvField(s.email);
        for (const auto& p : s.cases) out += "," + fixed1(p.counted ? p.score : 0.0);
        out += "," + fixed1(s.total) + "\r\n";
    }
    return out;
}

} // namespace rc::board
