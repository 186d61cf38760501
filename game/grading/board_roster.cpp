#include "game/grading/board_roster.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace rc::board {

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

int column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
    for (std::size_t i = 0; i < header.size(); ++i)
        for (const char* n : names)
            if (lower(trimmed(header[i])) == n) return static_cast<int>(i);
    return -1;
}

} // namespace

bool parseCsv(const std::string& text, std::vector<std::vector<std::string>>& rows,
              std::string& error) {
    rows.clear();
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, wasQuoted = false;
    int line = 1;
    std::size_t i = 0;
    // A UTF-8 byte order mark (Excel writes one) is not part of the first field.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
        wasQuoted = false;
    };
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    field += '"', ++i;
                else
                    quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty() || wasQuoted) {
                error = "line " + std::to_string(line) + ": a quote inside an unquoted field";
                return false;
            }
            quoted = wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endField();
            if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
            row.clear();
            ++line;
        } else {
            if (wasQuoted) {
                error = "line " + std::to_string(line) + ": text after a closing quote";
                return false;
            }
            field += c;
        }
    }
    if (quoted) {
        error = "line " + std::to_string(line) + ": a quoted field is not closed";
        return false;
    }
    if (!field.empty() || wasQuoted || !row.empty()) {
        endField();
        rows.push_back(std::move(row));
    }
    return true;
}

std::optional<std::vector<RosterEntry>> loadRoster(const std::string& path, std::string& error) {
    std::string text;
    FileError fileError;
    if (!readFile(path, FileKind::Roster, text, fileError)) {
        error = path + ": error: the roster " + fileError.message;
        return std::nullopt;
    }
    std::string why;
    if (!isPlainText(text, why)) {
        error = path + ": error: the roster holds " + why + " (it must be UTF-8 text)";
        return std::nullopt;
    }
    std::vector<std::vector<std::string>> rows;
    if (!parseCsv(text, rows, why)) {
        error = path + ":" + why;
        return std::nullopt;
    }
    if (rows.empty()) {
        error = path + ": error: the roster is empty";
        return std::nullopt;
    }
    const auto& h = rows[0];
    const int id = column(h, {"id number", "student id", "idnumber", "username", "id"});
    const int full = column(h, {"full name", "name"});
    const int first = column(h, {"first name", "firstname"});
    const int last = column(h, {"last name", "surname", "lastname"});
    const int mail = column(h, {"email address", "email", "e-mail"});
    if (id < 0) {
        error = path + ":1: error: no id column (expected \"ID number\", \"Student ID\", "
                       "\"Username\" or \"id\")";
        return std::nullopt;
    }
    std::vector<RosterEntry> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto at = [&](int c) {
            return c >= 0 && static_cast<std::size_t>(c) < row.size()
                       ? trimmed(row[static_cast<std::size_t>(c)])
                       : std::string();
        };
        RosterEntry e;
        e.id = at(id);
        if (e.id.empty()) {
            error = path + ":" + std::to_string(r + 1) + ": error: a student with no id";
            return std::nullopt;
        }
        e.name = full >= 0 ? at(full) : trimmed(at(first) + " " + at(last));
        e.email = at(mail);
        for (const auto& o : out)
            if (o.id == e.id) {
                error = path + ":" + std::to_string(r + 1) + ": error: student id '" + e.id +
                        "' is listed twice";
                return std::nullopt;
            }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace rc::board
