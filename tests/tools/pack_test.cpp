// rootcause-pack and student copies (issue #16): a pack holds nothing of the answer key, a
// copy binds to the same hash as its full case and sends every diagnosis where the full case
// would, results played from a pack are re-scored by the board against the full cases, and
// everything that is not a proper copy or pack folder is refused.
#include <doctest/doctest.h>

#include <filesystem>

#include "game/engine/case_loader.hpp"
#include "game/engine/challenge_run.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/dx_class.hpp"
#include "game/engine/scoring.hpp"
#include "game/engine/student_copy.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/tools/board_testutil.hpp"

using namespace boardtest;
namespace fs = std::filesystem;

namespace {

/// The student copy of a bundled case, loaded back.
std::optional<rc::Case> copyOf(const rc::Case& full, std::uint64_t salt, std::string* text = nullptr) {
    rc::XmlFile file;
    rc::Diagnostics d;
    REQUIRE(file.load(full.file, d));
    std::string copy = rc::studentCopyText(file, full, bundled().catalog, salt);
    if (text) *text = copy;
    rc::XmlFile back;
    REQUIRE(back.parse(full.id + "-copy.xml", copy, d));
    auto c = rc::loadCaseXml(back, d);
    CHECK_MESSAGE(!d.hasErrors(), d.str());
    return c;
}

/// Everything of a case's key a student must never read, as collapsed text.
std::vector<std::string> keyTexts(const rc::Case& c) {
    std::vector<std::string> out;
    auto add = [&](const std::string& s) {
        // Short stock phrases ("No groin pain.") are ordinary findings as well; a sentence of
        // the key is longer.
        std::string t = rc::collapseSpace(s);
        if (t.size() >= 40) out.push_back(t);
    };
    add(c.truthText);
    for (const auto& a : c.accepts) add(a.feedback);
    for (const auto& r : c.rules) add(r.feedback);
    for (const auto& l : c.learning) add(l.text);
    for (const auto& o : c.outcomes) add(o.text);
    for (const auto& a : c.expert)
        if (a.verb != rc::Verb::Advance) out.push_back(a.str()); // "advance" is an ordinary word
    return out;
}

} // namespace

TEST_CASE("pack: every bundled case has a copy that binds to its hash and classes every diagnosis alike") {
    for (const rc::Case& full : bundled().cases) {
        CAPTURE(full.id);
        auto copy = copyOf(full, 0x1234abcd5678ef00ull);
        REQUIRE(copy);
        CHECK(copy->studentCopy);
        CHECK(copy->studentHash == full.studentHash);
        CHECK(copy->contentHash != full.contentHash);
        CHECK(copy->rules.empty());
        CHECK(copy->expert.empty());
        CHECK(copy->truthDiagnosis.empty());
        CHECK(copy->visits.size() == full.visits.size());
        for (const auto& d : bundled().catalog.diagnoses)
            for (rc::Side side : {rc::Side::None, rc::Side::Left, rc::Side::Right, rc::Side::Both}) {
                rc::Action a = rc::makeAction(rc::Verb::Diagnose, {d.id}, side);
                CHECK(rc::classifyDiagnosis(*copy, bundled().catalog, &a) ==
                      rc::classifyDiagnosis(full, bundled().catalog, &a));
            }
        // A different salt gives different keys but the same binding.
        auto other = copyOf(full, 99);
        REQUIRE(other);
        CHECK(other->studentHash == full.studentHash);
        CHECK(other->sealed != copy->sealed);
    }
}

TEST_CASE("pack: the expert path plays the same in the copy as in the full case") {
    for (const rc::Case& full : bundled().cases) {
        CAPTURE(full.id);
        auto copy = copyOf(full, 7);
        REQUIRE(copy);
        rc::Session a(full, bundled().catalog, 1), b(*copy, bundled().catalog, 1);
        for (const auto& act : full.expert) {
            const bool inFull = a.apply(act).ok, inCopy = b.apply(act).ok;
            CHECK(inFull == inCopy);
        }
        CHECK(a.finished() == b.finished());
        REQUIRE(a.outcome());
        REQUIRE(b.outcome());
        CHECK(a.outcome()->id == b.outcome()->id);
    }
}

TEST_CASE("pack: rootcause-pack writes a pack with no text of the answer key") {
    std::string dir = tempDir("pack");
    const std::string challengeFile = kContent + "/challenges/spine-or-knee.xml";
    RunResult r = run(kTools + "/rootcause-pack --challenge " + quote(challengeFile) + " --out " + quote(dir + "/pack"));
    REQUIRE_MESSAGE(r.status == 0, r.output);
    CHECK(r.output.find("6 cases without their answer key") != std::string::npos);
    std::string all;
    for (const auto& e : fs::recursive_directory_iterator(dir + "/pack"))
        if (e.is_regular_file()) all += rc::collapseSpace(slurp(e.path().string())) + "\n";
    rc::Diagnostics d;
    auto ch = rc::loadChallengeFile(challengeFile, d);
    REQUIRE(ch);
    int checked = 0;
    for (const auto& cc : ch->cases) {
        const rc::Case* full = bundled().findCase(cc.ref);
        REQUIRE(full);
        for (const auto& t : keyTexts(*full)) {
            ++checked;
            CHECK_MESSAGE(all.find(t) == std::string::npos, cc.ref << ": the pack holds key text: " << t);
        }
        std::string copy = slurp(dir + "/pack/cases/" + cc.ref + ".xml");
        for (const char* el : {"<truth", "<accept", "<scoring", "<expert", "<learning", "<validity"})
            CHECK_MESSAGE(copy.find(el) == std::string::npos, cc.ref << " holds " << el);
        CHECK(copy.find("\"" + full->truthDiagnosis + "\"") == std::string::npos);
    }
    MESSAGE("checked " << checked << " expert-path lines and key texts against the pack");
    CHECK(checked > 300);

    // The game's loader reads the pack; the practice refusal and the board's binding rely on it.
    rc::Diagnostics pd;
    rc::Content pack = rc::loadContent(dir + "/pack", pd);
    CHECK_MESSAGE(!pd.hasErrors(), pd.str());
    CHECK(pack.cases.size() == 6);
    for (const auto& c : pack.cases) CHECK(c.studentCopy);

    // Writing it again over the same pack is fine; over a folder that is not a pack it is not.
    CHECK(run(kTools + "/rootcause-pack --challenge " + quote(challengeFile) + " --out " + quote(dir + "/pack")).status == 0);
    fs::create_directories(dir + "/notes");
    spit(dir + "/notes/mine.txt", "keep me");
    RunResult busy = run(kTools + "/rootcause-pack --challenge " + quote(challengeFile) + " --out " + quote(dir + "/notes"));
    CHECK(busy.status == 1);
    CHECK(busy.output.find("not empty and is not an earlier pack") != std::string::npos);
    CHECK(slurp(dir + "/notes/mine.txt") == "keep me");
    // A pack cannot be made from a pack.
    RunResult twice = run(kTools + "/rootcause-pack --challenge " + quote(dir + "/pack/challenges/spine-or-knee.xml") +
                          " --out " + quote(dir + "/again"));
    CHECK(twice.status == 1);
    CHECK(twice.output.find("already a student copy") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("pack: results played from a pack are re-scored against the full cases") {
    std::string dir = tempDir("pack-results");
    RunResult r = run(kTools + "/rootcause-pack --challenge " + quote(kChallenge) + " --content " + quote(kContent) +
                      " --out " + quote(dir + "/pack"));
    REQUIRE_MESSAGE(r.status == 0, r.output);
    rc::Diagnostics d;
    rc::Content pack = rc::loadContent(dir + "/pack", d);
    rc::ChallengeRun runPack(challenge(), pack, "Ana", "s1");
    while (!runPack.done()) {
        rc::Session s = runPack.startCase();
        const rc::Case* full = bundled().findCase(s.kase().id);
        REQUIRE(full);
        for (const auto& a : full->expert) REQUIRE(s.apply(a).ok);
        runPack.finishCase(s, std::nullopt, 60); // the pack cannot score: no shown score
    }
    std::string err;
    REQUIRE(runPack.write(dir + "/results", "2026-12-01T10:00:00Z", err));
    std::string text = slurp(runPack.resultsPath(dir + "/results"));
    CHECK(text.find(" score=") == std::string::npos);
    auto b = boardOf({runPack.resultsPath(dir + "/results")});
    REQUIRE(b.students.size() == 1);
    CHECK(b.problems.empty());
    CHECK_FALSE(b.students[0].flagged());
    CHECK(b.students[0].total > 95);
    fs::remove_all(dir);
}

TEST_CASE("pack: a copy holding part of the key, or a full case holding a sealed table, is refused") {
    const rc::Case& full = *bundled().findCase("knee-l3-disc");
    std::string text;
    auto copy = copyOf(full, 5, &text);
    REQUIRE(copy);
    auto refused = [](const std::string& xml, const char* code) {
        rc::XmlFile f;
        rc::Diagnostics d;
        REQUIRE(f.parse("bad.xml", xml, d));
        const bool loaded = rc::loadCaseXml(f, d).has_value() && !d.hasErrors();
        CHECK_FALSE(loaded);
        CHECK_MESSAGE(d.has(code), d.str());
    };
    std::string withTruth = text;
    withTruth.insert(withTruth.find("<sealed"), "<truth diagnosis=\"l3-radiculopathy\" side=\"right\">x</truth>\n");
    refused(withTruth, "key-in-student-copy");
    std::string noSeal = text.substr(0, text.find("<sealed")) + "</case>\n";
    refused(noSeal, "missing-element");
    std::string badKey = text;
    badKey.replace(badKey.find("key=\"") + 5, 16, "nothex-nothex-00");
    refused(badKey, "bad-hash");
    rc::XmlFile f;
    rc::Diagnostics d;
    REQUIRE(f.load(full.file, d));
    std::string fullText = f.text();
    fullText.insert(fullText.rfind("</case>"), "<sealed salt=\"0000000000000001\"/>\n");
    refused(fullText, "sealed-in-full-case");
}
