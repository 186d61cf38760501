#include "game/engine/xml_reader.hpp"

#include "game/engine/content_hash.hpp"
#include "game/engine/file_read.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace rc {

namespace {

std::string joinAllowed(std::initializer_list<const char*> allowed) {
    std::string s;
    for (const char* a : allowed) {
        if (!s.empty()) s += ", ";
        s += a;
    }
    return s;
}

/// strcmp() == 0 for the short names and keywords of content files, inline: most comparisons
/// fail on the first letter, and calling strcmp for that costs more than the compare.
bool sameName(const char* a, const char* b) {
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

} // namespace

bool XmlFile::load(const std::string& path, Diagnostics& diags) {
    path_ = path;
    FileError why;
    if (!readFile(path, FileKind::Content, text_, why)) {
        diags.error(path_, 0, 0, why.code(), "this " + why.message);
        return false;
    }
    return parseText(diags);
}

bool XmlFile::parse(std::string path, std::string text, Diagnostics& diags) {
    path_ = std::move(path);
    text_ = std::move(text);
    return parseText(diags);
}

namespace {

/// Offset of the first '&' that does not start &amp; &lt; &gt; &quot; &apos; or a character
/// reference, outside comments, CDATA sections and processing instructions; npos if none.
std::size_t firstBadEntity(const std::string& t) {
    static constexpr std::string_view kNamed[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    // The next '&' or '<' by a plain scan: find_first_of looks each byte up in its set with a
    // call (an eighth of loading a 1,000-case pack).
    const auto next = [&t](std::size_t from) -> std::size_t {
        for (std::size_t k = from; k < t.size(); ++k)
            if (t[k] == '&' || t[k] == '<') return k;
        return std::string::npos;
    };
    for (std::size_t i = next(0); i != std::string::npos; i = next(i + 1)) {
        if (t[i] == '<') {
            // Skip what XML does not parse for entities.
            const char* close = t.compare(i, 4, "<!--") == 0        ? "-->"
                                : t.compare(i, 9, "<![CDATA[") == 0 ? "]]>"
                                : t.compare(i, 2, "<?") == 0        ? "?>"
                                                                    : nullptr;
            if (!close) continue;
            const std::size_t end = t.find(close, i + 2);
            if (end == std::string::npos) return std::string::npos; // the parser reports it
            i = end;
            continue;
        }
        const std::string_view rest = std::string_view(t).substr(i + 1);
        bool ok = false;
        for (std::string_view n : kNamed)
            ok = ok || rest.substr(0, n.size()) == n;
        if (!ok && rest.size() > 1 && rest[0] == '#') {
            const bool hex = rest[1] == 'x';
            std::size_t j = hex ? 2 : 1, digits = 0;
            while (j < rest.size() && digits < 8 &&
                   (hex ? std::isxdigit(static_cast<unsigned char>(rest[j])) != 0
                        : std::isdigit(static_cast<unsigned char>(rest[j])) != 0))
                ++j, ++digits;
            ok = digits > 0 && j < rest.size() && rest[j] == ';';
        }
        if (!ok) return i;
    }
    return std::string::npos;
}

/// TinyXML-2's error in words, and text to find its column by on the error's line.
std::pair<std::string, std::string> syntaxMessage(const tinyxml2::XMLDocument& doc) {
    // ErrorStr() reads "Error=XML_ERROR_MISMATCHED_ELEMENT ErrorID=14 (0xe) Line number=7:
    // XMLElement name=manner": keep the name it mentions, if any.
    const std::string raw = doc.ErrorStr() ? doc.ErrorStr() : "";
    std::string name;
    if (const std::size_t at = raw.find("name="); at != std::string::npos)
        name = raw.substr(at + 5, raw.find_first_of(" \n", at + 5) - at - 5);
    name = clip(name, 40);
    switch (doc.ErrorID()) {
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        // Reported at the line of the element left open: point at its opening tag.
        return {"<" + name + "> is not closed: a closing tag after it names another element",
                "<" + name};
    case tinyxml2::XML_ERROR_PARSING_ELEMENT:
        return {"an element is not closed or its tag is malformed" +
                    (name.empty() ? std::string() : " (<" + name + ">)"),
                name.empty() ? "<" : "<" + name};
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return {"an attribute is malformed (name=\"value\", in quotes)", name};
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return {"text is malformed (a stray '<'?)", ""};
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return {"a CDATA section is not closed", "<![CDATA["};
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return {"a comment is not closed with -->", "<!--"};
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return {"the <?xml ...?> declaration is malformed", "<?"};
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN:
        return {"a <! ...> declaration is malformed", "<!"};
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
        return {"there is no element in the file", ""};
    default:
        return {std::string(doc.ErrorName()) + (name.empty() ? "" : " at <" + name + ">"), ""};
    }
}

} // namespace

bool XmlFile::parseText(Diagnostics& diags) {
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        diags.error(path_, 1, 1, "empty-file", "file is empty");
        return false;
    }
    if (text_.size() > kMaxContentFileBytes) {
        diags.error(path_, 0, 0, "file-too-large", "input is too large");
        return false;
    }
    index();
    // Text is valid UTF-8 without control characters, or the file is refused: what reaches a
    // student, a JSON report or the instructor's terminal is text.
    const char* what = nullptr;
    if (const std::size_t bad = firstNotPlain(text_, what); bad != std::string_view::npos) {
        const auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), bad);
        const auto line = static_cast<int>(next - lineStarts_.begin());
        const auto col = static_cast<int>(bad - *(next - 1)) + 1;
        diags.error(path_, line, col, "bad-text",
                    std::string(what) +
                        ": files must be UTF-8 text without control characters (tab and line "
                        "ends are fine)");
        return false;
    }
    // TinyXML-2 passes a bare '&' and an unknown entity (&xxe;) through as text; XML does not.
    if (const std::size_t amp = firstBadEntity(text_); amp != std::string::npos) {
        const auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), amp);
        const auto line = static_cast<int>(next - lineStarts_.begin());
        const auto col = static_cast<int>(amp - *(next - 1)) + 1;
        const std::size_t semi = text_.find(';', amp);
        const bool named = semi != std::string::npos && semi - amp <= 32 &&
                           text_.find_first_of(" \t\r\n<&", amp + 1) > semi;
        diags.error(path_, line, col, "bad-entity",
                    named ? "'" + clip(text_.substr(amp, semi - amp + 1)) +
                                "' is not an XML entity: only &amp; &lt; &gt; &quot; &apos; and "
                                "character references such as &#233; are (a DTD is never read)"
                          : "a bare '&': write &amp; for an ampersand");
        return false;
    }
    if (doc_.Parse(text_.data(), text_.size()) != tinyxml2::XML_SUCCESS) {
        const int line = doc_.ErrorLineNum() > 0 ? doc_.ErrorLineNum() : 1;
        const auto [message, needle] = syntaxMessage(doc_);
        const int col = needle.empty() ? 1 : locate(line, needle, false).second;
        diags.error(path_, line, col, "xml-syntax", "malformed XML: " + message);
        return false;
    }
    if (!doc_.RootElement()) {
        diags.error(path_, 1, 1, "xml-syntax", "no root element");
        return false;
    }
    return true;
}

void XmlFile::index() {
    const char* begin = text_.data();
    const char* end = begin + text_.size();
    lineStarts_.clear();
    lineStarts_.reserve(text_.size() / 32 + 2); // content lines are rarely shorter
    lineStarts_.push_back(0);
    for (const char* p = begin;
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
        lineStarts_.push_back(static_cast<std::size_t>(++p - begin));
    hash_ = contentHash(text_);
}

std::pair<int, int> XmlFile::locate(int line, std::string_view needle, bool wordStart) const {
    // Search from the start of `line` up to a dozen lines on (attributes of a long tag).
    if (line < 1 || static_cast<std::size_t>(line) > lineStarts_.size()) return {line, 1};
    std::size_t pos = lineStarts_[static_cast<std::size_t>(line) - 1];
    std::size_t lastLine = std::min(lineStarts_.size(), static_cast<std::size_t>(line) + 12);
    std::size_t limit = lastLine < lineStarts_.size() ? lineStarts_[lastLine] : text_.size();
    std::size_t hit = pos;
    // An element's tag usually opens its line, after blanks that cannot start the needle: it
    // is then the first hit, as find() would say after more work.
    if (!wordStart && !needle.empty() && needle[0] != ' ' && needle[0] != '\t') {
        std::size_t first = pos;
        while (first < limit && (text_[first] == ' ' || text_[first] == '\t'))
            ++first;
        if (first < limit && text_.compare(first, needle.size(), needle) == 0)
            return {line, static_cast<int>(first - pos) + 1};
    }
    while (true) {
        hit = text_.find(needle, hit);
        if (hit == std::string::npos || hit >= limit) return {line, 1};
        if (!wordStart || hit == 0 || std::isspace(static_cast<unsigned char>(text_[hit - 1])))
            break;
        ++hit;
    }
    // Usually the hit is on `line` itself; otherwise find its line in the index.
    int l = line;
    if (static_cast<std::size_t>(line) < lineStarts_.size() &&
        hit >= lineStarts_[static_cast<std::size_t>(line)]) {
        auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), hit);
        l = static_cast<int>(it - lineStarts_.begin());
    }
    return {l, static_cast<int>(hit - lineStarts_[static_cast<std::size_t>(l) - 1]) + 1};
}

Node::Node(const XmlFile& file, const tinyxml2::XMLElement* el, Diagnostics& diags)
    : file_(file), el_(el), diags_(diags) {
    for (const tinyxml2::XMLAttribute* a = el_->FirstAttribute(); a; a = a->Next()) {
        if (attrCount_ == kInlineAttrs) {
            spill_.assign(inline_, inline_ + kInlineAttrs);
            attrs_ = nullptr;
        }
        if (attrs_ == inline_)
            inline_[attrCount_] = {a->Name(), a, false};
        else
            spill_.push_back({a->Name(), a, false});
        ++attrCount_;
    }
    if (!attrs_) attrs_ = spill_.data();
}

namespace {

/// `before` + `word` + `after` as a needle for XmlFile::locate, on the stack when it is short
/// (positions are taken for most elements loaded).
class Needle {
  public:
    Needle(const char* before, const char* word, const char* after) {
        const std::size_t nb = std::strlen(before), nw = std::strlen(word), na = std::strlen(after);
        size_ = nb + nw + na;
        char* p = buf_;
        if (size_ > sizeof buf_) {
            long_.resize(size_);
            p = long_.data();
        }
        std::memcpy(p, before, nb);
        std::memcpy(p + nb, word, nw);
        std::memcpy(p + nb + nw, after, na);
    }
    std::string_view view() const { return {long_.empty() ? buf_ : long_.data(), size_}; }

  private:
    char buf_[64];
    std::string long_;
    std::size_t size_ = 0;
};

} // namespace

SourcePos Node::pos() const {
    auto [l, c] = file_.locate(el_->GetLineNum(), Needle("<", el_->Name(), "").view(), false);
    return {file_.source(), l, c};
}

SourcePos Node::attrPos(const char* attr) const {
    auto [l, c] = file_.locate(el_->GetLineNum(), Needle("", attr, "=").view(), true);
    return {file_.source(), l, c};
}

void Node::error(const std::string& code, const std::string& message, const char* attr) {
    SourcePos p = attr ? attrPos(attr) : pos();
    diags_.error(p.file, p.line, p.col, code, message);
}

void Node::warning(const std::string& code, const std::string& message, const char* attr) {
    SourcePos p = attr ? attrPos(attr) : pos();
    diags_.warning(p.file, p.line, p.col, code, message);
}

std::size_t Node::indexOf(const char* attr) const {
    std::size_t i = 0;
    while (i < attrCount_ && !sameName(attrs_[i].name, attr))
        ++i;
    return i;
}

const char* Node::raw(const char* attr) {
    std::size_t i = indexOf(attr);
    if (i == attrCount_) return nullptr;
    attrs_[i].read = true;
    return attrs_[i].attr->Value();
}

std::string Node::str(const char* attr) {
    const char* v = raw(attr);
    if (!v) {
        error("missing-attribute",
              std::string("<") + el_->Name() + "> needs the attribute '" + attr + "'");
        return {};
    }
    std::string s = collapseSpace(v);
    if (s.empty()) error("empty-attribute", std::string("'") + attr + "' must not be empty", attr);
    return s;
}

std::string Node::str(const char* attr, const std::string& d) {
    const char* v = raw(attr);
    if (!v) return d;
    // Optional, but not empty when given (the schema's Text type): an empty one is a slip.
    std::string s = collapseSpace(v);
    if (s.empty()) error("empty-attribute", std::string("'") + attr + "' must not be empty", attr);
    return s;
}

std::string Node::id(const char* attr) {
    // A valid id holds no blanks, so collapsing would leave it as it is.
    if (const char* v = raw(attr)) {
        const std::string_view sv(v);
        if (isValidId(sv)) return std::string(sv);
    }
    std::string s = str(attr);
    if (!s.empty() && !isValidId(s))
        error("bad-id",
              std::string("'") + clip(s) +
                  "' is not a valid id (lower-case letters, digits, hyphens)",
              attr);
    return s;
}

std::vector<std::string> Node::ids(const char* attr) {
    std::vector<std::string> out;
    for (std::string& w : splitWords(str(attr))) {
        if (isValidId(w))
            out.push_back(std::move(w));
        else
            error("bad-id",
                  std::string("'") + attr + "' names '" + clip(w) +
                      "', which is not a valid id (lower-case letters, digits, hyphens)",
                  attr);
    }
    return out;
}

std::optional<std::string> Node::optId(const char* attr) {
    if (!has(attr)) {
        return std::nullopt;
    }
    return id(attr);
}

std::optional<int> Node::optInteger(const char* attr, int lo, int hi) {
    const char* v = raw(attr);
    if (!v) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    long x = std::strtol(v, &end, 10);
    if (end == v || *end != '\0' || errno != 0) {
        error("bad-number",
              std::string("'") + attr + "' must be a whole number, not '" + clip(v) + "'", attr);
        return std::nullopt;
    }
    if (x < lo || x > hi) {
        error("out-of-range",
              std::string("'") + attr + "' is " + v + "; it must be between " + std::to_string(lo) +
                  " and " + std::to_string(hi),
              attr);
        return std::nullopt;
    }
    return static_cast<int>(x);
}

int Node::integer(const char* attr, int lo, int hi) {
    if (!has(attr)) {
        error("missing-attribute",
              std::string("<") + el_->Name() + "> needs the attribute '" + attr + "'");
        return lo;
    }
    return optInteger(attr, lo, hi).value_or(lo);
}

int Node::integer(const char* attr, int lo, int hi, int dflt) {
    return optInteger(attr, lo, hi).value_or(dflt);
}

std::optional<double> Node::optNumber(const char* attr, double lo, double hi) {
    const char* v = raw(attr);
    if (!v) return std::nullopt;
    char* end = nullptr;
    double x = std::strtod(v, &end);
    if (end == v || *end != '\0' || !std::isfinite(x)) {
        error("bad-number", std::string("'") + attr + "' must be a number, not '" + clip(v) + "'",
              attr);
        return std::nullopt;
    }
    if (x < lo || x > hi) {
        std::ostringstream msg;
        msg << "'" << attr << "' is " << v << "; it must be between " << lo << " and " << hi;
        error("out-of-range", msg.str(), attr);
        return std::nullopt;
    }
    return x;
}

std::uint64_t Node::hash64(const char* attr) {
    const std::string s = str(attr);
    if (s.size() != 16 || s.find_first_not_of("0123456789abcdef") != std::string::npos) {
        if (!s.empty())
            error("bad-hash", std::string("'") + attr + "' must be 16 hex digits", attr);
        return 0;
    }
    return std::strtoull(s.c_str(), nullptr, 16);
}

double Node::number(const char* attr, double lo, double hi, double dflt) {
    return optNumber(attr, lo, hi).value_or(dflt);
}

bool Node::boolean(const char* attr, bool dflt) {
    const char* v = raw(attr);
    if (!v) return dflt;
    if (std::strcmp(v, "true") == 0) return true;
    if (std::strcmp(v, "false") == 0) return false;
    error("bad-enum", std::string("'") + attr + "' must be true or false, not '" + clip(v) + "'",
          attr);
    return dflt;
}

std::string Node::choice(const char* attr, std::initializer_list<const char*> allowed) {
    const int i = choiceIndex(attr, allowed);
    return i < 0 ? std::string() : std::string(allowed.begin()[i]);
}

std::string Node::choice(const char* attr, std::initializer_list<const char*> allowed,
                         const std::string& dflt) {
    const int i = choiceIndex(attr, allowed, -1);
    return i < 0 ? dflt : std::string(allowed.begin()[i]);
}

int Node::choiceIndex(const char* attr, std::initializer_list<const char*> allowed) {
    if (!has(attr)) {
        error("missing-attribute", std::string("<") + el_->Name() + "> needs the attribute '" +
                                       attr + "' (" + joinAllowed(allowed) + ")");
        return -1;
    }
    return choiceIndex(attr, allowed, -1);
}

int Node::choiceIndex(const char* attr, std::initializer_list<const char*> allowed, int dflt) {
    const char* v = raw(attr);
    if (!v) return dflt;
    int i = 0;
    for (const char* a : allowed) {
        if (sameName(a, v)) return i;
        ++i;
    }
    error("bad-enum",
          std::string("'") + attr + "' is '" + clip(v) +
              "'; expected one of: " + joinAllowed(allowed),
          attr);
    return dflt;
}

std::vector<std::string> Node::choices(const char* attr,
                                       std::initializer_list<const char*> allowed) {
    std::vector<std::string> out;
    const char* v = raw(attr);
    if (!v) return out;
    for (std::string& w : splitWords(v)) {
        bool ok = false;
        for (const char* a : allowed)
            ok = ok || w == a;
        if (ok)
            out.push_back(std::move(w));
        else
            error("bad-enum",
                  std::string("'") + attr + "' names '" + clip(w) +
                      "'; expected any of: " + joinAllowed(allowed),
                  attr);
    }
    return out;
}

void Node::leaf() {
    for (const tinyxml2::XMLElement* c = el_->FirstChildElement(); c; c = c->NextSiblingElement())
        unknownChild(c);
}

bool Node::once(bool& seen, const tinyxml2::XMLElement* el) {
    if (!seen) {
        seen = true;
        return true;
    }
    Node n(file_, el, diags_);
    n.error("duplicate-element",
            std::string("<") + el->Name() + "> may appear only once inside <" + el_->Name() + ">");
    return false;
}

std::string Node::text(bool required) {
    textRead_ = true;
    std::string s;
    bool space = false;
    const tinyxml2::XMLNode* first = el_->FirstChild();
    if (first && !first->NextSibling() && first->ToText()) {
        s = collapseSpace(first->Value()); // the usual case: one text and nothing else
    } else {
        for (const tinyxml2::XMLNode* n = first; n; n = n->NextSibling()) {
            if (const auto* t = n->ToText())
                appendCollapsed(s, space, t->Value());
            else if (const auto* e = n->ToElement())
                unknownChild(e);
        }
    }
    if (required && s.empty())
        error("missing-text", std::string("<") + el_->Name() + "> needs text");
    return s;
}

void Node::unknownChild(const tinyxml2::XMLElement* child) {
    Node c(file_, child, diags_);
    c.error("unknown-element",
            std::string("<") + child->Name() + "> is not allowed inside <" + el_->Name() + ">");
}

void Node::finish() {
    for (std::size_t i = 0; i < attrCount_; ++i) {
        if (!attrs_[i].read)
            error("unknown-attribute",
                  std::string("<") + el_->Name() + "> has no attribute '" + attrs_[i].name + "'",
                  attrs_[i].name);
    }
    if (textRead_) return;
    for (const tinyxml2::XMLNode* n = el_->FirstChild(); n; n = n->NextSibling()) {
        const tinyxml2::XMLText* t = n->ToText();
        if (!t) continue;
        const std::string words = collapseSpace(t->Value());
        if (words.empty()) continue;
        const std::string first = words.substr(0, words.find(' '));
        const auto [line, col] = file_.locate(n->GetLineNum(), first, false);
        diags_.error(file_.path(), line, col, "unexpected-text",
                     std::string("<") + el_->Name() + "> holds no text here, but has '" +
                         clip(words, 40) + "' (its content is attributes and elements only)");
        return;
    }
}

} // namespace rc
