#include "game/engine/catalog.hpp"

#include <algorithm>

namespace rc {

namespace {
template <class T>
void build(std::unordered_map<std::string, std::size_t>& m, const std::vector<T>& v) {
    m.clear();
    for (std::size_t i = 0; i < v.size(); ++i) m.emplace(v[i].id, i);
}
template <class T>
const T* find(const std::unordered_map<std::string, std::size_t>& m, const std::vector<T>& v,
              const std::string& id) {
    // An index left stale by a vector changed without index() finds nothing, never past the end.
    auto it = m.find(id);
    return it == m.end() || it->second >= v.size() ? nullptr : &v[it->second];
}
} // namespace

void Catalog::index() {
    build(q_, questions);
    build(e_, exams);
    build(i_, investigations);
    build(p_, pathways);
    build(pt_, parts);
    build(d_, diagnoses);
    build(r_, references);
}

const Question* Catalog::question(const std::string& id) const { return find(q_, questions, id); }
const Exam* Catalog::exam(const std::string& id) const { return find(e_, exams, id); }
const Investigation* Catalog::investigation(const std::string& id) const {
    return find(i_, investigations, id);
}
const Pathway* Catalog::pathway(const std::string& id) const { return find(p_, pathways, id); }
const PlanPart* Catalog::part(const std::string& id) const { return find(pt_, parts, id); }
const DiagnosisDef* Catalog::diagnosis(const std::string& id) const {
    return find(d_, diagnoses, id);
}

void checkCite(const Catalog& cat, const std::string& cite, const SourcePos& pos, Diagnostics& diags) {
    std::vector<CiteToken> tokens;
    std::string error;
    if (!parseCite(cite, tokens, error)) {
        diags.error(pos.file, pos.line, pos.col, "bad-cite", error);
        return;
    }
    // A catalogue built without a bibliography (in code, by tests) checks the syntax only; a
    // content folder without references.xml is already an error of its own.
    if (cat.references.empty()) return;
    for (const auto& t : tokens)
        if (!cat.reference(t.id))
            diags.error(pos.file, pos.line, pos.col, "unknown-ref",
                        "unknown reference '" + t.id + "'" +
                            " (not in references.xml)");
}

std::vector<std::string> figureDiagnoses(const std::vector<Accuracy>& acc) {
    std::vector<std::string> out;
    for (const auto& a : acc)
        out.insert(out.end(), a.dx.begin(), a.dx.end());
    return out;
}

std::string citeText(const Catalog& cat, const std::string& cite) {
    std::vector<CiteToken> tokens;
    std::string error;
    if (!parseCite(cite, tokens, error)) return cite;
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) out += "; ";
        const Reference* r = cat.reference(t.id);
        out += r ? citeLabel(*r, t.locator) : t.id;
    }
    return out;
}

void collectSources(const Catalog& cat, const std::string& cite, std::vector<SourceRef>& out) {
    std::vector<CiteToken> tokens;
    std::string error;
    if (cite.empty() || !parseCite(cite, tokens, error)) return;
    for (const auto& t : tokens) {
        const Reference* r = cat.reference(t.id);
        if (!r || std::any_of(out.begin(), out.end(), [&](const SourceRef& s) { return s.id == r->id; }))
            continue;
        out.push_back({r->id, referenceLabel(*r), referenceEntry(*r), referenceLink(*r)});
    }
}

const Reference* Catalog::reference(const std::string& id) const {
    return find(r_, references, id);
}

const std::string& Catalog::topicOf(const std::string& question) const {
    static const std::string none;
    const Question* q = this->question(question);
    return q ? q->topic : none;
}

} // namespace rc
