#include "game/engine/student_copy.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "game/engine/case.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/catalog.hpp"
#include "game/engine/content_hash.hpp"
#include "game/engine/dx_class.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

/// Removes comments everywhere below `n` (authors' notes may name the answer).
void dropComments(XMLNode* n) {
    for (XMLNode* c = n->FirstChild(); c;) {
        XMLNode* next = c->NextSibling();
        if (c->ToComment()) n->DeleteChild(c);
        else dropComments(c);
        c = next;
    }
}

/// An attribute that is part of the answer key although its element is not: a result's
/// `shows` names the diagnoses its report shows (FORMAT.md §2.4).
bool keyAttribute(const char* element, const char* attribute) {
    return std::strcmp(element, "result") == 0 && std::strcmp(attribute, "shows") == 0;
}

/// Removes the key attributes everywhere below `e`.
void dropKeyAttributes(XMLElement* e) {
    for (XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (keyAttribute(c->Name(), "shows")) c->DeleteAttribute("shows");
        dropKeyAttributes(c);
    }
}

/// A deep copy of the case without its key, in `doc`.
XMLElement* project(const XMLElement* caseRoot, tinyxml2::XMLDocument& doc) {
    XMLElement* root = caseRoot->DeepClone(&doc)->ToElement();
    doc.InsertEndChild(root);
    root->DeleteAttribute("student-copy");
    dropComments(root);
    dropKeyAttributes(root);
    for (XMLElement* e = root->FirstChildElement(); e;) {
        XMLElement* next = e->NextSiblingElement();
        if (isKeyElement(e->Name())) root->DeleteChild(e);
        else if (std::strcmp(e->Name(), "outcome") == 0) e->DeleteChildren(); // the story
        e = next;
    }
    return root;
}

} // namespace

bool isKeyElement(const char* name) {
    for (const char* k : kKeyElements)
        if (std::strcmp(k, name) == 0) return true;
    return false;
}

std::string studentProjection(const XMLElement* caseRoot) {
    tinyxml2::XMLDocument doc;
    project(caseRoot, doc);
    tinyxml2::XMLPrinter p(nullptr, /*compact=*/true);
    doc.Print(&p);
    return p.CStr();
}

namespace {

/// Prints what studentProjection() prints, straight from the full case: no copy of the document
/// is made and nothing is deleted (the copy was a sixth of loading the bundled content). Key
/// elements under the root are skipped, an outcome keeps its tag and attributes but not its
/// story, comments are left out and the root loses its student-copy attribute.
class ProjectionPrinter : public tinyxml2::XMLPrinter {
  public:
    explicit ProjectionPrinter(const XMLElement* root)
        : tinyxml2::XMLPrinter(nullptr, /*compact=*/true), root_(root) {}
    bool VisitEnter(const XMLElement& e, const tinyxml2::XMLAttribute* a) override {
        if (skipping_) return false;
        const bool underRoot = e.Parent() == root_;
        if (underRoot && isKeyElement(e.Name())) {
            skipping_ = &e;
            return false;
        }
        OpenElement(e.Name(), true);
        for (; a; a = a->Next())
            if ((&e != root_ || std::strcmp(a->Name(), "student-copy") != 0) &&
                !keyAttribute(e.Name(), a->Name()))
                PushAttribute(a->Name(), a->Value());
        return !(underRoot && std::strcmp(e.Name(), "outcome") == 0);
    }
    bool VisitExit(const XMLElement& e) override {
        if (skipping_) {
            if (skipping_ == &e) skipping_ = nullptr;
            return true;
        }
        return tinyxml2::XMLPrinter::VisitExit(e);
    }
    bool Visit(const tinyxml2::XMLText& t) override {
        return skipping_ ? true : tinyxml2::XMLPrinter::Visit(t);
    }
    bool Visit(const tinyxml2::XMLComment&) override { return true; }

  private:
    const XMLElement* root_;
    const XMLElement* skipping_ = nullptr; ///< a key element being passed over
};

} // namespace

std::uint64_t studentHash(const XMLElement* caseRoot) {
    ProjectionPrinter p(caseRoot);
    caseRoot->Accept(&p);
    return contentHash(std::string(p.CStr(), static_cast<std::size_t>(p.CStrSize() - 1)));
}

std::uint64_t sealKey(std::uint64_t salt, const std::string& diagnosis, Side side) {
    return contentHash(hexHash(salt) + "|" + diagnosis + "|" + sideName(side));
}

std::string studentCopyText(const XmlFile& file, const Case& c, const Catalog& cat,
                            std::uint64_t salt) {
    tinyxml2::XMLDocument doc;
    doc.InsertEndChild(doc.NewDeclaration());
    XMLElement* root = project(file.root(), doc);
    root->SetAttribute("student-copy", true);
    // Every diagnosis and side the full case does not call wrong, under its key. Sorted by
    // key, so the order says nothing about which entry is the truth.
    std::vector<std::pair<std::uint64_t, DxClass>> rows;
    for (const DiagnosisDef& d : cat.diagnoses) {
        for (Side side : {Side::None, Side::Left, Side::Right, Side::Both}) {
            Action a = makeAction(Verb::Diagnose, {d.id}, side);
            DxClass k = classifyDiagnosis(c, cat, &a);
            if (k != DxClass::Wrong && k != DxClass::None) rows.emplace_back(sealKey(salt, d.id, side), k);
        }
    }
    std::sort(rows.begin(), rows.end());
    XMLElement* sealed = doc.NewElement("sealed");
    sealed->SetAttribute("salt", hexHash(salt).c_str());
    for (const auto& [key, k] : rows) {
        XMLElement* row = doc.NewElement("dx");
        row->SetAttribute("key", hexHash(key).c_str());
        row->SetAttribute("class", dxClassName(k));
        sealed->InsertEndChild(row);
    }
    root->InsertEndChild(sealed);
    tinyxml2::XMLPrinter p;
    doc.Print(&p);
    return p.CStr();
}

} // namespace rc
