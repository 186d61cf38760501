#include "game/engine/results.hpp"

#include <tinyxml2.h>

#include "game/engine/atomic_file.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

namespace {

CaseResult readCase(const XmlFile& file, const tinyxml2::XMLElement* e, const std::string& path,
                    Diagnostics& diags) {
    Node n(file, e, diags);
    CaseResult c;
    c.pos = n.pos();
    c.caseId = n.id("id");
    c.caseHash = n.hash64("hash");
    if (n.has("score")) c.shownScore = n.number("score", 0, 100, 0);
    c.seconds = n.number("seconds", 0, 1e7, 0);
    c.finished = n.boolean("finished", false);
    n.finish();
    const auto* log = e->FirstChildElement("log");
    for (const auto* k = e->FirstChildElement(); k; k = k->NextSiblingElement())
        if (k != log) n.unknownChild(k);
    if (!log) {
        n.error("missing-element", "<case> needs a <log>");
    } else {
        const char* t = log->GetText();
        c.log = parseActionLog(t ? t : "", path, diags, log->GetLineNum());
    }
    return c;
}

} // namespace

std::string formatResults(const ResultsFile& r) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("results");
    p.PushAttribute("version", kResultsVersion); // always the layout written below, whatever was read
    p.PushAttribute("player", r.player.c_str());
    p.PushAttribute("student-id", r.studentId.c_str());
    if (!r.email.empty()) p.PushAttribute("email", r.email.c_str());
    p.PushAttribute("challenge", r.challengeId.c_str());
    p.PushAttribute("challenge-hash", hexHash(r.challengeHash).c_str());
    p.PushAttribute("seed", std::to_string(r.seed).c_str());
    if (!r.written.empty()) p.PushAttribute("written", r.written.c_str()); // a version-2 file has none
    for (const auto& a : r.attempts) {
        p.OpenElement("attempt");
        p.PushAttribute("number", a.number);
        if (!a.started.empty()) p.PushAttribute("started", a.started.c_str());
        p.PushAttribute("finished", a.finished ? "true" : "false");
        for (const auto& c : a.cases) {
            p.OpenElement("case");
            p.PushAttribute("id", c.caseId.c_str());
            p.PushAttribute("hash", hexHash(c.caseHash).c_str());
            if (c.shownScore) p.PushAttribute("score", oneDecimal(*c.shownScore).c_str());
            p.PushAttribute("seconds", oneDecimal(c.seconds).c_str());
            p.PushAttribute("finished", c.finished ? "true" : "false");
            p.OpenElement("log");
            ActionLog body = c.log;
            body.header.clear();
            p.PushText(("\n" + formatActionLog(body)).c_str());
            p.CloseElement();
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    return p.CStr();
}

std::optional<ResultsFile> parseResults(const std::string& path, const std::string& text,
                                        Diagnostics& diags) {
    XmlFile file;
    if (!file.parse(path, text, diags)) return std::nullopt;
    Node root(file, file.root(), diags);
    if (root.name() != "results") {
        root.error("wrong-root", "expected a <results> root element, found <" + root.name() + ">");
        return std::nullopt;
    }
    int before = diags.errorCount();
    ResultsFile r;
    r.file = path;
    r.version = root.integer("version", 1, 1000);
    if ((r.version < kOldestResultsVersion || r.version > kResultsVersion) &&
        diags.errorCount() == before) {
        root.error("bad-version", "results format version " + std::to_string(r.version) +
                                      " is not supported (this build reads versions " +
                                      std::to_string(kOldestResultsVersion) + " to " +
                                      std::to_string(kResultsVersion) + ")", "version");
        return std::nullopt;
    }
    r.player = root.str("player");
    r.studentId = root.str("student-id");
    r.email = root.str("email", "");
    r.challengeId = root.id("challenge");
    r.challengeHash = root.hash64("challenge-hash");
    r.seed = static_cast<std::uint64_t>(root.integer("seed", 0, 2000000000, 1));
    r.written = root.str("written", "");
    root.finish();
    if (r.version == 2) {
        // Version 2: one attempt, its cases directly under <results>.
        Attempt a;
        a.pos = root.pos();
        for (const auto* e = file.root()->FirstChildElement(); e; e = e->NextSiblingElement()) {
            if (std::string(e->Name()) != "case") {
                root.unknownChild(e);
                continue;
            }
            a.cases.push_back(readCase(file, e, path, diags));
        }
        a.finished = !a.cases.empty();
        for (const auto& c : a.cases) a.finished = a.finished && c.finished;
        r.attempts.push_back(std::move(a));
    } else {
        for (const auto* e = file.root()->FirstChildElement(); e; e = e->NextSiblingElement()) {
            if (std::string(e->Name()) != "attempt") {
                root.unknownChild(e);
                continue;
            }
            Node n(file, e, diags);
            Attempt a;
            a.pos = n.pos();
            a.number = n.integer("number", 1, kMaxAttempts);
            a.started = n.str("started", "");
            a.finished = n.boolean("finished", false);
            n.finish();
            if (a.number != static_cast<int>(r.attempts.size()) + 1)
                n.error("bad-attempt", "attempts must be numbered 1, 2, 3... in order; this one is " +
                                           std::to_string(a.number), "number");
            for (const auto* k = e->FirstChildElement(); k; k = k->NextSiblingElement()) {
                if (std::string(k->Name()) != "case") {
                    n.unknownChild(k);
                    continue;
                }
                a.cases.push_back(readCase(file, k, path, diags));
            }
            r.attempts.push_back(std::move(a));
        }
        if (r.attempts.empty()) root.error("missing-element", "<results> needs at least one <attempt>");
    }
    if (diags.errorCount() > before) return std::nullopt;
    return r;
}

std::optional<ResultsFile> loadResultsFile(const std::string& path, Diagnostics& diags) {
    std::string text;
    FileError why;
    if (!readFile(path, FileKind::Results, text, why)) {
        diags.error(path, 0, 0, why.code(), "the results file " + why.message);
        return std::nullopt;
    }
    return parseResults(path, text, diags);
}

} // namespace rc
