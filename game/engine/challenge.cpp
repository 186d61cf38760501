#include "game/engine/challenge.hpp"

#include "game/engine/case_loader.hpp"
#include "game/engine/xml_reader.hpp"

#include <set>

namespace rc {

std::optional<Challenge> loadChallengeXml(const XmlFile& file, Diagnostics& diags) {
    Node root(file, file.root(), diags);
    if (root.name() != "challenge") {
        root.error("wrong-root",
                   "expected a <challenge> root element, found <" + root.name() + ">");
        return std::nullopt;
    }
    Challenge ch;
    ch.file = file.path();
    ch.pos = root.pos();
    ch.contentHash = file.hash();
    ch.id = root.id();
    ch.title = root.str("title");
    ch.mode = root.choice("mode", {"practice", "exam"}, "practice");
    ch.seed = static_cast<std::uint64_t>(root.integer("seed", 0, 2000000000, 1));
    ch.mastery = root.number("mastery", 0, 100, 70);
    root.finish();
    std::set<std::string> seen;
    bool haveInstructions = false;
    for (const auto* e = file.root()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        Node n(file, e, diags);
        std::string name = e->Name();
        if (name == "instructions") {
            if (!root.once(haveInstructions, e)) continue;
            ch.instructions = n.text(true);
            n.finish();
        } else if (name == "case") {
            ChallengeCase cc;
            cc.pos = n.pos();
            cc.ref = n.id("ref");
            cc.timeLimit = n.integer("time-limit", 1, 180, 0);
            cc.weight = n.number("weight", 0, 100, 1);
            cc.passMark = n.optNumber("pass", 0, 100);
            n.finish();
            n.leaf();
            if (!cc.ref.empty() && !seen.insert(cc.ref).second)
                n.error("duplicate-id", "case '" + cc.ref + "' appears twice in the challenge",
                        "ref");
            ch.cases.push_back(cc);
        } else {
            root.unknownChild(e);
        }
    }
    if (ch.instructions.empty()) root.error("missing-element", "<challenge> needs <instructions>");
    if (ch.cases.empty()) root.error("missing-element", "<challenge> needs at least one <case>");
    double totalWeight = 0;
    for (const auto& cc : ch.cases)
        totalWeight += cc.weight;
    if (!ch.cases.empty() && totalWeight <= 0)
        root.error("out-of-range",
                   "every <case> has weight 0: the challenge would grade everyone 0");
    return ch;
}

std::optional<Challenge> loadChallengeFile(const std::string& path, Diagnostics& diags) {
    XmlFile file;
    if (!file.load(path, diags)) return std::nullopt;
    return loadChallengeXml(file, diags);
}

} // namespace rc
