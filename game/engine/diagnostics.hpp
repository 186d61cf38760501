#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace rc {

/// How bad a diagnostic is: errors make a file unusable, warnings do not.
enum class Severity { Error, Warning };

/// One problem found in content or input, compiler-style.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file; ///< path as given by the caller
    int line = 0;     ///< 1-based; 0 when the problem concerns the whole file
    int col = 0;      ///< 1-based; 0 when unknown
    std::string code; ///< stable short name, e.g. "unknown-attribute" (FORMAT.md lists them)
    std::string message;
};

/// Formats `file:line:col: error: message [code]` (line/col omitted when 0).
std::string format(const Diagnostic& d);

/// Collects every problem of a run so an author sees them all at once.
class Diagnostics {
  public:
    void error(std::string file, int line, int col, std::string code, std::string message);
    void warning(std::string file, int line, int col, std::string code, std::string message);
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    /// True if some diagnostic has this code (used by tests and fixtures).
    bool has(const std::string& code) const;
    /// Every diagnostic formatted, one per line.
    std::string str() const;
    /// str(), but of one code in one file only the first `keep`, then one line saying how many
    /// more there are: a file with 20,000 duplicates gives a screenful, not 20,000 lines.
    std::string summary(std::size_t keep = 10) const;

  private:
    std::vector<Diagnostic> items_;
};

} // namespace rc
