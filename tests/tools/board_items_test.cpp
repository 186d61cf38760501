// rootcause-board: item analysis (share, difficulty, discrimination) on a small hand-made
// class whose decisions are known, over the fixture case tests/fixtures/content/cases/fixture-l3.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>

#include "tests/tools/board_testutil.hpp"
#include "tools/board_items.hpp"

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
