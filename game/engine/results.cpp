#include "game/engine/results.hpp"

#include <tinyxml2.h>

#include <cstdlib>

#include "game/engine/atomic_file.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc {

namespace {

std::uint64_t parseHash(Node& n, const char* attr) {
    std::string s = n.str(attr);
    if (s.size() != 16 || s.find_first_not_of("0123456789abcdef") != std::string::npos) {
        if (!s.empty()) n.error("bad-hash", std::string("'") + attr + "' must be 16 hex digits", attr);
        return 0;
    }
    return std::strtoull(s.c_str(), nullptr, 16);
}


} // namespace

std::string formatResults(const ResultsFile& r) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("results");
    p.PushAttribute("version", r.version);
    p.PushAttribute("player", r.player.c_str());
    p.PushAttribute("student-id", r.studentId.c_str());
    if (!r.email.empty()) p.PushAttribute("email", r.email.c_str());
    p.PushAttribute("challenge", r.challengeId.c_str());
    p.PushAttribute("challenge-hash", hexHash(r.challengeHash).c_str());
    p.PushAttribute("seed", std::to_string(r.seed).c_str());
    p.PushAttribute("written", r.written.c_str());
    for (const auto& c : r.cases) {
        p.OpenElement("case");
        p.PushAttribute("id", c.caseId.c_str());
        p.PushAttribute("hash", hexHash(c.caseHash).c_str());
        p.PushAttribute("score", oneDecimal(c.shownScore).c_str());
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
    if (r.version != kResultsVersion && diags.errorCount() == before) {
        root.error("bad-version", "results format version " + std::to_string(r.version) +
                                      " is not supported (this build reads version " +
                                      std::to_string(kResultsVersion) + ")", "version");
    }
    r.player = root.str("player");
    r.studentId = root.str("student-id");
    r.email = root.str("email", "");
    r.challengeId = root.id("challenge");
    r.challengeHash = parseHash(root, "challenge-hash");
    r.seed = static_cast<std::uint64_t>(root.integer("seed", 0, 2000000000, 1));
    r.written = root.str("written", "");
    root.finish();
    for (const auto* e = file.root()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string(e->Name()) != "case") {
            root.unknownChild(e);
            continue;
        }
        Node n(file, e, diags);
        CaseResult c;
        c.pos = n.pos();
        c.caseId = n.id("id");
        c.caseHash = parseHash(n, "hash");
        c.shownScore = n.number("score", 0, 100, 0);
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
        r.cases.push_back(std::move(c));
    }
    if (diags.errorCount() > before) return std::nullopt;
    return r;
}

std::optional<ResultsFile> loadResultsFile(const std::string& path, Diagnostics& diags) {
    std::string text;
    if (!readFile(path, text, kMaxContentFileBytes)) {
        diags.error(path, 0, 0, "missing-file", "cannot read the results file (missing, unreadable or too large)");
        return std::nullopt;
    }
    return parseResults(path, text, diags);
}

} // namespace rc
