#include "game/net/journal.hpp"

#include "game/engine/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace rc::net {

namespace {

std::string escape(const std::string& v) {
    std::string out;
    for (char c : v) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\t':
            out += "%09";
            break;
        case '\n':
            out += "%0A";
            break;
        case '\r':
            out += "%0D";
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool unescape(const std::string& v, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '%') {
            out += v[i];
            continue;
        }
        std::string code = v.substr(i + 1, 2);
        if (code == "25")
            out += '%';
        else if (code == "09")
            out += '\t';
        else if (code == "0A")
            out += '\n';
        else if (code == "0D")
            out += '\r';
        else
            return false;
        i += 2;
    }
    return true;
}

} // namespace

std::string formatRecord(const Message& r) {
    std::string line = r.type;
    for (const auto& [k, v] : r.fields)
        line += "\t" + k + "=" + escape(v);
    return line + "\n";
}

bool parseRecord(const std::string& line, Message& r) {
    r = Message();
    std::size_t at = 0;
    bool first = true;
    while (at <= line.size()) {
        std::size_t tab = line.find('\t', at);
        std::string part = line.substr(at, tab == std::string::npos ? std::string::npos : tab - at);
        if (first) {
            if (part.empty() || part.size() > 16) return false;
            for (char c : part)
                if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
            r.type = part;
            first = false;
        } else {
            std::size_t eq = part.find('=');
            std::string value;
            if (eq == std::string::npos || eq == 0 || !unescape(part.substr(eq + 1), value))
                return false;
            r.fields.emplace_back(part.substr(0, eq), std::move(value));
        }
        if (tab == std::string::npos) break;
        at = tab + 1;
    }
    return !first;
}

Journal::~Journal() {
    if (f_) std::fclose(f_);
}

bool Journal::open(const std::string& path, std::vector<Message>& records, std::string& error) {
    path_ = path;
    records.clear();
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        std::string text;
        if (FileError why; !readFile(path, FileKind::Journal, text, why)) {
            error = path + ": the journal " + why.message;
            return false;
        }
        std::size_t end = text.rfind('\n');
        std::size_t keep = end == std::string::npos ? 0 : end + 1;
        if (keep < text.size()) {
            std::filesystem::resize_file(path, keep, ec);
            if (ec) {
                error = path + ": cannot cut off its torn last line: " + ec.message();
                return false;
            }
        }
        std::size_t at = 0;
        int lineNo = 0;
        while (at < keep) {
            std::size_t nl = text.find('\n', at);
            ++lineNo;
            Message r;
            if (!parseRecord(text.substr(at, nl - at), r)) {
                error = path + ":" + std::to_string(lineNo) + ": not a journal record";
                return false;
            }
            records.push_back(std::move(r));
            at = nl + 1;
        }
    }
    f_ = std::fopen(path.c_str(), "ab");
    if (!f_) {
        error = path + ": cannot be opened for writing: " + std::strerror(errno);
        return false;
    }
    return true;
}

bool Journal::append(const Message& record, std::string& error) {
    if (!f_) {
        error = "the journal is not open";
        return false;
    }
    const std::string line = formatRecord(record);
    if (std::fwrite(line.data(), 1, line.size(), f_) != line.size() || std::fflush(f_) != 0) {
        error = path_ + ": cannot be written: " + std::strerror(errno);
        return false;
    }
    dirty_ = true;
    return true;
}

bool Journal::sync(std::string& error) {
    if (!dirty_) return true;
    if (!f_ || ::fsync(fileno(f_)) != 0) {
        error = path_ + ": cannot be forced to the disk: " + std::strerror(errno);
        return false;
    }
    dirty_ = false;
    return true;
}

} // namespace rc::net
