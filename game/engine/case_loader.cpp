#include "game/engine/case_loader.hpp"

#include "game/engine/case_coach.hpp"
#include "game/engine/scoring_policy.hpp"
#include "game/engine/student_copy.hpp"
#include "game/engine/xml_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace rc {

namespace {

using tinyxml2::XMLElement;

const std::initializer_list<const char*> kMidlineRegions = {"lower-back", "saddle"};
const std::initializer_list<const char*> kSidedRegions = {"buttock",
                                                          "groin",
                                                          "lateral-hip",
                                                          "anterior-thigh",
                                                          "medial-thigh",
                                                          "lateral-thigh",
                                                          "posterior-thigh",
                                                          "anterior-knee",
                                                          "medial-knee",
                                                          "lateral-knee",
                                                          "posterior-knee",
                                                          "medial-shin",
                                                          "anterior-shin",
                                                          "lateral-leg",
                                                          "calf",
                                                          "medial-ankle",
                                                          "dorsum-foot",
                                                          "great-toe",
                                                          "sole",
                                                          "lateral-foot",
                                                          "heel"};

bool inList(const std::string& s, std::initializer_list<const char*> l) {
    for (const char* x : l)
        if (s == x) return true;
    return false;
}

Side readSide(Node& n, bool required) {
    if (!n.has("side")) {
        n.str("side", "");
        if (required) n.error("missing-attribute", "<" + n.name() + "> needs a 'side'");
        return Side::None;
    }
    // Listed in the order of Side, after None.
    const int i = n.choiceIndex("side", {"left", "right", "both"}, -1);
    return i < 0 ? Side::None : static_cast<Side>(i + 1);
}

DxSet readDx(Node& n) {
    if (!n.has("dx")) return 0;
    std::string words = n.str("dx");
    DxSet set = 0;
    std::string bad;
    if (!parseDxSet(words, set, bad))
        n.error("bad-enum",
                "'dx' names '" + bad +
                    "'; expected any of: right, wrong-side, accepted, same-region, wrong, none",
                "dx");
    return set;
}

/// An optional cite attribute and where it is.
void readCite(Node& n, std::string& cite, SourcePos& pos) {
    if (!n.has("cite")) return;
    cite = n.str("cite");
    pos = n.attrPos("cite");
}

/// A required `cite`: read when present, reported (missing-attribute) when not.
void readRequiredCite(Node& n, std::string& cite, SourcePos& pos) {
    if (n.has("cite"))
        readCite(n, cite, pos);
    else
        n.str("cite"); // reports the missing attribute
}

std::vector<ChartRegion> readChart(Node& n) {
    std::vector<ChartRegion> chart;
    n.finish();
    for (const XMLElement* c = n.element()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::string_view(c->Name()) != "region") {
            n.unknownChild(c);
            continue;
        }
        Node rn(n.file(), c, n.diags());
        ChartRegion r;
        r.at = rn.str("at");
        r.kind = rn.choice("kind", {"pain", "numbness", "tingling"});
        bool midline = inList(r.at, kMidlineRegions);
        if (!r.at.empty() && !midline && !inList(r.at, kSidedRegions))
            rn.error("bad-enum", "'" + r.at + "' is not a body-chart region (see FORMAT.md §2.2)",
                     "at");
        r.side = readSide(rn, !midline && !r.at.empty());
        if (midline && r.side != Side::None)
            rn.error("unexpected-side", "'" + r.at + "' is a midline region and takes no side",
                     "side");
        rn.finish();
        rn.leaf();
        chart.push_back(std::move(r));
    }
    return chart;
}

void readPatient(Node& n, Case& c) {
    Patient& p = c.patient;
    p.name = n.str("name");
    p.age = n.integer("age", 1, 110);
    p.sex = n.choice("sex", {"female", "male"});
    p.job = n.str("job");
    p.build = n.choice("build", {"slim", "average", "heavy"}, "average");
    p.skin = n.integer("skin", 1, 5, 3);
    n.finish();
    // Present (an empty one is reported as missing-text, not again as missing).
    bool haveComplaint = false, haveWants = false, haveManner = false;
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        Node en(n.file(), e, n.diags());
        std::string_view name = e->Name();
        if (name == "complaint")
            p.complaint = en.text(true), haveComplaint = true;
        else if (name == "wants")
            p.wants = en.text(true), haveWants = true;
        else if (name == "manner")
            p.manner = en.text(true), haveManner = true;
        else if (name == "chart") {
            p.chart = readChart(en);
            continue;
        } else {
            n.unknownChild(e);
            continue;
        }
        en.finish();
    }
    if (!haveComplaint) n.error("missing-element", "<patient> needs a <complaint>");
    if (!haveWants) n.error("missing-element", "<patient> needs <wants>");
    if (!haveManner) n.error("missing-element", "<patient> needs a <manner>");
}

Answer readAnswer(Node& n, std::string& q) {
    Answer a;
    a.pos = n.pos();
    q = n.id("q");
    a.positiveGiven = n.has("positive");
    a.positive = n.boolean("positive", false);
    n.markTextRead(); // the text or its <say> variants, read below
    n.finish();
    std::size_t children = 0;
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement())
        ++children;
    a.variants.reserve(children > 0 ? children : 1);
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) != "say") {
            n.unknownChild(e);
            continue;
        }
        Node sn(n.file(), e, n.diags());
        a.variants.push_back(sn.text(true));
        sn.finish();
    }
    if (a.variants.empty()) {
        a.variants.push_back(n.text(true));
    } else {
        std::string loose;
        for (const tinyxml2::XMLNode* t = n.element()->FirstChild(); t; t = t->NextSibling())
            if (t->ToText()) loose += t->Value();
        if (!collapseSpace(loose).empty())
            n.error("mixed-answer", "an <answer> holds either text or <say> variants, not both");
    }
    return a;
}

Finding readFinding(Node& n) {
    Finding f;
    f.pos = n.pos();
    f.exam = n.id("exam");
    f.side = readSide(n, false);
    f.result = n.choice("result", {"normal", "positive", "negative", "reduced", "absent",
                                   "increased", "weak", "restricted", "painful", "abnormal"});
    f.onset = n.optInteger("onset", 0, 180);
    f.range = n.optInteger("range", 0, 180);
    f.neural = n.boolean("neural", false);
    f.text = n.text(true);
    n.finish();
    if (f.onset && f.range && *f.onset > *f.range)
        n.error("onset-beyond-range",
                "symptoms start at " + std::to_string(*f.onset) + "° but the range ends at " +
                    std::to_string(*f.range) + "°",
                "onset");
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement())
        n.unknownChild(e);
    return f;
}

Result readResult(Node& n) {
    Result r;
    r.pos = n.pos();
    r.test = n.id("test");
    if (n.has("shows")) {
        r.showsGiven = true;
        r.showsPos = n.attrPos("shows");
        r.shows = n.ids("shows");
        // "none": the report shows none of the diagnoses the investigation has figures for.
        if (r.shows.size() == 1 && r.shows[0] == "none")
            r.shows.clear();
        else if (std::find(r.shows.begin(), r.shows.end(), "none") != r.shows.end())
            n.error("unknown-ref", "'shows' is \"none\" or diagnosis ids, not both", "shows");
    }
    n.finish();
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        Node en(n.file(), e, n.diags());
        std::string_view name = e->Name();
        if (name == "report") {
            if (!r.report.empty()) en.error("duplicate-element", "<result> holds one <report>");
            r.report = en.text(true);
        } else if (name == "incidental")
            r.incidental.push_back(en.text(true));
        else if (name == "image") {
            ImageSpec im;
            im.level =
                en.choice("level", {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1", "knee", "hip"});
            im.finding = en.choice("finding", {"normal", "bulge", "protrusion", "extrusion",
                                               "stenosis", "slip", "pars-defect", "degeneration",
                                               "meniscal-tear", "osteoarthritis", "physis-slip"});
            im.side = readSide(en, false);
            im.grade = en.integer("grade", 1, 5, 0);
            if (im.grade == 5 && im.finding != "slip")
                en.error("out-of-range",
                         "'grade' 5 is a Meyerding grade, for finding=\"slip\" only; other "
                         "findings are graded 1-4",
                         "grade");
            en.leaf();
            if (r.image) en.error("duplicate-element", "<result> holds one <image>");
            r.image = im;
        } else {
            n.unknownChild(e);
            continue;
        }
        en.finish();
    }
    if (r.report.empty()) n.error("missing-element", "<result> needs a <report>");
    return r;
}

/// Reads answer/finding/result/chart children into `st`; returns false for other names.
bool readStateChild(Node& parent, const XMLElement* e, ClinicalState& st) {
    Node en(parent.file(), e, parent.diags());
    std::string_view name = e->Name();
    // try_emplace leaves its arguments alone when the key is taken, so the error can still
    // name what was read.
    if (name == "answer") {
        std::string q;
        Answer a = readAnswer(en, q);
        if (!st.answers.try_emplace(std::move(q), std::move(a)).second)
            en.error("duplicate-id", "question '" + q + "' is answered twice here", "q");
    } else if (name == "finding") {
        Finding f = readFinding(en);
        std::string key = findingKey(f.exam, f.side);
        if (!st.findings.try_emplace(std::move(key), std::move(f)).second)
            en.error("duplicate-id", "a finding for '" + f.exam + "' on this side is given twice",
                     "exam");
    } else if (name == "result") {
        Result r = readResult(en);
        std::string test = r.test;
        if (!st.results.try_emplace(std::move(test), std::move(r)).second)
            en.error("duplicate-id", "a result for '" + r.test + "' is given twice", "test");
    } else if (name == "chart") {
        st.chart = readChart(en);
    } else {
        return false;
    }
    return true;
}

void readSection(Node& n, const char* child, ClinicalState& st) {
    n.finish();
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) != child || !readStateChild(n, e, st)) n.unknownChild(e);
    }
}

Visit readVisit(Node& n, bool first) {
    Visit v;
    v.pos = n.pos();
    v.id = n.id();
    v.title = n.str("title");
    v.weeks = n.integer("weeks", 0, 104, 0);
    v.status =
        n.choice("status", {"new", "better", "same", "worse", "red-flag"}, first ? "new" : "same");
    n.finish();
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        std::string_view name = e->Name();
        if (name == "narrative") {
            Node en(n.file(), e, n.diags());
            v.narrative = en.text(true);
            en.finish();
        } else if (name == "next") {
            Node en(n.file(), e, n.diags());
            NextRule r;
            r.pos = en.pos();
            r.visit = en.optId("visit").value_or("");
            r.outcome = en.optId("outcome").value_or("");
            r.pathways = splitWords(en.str("pathway", ""));
            r.parts = splitWords(en.str("part", ""));
            r.notParts = splitWords(en.str("not-part", ""));
            r.dx = readDx(en);
            r.diagnoses = splitWords(en.str("diagnosis", ""));
            r.regions = en.choices("region", kRegions);
            r.ordered = splitWords(en.str("ordered", ""));
            r.notOrdered = splitWords(en.str("not-ordered", ""));
            if (r.visit.empty() == r.outcome.empty())
                en.error("bad-next", "<next> needs exactly one of 'visit' or 'outcome'");
            en.finish();
            en.leaf();
            v.next.push_back(std::move(r));
        } else if (!readStateChild(n, e, v.overrides)) {
            n.unknownChild(e);
        }
    }
    return v;
}

void readScoring(Node& n, Case& c) {
    n.finish();
    std::size_t count = 0;
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement())
        ++count;
    c.rules.reserve(c.rules.size() + count);
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        Node en(n.file(), e, n.diags());
        std::string_view name = e->Name();
        if (name == "weights") {
            // Weights left out take the scoring policy's (content/scoring.xml); checkCase checks
            // that the weights in force are not all zero.
            for (int d = 0; d < kDomainCount; ++d)
                c.weights[d] = en.number(domainName(static_cast<Domain>(d)), 0, 100, -1);
            c.weightsPos = en.pos();
            // All seven set and all zero: no policy can make that a score.
            if (std::all_of(c.weights.begin(), c.weights.end(), [](double w) { return w == 0; }))
                en.error("out-of-range", "the weights must not all be zero");
            en.finish();
            en.leaf();
            continue;
        }
        if (name != "rule") {
            n.unknownChild(e);
            continue;
        }
        Rule& r = c.rules.emplace_back(); // built in place: every rule is kept
        r.pos = en.pos();
        r.text = en.str("do");
        std::string err;
        // "plan emergency-department|urgent-spinal-referral": a word may list alternatives.
        std::vector<std::string> words = splitWords(r.text);
        std::vector<std::vector<std::string>> alts;
        std::string first;
        for (std::size_t w = 0; w < words.size(); ++w) {
            std::vector<std::string> any;
            std::size_t bar = words[w].find('|');
            if (bar != std::string::npos) {
                for (std::size_t i = 0; i <= words[w].size();) {
                    std::size_t j = words[w].find('|', i);
                    if (j == std::string::npos) j = words[w].size();
                    any.push_back(words[w].substr(i, j - i));
                    i = j + 1;
                }
                for (const auto& a : any)
                    if (!isValidId(a)) err = "'" + words[w] + "': every alternative must be an id";
                if (w == 0)
                    err = "'" + words[w] +
                          "': the verb takes no alternatives (write one rule per verb)";
            }
            if (w > 0) alts.push_back(any);
            first += (w ? " " : "") + (any.empty() ? words[w] : any[0]);
        }
        if (err.empty() && !r.text.empty()) parseAction(first, r.pattern, err);
        if (err.empty() && !r.pattern.estimates.empty())
            err = "a rule judges the order, not the student's estimate (scoring never reads it)";
        if (!err.empty()) en.error("bad-action", "'do' is not an action pattern: " + err, "do");
        bool altOk = true;
        for (std::size_t w = 0; w < alts.size(); ++w)
            if (!alts[w].empty() && (w > 0 && r.pattern.verb != Verb::Plan)) altOk = false;
        if (err.empty() && !altOk)
            en.error("bad-action",
                     "alternatives (a|b) are allowed in the id of an ask, exam or "
                     "order and in the words of a plan",
                     "do");
        if (err.empty()) {
            r.alternatives = alts;
            r.alternatives.resize(r.pattern.args.size());
        }
        // Listed in the order of Tag.
        const int tag =
            en.choiceIndex("tag", {"essential", "indicated", "neutral", "unnecessary", "harmful"});
        r.tag = tag < 0 ? Tag::Neutral : static_cast<Tag>(tag);
        if (tag < 0) {
            en.str("points", ""); // the tag is wrong: its points cannot be judged
        } else if (r.tag == Tag::Neutral) {
            // A neutral rule neither earns nor costs: 0 or no points at all.
            const std::optional<int> p = en.optInteger("points", 0, 20);
            if (p && *p != 0)
                en.error("out-of-range",
                         "a neutral rule carries no points: give points=\"0\" or leave "
                         "them out (tag it 'indicated' or 'unnecessary' to score it)",
                         "points");
            r.points = 0;
        } else if (!en.has("points")) {
            // The schema cannot tie points to the tag (FORMAT.md, lint and the schema).
            en.error("missing-points",
                     "a rule tagged '" + std::string(tagName(r.tag)) + "' needs points, 1 to 20");
            r.points = 1;
        } else {
            r.points = en.integer("points", 1, 20);
        }
        switch (r.pattern.verb) {
        case Verb::Ask:
            r.domain = Domain::History;
            break;
        case Verb::Exam:
            r.domain = Domain::Examination;
            break;
        case Verb::Order:
            r.domain = Domain::Investigations;
            break;
        default:
            r.domain = Domain::Management;
            break;
        }
        constexpr Domain kRuleDomains[] = {Domain::History, Domain::Examination,
                                           Domain::Investigations, Domain::Management,
                                           Domain::Safety};
        const int dom = en.choiceIndex(
            "domain", {"history", "examination", "investigations", "management", "safety"}, -1);
        if (dom >= 0) r.domain = kRuleDomains[dom];
        if (r.pattern.verb == Verb::Diagnose || r.pattern.verb == Verb::Differential ||
            r.pattern.verb == Verb::Advance || r.pattern.verb == Verb::Cancel)
            if (!r.text.empty() && err.empty())
                en.error("bad-action",
                         "rules judge ask, exam, order and plan actions; the diagnosis "
                         "is scored from <truth> and <accept>",
                         "do");
        r.critical = en.boolean("critical", false);
        r.visit = en.optId("visit").value_or("");
        r.dx = readDx(en);
        readCite(en, r.cite, r.citePos);
        r.feedback = en.text(true);
        en.finish();
    }
}

/// A student copy's sealed diagnosis table: <sealed salt="16 hex"><dx key="16 hex"
/// class="right"/>...
void readSealed(const XmlFile& file, Node& n, Case& c, Diagnostics& diags) {
    c.sealSalt = n.hash64("salt");
    n.finish();
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) != "dx") {
            n.unknownChild(e);
            continue;
        }
        Node row(file, e, diags);
        const int before = diags.errorCount();
        const std::uint64_t key = row.hash64("key");
        const bool ok = diags.errorCount() == before;
        const int k = row.choiceIndex("class", {"right", "wrong-side", "accepted", "same-region"});
        row.finish();
        row.leaf();
        static constexpr DxClass kClasses[] = {DxClass::Right, DxClass::WrongSide,
                                               DxClass::Accepted, DxClass::SameRegion};
        if (ok && k >= 0) c.sealed.emplace_back(key, kClasses[k]);
    }
    std::sort(c.sealed.begin(), c.sealed.end());
}

/// <priors><prior dx="..." p="0.35" cite="..." note="..."/>... [<caveat>...</caveat>]</priors>
void readPriors(Node& n, Case& c) {
    c.priorsPos = n.pos();
    n.finish();
    double sum = 0;
    bool haveCaveat = false;
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) == "caveat") {
            if (!n.once(haveCaveat, e)) continue;
            Node cn(n.file(), e, n.diags());
            readRequiredCite(cn, c.priorsCaveatCite, c.priorsCaveatCitePos);
            c.priorsCaveat = cn.text(true);
            cn.finish();
            continue;
        }
        if (std::string_view(e->Name()) != "prior") {
            n.unknownChild(e);
            continue;
        }
        Node pn(n.file(), e, n.diags());
        Prior p;
        p.pos = pn.pos();
        p.dx = pn.id("dx");
        if (!pn.has("p")) pn.error("missing-attribute", "<prior> needs 'p', a probability 0-1");
        p.p = pn.number("p", 0, 1, 0);
        readRequiredCite(pn, p.cite, p.citePos);
        p.note = pn.str("note", "");
        pn.finish();
        pn.leaf();
        for (const auto& q : c.priors)
            if (!p.dx.empty() && q.dx == p.dx)
                pn.error("duplicate-id", "a second <prior> for '" + p.dx + "'", "dx");
        sum += p.p;
        c.priors.push_back(std::move(p));
    }
    if (c.priors.empty()) n.error("missing-element", "<priors> needs at least one <prior>");
    // Rounding in hand-written figures: 0.1 + 0.2 + 0.7 must pass.
    if (sum > 1 + 1e-9) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", sum);
        n.error("priors-sum", std::string("the priors add up to ") + buf +
                                  "; they must sum to at most 1 (the rest is \"other\")");
    }
}

} // namespace

std::string hexHash(std::uint64_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::optional<Case> loadCaseXml(const XmlFile& file, Diagnostics& diags) {
    Node root(file, file.root(), diags);
    if (root.name() != "case") {
        root.error("wrong-root", "expected a <case> root element, found <" + root.name() + ">");
        return std::nullopt;
    }
    Case c;
    c.file = file.path();
    c.contentHash = file.hash();
    c.studentHash = studentHash(file.root());
    c.studentCopy = root.boolean("student-copy", false);
    c.id = root.id();
    c.title = root.str("title");
    c.difficulty = root.integer("difficulty", 1, 3);
    c.minutes = root.integer("minutes", 1, 120);
    root.finish();
    bool havePatient = false, haveTruth = false, haveScoring = false, haveExpert = false,
         haveLearning = false, haveValidity = false, haveHistory = false, haveExam = false,
         haveInvestigations = false, haveSealed = false, havePriors = false, haveCoach = false;
    for (const XMLElement* e = file.root()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        Node n(file, e, diags);
        std::string_view name = e->Name();
        if (c.studentCopy && name != "sealed" && isKeyElement(e->Name())) {
            n.error("key-in-student-copy", "a student copy (student-copy=\"true\") holds no <" +
                                               std::string(name) +
                                               ">: it is part of the answer key");
            continue;
        }
        if (name == "patient") {
            if (!root.once(havePatient, e)) continue;
            readPatient(n, c);
        } else if (name == "truth") {
            if (!root.once(haveTruth, e)) continue;
            c.truthPos = n.pos();
            c.truthDiagnosis = n.id("diagnosis");
            c.truthSide = readSide(n, false);
            readCite(n, c.truthCite, c.truthCitePos);
            c.truthText = n.text(true);
            n.finish();
        } else if (name == "accept") {
            Accept a;
            a.pos = n.pos();
            a.diagnosis = n.id("diagnosis");
            a.side = readSide(n, false);
            a.credit = n.number("credit", 0, 1, 0);
            if (!n.has("credit")) n.error("missing-attribute", "<accept> needs a 'credit' (0-1)");
            readCite(n, a.cite, a.citePos);
            a.feedback = n.text(true);
            n.finish();
            c.accepts.push_back(std::move(a));
        } else if (name == "history") {
            if (!root.once(haveHistory, e)) continue;
            readSection(n, "answer", c.base);
        } else if (name == "exam") {
            if (!root.once(haveExam, e)) continue;
            readSection(n, "finding", c.base);
        } else if (name == "investigations") {
            if (!root.once(haveInvestigations, e)) continue;
            readSection(n, "result", c.base);
        } else if (name == "visit") {
            c.visits.push_back(readVisit(n, c.visits.empty()));
        } else if (name == "outcome") {
            Outcome o;
            o.pos = n.pos();
            o.id = n.id();
            o.status = n.choice("status", {"better", "same", "worse", "red-flag"});
            readCite(n, o.cite, o.citePos);
            o.text = n.text(!c.studentCopy); // a copy keeps which outcome, not its story
            n.finish();
            c.outcomes.push_back(std::move(o));
        } else if (name == "sealed") {
            if (!root.once(haveSealed, e)) continue;
            if (!c.studentCopy) {
                n.error("sealed-in-full-case",
                        "<sealed> belongs to student copies only (written by rootcause-pack)");
                continue;
            }
            readSealed(file, n, c, diags);
        } else if (name == "scoring") {
            if (!root.once(haveScoring, e)) continue;
            readScoring(n, c);
        } else if (name == "expert") {
            if (!root.once(haveExpert, e)) continue;
            c.expertPos = n.pos();
            n.markTextRead(); // the action log below
            n.finish();
            std::string text;
            for (const tinyxml2::XMLNode* t = e->FirstChild(); t; t = t->NextSibling()) {
                if (t->ToText()) {
                    text += t->Value();
                } else {
                    // Keep line numbers right: a comment or stray element still spans lines.
                    if (t->ToElement()) n.unknownChild(t->ToElement());
                    const char* v = t->Value();
                    for (const char* ch = v ? v : ""; *ch; ++ch)
                        if (*ch == '\n') text += '\n';
                }
            }
            // Text starts right after "<expert>", so its first line is the element's line.
            ActionLog log = parseActionLog(text, file.path(), diags, e->GetLineNum());
            c.expert = std::move(log.actions);
            if (c.expert.empty()) n.error("missing-expert", "<expert> holds no actions");
        } else if (name == "validity") {
            if (!root.once(haveValidity, e)) continue;
            c.validityPos = n.pos();
            n.finish();
            for (const XMLElement* p = e->FirstChildElement(); p; p = p->NextSiblingElement()) {
                if (std::string_view(p->Name()) != "path") {
                    n.unknownChild(p);
                    continue;
                }
                Node pn(file, p, diags);
                ValidityClaim v;
                v.pos = pn.pos();
                const int k = pn.choiceIndex(
                    "kind", {"knee-treater", "hip-treater", "over-investigator", "guideline"});
                v.kind = static_cast<PathKind>(k < 0 ? 0 : k);
                v.pass = pn.choice("result", {"pass", "fail"}) == "pass";
                v.outcome = pn.id("outcome");
                pn.finish();
                pn.leaf();
                for (const auto& w : c.validity)
                    if (k >= 0 && w.kind == v.kind)
                        pn.error("duplicate-element", std::string("a second claim for the ") +
                                                          pathKindName(v.kind) + " path");
                if (k >= 0) c.validity.push_back(std::move(v));
            }
        } else if (name == "coach") {
            if (!root.once(haveCoach, e)) continue;
            readCoach(n, c);
        } else if (name == "priors") {
            if (!root.once(havePriors, e)) continue;
            readPriors(n, c);
        } else if (name == "learning") {
            if (!root.once(haveLearning, e)) continue;
            n.finish();
            for (const XMLElement* p = e->FirstChildElement(); p; p = p->NextSiblingElement()) {
                if (std::string_view(p->Name()) != "point") {
                    n.unknownChild(p);
                    continue;
                }
                Node pn(file, p, diags);
                LearningPoint lp;
                readRequiredCite(pn, lp.cite, lp.citePos);
                lp.text = pn.text(true);
                pn.finish();
                c.learning.push_back(std::move(lp));
            }
            if (c.learning.empty())
                n.error("missing-element", "<learning> needs at least one <point>");
        } else {
            root.unknownChild(e);
        }
    }
    auto need = [&](bool have, const char* what) {
        if (!have) root.error("missing-element", std::string("<case> needs a <") + what + ">");
    };
    need(havePatient, "patient");
    need(!c.visits.empty(), "visit");
    if (c.studentCopy) {
        need(haveSealed, "sealed");
    } else {
        need(haveTruth, "truth");
        need(haveScoring, "scoring");
        need(haveExpert, "expert");
        need(haveLearning, "learning");
    }
    if (c.visits.size() > 3) root.error("too-many-visits", "a case has one to three visits");
    return c;
}

std::optional<Case> loadCaseFile(const std::string& path, Diagnostics& diags) {
    XmlFile file;
    if (!file.load(path, diags)) return std::nullopt;
    return loadCaseXml(file, diags);
}

} // namespace rc
