#include "game/engine/references.hpp"

#include <cctype>
#include <set>
#include <string_view>

#include "game/engine/content_text.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

namespace {

bool locatorChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
}

/// "Suri P, Rainville J, et al." -> "Suri"; "van der Windt DA, ..." -> "van der Windt".
std::string firstSurname(const std::string& authors) {
    std::string first = authors.substr(0, authors.find(','));
    while (!first.empty() && first.back() == ' ') first.pop_back();
    std::size_t sp = first.rfind(' ');
    if (sp != std::string::npos) {
        std::string_view last(first.c_str() + sp + 1);
        bool initials = !last.empty() && last.size() <= 3;
        for (char c : last)
            if (!std::isupper(static_cast<unsigned char>(c))) initials = false;
        if (initials) first.resize(sp);
    }
    return first;
}

} // namespace

bool parseCite(const std::string& cite, std::vector<CiteToken>& out, std::string& error) {
    out.clear();
    std::size_t i = 0;
    while (i < cite.size()) {
        std::size_t j = cite.find(' ', i);
        if (j == std::string::npos) j = cite.size();
        if (j > i) {
            std::string word = cite.substr(i, j - i);
            CiteToken t;
            std::size_t colon = word.find(':');
            t.id = word.substr(0, colon);
            if (colon != std::string::npos) t.locator = word.substr(colon + 1);
            if (!isValidId(t.id)) {
                error = "'" + word + "' is not a reference id (see content/references.xml)";
                return false;
            }
            if (colon != std::string::npos) {
                bool ok = !t.locator.empty();
                for (char c : t.locator) ok = ok && locatorChar(c);
                if (!ok) {
                    error = "'" + word + "': a locator after ':' holds letters, digits, '.' and '-'";
                    return false;
                }
            }
            out.push_back(std::move(t));
        }
        i = j + 1;
    }
    if (out.empty()) {
        error = "a cite names at least one reference id";
        return false;
    }
    return true;
}

std::string referenceLabel(const Reference& r) {
    if (r.kind == "guideline") {
        std::string who = r.publisher.empty() ? firstSurname(r.authors) : r.publisher;
        if (!r.number.empty()) who += " " + r.number;
        return who + " (" + r.year + ")";
    }
    // A textbook is known by its title ("Harrison's Principles of Internal Medicine"), not by
    // its first editor.
    if (r.kind == "book") return r.title + " (" + r.year + ")";
    if (r.kind == "web") {
        std::string who = !r.publisher.empty() ? r.publisher : firstSurname(r.authors);
        return who + " (" + r.year + ")";
    }
    std::string s = firstSurname(r.authors) + " " + r.year;
    if (!r.journal.empty()) {
        s += ", " + r.journal;
        if (!r.volume.empty()) s += " " + r.volume;
        if (!r.issue.empty()) s += "(" + r.issue + ")";
    }
    return s;
}

std::string citeLabel(const Reference& r, const std::string& locator) {
    std::string s = referenceLabel(r);
    if (locator.empty()) return s;
    return s + (r.kind == "guideline" ? ", recommendation " : ", ") + locator;
}

std::string referenceLink(const Reference& r) {
    if (!r.doi.empty()) return "https://doi.org/" + r.doi;
    if (!r.pmid.empty()) return "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid + "/";
    return r.url;
}

std::string referenceEntry(const Reference& r) {
    std::string s = r.authors + " (" + r.year + "). " + r.title;
    if (!s.empty() && s.back() != '.' && s.back() != '?') s += ".";
    if (!r.journal.empty()) {
        s += " " + r.journal;
        if (!r.volume.empty()) s += " " + r.volume;
        if (!r.issue.empty()) s += "(" + r.issue + ")";
        if (!r.pages.empty()) s += ":" + r.pages;
        s += ".";
    } else if (!r.publisher.empty()) {
        s += " " + r.publisher;
        if (!r.number.empty()) s += " " + r.number;
        if (!r.edition.empty()) s += ", " + r.edition + " ed";
        s += ".";
    }
    return s;
}

void loadReferencesXml(const XmlFile& file, std::vector<Reference>& out, Diagnostics& diags) {
    Node root(file, file.root(), diags);
    if (root.name() != "references") {
        root.error("wrong-root", "expected a <references> root element, found <" + root.name() + ">");
        return;
    }
    root.finish();
    std::set<std::string> ids;
    for (const auto& r : out) ids.insert(r.id);
    for (const tinyxml2::XMLElement* e = file.root()->FirstChildElement(); e;
         e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) != "ref") {
            root.unknownChild(e);
            continue;
        }
        Node n(file, e, diags);
        Reference r;
        r.pos = n.pos();
        r.id = n.id();
        r.kind = n.choice("kind", {"article", "review", "guideline", "book", "web"});
        r.authors = n.str("authors");
        r.year = std::to_string(n.integer("year", 1800, 2100));
        r.title = n.str("title");
        r.journal = n.str("journal", "");
        r.volume = n.str("volume", "");
        r.issue = n.str("issue", "");
        r.pages = n.str("pages", "");
        r.publisher = n.str("publisher", "");
        r.number = n.str("number", "");
        r.edition = n.str("edition", "");
        r.doi = n.str("doi", "");
        r.pmid = n.str("pmid", "");
        r.url = n.str("url", "");
        r.note = n.str("note", "");
        if (!r.doi.empty() && (r.doi.compare(0, 3, "10.") != 0 || r.doi.find('/') == std::string::npos ||
                               r.doi.find(' ') != std::string::npos))
            n.error("bad-link", "'doi' is '" + r.doi + "'; a DOI looks like 10.1097/BRS.0b013e3181c953cc",
                    "doi");
        bool digits = !r.pmid.empty();
        for (char c : r.pmid) digits = digits && std::isdigit(static_cast<unsigned char>(c));
        if (!r.pmid.empty() && !digits) n.error("bad-link", "'pmid' must be digits only", "pmid");
        if (!r.url.empty() && r.url.compare(0, 8, "https://") != 0 && r.url.compare(0, 7, "http://") != 0)
            n.error("bad-link", "'url' must start with https:// or http://", "url");
        if (r.doi.empty() && r.pmid.empty() && r.url.empty())
            n.error("missing-link", "reference '" + r.id + "' needs a doi, pmid or url a student can open");
        if ((r.kind == "article" || r.kind == "review") && r.journal.empty())
            n.error("missing-attribute", "<ref kind=\"" + r.kind + "\"> needs the attribute 'journal'");
        if ((r.kind == "guideline" || r.kind == "web") && r.publisher.empty())
            n.error("missing-attribute", "<ref kind=\"" + r.kind + "\"> needs the attribute 'publisher'");
        n.finish();
        n.leaf();
        if (!r.id.empty() && !ids.insert(r.id).second) {
            n.error("duplicate-id", "the reference id '" + r.id + "' is used twice");
            continue;
        }
        out.push_back(std::move(r));
    }
}

} // namespace rc
