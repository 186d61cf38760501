#include "game/engine/diagnostics.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "game/engine/content_text.hpp"

namespace rc {

std::string format(const Diagnostic& d) {
    // A path or a message may echo what a hostile file holds: nothing of it may drive the
    // terminal it is printed on.
    std::ostringstream out;
    out << terminalSafe(d.file);
    if (d.line > 0) {
        out << ':' << d.line;
        if (d.col > 0) out << ':' << d.col;
    }
    out << ": " << (d.severity == Severity::Error ? "error" : "warning") << ": "
        << terminalSafe(d.message);
    if (!d.code.empty()) out << " [" << d.code << ']';
    return out.str();
}

void Diagnostics::error(std::string file, int line, int col, std::string code, std::string message) {
    items_.push_back({Severity::Error, std::move(file), line, col, std::move(code), std::move(message)});
}

void Diagnostics::warning(std::string file, int line, int col, std::string code,
                          std::string message) {
    items_.push_back(
        {Severity::Warning, std::move(file), line, col, std::move(code), std::move(message)});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    }));
}

int Diagnostics::warningCount() const {
    return static_cast<int>(items_.size()) - errorCount();
}

bool Diagnostics::has(const std::string& code) const {
    return std::any_of(items_.begin(), items_.end(),
                       [&](const Diagnostic& d) { return d.code == code; });
}

std::string Diagnostics::summary(std::size_t keep) const {
    std::map<std::pair<std::string, std::string>, std::size_t> seen; // (file, code) -> count
    for (const auto& d : items_)
        ++seen[{d.file, d.code}];
    std::map<std::pair<std::string, std::string>, std::size_t> shown;
    std::string s;
    for (const auto& d : items_) {
        const auto key = std::make_pair(d.file, d.code);
        const std::size_t n = ++shown[key];
        if (n <= keep) s += format(d) + "\n";
        if (n == keep + 1)
            s += terminalSafe(d.file) + ": note: " + std::to_string(seen[key] - keep) + " more [" +
                 d.code + "] not shown\n";
    }
    return s;
}

std::string Diagnostics::str() const {
    std::string s;
    for (const auto& d : items_) s += format(d) + "\n";
    return s;
}

} // namespace rc
