#include "tools/board_csv.hpp"
#include "game/engine/content_text.hpp"

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

std::string safeCell(const std::string& s, int& defused) {
    // OWASP's advice for CSV injection: these first characters start a formula in Excel,
    // LibreOffice and Google Sheets.
    if (!s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos) {
        ++defused;
        return csvField("'" + s);
    }
    return csvField(s);
}

GradesCsv gradesCsv(const Board& b, const CsvOptions& o) {
    GradesCsv out;
    auto emailOf = [&](const Student& s) {
        if (!s.email.empty()) return s.email;
        const RosterEntry* e = rosterEntry(b, s.studentId);
        return e ? e->email : std::string();
    };
    auto written = [&](const Student& s) {
        if (!b.roster.empty() && !rosterEntry(b, s.studentId)) return false;
        return !(o.onlyClean && s.flagged());
    };
    bool email = false;
    for (const auto& s : b.students) email = email || (written(s) && !emailOf(s).empty());
    std::string& t = out.text;
    t = "Student ID";
    if (email) t += ",Email address";
    for (const auto& cc : b.challenge->cases) t += "," + safeCell(cc.ref, out.defused);
    t += ",Total,Status\r\n";
    for (const auto& s : b.students) {
        if (!written(s)) {
            ++out.leftOut;
            continue;
        }
        ++out.rows;
        t += safeCell(s.studentId, out.defused);
        if (email) t += "," + safeCell(emailOf(s), out.defused);
        for (const auto& p : s.cases) t += "," + rc::oneDecimal(p.counted ? p.score : 0.0);
        std::string status = "ok";
        if (s.flagged()) {
            status = "flagged:";
            for (std::size_t i = 0; i < s.flags.size(); ++i) status += (i ? "; " : " ") + s.flags[i];
        }
        t += "," + rc::oneDecimal(s.total) + "," + safeCell(status, out.defused) + "\r\n";
    }
    return out;
}

} // namespace rc::board
