#pragma once
#include <memory>
#include <string>
#include <utility>

namespace rc {

/// A file path shared by every position in that file. The loaders keep a position for almost
/// every element, and copying one pointer is far cheaper than copying the path each time;
/// it still reads as a `const std::string&`.
class SourceFile {
  public:
    SourceFile() = default;
    SourceFile(std::string path) : path_(std::make_shared<const std::string>(std::move(path))) {}
    SourceFile(const char* path) : SourceFile(std::string(path)) {}

    const std::string& str() const { return path_ ? *path_ : none(); }
    operator const std::string&() const { return str(); }
    bool empty() const { return str().empty(); }
    const char* c_str() const { return str().c_str(); }

  private:
    static const std::string& none() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::string> path_;
};

inline bool operator==(const SourceFile& a, const std::string& b) { return a.str() == b; }
inline bool operator==(const std::string& a, const SourceFile& b) { return a == b.str(); }
inline bool operator!=(const SourceFile& a, const std::string& b) { return !(a == b); }
inline bool operator!=(const std::string& a, const SourceFile& b) { return !(a == b); }

/// Where something was written: file path, 1-based line and column (0 = unknown).
struct SourcePos {
    SourceFile file;
    int line = 0;
    int col = 0;
};

} // namespace rc
