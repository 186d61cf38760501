#include "game/engine/catalog_loader.hpp"

#include "game/engine/content_text.hpp"
#include "game/engine/xml_reader.hpp"

#include <cstring>
#include <map>
#include <set>

namespace rc {

namespace {

using tinyxml2::XMLElement;

Accuracy readAccuracy(Node& n) {
    Accuracy a;
    a.pos = n.pos();
    a.target = n.str("target");
    a.referenceStandard = n.boolean("reference-standard", false);
    a.cite = n.str("cite");
    a.citePos = n.attrPos("cite");
    a.sens = n.optNumber("sens", 0, 1);
    a.spec = n.optNumber("spec", 0, 1);
    a.lrPos = n.optNumber("lr-pos", 0, 1000);
    a.lrNeg = n.optNumber("lr-neg", 0, 1000);
    a.note = n.str("note", "");
    if (n.has("dx")) {
        a.dxPos = n.attrPos("dx");
        a.dx = n.ids("dx");
    }
    bool figures = n.has("sens") || n.has("spec") || n.has("lr-pos") || n.has("lr-neg");
    if (n.has("sens") != n.has("spec"))
        n.error("accuracy-figures", "give sensitivity and specificity together");
    if (!figures && a.note.empty() && !a.referenceStandard)
        n.error("accuracy-figures",
                "<accuracy> needs figures (sens/spec or lr-pos/lr-neg) or a note saying why none");
    if (a.referenceStandard && a.dx.empty())
        n.error("missing-attribute",
                "a reference standard names the diagnoses its finding defines in 'dx'", "dx");
    if (!figures && !a.dx.empty() && !a.referenceStandard)
        n.error("accuracy-figures",
                "'dx' names the diagnoses the figures stand for, but this <accuracy> has none",
                "dx");
    n.finish();
    n.leaf();
    return a;
}

/// Reads the children shared by exams and investigations.
void readTestChildren(Node& n, std::string& normal, std::vector<Accuracy>& acc,
                      std::vector<std::string>& bearsOn) {
    bool haveNormal = false;
    for (const XMLElement* c = n.element()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        Node cn(n.file(), c, n.diags());
        std::string name = c->Name();
        if (name == "normal") {
            if (!n.once(haveNormal, c)) continue;
            normal = cn.text(true);
        } else if (name == "accuracy") {
            acc.push_back(readAccuracy(cn));
            continue;
        } else if (name == "bears-on") {
            bearsOn.push_back(cn.id("diagnosis"));
            cn.leaf();
        } else {
            n.unknownChild(c);
            continue;
        }
        cn.finish();
    }
    if (!haveNormal) n.error("missing-element", "<" + n.name() + "> needs a <normal> finding");
    if (acc.empty())
        n.error("missing-element", "<" + n.name() + "> needs at least one <accuracy> with a cite");
    if (bearsOn.empty())
        n.error("missing-element", "<" + n.name() + "> needs at least one <bears-on>");
}

/// <dependence tests="slr slump" cite="..." [lr-pos="7.0" dx="..."]>why</dependence>
Dependence readDependence(Node& n) {
    Dependence d;
    d.pos = n.pos();
    d.tests = n.ids("tests");
    d.cite = n.str("cite");
    d.citePos = n.attrPos("cite");
    d.lrPos = n.optNumber("lr-pos", 0, 1000);
    if (n.has("dx")) d.dx = n.ids("dx");
    if (d.lrPos.has_value() != n.has("dx"))
        n.error("missing-attribute",
                "a combined figure needs both 'lr-pos' and 'dx' (the diagnoses it stands for)",
                d.lrPos ? "lr-pos" : "dx");
    if (d.lrPos && *d.lrPos <= 0) n.error("out-of-range", "'lr-pos' must be above 0", "lr-pos");
    if (d.tests.size() < 2 && n.has("tests"))
        n.error("out-of-range", "a <dependence> names at least two tests", "tests");
    d.why = n.text(true);
    n.finish();
    n.leaf();
    return d;
}

void readTopic(Node& n, Catalog& cat) {
    Topic t;
    t.id = n.id();
    t.label = n.str("label");
    n.finish();
    for (const XMLElement* c = n.element()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::string(c->Name()) != "question") {
            n.unknownChild(c);
            continue;
        }
        Node qn(n.file(), c, n.diags());
        Question q;
        q.pos = qn.pos();
        q.id = qn.id();
        q.topic = t.id;
        q.text = qn.str("text");
        q.label = qn.str("label", "");
        q.minutes = qn.integer("minutes", 0, 30, 1);
        qn.finish();
        bool haveDefault = false;
        for (const XMLElement* d = c->FirstChildElement(); d; d = d->NextSiblingElement()) {
            const std::string name = d->Name();
            if (name == "accuracy") {
                Node an(n.file(), d, n.diags());
                q.accuracy.push_back(readAccuracy(an));
                continue;
            }
            if (name != "default") {
                qn.unknownChild(d);
                continue;
            }
            if (!qn.once(haveDefault, d)) continue;
            Node dn(n.file(), d, n.diags());
            q.defaultAnswer = dn.text(true);
            dn.finish();
        }
        if (!haveDefault) qn.error("missing-element", "<question> needs a <default> answer");
        if (q.label.empty() && !figureDiagnoses(q.accuracy).empty())
            n.diags().error(q.pos.file, q.pos.line, q.pos.col, "missing-attribute",
                            "a question whose answer moves the differential ('dx') needs a "
                            "'label': the finding a yes reports (\"Groin pain\")");
        t.questions.push_back(q.id);
        cat.questions.push_back(std::move(q));
    }
    cat.topics.push_back(std::move(t));
}

void readExamGroup(Node& n, Catalog& cat) {
    ExamGroup g;
    g.id = n.id();
    g.label = n.str("label");
    n.finish();
    for (const XMLElement* c = n.element()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::string(c->Name()) != "exam") {
            n.unknownChild(c);
            continue;
        }
        Node en(n.file(), c, n.diags());
        Exam e;
        e.pos = en.pos();
        e.id = en.id();
        e.group = g.id;
        e.label = en.str("label");
        e.minutes = en.integer("minutes", 0, 60, 2);
        e.sided = en.boolean("sided", false);
        e.handsOn = en.choice(
            "hands-on", {"slr", "crossed-slr", "slump", "pkb", "ake", "hip-flexion", "hip-ir"}, "");
        const std::optional<int> range = en.optInteger("normal-range", 1, 180);
        e.neckReleaseShift = en.optNumber("neck-release-shift", -90, 90);
        e.dorsiflexionShift = en.optNumber("dorsiflexion-shift", -90, 90);
        if (e.handsOn.empty() && (range || e.neckReleaseShift || e.dorsiflexionShift))
            en.error("not-hands-on",
                     "'" + e.id +
                         "' is not a hands-on manoeuvre: normal-range and the shifts "
                         "belong to hands-on exams");
        else if (!e.handsOn.empty() && !en.element()->Attribute("normal-range"))
            en.error("missing-attribute", "a hands-on exam needs its normal-range (degrees)");
        e.normalRange = range.value_or(180);
        en.finish();
        readTestChildren(en, e.normal, e.accuracy, e.bearsOn);
        g.exams.push_back(e.id);
        cat.exams.push_back(std::move(e));
    }
    cat.examGroups.push_back(std::move(g));
}

void readInvestigation(Node& n, Catalog& cat) {
    Investigation inv;
    inv.pos = n.pos();
    inv.id = n.id();
    inv.label = n.str("label");
    inv.kind = n.choice("kind", {"imaging", "neurophysiology", "laboratory", "invasive"});
    inv.cost = n.integer("cost", 0, 100000);
    inv.minutes = n.integer("minutes", 0, 60, 3);
    inv.wait = n.choice("wait", {"same-visit", "next-visit"}, "next-visit") == "same-visit"
                   ? Wait::SameVisit
                   : Wait::NextVisit;
    inv.radiation = n.number("radiation", 0, 50, 0);
    inv.image = n.choice("image",
                         {"spine-xray", "spine-mri", "spine-ct", "knee-xray", "knee-mri",
                          "hip-xray", "chart", "trace", "none"},
                         "none");
    n.finish();
    readTestChildren(n, inv.normal, inv.accuracy, inv.bearsOn);
    cat.investigations.push_back(std::move(inv));
}

std::string readAbout(Node& n) {
    std::string about;
    bool haveAbout = false;
    for (const XMLElement* c = n.element()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::string(c->Name()) != "about") {
            n.unknownChild(c);
            continue;
        }
        if (!n.once(haveAbout, c)) continue;
        Node an(n.file(), c, n.diags());
        about = an.text(true);
        an.finish();
    }
    if (about.empty()) n.error("missing-element", "<" + n.name() + "> needs an <about> text");
    return about;
}

} // namespace

void loadCatalogXml(const XmlFile& file, Catalog& cat, Diagnostics& diags) {
    Node root(file, file.root(), diags);
    if (root.name() != "catalog") {
        root.error("wrong-root", "expected a <catalog> root element, found <" + root.name() + ">");
        return;
    }
    root.finish();
    for (const XMLElement* c = file.root()->FirstChildElement(); c; c = c->NextSiblingElement()) {
        Node n(file, c, diags);
        std::string name = c->Name();
        if (name == "topic") {
            readTopic(n, cat);
        } else if (name == "exam-group") {
            readExamGroup(n, cat);
        } else if (name == "investigation") {
            readInvestigation(n, cat);
        } else if (name == "pathway") {
            Pathway p;
            p.pos = n.pos();
            p.id = n.id();
            p.label = n.str("label");
            n.finish();
            p.about = readAbout(n);
            cat.pathways.push_back(std::move(p));
        } else if (name == "part") {
            PlanPart p;
            p.pos = n.pos();
            p.id = n.id();
            p.label = n.str("label");
            p.group =
                n.choice("group", {"education", "activity", "exercise", "medication", "manual",
                                   "injection", "imaging", "referral", "follow-up", "other"});
            p.weeks = n.integer("weeks", 0, 52, -1);
            p.emergency = n.boolean("emergency", false);
            if (n.has("region")) {
                p.regions = n.choices("region", kRegions);
                if (!p.emergency)
                    n.error(
                        "missing-attribute",
                        "'region' says where a part is an emergency route; add emergency=\"true\"",
                        "region");
            }
            if (n.has("cite")) {
                p.cite = n.str("cite");
                p.citePos = n.attrPos("cite");
            }
            if (p.group == "follow-up" && p.weeks < 0)
                n.error("missing-attribute", "a follow-up part needs 'weeks'");
            n.finish();
            p.about = readAbout(n);
            cat.parts.push_back(std::move(p));
        } else if (name == "dependence") {
            cat.dependences.push_back(readDependence(n));
        } else if (name == "diagnosis") {
            DiagnosisDef d;
            d.pos = n.pos();
            d.id = n.id();
            d.label = n.str("label");
            d.region = n.choice("region", kRegions);
            d.sided = n.boolean("sided", false);
            std::string roots = n.str("root", "");
            for (std::size_t i = 0; i < roots.size();) {
                std::size_t j = roots.find(' ', i);
                if (j == std::string::npos) j = roots.size();
                std::string r = roots.substr(i, j - i);
                static const std::set<std::string> kRoots = {"L1", "L2", "L3", "L4", "L5",
                                                             "S1", "S2", "S3", "S4"};
                if (!kRoots.count(r))
                    n.error("bad-enum", "'" + r + "' is not a nerve root (L1..S4)", "root");
                else
                    d.roots.push_back(r);
                i = j + 1;
            }
            n.finish();
            for (const XMLElement* k = c->FirstChildElement(); k; k = k->NextSiblingElement())
                n.unknownChild(k);
            cat.diagnoses.push_back(std::move(d));
        } else {
            root.unknownChild(c);
        }
    }
}

void loadCatalogFile(const std::string& path, Catalog& cat, Diagnostics& diags) {
    XmlFile file;
    if (!file.load(path, diags)) return;
    loadCatalogXml(file, cat, diags);
}

namespace {
template <class T> void checkUnique(const std::vector<T>& v, const char* kind, Diagnostics& diags) {
    std::set<std::string> seen;
    for (const auto& x : v) {
        if (x.id.empty()) continue;
        if (!seen.insert(x.id).second)
            diags.error(x.pos.file, x.pos.line, x.pos.col, "duplicate-id",
                        std::string("the ") + kind + " id '" + x.id + "' is used twice");
    }
}
template <class T>
void checkBearsOn(const std::vector<T>& v, const Catalog& cat, Diagnostics& diags) {
    for (const auto& x : v)
        for (const auto& d : x.bearsOn)
            if (!d.empty() && !cat.diagnosis(d))
                diags.error(x.pos.file, x.pos.line, x.pos.col, "unknown-ref",
                            "'" + x.id + "' bears on unknown diagnosis '" + d + "'");
}
/// Questions, exams and investigations share one id space: a <dependence> and the
/// differential's trail name them by id alone.
std::string withArticle(const char* kind) {
    return (std::strchr("aeiou", kind[0]) ? "an " : "a ") + std::string(kind);
}
void checkDistinctTests(const Catalog& cat, Diagnostics& diags) {
    std::map<std::string, const char*> kindOf;
    for (const auto& q : cat.questions)
        kindOf.emplace(q.id, "question");
    auto clash = [&](const std::string& id, const SourcePos& p, const char* kind) {
        auto [it, fresh] = kindOf.emplace(id, kind);
        if (!fresh && std::strcmp(it->second, kind) != 0)
            diags.error(p.file, p.line, p.col, "duplicate-id",
                        "the id '" + id + "' names both " + withArticle(it->second) + " and " +
                            withArticle(kind) +
                            ": questions, exams and investigations share one set of ids");
    };
    for (const auto& e : cat.exams)
        clash(e.id, e.pos, "exam");
    for (const auto& i : cat.investigations)
        clash(i.id, i.pos, "investigation");
}
/// The likelihood-ratio differential's catalogue data: accuracy dx ids and dependence groups.
void checkDifferentialData(const Catalog& cat, Diagnostics& diags) {
    auto unknownDx = [&](const std::vector<std::string>& ids, const SourcePos& p) {
        for (const auto& d : ids)
            if (!cat.diagnosis(d))
                diags.error(p.file, p.line, p.col, "unknown-ref",
                            "'dx' names unknown diagnosis '" + d + "'");
    };
    auto notInvestigation = [&](const Accuracy& a) {
        if (a.referenceStandard)
            diags.error(a.pos.file, a.pos.line, a.pos.col, "accuracy-figures",
                        "only an investigation can be a reference standard");
    };
    for (const auto& e : cat.exams)
        for (const auto& a : e.accuracy) {
            unknownDx(a.dx, a.dxPos);
            notInvestigation(a);
        }
    for (const auto& q : cat.questions)
        for (const auto& a : q.accuracy) {
            unknownDx(a.dx, a.dxPos);
            notInvestigation(a);
        }
    for (const auto& i : cat.investigations)
        for (const auto& a : i.accuracy)
            unknownDx(a.dx, a.dxPos);
    for (const auto& g : cat.dependences) {
        std::set<std::string> seen;
        for (const auto& t : g.tests) {
            if (!cat.exam(t) && !cat.question(t) && !cat.investigation(t))
                diags.error(g.pos.file, g.pos.line, g.pos.col, "unknown-ref",
                            "<dependence> names '" + t +
                                "', which is no exam, question or investigation");
            else if (!seen.insert(t).second)
                diags.error(g.pos.file, g.pos.line, g.pos.col, "duplicate-id",
                            "<dependence> names '" + t + "' twice");
        }
        unknownDx(g.dx, g.pos);
    }
}
} // namespace

namespace {
// What a catalogue file can be checked for on its own: ids used once, cites well formed and in
// `bibliography`'s references (when it has any).
void checkIdsAndCites(const Catalog& cat, const Catalog& bibliography, Diagnostics& diags) {
    checkUnique(cat.questions, "question", diags);
    checkUnique(cat.exams, "exam", diags);
    checkUnique(cat.investigations, "investigation", diags);
    checkDistinctTests(cat, diags);
    checkUnique(cat.pathways, "pathway", diags);
    checkUnique(cat.parts, "plan part", diags);
    checkUnique(cat.diagnoses, "diagnosis", diags);
    for (const auto& e : cat.exams)
        for (const auto& a : e.accuracy)
            checkCite(bibliography, a.cite, a.citePos, diags);
    for (const auto& q : cat.questions)
        for (const auto& a : q.accuracy)
            checkCite(bibliography, a.cite, a.citePos, diags);
    for (const auto& i : cat.investigations)
        for (const auto& a : i.accuracy)
            checkCite(bibliography, a.cite, a.citePos, diags);
    for (const auto& p : cat.parts)
        if (!p.cite.empty()) checkCite(bibliography, p.cite, p.citePos, diags);
    for (const auto& g : cat.dependences)
        checkCite(bibliography, g.cite, g.citePos, diags);
}
} // namespace

void checkCatalog(const Catalog& cat, Diagnostics& diags) {
    checkIdsAndCites(cat, cat, diags);
    checkBearsOn(cat.exams, cat, diags);
    checkBearsOn(cat.investigations, cat, diags);
    checkDifferentialData(cat, diags);
}

void checkCatalogFile(const Catalog& alone, const Catalog& bibliography, Diagnostics& diags) {
    checkIdsAndCites(alone, bibliography, diags);
}

} // namespace rc
