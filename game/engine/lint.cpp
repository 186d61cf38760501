#include "game/engine/lint.hpp"

#include "game/engine/case_loader.hpp"
#include "game/engine/catalog_loader.hpp"
#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/engine/differential_model.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/validity.hpp"
#include "game/engine/xml_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace rc {

/// At the end of the expert path the case's diagnosis should lead the likelihood-ratio
/// differential; where the evidence cannot take it there, the priors' <caveat> must say why.
void lintExpertDifferential(const Case& c, const Catalog& cat, const Session& s,
                            Diagnostics& diags) {
    const DifferentialModel m(c, cat);
    if (!m.available() || !c.priorsCaveat.empty() || m.leads(s, c.truthDiagnosis)) return;
    const auto ranked = m.ranked(s);
    auto truth = std::find_if(ranked.begin(), ranked.end(),
                              [&](const DxProbability& d) { return d.dx == c.truthDiagnosis; });
    if (truth == ranked.end()) return; // not among the priors: nothing to compare
    char buf[200];
    std::snprintf(buf, sizeof buf, "%.0f %%, below %s at %.0f %%", truth->p * 100,
                  ranked.front().dx.c_str(), ranked.front().p * 100);
    const SourcePos& p = c.priorsPos;
    diags.warning(p.file, p.line, p.col, "priors-truth",
                  "at the end of the expert path the case's diagnosis '" + c.truthDiagnosis +
                      "' is at " + buf +
                      ": give the findings that decide it their figures, or say in "
                      "<priors><caveat> what the bars cannot show");
}

void lintExpert(const Case& c, const Catalog& cat, Diagnostics& diags) {
    const SourcePos& p = c.expertPos;
    if (c.expert.empty()) return; // reported by the loader
    Session s(c, cat, 1);
    if (!playLog(s, c.expert, c.file, diags)) return;
    if (!s.finished()) {
        diags.error(p.file, p.line, p.col, "expert-unfinished",
                    "the expert path does not finish the case (end every visit with plan and "
                    "advance)");
        return;
    }
    lintExpertDifferential(c, cat, s, diags);
    Score sc = scoreSession(s, s.ledger());
    if (sc.total < cat.policy.expertMin) {
        std::ostringstream msg;
        msg.precision(1);
        msg << std::fixed << "the expert path scores " << sc.total << " (at least "
            << cat.policy.expertMin << " needed):";
        for (int d = 0; d < kDomainCount; ++d)
            if (sc.domains[d] < 100) msg << " " << domainName(static_cast<Domain>(d)) << " " << sc.domains[d];
        for (const auto& j : sc.decisions)
            if (j.missed || j.points < 0) msg << "; " << (j.missed ? "misses '" : "does '") << j.action << "'";
        diags.error(p.file, p.line, p.col, "expert-score", msg.str());
    }
}

namespace {

void errAt(Diagnostics& d, const SourcePos& p, const std::string& code, const std::string& msg) {
    d.error(p.file, p.line, p.col, code, msg);
}

/// Regions that show back or leg symptoms beyond the knee: the cauda equina screen is then
/// essential (FORMAT.md §2.9).
bool backOrLegSymptoms(const std::vector<ChartRegion>& chart) {
    static const char* kRegions[] = {"lower-back", "saddle",      "buttock",    "posterior-thigh",
                                     "calf",       "lateral-leg", "anterior-shin", "medial-shin",
                                     "medial-ankle", "dorsum-foot", "great-toe", "sole",
                                     "lateral-foot", "heel"};
    for (const auto& r : chart) {
        if (r.kind == "numbness" || r.kind == "tingling") return true;
        for (const char* k : kRegions)
            if (r.at == k) return true;
    }
    return false;
}

bool namesWord(const Rule& r, const std::string& word) {
    if (r.pattern.args.empty()) return false;
    for (std::size_t i = 0; i < r.pattern.args.size(); ++i) {
        if (r.pattern.args[i] == word) return true;
        if (i < r.alternatives.size())
            for (const auto& a : r.alternatives[i])
                if (a == word) return true;
    }
    return false;
}

} // namespace

void lintRedFlagPolicy(const Case& c, const Catalog& cat, Diagnostics& diags) {
    // 1. Asking a red-flag question is never penalised.
    for (const Rule& r : c.rules)
        if (r.pattern.verb == Verb::Ask && (r.tag == Tag::Unnecessary || r.tag == Tag::Harmful))
            for (const auto& q : r.alternatives.empty() || r.alternatives[0].empty()
                                     ? std::vector<std::string>{r.pattern.args.empty() ? "" : r.pattern.args[0]}
                                     : r.alternatives[0])
                if (cat.topicOf(q) == "red-flags")
                    errAt(diags, r.pos, "red-flag-penalised",
                          "asking the red-flag question '" + q + "' must never cost points; tag it "
                          "essential, indicated or neutral");
    // 2. With back or leg symptoms the cauda equina screen is essential.
    if (backOrLegSymptoms(c.patient.chart)) {
        for (const char* q : {"bladder-bowel", "saddle-numbness"}) {
            if (!cat.question(q)) continue; // a catalogue without the question cannot ask it
            bool ok = false;
            for (const Rule& r : c.rules)
                if (r.pattern.verb == Verb::Ask && r.tag == Tag::Essential && r.visit.empty() &&
                    namesWord(r, q))
                    ok = true;
            if (!ok)
                errAt(diags, c.truthPos.line ? c.truthPos : SourcePos{c.file, 1, 1}, "ces-screen",
                      std::string("the patient has back or leg symptoms: the cauda equina screen is "
                                  "essential, so the case needs <rule do=\"ask ") +
                          q + "\" tag=\"essential\" domain=\"safety\">");
        }
    }
    // 3. Every acceptable emergency route is credited where the case calls for an emergency.
    bool emergency = false;
    for (const Rule& r : c.rules)
        if (r.pattern.verb == Verb::Plan && r.tag == Tag::Essential) {
            if (namesWord(r, "urgent")) emergency = true;
            for (const PlanPart& p : cat.parts)
                if (p.emergency && namesWord(r, p.id)) emergency = true;
        }
    if (!emergency) return;
    const DiagnosisDef* truth = cat.diagnosis(c.truthDiagnosis);
    for (const PlanPart& p : cat.parts) {
        if (!p.emergency) continue;
        if (!p.regions.empty() && (!truth || std::find(p.regions.begin(), p.regions.end(), truth->region) == p.regions.end()))
            continue; // not a route for this kind of problem
        bool credited = false;
        for (const Rule& r : c.rules) {
            if (r.pattern.verb != Verb::Plan || !namesWord(r, p.id)) continue;
            if (r.tag == Tag::Essential || r.tag == Tag::Indicated) credited = true;
            if (r.tag == Tag::Unnecessary || r.tag == Tag::Harmful)
                errAt(diags, r.pos, "emergency-route",
                      "'" + p.id + "' is an acceptable emergency route; it must not be penalised");
        }
        if (!credited)
            errAt(diags, c.truthPos.line ? c.truthPos : SourcePos{c.file, 1, 1}, "emergency-route",
                  "the case calls for an emergency: credit every acceptable route, e.g. "
                  "<rule do=\"plan emergency-department|urgent-spinal-referral\" tag=\"essential\"> "
                  "(the route '" + p.id + "' earns nothing here)");
    }
}

void lintValidity(const Case& c, const Catalog& cat, Diagnostics& diags) {
    if (c.expert.empty()) return;
    const ScoringPolicy& pol = cat.policy;
    PathPlay expert = playExpert(c, cat);
    if (!expert.finished) return; // reported by lintExpert
    const SourcePos& where = c.validityPos.line ? c.validityPos : c.expertPos;
    PathPlay plays[kPathKinds];
    bool applies[kPathKinds];
    for (int k = 0; k < kPathKinds; ++k) {
        PathKind kind = static_cast<PathKind>(k);
        applies[k] = pathApplies(kind, c, cat);
        if (!applies[k]) continue;
        plays[k] = playPath(kind, c, cat);
        const PathPlay& p = plays[k];
        const std::string name = pathKindName(kind);
        if (!p.legal) {
            errAt(diags, where, "validity-path", "the " + name + " path cannot be played here: " + p.error);
            continue;
        }
        const ValidityClaim* claim = nullptr;
        for (const auto& v : c.validity)
            if (v.kind == kind) claim = &v;
        std::string got = name + " path scores " + oneDecimal(p.score.total) + " (" +
                          (p.score.total >= pol.mastery ? "passes" : "fails") + " the mastery mark of " +
                          oneDecimal(pol.mastery) + ") and ends in outcome '" +
                          (p.finished ? p.outcome : std::string("unfinished")) + "'";
        if (!claim) {
            errAt(diags, where, "missing-validity",
                  "the case does not say what the " + name + " path earns: the " + got +
                      "; add <path kind=\"" + name + "\" result=\"pass|fail\" outcome=\"...\"/> to <validity>");
        } else {
            bool pass = p.score.total >= pol.mastery;
            if (pass != claim->pass || p.outcome != claim->outcome)
                errAt(diags, claim->pos, "validity-claim",
                      std::string("the claim says ") + (claim->pass ? "pass" : "fail") + " and '" +
                          claim->outcome + "', but the " + got);
        }
        // The guideline path is the expert's own when the expert orders no imaging.
        if (p.score.total > expert.score.total ||
            (p.score.total == expert.score.total && kind != PathKind::Guideline))
            errAt(diags, c.expertPos, "expert-not-best",
                  "the " + name + " path scores " + oneDecimal(p.score.total) + ", not below the expert's " +
                      oneDecimal(expert.score.total) + ": the expert path must be the one best path");
        if ((kind == PathKind::KneeTreater || kind == PathKind::HipTreater)) {
            if (p.score.total > pol.wrongRegionCap)
                errAt(diags, where, "wrong-path-rewarded",
                      "the " + name + " path treats the wrong region yet scores " + oneDecimal(p.score.total) +
                          " (at most " + oneDecimal(pol.wrongRegionCap) + " allowed)");
            if (p.finished && p.outcome == expert.outcome)
                errAt(diags, where, "wrong-path-rewarded",
                      "the " + name + " path treats the wrong region yet reaches the expert's outcome '" +
                          p.outcome + "': route a wrong diagnosis elsewhere with <next dx=...>");
        }
    }
    for (const auto& v : c.validity)
        if (!applies[static_cast<int>(v.kind)])
            errAt(diags, v.pos, "validity-claim",
                  std::string("the ") + pathKindName(v.kind) +
                      " path does not apply to this case (its truth is in that region)");
    // Over-investigation fails where the first visit needs no imaging; following the
    // guideline without imaging never scores below it.
    const int over = static_cast<int>(PathKind::OverInvestigator);
    const int guide = static_cast<int>(PathKind::Guideline);
    if (!applies[over]) return;
    if (plays[over].legal && !expertImagesAtFirstVisit(c, cat) && plays[over].score.total >= pol.mastery)
        errAt(diags, where, "over-investigation-passes",
              "ordering every scan at the first visit scores " + oneDecimal(plays[over].score.total) +
                  ", at or above the mastery mark, though the first visit needs no imaging");
    if (plays[over].legal && plays[guide].legal &&
        plays[guide].score.total < plays[over].score.total)
        errAt(diags, where, "guideline-below-shotgun",
              "the guideline path without imaging scores " + oneDecimal(plays[guide].score.total) +
                  ", below the over-investigator's " + oneDecimal(plays[over].score.total));
}

std::string findContentRoot(const std::string& path, const std::string& fallback) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    if (!fs::is_directory(p, ec)) p = p.parent_path();
    for (int i = 0; i < 3 && !p.empty(); ++i) {
        if (fs::is_directory(p / "catalog", ec)) return p.string();
        if (p == p.parent_path()) break;
        p = p.parent_path();
    }
    return fallback;
}

namespace {

std::string rootName(const std::string& file, Diagnostics& diags) {
    XmlFile x;
    if (!x.load(file, diags)) return {};
    return x.root()->Name();
}

/// Lints one case file. `ids` holds the case ids seen so far and their files: a second case
/// with one id is an error (the game would keep one of them and drop the other).
void lintCaseFile(const std::string& f, const Catalog& cat, Diagnostics& diags, LintStats& st,
                  std::map<std::string, std::string>& ids) {
    ++st.cases;
    if (std::optional<Case> c = loadCheckedCase(f, cat, diags)) {
        if (auto [it, fresh] = ids.emplace(c->id, f); !fresh)
            diags.error(f, 0, 0, "duplicate-id",
                        "case id '" + c->id + "' is also the id of " + it->second +
                            ": the game would play only one of them");
        int before = diags.errorCount();
        lintExpert(*c, cat, diags);
        lintRedFlagPolicy(*c, cat, diags);
        // Validity claims mean nothing until the expert path itself is sound.
        if (diags.errorCount() == before) lintValidity(*c, cat, diags);
    }
}

void lintChallengeFile(const std::string& f, const Content& content, Diagnostics& diags,
                       LintStats& st) {
    ++st.challenges;
    std::optional<Challenge> ch = loadChallengeFile(f, diags);
    if (!ch) return;
    for (const auto& cc : ch->cases)
        if (!cc.ref.empty() && !content.findCase(cc.ref))
            diags.error(cc.pos.file, cc.pos.line, cc.pos.col, "unknown-ref",
                        "challenge names unknown (or broken) case '" + cc.ref + "'");
}

} // namespace

LintStats lintPath(const std::string& path, const std::string& fallbackContent,
                   Diagnostics& diags) {
    LintStats st;
    const int errorsBefore = diags.errorCount();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        diags.error(path, 0, 0, "missing-file", "no such file or folder");
        return st;
    }
    std::string root = findContentRoot(path, fallbackContent);
    Diagnostics catDiags;
    Catalog cat = loadCatalogDir(root, catDiags);
    bool lintingCatalog = fs::is_directory(fs::path(path) / "catalog", ec) ||
                          fs::path(path).parent_path().filename() == "catalog" ||
                          fs::path(path).filename() == "catalog";
    if (lintingCatalog) {
        diags.append(catDiags);
        st.files += static_cast<int>(xmlFilesIn(root + "/catalog").size());
    } else if (catDiags.hasErrors()) {
        diags.error(root + "/catalog", 0, 0, "broken-catalog",
                    "the catalogue has errors; lint it first (" + std::to_string(catDiags.errorCount()) +
                        " errors)");
    }

    std::vector<std::string> caseFiles, challengeFiles;
    if (fs::is_directory(path, ec)) {
        bool isRoot = fs::is_directory(fs::path(path) / "catalog", ec);
        if (isRoot) {
            caseFiles = xmlFilesIn(path + "/cases");
            challengeFiles = xmlFilesIn(path + "/challenges");
        } else if (fs::path(path).filename() != "catalog") {
            for (const auto& f : xmlFilesIn(path)) {
                std::string r = rootName(f, diags);
                if (r == "case") caseFiles.push_back(f);
                else if (r == "challenge") challengeFiles.push_back(f);
                else if (r == "catalog") continue;
                else if (!r.empty())
                    diags.error(f, 1, 1, "wrong-root", "not a case, challenge or catalogue file");
            }
        }
    } else {
        std::string r = rootName(path, diags);
        if (r == "case") caseFiles.push_back(path);
        else if (r == "challenge") challengeFiles.push_back(path);
        else if (r == "catalog") {
            if (!lintingCatalog) { // a catalogue file outside a catalog/ folder: check it alone
                Catalog alone;
                loadCatalogFile(path, alone, diags);
                checkCatalogFile(alone, cat, diags);
                st.files += 1;
            }
        } else if (!r.empty())
            diags.error(path, 1, 1, "wrong-root",
                        "<" + r + "> is not a case, challenge or catalogue root element");
        else if (!diags.hasErrors())
            diags.error(path, 0, 0, "missing-file", "cannot read file");
        if (r.empty()) st.files += 1;
    }
    std::map<std::string, std::string> caseIds;
    for (const auto& f : caseFiles)
        lintCaseFile(f, cat, diags, st, caseIds);
    if (!challengeFiles.empty()) {
        Diagnostics ignore;
        Content content = loadContent(root, ignore);
        for (const auto& f : challengeFiles) lintChallengeFile(f, content, diags, st);
    }
    st.files += static_cast<int>(caseFiles.size() + challengeFiles.size());
    // A folder with nothing to check is a wrong path, not clean content.
    if (st.files == 0 && diags.errorCount() == errorsBefore)
        diags.error(path, 0, 0, "no-content",
                    "nothing to check here: no case, challenge or catalogue file (.xml)");
    return st;
}

} // namespace rc
