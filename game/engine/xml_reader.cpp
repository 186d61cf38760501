#include "game/engine/xml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace rc {

namespace {

bool readWholeFile(const std::string& path, std::string& out, bool& tooBig) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0) return false;
    if (static_cast<std::size_t>(size) > kMaxContentFileBytes) {
        tooBig = true;
        return true;
    }
    in.seekg(0, std::ios::beg);
    out.assign(static_cast<std::size_t>(size), '\0');
    in.read(out.data(), size);
    return static_cast<bool>(in) || in.eof();
}

std::string joinAllowed(std::initializer_list<const char*> allowed) {
    std::string s;
    for (const char* a : allowed) {
        if (!s.empty()) s += ", ";
        s += a;
    }
    return s;
}

} // namespace

bool isValidId(const std::string& s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string collapseSpace(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

bool XmlFile::load(const std::string& path, Diagnostics& diags) {
    std::string text;
    bool tooBig = false;
    if (!readWholeFile(path, text, tooBig)) {
        diags.error(path, 0, 0, "missing-file", "cannot read file (missing or unreadable)");
        return false;
    }
    if (tooBig) {
        diags.error(path, 0, 0, "file-too-large",
                    "file is larger than " + std::to_string(kMaxContentFileBytes / 1024) +
                        " KiB; content files are expected to be small");
        return false;
    }
    return parse(path, std::move(text), diags);
}

bool XmlFile::parse(std::string path, std::string text, Diagnostics& diags) {
    path_ = std::move(path);
    text_ = std::move(text);
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        diags.error(path_, 1, 1, "empty-file", "file is empty");
        return false;
    }
    if (text_.size() > kMaxContentFileBytes) {
        diags.error(path_, 0, 0, "file-too-large", "input is too large");
        return false;
    }
    lineStarts_.assign(1, 0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') lineStarts_.push_back(i + 1);
    if (doc_.Parse(text_.data(), text_.size()) != tinyxml2::XML_SUCCESS) {
        int line = doc_.ErrorLineNum() > 0 ? doc_.ErrorLineNum() : 1;
        std::string what = doc_.ErrorName();
        const char* detail = doc_.ErrorStr();
        diags.error(path_, line, 1, "xml-syntax",
                    "malformed XML (" + what + ")" + (detail ? std::string(": ") + detail : ""));
        return false;
    }
    if (!doc_.RootElement()) {
        diags.error(path_, 1, 1, "xml-syntax", "no root element");
        return false;
    }
    return true;
}

std::pair<int, int> XmlFile::locate(int line, const std::string& needle, bool wordStart) const {
    // Search from the start of `line` up to a dozen lines on (attributes of a long tag).
    if (line < 1 || static_cast<std::size_t>(line) > lineStarts_.size()) return {line, 1};
    std::size_t pos = lineStarts_[static_cast<std::size_t>(line) - 1];
    std::size_t lastLine = std::min(lineStarts_.size(), static_cast<std::size_t>(line) + 12);
    std::size_t limit = lastLine < lineStarts_.size() ? lineStarts_[lastLine] : text_.size();
    std::size_t hit = pos;
    while (true) {
        hit = text_.find(needle, hit);
        if (hit == std::string::npos || hit >= limit) return {line, 1};
        if (!wordStart || hit == 0 || std::isspace(static_cast<unsigned char>(text_[hit - 1])))
            break;
        ++hit;
    }
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), hit);
    int l = static_cast<int>(it - lineStarts_.begin());
    return {l, static_cast<int>(hit - lineStarts_[static_cast<std::size_t>(l) - 1]) + 1};
}

Node::Node(const XmlFile& file, const tinyxml2::XMLElement* el, Diagnostics& diags)
    : file_(file), el_(el), diags_(diags) {}

SourcePos Node::pos() const {
    auto [l, c] = file_.locate(el_->GetLineNum(), std::string("<") + el_->Name(), false);
    return {file_.path(), l, c};
}

SourcePos Node::attrPos(const char* attr) const {
    auto [l, c] = file_.locate(el_->GetLineNum(), std::string(attr) + "=", true);
    return {file_.path(), l, c};
}

void Node::error(const std::string& code, const std::string& message, const char* attr) {
    SourcePos p = attr ? attrPos(attr) : pos();
    diags_.error(p.file, p.line, p.col, code, message);
}

void Node::warning(const std::string& code, const std::string& message, const char* attr) {
    SourcePos p = attr ? attrPos(attr) : pos();
    diags_.warning(p.file, p.line, p.col, code, message);
}

const char* Node::raw(const char* attr) {
    read_.push_back(attr);
    return el_->Attribute(attr);
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
    return v ? collapseSpace(v) : d;
}

std::string Node::id(const char* attr) {
    std::string s = str(attr);
    if (!s.empty() && !isValidId(s))
        error("bad-id",
              std::string("'") + s + "' is not a valid id (lower-case letters, digits, hyphens)",
              attr);
    return s;
}

std::optional<std::string> Node::optId(const char* attr) {
    if (!has(attr)) {
        read_.push_back(attr);
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
        error("bad-number", std::string("'") + attr + "' must be a whole number, not '" + v + "'",
              attr);
        return std::nullopt;
    }
    if (x < lo || x > hi) {
        error("out-of-range", std::string("'") + attr + "' is " + v + "; it must be between " +
                                  std::to_string(lo) + " and " + std::to_string(hi),
              attr);
        return std::nullopt;
    }
    return static_cast<int>(x);
}

int Node::integer(const char* attr, int lo, int hi) {
    if (!has(attr)) {
        read_.push_back(attr);
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
        error("bad-number", std::string("'") + attr + "' must be a number, not '" + v + "'", attr);
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

double Node::number(const char* attr, double lo, double hi, double dflt) {
    return optNumber(attr, lo, hi).value_or(dflt);
}

bool Node::boolean(const char* attr, bool dflt) {
    const char* v = raw(attr);
    if (!v) return dflt;
    std::string s = v;
    if (s == "true") return true;
    if (s == "false") return false;
    error("bad-enum", std::string("'") + attr + "' must be true or false, not '" + s + "'", attr);
    return dflt;
}

std::string Node::choice(const char* attr, std::initializer_list<const char*> allowed) {
    if (!has(attr)) {
        read_.push_back(attr);
        error("missing-attribute", std::string("<") + el_->Name() + "> needs the attribute '" +
                                       attr + "' (" + joinAllowed(allowed) + ")");
        return {};
    }
    return choice(attr, allowed, {});
}

std::string Node::choice(const char* attr, std::initializer_list<const char*> allowed,
                         const std::string& dflt) {
    const char* v = raw(attr);
    if (!v) return dflt;
    for (const char* a : allowed)
        if (std::string(a) == v) return v;
    error("bad-enum",
          std::string("'") + attr + "' is '" + v + "'; expected one of: " + joinAllowed(allowed),
          attr);
    return dflt;
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
    n.error("duplicate-element", std::string("<") + el->Name() + "> may appear only once inside <" +
                                     el_->Name() + ">");
    return false;
}

std::string Node::text(bool required) {
    std::string s;
    for (const tinyxml2::XMLNode* n = el_->FirstChild(); n; n = n->NextSibling()) {
        if (const auto* t = n->ToText()) s += t->Value();
        else if (const auto* e = n->ToElement()) unknownChild(e);
    }
    s = collapseSpace(s);
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
    for (const tinyxml2::XMLAttribute* a = el_->FirstAttribute(); a; a = a->Next()) {
        bool known = std::any_of(read_.begin(), read_.end(),
                                 [&](const char* r) { return std::strcmp(r, a->Name()) == 0; });
        if (!known)
            error("unknown-attribute",
                  std::string("<") + el_->Name() + "> has no attribute '" + a->Name() + "'",
                  a->Name());
    }
}

} // namespace rc
