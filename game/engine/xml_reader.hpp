#pragma once
#include <tinyxml2.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "game/engine/content_text.hpp"
#include "game/engine/diagnostics.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

/// Largest content file the loader accepts (bytes); larger files are rejected before parsing.
inline constexpr std::size_t kMaxContentFileBytes = maxFileBytes(FileKind::Content);

/// A parsed XML file plus what is needed to point at places in it.
class XmlFile {
  public:
    /// Reads and parses `path`; reports a missing, empty, oversized or malformed file. An
    /// XmlFile can load one file after another: it keeps its buffers and its parser's node
    /// pools, so later files are read and parsed into memory that is already there.
    bool load(const std::string& path, Diagnostics& diags);
    /// Parses text already in memory (used by tests and fuzzers).
    bool parse(std::string path, std::string text, Diagnostics& diags);

    const tinyxml2::XMLElement* root() const { return doc_.RootElement(); }
    const std::string& path() const { return path_; }
    /// The path as shared by every SourcePos in this file.
    const SourceFile& source() const { return path_; }
    const std::string& text() const { return text_; }
    /// contentHash() of text(): the content hash of a case or challenge.
    std::uint64_t hash() const { return hash_; }
    /// Line and column of `needle` searched from `line` onwards (1-based col; {line,1} if absent).
    std::pair<int, int> locate(int line, std::string_view needle, bool wordStart) const;

  private:
    bool parseText(Diagnostics& diags);
    void index();
    SourceFile path_;
    std::string text_;
    std::uint64_t hash_ = 0;
    std::vector<std::size_t> lineStarts_; ///< offset of each line's first byte (line 1 at [0])
    tinyxml2::XMLDocument doc_;
};

/// Typed, checked access to one element's attributes: every read is validated and
/// reported with `file:line:col`, and finish() reports attributes nobody read.
class Node {
  public:
    Node(const XmlFile& file, const tinyxml2::XMLElement* el, Diagnostics& diags);
    Node(const Node&) = delete; // attrs_ may point into the node itself
    Node& operator=(const Node&) = delete;

    const tinyxml2::XMLElement* element() const { return el_; }
    std::string name() const { return el_->Name(); }
    SourcePos pos() const;
    SourcePos attrPos(const char* attr) const;

    bool has(const char* attr) const { return indexOf(attr) < attrCount_; }
    std::string str(const char* attr);                       ///< required, non-empty
    std::string str(const char* attr, const std::string& d); ///< optional with default
    std::string id(const char* attr = "id");                 ///< required, id syntax
    /// A required space-separated list of ids; a word that is not an id is reported (bad-id)
    /// and left out.
    std::vector<std::string> ids(const char* attr);
    std::optional<std::string> optId(const char* attr);
    int integer(const char* attr, int lo, int hi);            ///< required
    int integer(const char* attr, int lo, int hi, int dflt);  ///< optional
    std::optional<int> optInteger(const char* attr, int lo, int hi);
    double number(const char* attr, double lo, double hi, double dflt);
    std::optional<double> optNumber(const char* attr, double lo, double hi);
    bool boolean(const char* attr, bool dflt);
    /// A required 64-bit hash written as 16 lower-case hex digits (hexHash()); 0 and `bad-hash`
    /// when it is malformed (a missing one is reported as str() reports it).
    std::uint64_t hash64(const char* attr);
    std::string choice(const char* attr, std::initializer_list<const char*> allowed);
    std::string choice(const char* attr, std::initializer_list<const char*> allowed,
                       const std::string& dflt);
    /// choice() as a position in `allowed`, reported the same way: -1 when the required
    /// attribute is missing or not allowed; `dflt` when the optional one is absent or not allowed.
    int choiceIndex(const char* attr, std::initializer_list<const char*> allowed);
    int choiceIndex(const char* attr, std::initializer_list<const char*> allowed, int dflt);
    /// An optional space-separated list whose every word is one of `allowed` ("hip knee"); each
    /// word that is not is reported as choice() reports it, and left out.
    std::vector<std::string> choices(const char* attr, std::initializer_list<const char*> allowed);
    /// The element's text with whitespace runs collapsed; `required` reports an empty text.
    std::string text(bool required);

    /// Reports every child element: for elements that hold only attributes or text.
    void leaf();
    /// Reports a second occurrence of an element that may appear once; returns false then.
    bool once(bool& seen, const tinyxml2::XMLElement* el);
    /// Reports an element that is not allowed here.
    void unknownChild(const tinyxml2::XMLElement* child);
    /// The caller read the element's text itself (text() marks it read).
    void markTextRead() { textRead_ = true; }
    /// Reports every attribute that no accessor read, and text in an element whose text nobody
    /// read (an attribute-only element such as <weights>, or stray words between elements).
    void finish();

    void error(const std::string& code, const std::string& message, const char* attr = nullptr);
    void warning(const std::string& code, const std::string& message, const char* attr = nullptr);

    const XmlFile& file() const { return file_; }
    Diagnostics& diags() { return diags_; }

  private:
    /// One attribute of the element; `read` is set once an accessor has asked for it.
    struct Attr {
        const char* name;
        const tinyxml2::XMLAttribute* attr;
        bool read;
    };
    std::size_t indexOf(const char* attr) const; ///< attrCount_ if absent
    const char* raw(const char* attr);
    const XmlFile& file_;
    const tinyxml2::XMLElement* el_;
    Diagnostics& diags_;
    // The element's attributes, listed once. A Node is made for every element loaded and each
    // accessor looks its attribute up, so a short array beats walking tinyxml2's list (and
    // comparing every name) each time. Elements with many attributes spill into a vector.
    static constexpr std::size_t kInlineAttrs = 8;
    Attr inline_[kInlineAttrs];
    std::vector<Attr> spill_;
    Attr* attrs_ = inline_;
    std::size_t attrCount_ = 0;
    bool textRead_ = false;
};

} // namespace rc
