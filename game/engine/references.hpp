#pragma once
#include <string>
#include <vector>

#include "game/engine/diagnostics.hpp"
#include "game/engine/source_pos.hpp"

namespace rc {

class XmlFile;

/// A published source in the product's bibliography (content/references.xml).
struct Reference {
    std::string id;
    std::string kind; ///< article, review, guideline, book or web
    std::string authors, year, title;
    std::string journal, volume, issue, pages; ///< articles and reviews
    std::string publisher, number, edition;    ///< guidelines ("NG59"), books, web pages
    std::string doi, pmid, url, note;
    SourcePos pos;
};

/// One source named by a `cite` attribute: a reference id and an optional locator
/// (a guideline recommendation, table or section: `nice-ng59:1.2.1`).
struct CiteToken {
    std::string id, locator;
};

/// Splits a cite attribute into its tokens ("suri-2011 nice-ng59:1.2.1"). Returns false and
/// sets `error` on bad syntax (an empty cite, a bad id or locator).
bool parseCite(const std::string& cite, std::vector<CiteToken>& out, std::string& error);

/// "Suri 2011, Spine 36(1)"; "NICE NG59 (2016)"; "Harrison's Principles of Internal Medicine (2015)": what a student sees.
std::string referenceLabel(const Reference& r);
/// referenceLabel plus the locator: "NICE NG59 (2016), recommendation 1.2.1".
std::string citeLabel(const Reference& r, const std::string& locator);
/// The address a student can open: https://doi.org/DOI, else the PubMed page, else the url.
std::string referenceLink(const Reference& r);
/// The full entry for a reference list: authors, year, title, journal or publisher.
std::string referenceEntry(const Reference& r);

/// A cited source as a student sees it: the short label, the full entry and the link to open.
struct SourceRef {
    std::string id, label, entry, link;
};

/// Reads a <references> file into `out`; every problem goes to `diags`.
void loadReferencesXml(const XmlFile& file, std::vector<Reference>& out, Diagnostics& diags);

} // namespace rc
