// rootcause-board: item analysis (share, difficulty, discrimination) on a small hand-made
// class whose decisions are known, over the fixture case tests/fixtures/content/cases/fixture-l3.
#include "game/grading/board_items.hpp"
#include "game/grading/class_highlights.hpp"
#include "tests/tools/board_testutil.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <map>
#include <memory>

using namespace boardtest;

namespace {

const char* kLogs[][2] = {
    {"A", R"(ask pain-site
ask onset
ask bladder-bowel
exam slr right 50
exam pkb right 75
exam knee-effusion
diagnose l3-radiculopathy right
plan conservative education exercise-programme follow-up-6w
advance
exam pkb right 130
plan conservative exercise-programme
advance
)"},
    {"B", R"(ask pain-site
ask bladder-bowel
exam slr right 50
exam pkb right 75
order xray-knee
diagnose l3-radiculopathy right
plan conservative education exercise-programme
advance
plan conservative exercise-programme
advance
)"},
    {"C", R"(ask pain-site
ask bladder-bowel
exam pkb right 75
order xray-lumbar
diagnose l4-radiculopathy right
plan conservative education
advance
order mri-lumbar
plan conservative
advance
)"},
    {"D", R"(ask pain-site
exam slr right 20
order xray-lumbar
order xray-knee
diagnose knee-oa
plan surgical
advance
)"},
    {"E", R"(ask onset
exam pkb right 75
diagnose l3-radiculopathy left
plan conservative
advance
plan conservative
advance
)"},
    {"F", R"(ask pain-site
ask onset
ask past-back
ask bladder-bowel
exam slr right 50
exam pkb right 75
exam knee-effusion
order crp
diagnose l3-radiculopathy right
plan conservative education exercise-programme
advance
exam pkb right 130
plan conservative exercise-programme
advance
)"},
};

struct Class {
    rc::Content content;
    rc::Challenge ch;
    rc::board::Board b;
};

std::unique_ptr<Class> handMadeClass() {
    auto k = std::make_unique<Class>();
    rc::Diagnostics d;
    k->content = rc::loadContent(std::string(ROOTCAUSE_TEST_FIXTURES) + "/content", d);
    const rc::Case* c = k->content.findCase("fixture-l3");
    REQUIRE(c);
    k->ch.id = "items";
    k->ch.title = "Item analysis";
    k->ch.seed = 1;
    k->ch.cases.push_back({"fixture-l3", 0, 1, {}});
    REQUIRE(rc::board::startBoard(k->b, k->ch, k->content, d));
    for (const auto& [name, text] : kLogs) {
        rc::ResultsFile r;
        r.file = std::string(name) + ".xml";
        r.player = name;
        r.studentId = name;
        r.challengeId = "items";
        r.seed = 1;
        rc::CaseResult cr;
        cr.caseId = "fixture-l3";
        cr.caseHash = c->studentHash;
        cr.log = rc::parseActionLog(text, r.file, d);
        REQUIRE(!d.hasErrors());
        std::string illegal;
        auto p = rc::board::rescoreCase(k->b.cases[0], k->content.catalog, 1, cr.log.actions, &illegal);
        REQUIRE_MESSAGE(p.legal, name << ": " << illegal);
        cr.shownScore = p.score;
        cr.finished = true;
        r.attempts.emplace_back().cases.push_back(cr);
        rc::board::addResults(k->b, r);
    }
    rc::board::finish(k->b);
    return k;
}

const rc::board::Item& item(const rc::board::CaseItems& ci, const std::string& label,
                            const std::string& visit = "") {
    for (const auto& it : ci.items)
        if (it.label == label && it.visit == visit) return it;
    FAIL("no item " << label);
    static rc::board::Item none;
    return none;
}

} // namespace

TEST_CASE("board items: group size is 27% of the class") {
    CHECK(rc::board::groupSize(0) == 0);
    CHECK(rc::board::groupSize(1) == 0);
    CHECK(rc::board::groupSize(2) == 1);
    CHECK(rc::board::groupSize(5) == 1);
    CHECK(rc::board::groupSize(6) == 2);
    CHECK(rc::board::groupSize(30) == 8);
    CHECK(rc::board::groupSize(100) == 27);
}

TEST_CASE("board items: share, difficulty and discrimination match hand-computed values") {
    auto k = handMadeClass();
    const auto& b = k->b;
    REQUIRE(b.problems.empty());
    REQUIRE(b.students.size() == 6);
    std::string order;
    for (const auto& s : b.students) order += s.studentId;
    // The ranking the hand computation below assumes: A and F are the upper 27% (2 of 6),
    // D and E the lower.
    INFO("ranking " << order);
    REQUIRE(order.size() == 6);
    std::string upper = order.substr(0, 2), lower = order.substr(4, 2);
    std::sort(upper.begin(), upper.end());
    std::sort(lower.begin(), lower.end());
    REQUIRE(upper == "AF");
    REQUIRE(lower == "DE");

    auto items = rc::board::itemAnalysis(b);
    REQUIRE(items.size() == 1);
    const auto& ci = items[0];
    CHECK(ci.students == 6);
    CHECK(ci.groupSize == 2);

    // ask bladder-bowel (essential, critical): A B C F asked -> share 4/6, p 4/6;
    // upper A F 2/2, lower D E 0/2 -> D = 1.
    const auto& bb = item(ci, "ask bladder-bowel");
    CHECK(bb.n == 6);
    CHECK(bb.made == 4);
    CHECK(bb.share == doctest::Approx(4.0 / 6));
    CHECK(*bb.difficulty == doctest::Approx(4.0 / 6));
    CHECK(*bb.discrimination == doctest::Approx(1.0));
    CHECK(bb.critical);

    // ask onset (indicated): A E F -> 3/6; upper 2/2, lower E 1/2 -> D = 0.5.
    const auto& on = item(ci, "ask onset");
    CHECK(on.made == 3);
    CHECK(*on.difficulty == doctest::Approx(0.5));
    CHECK(*on.discrimination == doctest::Approx(0.5));

    // exam slr right (essential): A B F full, D stopped short (made, not correct):
    // share 4/6, p 3/6; upper 2/2, lower 0/2 -> D = 1.
    const auto& slr = item(ci, "exam slr right");
    CHECK(slr.made == 4);
    CHECK(slr.share == doctest::Approx(4.0 / 6));
    CHECK(*slr.difficulty == doctest::Approx(0.5));
    CHECK(*slr.discrimination == doctest::Approx(1.0));

    // order xray-lumbar (harmful): C D ordered -> share 2/6; correct = avoided: 4/6;
    // upper avoided 2/2, lower D no, E yes: 1/2 -> D = 0.5.
    const auto& xl = item(ci, "order xray-lumbar");
    CHECK(xl.made == 2);
    CHECK(xl.share == doctest::Approx(2.0 / 6));
    CHECK(*xl.difficulty == doctest::Approx(4.0 / 6));
    CHECK(*xl.discrimination == doctest::Approx(0.5));

    // order xray-knee (unnecessary): B D -> share 2/6, p 4/6; upper 2/2, lower 1/2 -> 0.5.
    const auto& xk = item(ci, "order xray-knee");
    CHECK(xk.made == 2);
    CHECK(*xk.difficulty == doctest::Approx(4.0 / 6));
    CHECK(*xk.discrimination == doctest::Approx(0.5));

    // exam pkb right at v2-better (indicated): only A B F reached v2-better; A F did it:
    // n 3, share 2/3, p 2/3; upper A F 2/2; lower (D E) never reached it -> D undefined.
    const auto& pkb2 = item(ci, "exam pkb right", "v2-better");
    CHECK(pkb2.n == 3);
    CHECK(pkb2.made == 2);
    CHECK(*pkb2.difficulty == doctest::Approx(2.0 / 3));
    CHECK(!pkb2.discrimination);

    // order mri-lumbar at v2-same (essential): C and E reached v2-same; C ordered it.
    const auto& mri = item(ci, "order mri-lumbar", "v2-same");
    CHECK(mri.n == 2);
    CHECK(mri.made == 1);
    CHECK(*mri.difficulty == doctest::Approx(0.5));
    CHECK(mri.upperN == 0);
    CHECK(mri.lowerN == 1);
    CHECK(!mri.discrimination);

    // ask past-back (neutral): F only; no difficulty for a neutral item.
    const auto& pb = item(ci, "ask past-back");
    CHECK(pb.made == 1);
    CHECK(!pb.difficulty);
    CHECK(!pb.discrimination);

    // plan surgical (harmful, critical): D -> p 5/6; upper 2/2, lower 1/2 -> 0.5.
    const auto& su = item(ci, "plan surgical");
    CHECK(su.made == 1);
    CHECK(*su.difficulty == doctest::Approx(5.0 / 6));
    CHECK(*su.discrimination == doctest::Approx(0.5));

    // The diagnosis: right diagnosis and side for A B F -> p 3/6; upper 2/2, lower 0/2.
    const auto& dx = item(ci, "diagnose l3-radiculopathy right");
    CHECK(dx.tag == "diagnosis");
    CHECK(*dx.difficulty == doctest::Approx(0.5));
    CHECK(*dx.discrimination == doctest::Approx(1.0));

    // Most common wrong choices: xray-lumbar (C D) and xray-knee (B D) by 2 students each.
    std::map<std::string, int> wrong;
    for (const auto& t : ci.wrongChoices) wrong[t.key] = t.students;
    CHECK(wrong["order xray-lumbar"] == 2);
    CHECK(wrong["order xray-knee"] == 2);
    CHECK(ci.wrongChoices.front().students == 2);
    CHECK(ci.wrongChoices.size() <= 5);

    // Red flags most often missed: the critical pkb (D only) and bladder-bowel (D E).
    REQUIRE(!ci.missedRedFlags.empty());
    CHECK(ci.missedRedFlags[0].key == "ask bladder-bowel");
    CHECK(ci.missedRedFlags[0].students == 2);
    CHECK(ci.missedRedFlags[0].share == doctest::Approx(2.0 / 6));
    std::map<std::string, int> flags;
    for (const auto& t : ci.missedRedFlags) flags[t.key] = t.students;
    CHECK(flags["exam pkb right"] == 1);
}

TEST_CASE("board items: who took each decision, and the order an instructor reads them in") {
    auto k = handMadeClass();
    auto items = rc::board::itemAnalysis(k->b);
    REQUIRE(items.size() == 1);
    const auto& ci = items[0];

    // The expert's path, scored like a student's, meets these rules and no others.
    for (const char* taken : {"ask pain-site", "ask onset", "ask bladder-bowel", "exam slr right",
                              "exam pkb right", "exam knee-effusion", "plan conservative",
                              "plan exercise-programme", "plan education"})
        CHECK_MESSAGE(item(ci, taken).expertTook, taken);
    CHECK(item(ci, "exam pkb right", "v2-better").expertTook);
    CHECK(item(ci, "diagnose l3-radiculopathy right").expertTook);
    for (const char* avoided : {"ask past-back", "order crp", "order xray-knee", "order xray-lumbar",
                                "plan surgical"})
        CHECK_MESSAGE(!item(ci, avoided).expertTook, avoided);
    CHECK(!item(ci, "order mri-lumbar", "v2-same").expertTook);
    // Some student took every one of them, so the report lists them all by default.
    for (const auto& it : ci.items) CHECK_MESSAGE(it.takenByAnyone(), it.label);

    // Judged from the figures above: bladder-bowel (critical, missed by D and E) and plan
    // surgical (critical, done by D) deserve a look; MRI and the recheck cannot be measured.
    const auto& bb = item(ci, "ask bladder-bowel");
    CHECK(bb.attention == rc::board::Attention::Critical);
    CHECK(bb.reason == "Critical, and 33% of students missed it");
    CHECK(bb.needsLook());
    const auto& su = item(ci, "plan surgical");
    CHECK(su.attention == rc::board::Attention::Critical);
    CHECK(su.reason == "Critical, and 17% of students did it");
    CHECK(item(ci, "order mri-lumbar", "v2-same").attention == rc::board::Attention::Unmeasured);
    CHECK(item(ci, "exam pkb right", "v2-better").reason ==
          "D not measurable: the top or bottom group never reached this visit");
    CHECK(item(ci, "exam slr right").attention == rc::board::Attention::Good);
    CHECK(item(ci, "exam slr right").reason.empty());
    CHECK(item(ci, "ask past-back").attention == rc::board::Attention::NotScored);
    CHECK(bb.upperRight == 2);
    CHECK(bb.lowerRight == 0);

    // Ordered: attention first, then lowest D.
    for (std::size_t i = 1; i < ci.items.size(); ++i) {
        const auto &a = ci.items[i - 1], &b = ci.items[i];
        CHECK_MESSAGE(a.attention <= b.attention, a.label << " before " << b.label);
        if (a.attention == b.attention && a.discrimination && b.discrimination)
            CHECK_MESSAGE(*a.discrimination <= *b.discrimination, a.label << " before " << b.label);
    }
    // The two neutral rules (nothing to get right) close the list.
    CHECK(ci.items[ci.items.size() - 2].label == "ask past-back");
    CHECK(ci.items.back().label == "order crp");
}

TEST_CASE("board items: attention and its one-line reason, category by category") {
    using rc::board::Attention;
    auto judged = [](const char* tag, std::optional<double> p, std::optional<double> d, bool critical = false,
                     int n = 30) {
        rc::board::Item it;
        it.label = std::string("ask x-") + tag;
        it.tag = tag;
        it.n = n;
        it.difficulty = p;
        it.discrimination = d;
        it.critical = critical;
        it.upperN = it.lowerN = 8;
        it.upperRight = 5;
        it.lowerRight = 6;
        rc::board::judgeAttention(it);
        return it;
    };
    auto neg = judged("essential", 0.5, -0.125);
    CHECK(neg.attention == Attention::NegativeD);
    CHECK(neg.reason == "Negative D: the weaker did better (right: top 5/8, bottom 6/8)");
    CHECK(judged("essential", 0.0, 0.0).attention == Attention::NobodyRight);
    CHECK(judged("essential", 0.0, 0.0).reason == "No student got it right: too hard, or unclear in the case?");
    CHECK(judged("harmful", 0.0, 0.0).reason == "Every student did it: does the case invite it?");
    auto low = judged("indicated", 0.6, 0.1);
    CHECK(low.attention == Attention::LowD);
    CHECK(low.reason == "Low D: barely separates the groups (right: top 5/8, bottom 6/8)");
    CHECK(low.needsLook());
    // A low D on a very easy or very hard item is expected, not a flaw: it ranks lower.
    auto easy = judged("indicated", 0.95, 0.0);
    CHECK(easy.attention == Attention::Extreme);
    CHECK(easy.reason == "Easy: 95% got it right, so D cannot be high");
    CHECK(!easy.needsLook());
    CHECK(judged("essential", 0.05, 0.0).reason == "Hard: 5% got it right, so D cannot be high");
    CHECK(judged("essential", 1.0, 0.0).attention == Attention::Extreme);
    // Negative D outranks everything, even on an easy item.
    CHECK(judged("essential", 0.95, -0.125).attention == Attention::NegativeD);
    CHECK(judged("essential", 0.7, 0.5, true).attention == Attention::Critical);
    CHECK(judged("essential", 1.0, 0.0, true).attention == Attention::Extreme);
    CHECK(judged("essential", 0.7, 0.5).attention == Attention::Good);
    CHECK(judged("essential", 0.7, std::nullopt).attention == Attention::Unmeasured);
    CHECK(judged("essential", std::nullopt, std::nullopt, false, 0).reason == "No student reached this visit");
    CHECK(judged("neutral", std::nullopt, std::nullopt).attention == Attention::NotScored);

    std::vector<rc::board::Item> v{judged("essential", 0.7, 0.5), judged("indicated", 0.6, 0.15),
                                   judged("neutral", std::nullopt, std::nullopt), judged("indicated", 0.6, 0.05),
                                   judged("essential", 0.5, -0.25)};
    rc::board::sortByAttention(v);
    CHECK(v[0].attention == Attention::NegativeD);
    CHECK(*v[1].discrimination == doctest::Approx(0.05));
    CHECK(*v[2].discrimination == doctest::Approx(0.15));
    CHECK(v[3].attention == Attention::Good);
    CHECK(v[4].attention == Attention::NotScored);
}

TEST_CASE("board items: the projector's highlights, safety-critical misses first, each with its "
          "count and case") {
    auto k = handMadeClass();
    const auto items = rc::board::itemAnalysis(k->b);
    const auto hs = rc::board::classHighlights(k->b, items);
    REQUIRE_FALSE(hs.empty());
    for (const auto& h : hs) {
        INFO(h.text);
        CHECK(h.share >= rc::board::kHighlightShare); // a quarter of the class at least
        CHECK(h.caseNumber == 1);
        CHECK(h.text.find(" of 6 ") != std::string::npos);
        CHECK(h.text.find("case 1") != std::string::npos);
    }
    // D and E did not ask about bladder and bowel (a critical essential): 2 of 6, first.
    CHECK(hs[0].kind == rc::board::HighlightKind::SafetyCriticalMissed);
    CHECK(hs[0].text.rfind("2 of 6 missed a safety-critical step in case 1", 0) == 0);
    CHECK(hs[0].text.find("Asked:") != std::string::npos); // the question, not its id
    // C and D ordered the lumbar X-ray (harmful): 2 of 6, after the safety-critical misses.
    const auto xray = std::find_if(hs.begin(), hs.end(), [](const rc::board::Highlight& h) {
        return h.text.find("Ordered:") != std::string::npos &&
               h.kind == rc::board::HighlightKind::Harmful;
    });
    REQUIRE(xray != hs.end());
    CHECK(xray->text.rfind("2 of 6 in case 1", 0) == 0);
    for (std::size_t i = 1; i < hs.size(); ++i)
        CHECK(hs[i - 1].kind <= hs[i].kind);
    // Each wrong diagnosis was one student's (1 of 6): below the line, not a highlight.
    for (const auto& h : hs)
        CHECK(h.text.find("Diagnosed:") == std::string::npos);
    CHECK(rc::board::classHighlights(k->b, items, 1).size() == 1u);
}

TEST_CASE("board items: highlights of an empty results folder say there is nothing yet") {
    const std::string dir = tempDir("highlights-empty");
    std::vector<rc::board::Highlight> hs;
    std::string error;
    CHECK_FALSE(rc::board::highlightsOfResults(challenge(), bundled(), dir, hs, error));
    CHECK(error == "no results to analyse yet");
    CHECK(hs.empty());
    // A simulated class of twelve over the bundled cases (seed 8): all twelve files counted, and
    // what they found hard line by line, safety-critical misses first, then the harmful choice;
    // the limit of four leaves out a fifth, a wrong diagnosis.
    const auto files = writeStudents(dir, 12, 8);
    REQUIRE(files.size() == 12u);
    REQUIRE(rc::board::highlightsOfResults(challenge(), bundled(), dir, hs, error));
    const std::string bladder = "Asked: Any change in your bladder or bowel: trouble passing "
                                "water, not feeling when you need to go, or leaking?";
    const std::string saddle = "Asked: Any numbness or odd feeling between your legs, around "
                               "your back passage, or when you wipe?";
    const std::vector<std::string> expected{
        "6 of 12 missed a safety-critical step in case 2 (Jamie Reid): " + saddle,
        "4 of 12 missed a safety-critical step in case 1 (Maria Costa): " + bladder,
        "3 of 12 missed a safety-critical step in case 2 (Jamie Reid): " + bladder,
        "5 of 12 in case 2 (Jamie Reid): Planned: Surgical opinion, harmful"};
    std::vector<std::string> texts;
    for (const auto& h : hs)
        texts.push_back(h.text);
    INFO("got:\n"
         << [&] {
                std::string all;
                for (const auto& t : texts)
                    all += t + "\n";
                return all;
            }());
    CHECK(texts == expected);
    using K = rc::board::HighlightKind;
    const std::vector<K> kinds{K::SafetyCriticalMissed, K::SafetyCriticalMissed,
                               K::SafetyCriticalMissed, K::Harmful};
    const std::vector<int> cases{2, 1, 2, 2};
    const std::vector<double> shares{6 / 12.0, 4 / 12.0, 3 / 12.0, 5 / 12.0};
    REQUIRE(hs.size() == expected.size());
    for (std::size_t i = 0; i < hs.size(); ++i) {
        INFO(hs[i].text);
        CHECK(hs[i].kind == kinds[i]);
        CHECK(hs[i].caseNumber == cases[i]);
        CHECK(hs[i].share == doctest::Approx(shares[i]));
    }
    // Asked for five, the fifth is a wrong diagnosis in case 1.
    REQUIRE(rc::board::highlightsOfResults(challenge(), bundled(), dir, hs, error, 5));
    REQUIRE(hs.size() == 5u);
    CHECK(hs[4].text == "4 of 12 in case 1 (Maria Costa): Diagnosed: Bone tumour of the distal "
                        "femur, left, wrong diagnosis");
    CHECK(hs[4].kind == K::WrongDiagnosis);
}
