#include "game/engine/content.hpp"

#include "game/engine/case_coach.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/catalog_loader.hpp"
#include "game/engine/references.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/scoring_policy.hpp"
#include "game/engine/xml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <set>

namespace fs = std::filesystem;

namespace rc {

namespace {

void err(Diagnostics& d, const SourcePos& p, const std::string& code, const std::string& msg) {
    d.error(p.file, p.line, p.col, code, msg);
}

/// `what` and `id` name the sided thing ("examination 'slr'"); the text is built only for an error.
void checkSide(Diagnostics& d, const SourcePos& p, bool sided, Side side, const char* what,
               const std::string& id) {
    if (sided == (side != Side::None)) return;
    std::string thing = std::string(what) + " '" + id + "'";
    if (sided) err(d, p, "missing-side", thing + " is sided: give a 'side'");
    else err(d, p, "unexpected-side", thing + " takes no side");
}

/// `keyed`: the case holds its answer key (a student copy leaves out what a report shows).
void checkState(const ClinicalState& st, const Catalog& cat, bool keyed, Diagnostics& d) {
    for (const auto& [q, a] : st.answers) {
        const Question* qq = cat.question(q);
        if (!qq) {
            err(d, a.pos, "unknown-ref", "unknown question '" + q + "'");
            continue;
        }
        if (!a.positiveGiven && !figureDiagnoses(qq->accuracy).empty())
            err(d, a.pos, "missing-attribute",
                "the answer to '" + q +
                    "' moves the likelihood-ratio differential: say whether it reports the "
                    "symptom (positive=\"true\" or positive=\"false\")");
    }
    for (const auto& [k, f] : st.findings) {
        const Exam* e = cat.exam(f.exam);
        if (!e) {
            err(d, f.pos, "unknown-ref", "unknown examination '" + f.exam + "'");
            continue;
        }
        checkSide(d, f.pos, e->sided, f.side, "examination", f.exam);
        if (e->handsOn.empty() && (f.onset || f.range))
            err(d, f.pos, "not-hands-on",
                "'" + f.exam + "' is not a hands-on manoeuvre: 'onset' and 'range' do not apply");
    }
    for (const auto& [t, r] : st.results) {
        const Investigation* inv = cat.investigation(t);
        if (!inv) {
            err(d, r.pos, "unknown-ref", "unknown investigation '" + t + "'");
            continue;
        }
        const auto dxs = figureDiagnoses(inv->accuracy);
        if (!keyed && r.showsGiven)
            err(d, r.showsPos, "key-in-student-copy",
                "a student copy holds no 'shows': what a report shows is part of the answer key");
        if (keyed && !r.showsGiven && !dxs.empty())
            err(d, r.pos, "missing-attribute",
                "the report of '" + t +
                    "' moves the likelihood-ratio differential: say which of its diagnoses it "
                    "shows (shows=\"...\", or shows=\"none\")");
        for (const auto& x : r.shows)
            if (std::find(dxs.begin(), dxs.end(), x) == dxs.end())
                err(d, r.showsPos, "unknown-ref",
                    "'shows' names '" + x + "', for which '" + t +
                        "' has no figures in the catalogue (its <accuracy dx>)");
    }
}

bool planWordKnown(const Catalog& cat, const std::string& w) {
    return cat.pathway(w) || cat.part(w);
}

/// The words a rule's pattern word stands for: its alternatives, or the word alone.
std::vector<std::string> wordsAt(const Rule& r, std::size_t i) {
    if (i < r.alternatives.size() && !r.alternatives[i].empty()) return r.alternatives[i];
    return {r.pattern.args[i]};
}

void checkRule(const Rule& r, const Case& c, const Catalog& cat, Diagnostics& d) {
    const Action& p = r.pattern;
    if (p.args.empty()) return;
    switch (p.verb) {
    case Verb::Ask:
        for (const auto& id : wordsAt(r, 0))
            if (!cat.question(id))
                err(d, r.pos, "unknown-ref", "rule names unknown question '" + id + "'");
        break;
    case Verb::Exam:
        for (const auto& id : wordsAt(r, 0)) {
            if (const Exam* e = cat.exam(id)) {
                if (!e->sided && p.side != Side::None)
                    err(d, r.pos, "unexpected-side", "examination '" + id + "' takes no side");
            } else {
                err(d, r.pos, "unknown-ref", "rule names unknown examination '" + id + "'");
            }
        }
        break;
    case Verb::Order:
        for (const auto& id : wordsAt(r, 0))
            if (!cat.investigation(id))
                err(d, r.pos, "unknown-ref", "rule names unknown investigation '" + id + "'");
        break;
    case Verb::Plan:
        for (std::size_t i = 0; i < p.args.size(); ++i)
            for (const auto& w : wordsAt(r, i))
                if (!planWordKnown(cat, w))
                    err(d, r.pos, "unknown-ref", "rule names unknown pathway or plan part '" + w + "'");
        break;
    default: break;
    }
    if (!r.cite.empty()) checkCite(cat, r.cite, r.citePos, d);
    if (!r.visit.empty() && !c.visit(r.visit))
        err(d, r.pos, "unknown-ref", "rule is limited to unknown visit '" + r.visit + "'");
    if (r.critical && (r.tag == Tag::Neutral || r.tag == Tag::Indicated || r.tag == Tag::Unnecessary))
        err(d, r.pos, "bad-critical", "only essential and harmful rules can be critical");
}

void checkVisits(const Case& c, const Catalog& cat, Diagnostics& d) {
    std::set<std::string> ids;
    for (const auto& v : c.visits)
        if (!v.id.empty() && !ids.insert(v.id).second)
            err(d, v.pos, "duplicate-id", "visit id '" + v.id + "' is used twice");
    std::set<std::string> oids;
    for (const auto& o : c.outcomes)
        if (!o.id.empty() && !oids.insert(o.id).second)
            err(d, o.pos, "duplicate-id", "outcome id '" + o.id + "' is used twice");
    for (const auto& v : c.visits) {
        checkState(v.overrides, cat, !c.studentCopy, d);
        if (v.next.empty() || !v.next.back().unconditional())
            err(d, v.pos, "no-default-next",
                "visit '" + v.id + "' must end with a <next> that has no condition, so every "
                "plan leads somewhere");
        for (const auto& n : v.next) {
            if (!n.visit.empty() && !c.visit(n.visit))
                err(d, n.pos, "unknown-ref", "<next> names unknown visit '" + n.visit + "'");
            if (!n.outcome.empty() && !c.outcome(n.outcome))
                err(d, n.pos, "unknown-ref", "<next> names unknown outcome '" + n.outcome + "'");
            if (n.visit == v.id && !v.id.empty())
                err(d, n.pos, "visit-loop", "a visit cannot lead back to itself");
            for (const auto& p : n.pathways)
                if (!cat.pathway(p)) err(d, n.pos, "unknown-ref", "unknown pathway '" + p + "'");
            for (const auto& p : n.parts)
                if (!cat.part(p)) err(d, n.pos, "unknown-ref", "unknown plan part '" + p + "'");
            for (const auto& p : n.notParts)
                if (!cat.part(p)) err(d, n.pos, "unknown-ref", "unknown plan part '" + p + "'");
            for (const auto& x : n.diagnoses)
                if (!cat.diagnosis(x)) err(d, n.pos, "unknown-ref", "unknown diagnosis '" + x + "'");
            for (const auto& x : n.ordered)
                if (!cat.investigation(x))
                    err(d, n.pos, "unknown-ref", "unknown investigation '" + x + "'");
            for (const auto& x : n.notOrdered)
                if (!cat.investigation(x))
                    err(d, n.pos, "unknown-ref", "unknown investigation '" + x + "'");
        }
    }
    // Reachability from the first visit.
    if (c.visits.empty()) return;
    std::set<std::string> seen{c.visits[0].id}, outcomes;
    std::vector<const Visit*> todo{&c.visits[0]};
    while (!todo.empty()) {
        const Visit* v = todo.back();
        todo.pop_back();
        for (const auto& n : v->next) {
            if (!n.outcome.empty()) outcomes.insert(n.outcome);
            const Visit* to = n.visit.empty() ? nullptr : c.visit(n.visit);
            if (to && seen.insert(to->id).second) todo.push_back(to);
        }
    }
    // A cycle (v1 -> v2 -> v1) would let a play go on for ever.
    std::set<std::string> onPath;
    std::function<bool(const Visit&)> cyclic = [&](const Visit& v) {
        if (!onPath.insert(v.id).second) return true;
        for (const auto& n : v.next) {
            // A <next> naming both a visit and an outcome is already a bad-next error.
            const Visit* to = n.visit.empty() || !n.outcome.empty() ? nullptr : c.visit(n.visit);
            if (to && to != &v && cyclic(*to)) return true;
        }
        onPath.erase(v.id);
        return false;
    };
    if (cyclic(c.visits[0]))
        err(d, c.visits[0].pos, "visit-loop", "the visits form a loop; every path must end in an outcome");
    for (const auto& v : c.visits)
        if (!seen.count(v.id))
            err(d, v.pos, "unreachable-visit", "visit '" + v.id + "' cannot be reached from '" +
                                                   c.visits[0].id + "'");
    for (const auto& o : c.outcomes)
        if (!outcomes.count(o.id))
            d.warning(o.pos.file, o.pos.line, o.pos.col, "unreachable-outcome",
                      "outcome '" + o.id + "' is never reached");
}

} // namespace

std::vector<std::string> xmlFilesIn(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file(ec) && e.path().extension() == ".xml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

void checkCase(const Case& c, const Catalog& cat, Diagnostics& d) {
    checkCoach(c, d);
    const SourcePos& top = c.truthPos.line ? c.truthPos : SourcePos{c.file, 1, 1};
    if (const DiagnosisDef* dx = cat.diagnosis(c.truthDiagnosis))
        checkSide(d, top, dx->sided, c.truthSide, "the true diagnosis", dx->id);
    else if (!c.truthDiagnosis.empty())
        err(d, top, "unknown-ref", "<truth> names unknown diagnosis '" + c.truthDiagnosis + "'");
    for (const auto& a : c.accepts) {
        const DiagnosisDef* dx = cat.diagnosis(a.diagnosis);
        if (!dx) err(d, a.pos, "unknown-ref", "<accept> names unknown diagnosis '" + a.diagnosis + "'");
        else if (!dx->sided && a.side != Side::None)
            err(d, a.pos, "unexpected-side", "diagnosis '" + a.diagnosis + "' takes no side");
        if (a.diagnosis == c.truthDiagnosis)
            err(d, a.pos, "duplicate-id", "<accept> repeats the true diagnosis");
    }
    if (c.weightsPos.line) {
        const auto w = effectiveWeights(c, cat.policy);
        if (std::all_of(w.begin(), w.end(), [](double x) { return x == 0; }))
            err(d, c.weightsPos, "out-of-range",
                "with the scoring policy's weights for the domains left out, every weight is zero");
    }
    checkState(c.base, cat, !c.studentCopy, d);
    checkVisits(c, cat, d);
    for (const auto& r : c.rules) checkRule(r, c, cat, d);
    if (!c.truthCite.empty()) checkCite(cat, c.truthCite, c.truthCitePos, d);
    for (const auto& a : c.accepts)
        if (!a.cite.empty()) checkCite(cat, a.cite, a.citePos, d);
    for (const auto& o : c.outcomes)
        if (!o.cite.empty()) checkCite(cat, o.cite, o.citePos, d);
    for (const auto& lp : c.learning)
        if (lp.citePos.line) checkCite(cat, lp.cite, lp.citePos, d); // absent: missing-attribute
    for (const auto& pr : c.priors) {
        if (!pr.dx.empty() && !cat.diagnosis(pr.dx))
            err(d, pr.pos, "unknown-ref", "<prior> names unknown diagnosis '" + pr.dx + "'");
        if (pr.citePos.line) checkCite(cat, pr.cite, pr.citePos, d);
    }
    if (c.priorsCaveatCitePos.line) checkCite(cat, c.priorsCaveatCite, c.priorsCaveatCitePos, d);
    for (const auto& v : c.validity)
        if (!v.outcome.empty() && !c.outcome(v.outcome))
            err(d, v.pos, "unknown-ref", "the validity claim names unknown outcome '" + v.outcome + "'");
}

void checkPolicy(const Catalog& cat, Diagnostics& d) {
    const ScoringPolicy& p = cat.policy;
    for (const auto& t : p.paths) {
        for (const auto& q : t.questions)
            if (!cat.question(q)) err(d, t.pos, "unknown-ref", "path '" + t.id + "' asks unknown question '" + q + "'");
        for (const auto& g : t.examGroups) {
            bool found = false;
            for (const auto& eg : cat.examGroups) found = found || eg.id == g;
            if (!found) err(d, t.pos, "unknown-ref", "path '" + t.id + "' names unknown exam group '" + g + "'");
        }
        for (const auto& o : t.orders)
            if (!cat.investigation(o))
                err(d, t.pos, "unknown-ref", "path '" + t.id + "' orders unknown investigation '" + o + "'");
        if (!t.diagnosis.empty() && !cat.diagnosis(t.diagnosis))
            err(d, t.pos, "unknown-ref", "path '" + t.id + "' names unknown diagnosis '" + t.diagnosis + "'");
        Action plan;
        std::string why;
        if (!parseAction("plan " + t.plan, plan, why))
            err(d, t.pos, "bad-action", "path '" + t.id + "': 'plan' is not a plan: " + why);
        else
            for (const auto& w : plan.args)
                if (!planWordKnown(cat, w))
                    err(d, t.pos, "unknown-ref", "path '" + t.id + "' plans unknown '" + w + "'");
    }
    for (const auto& o : p.overInvestigation)
        if (!cat.investigation(o))
            err(d, p.pos, "unknown-ref", "<over-investigation> names unknown investigation '" + o + "'");
}

void checkNoFactSheet(const XmlFile& file, Diagnostics& d) {
    // The authors' fact sheet is not part of the product: students must be sent to the study.
    const std::string& t = file.text();
    // Spelled in two pieces so that a search of the sources for the name finds no product text.
    static const std::string kName = std::string("clinical") + "-facts";
    for (std::size_t i = 0; i + kName.size() <= t.size(); ++i) {
        // Most bytes are not a 'c': skipped without a call (tolower on every byte of every file
        // was an eighth of loading the bundled content).
        if ((t[i] | 0x20) != 'c') continue;
        bool hit = true;
        for (std::size_t k = 1; k < kName.size() && hit; ++k)
            hit = std::tolower(static_cast<unsigned char>(t[i + k])) == kName[k];
        if (!hit) continue;
        int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<long>(i), '\n'));
        std::size_t bol = t.rfind('\n', i);
        int col = static_cast<int>(i - (bol == std::string::npos ? 0 : bol + 1)) + 1;
        d.error(file.path(), line, col, "fact-sheet-cite",
                "content names the authors' fact sheet; cite the study or guideline by its "
                "reference id instead (content/references.xml)");
        return;
    }
}

Catalog loadCatalogDir(const std::string& dir, Diagnostics& diags) {
    Catalog cat;
    const int before = diags.errorCount();
    std::vector<std::string> files = xmlFilesIn(dir + "/catalog");
    if (files.empty()) { // nothing else can be checked without a catalogue: one clear message
        diags.error(dir + "/catalog", 0, 0, "missing-file", "no catalogue files (*.xml) found");
        return cat;
    }
    XmlFile file;
    for (const auto& f : files)
        if (file.load(f, diags)) {
            checkNoFactSheet(file, diags);
            loadCatalogXml(file, cat, diags);
        }
    // The bibliography and the scoring policy live beside catalog/ and belong with it.
    if (file.load(dir + "/references.xml", diags)) {
        checkNoFactSheet(file, diags);
        loadReferencesXml(file, cat.references, diags);
    }
    if (file.load(dir + "/scoring.xml", diags)) loadScoringPolicyXml(file, cat.policy, diags);
    cat.index();
    checkCatalog(cat, diags);
    // The policy names catalogue ids; against a broken catalogue that is only a cascade.
    if (diags.errorCount() == before) checkPolicy(cat, diags);
    return cat;
}

namespace {

/// loadCheckedCase() into `file`, which may be reused from one case to the next.
std::optional<Case> checkedCase(XmlFile& file, const std::string& path, const Catalog& cat,
                                Diagnostics& diags) {
    Diagnostics local;
    std::optional<Case> c;
    if (file.load(path, local)) {
        checkNoFactSheet(file, local);
        c = loadCaseXml(file, local);
    }
    if (c) checkCase(*c, cat, local);
    bool bad = local.hasErrors();
    diags.append(local);
    if (bad) return std::nullopt;
    return c;
}

} // namespace

std::optional<Case> loadCheckedCase(const std::string& path, const Catalog& cat,
                                    Diagnostics& diags) {
    XmlFile file;
    return checkedCase(file, path, cat, diags);
}

Content loadContent(const std::string& dir, Diagnostics& diags) {
    Content content;
    content.dir = dir;
    content.catalog = loadCatalogDir(dir, diags);
    std::set<std::string> ids;
    const std::vector<std::string> caseFiles = xmlFilesIn(dir + "/cases");
    content.cases.reserve(caseFiles.size());
    XmlFile file; // one for all: see XmlFile::load
    for (const std::string& f : caseFiles) {
        std::optional<Case> c = checkedCase(file, f, content.catalog, diags);
        if (!c) continue;
        if (!ids.insert(c->id).second) {
            diags.error(f, 1, 1, "duplicate-id", "case id '" + c->id + "' is used by another file");
            continue;
        }
        content.cases.push_back(std::move(*c));
    }
    for (const auto& f : xmlFilesIn(dir + "/challenges")) {
        std::optional<Challenge> ch = loadChallengeFile(f, diags);
        if (!ch) continue;
        for (const auto& cc : ch->cases)
            if (!cc.ref.empty() && !content.findCase(cc.ref))
                diags.error(cc.pos.file, cc.pos.line, cc.pos.col, "unknown-ref",
                            "challenge names unknown (or broken) case '" + cc.ref + "'");
        content.challenges.push_back(std::move(*ch));
    }
    return content;
}

const Case* Content::findCase(const std::string& id) const {
    for (const auto& c : cases)
        if (c.id == id) return &c;
    return nullptr;
}

const Challenge* Content::findChallenge(const std::string& id) const {
    for (const auto& c : challenges)
        if (c.id == id) return &c;
    return nullptr;
}

const Case* resolveCase(const std::string& idOrPath, const Content& content,
                        std::optional<Case>& storage, Diagnostics& diags) {
    bool looksLikePath = idOrPath.find('/') != std::string::npos ||
                         (idOrPath.size() > 4 && idOrPath.substr(idOrPath.size() - 4) == ".xml");
    if (!looksLikePath) {
        if (const Case* c = content.findCase(idOrPath)) return c;
        diags.error(idOrPath, 0, 0, "unknown-case",
                    "no case with id '" + idOrPath + "' in " + content.dir);
        return nullptr;
    }
    storage = loadCheckedCase(idOrPath, content.catalog, diags);
    return storage ? &*storage : nullptr;
}

} // namespace rc
