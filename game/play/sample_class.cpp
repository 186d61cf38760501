#include "game/play/sample_class.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace rc::play {

namespace {
constexpr std::array<const char*, 10> kFirst = {
    "Alexandra", "Nguyễn Thị", "Siobhán", "Jean-Baptiste", "Zoë",
    "Oluwaseun", "Małgorzata", "Rhys",    "Aiko",          "Mohammed"};
constexpr std::array<const char*, 10> kLast = {
    "Fitzgerald-Okonkwo", "Minh Khai",  "Ní Bhriain",  "Lemaire-Dubois", "Ångström",
    "Adeyemi-Williams",   "Wiśniewska", "ap Gruffydd", "Takahashi",      "Al-Sayed"};
constexpr int kStudents = 30;
} // namespace

rc::net::ClassSnapshot sampleClass(int cases, bool ended) {
    cases = std::max(cases, 1);
    rc::net::ClassSnapshot s;
    s.ended = ended;
    for (int i = 0; i < kStudents; ++i) {
        rc::net::BoardRow r;
        char id[16];
        std::snprintf(id, sizeof id, "S10200%02d", i);
        r.id = id;
        r.name = std::string(kFirst[static_cast<std::size_t>(i % 10)]) + " " +
                 kLast[static_cast<std::size_t>((i * 3 + i / 10) % 10)];
        r.cases = cases;
        r.finished = i % 4 == 0 || (ended && i % 5 != 1);
        r.caseIndex = r.finished ? cases : i % cases;
        r.connected = !ended && i % 7 != 3;
        r.attempt = i % 9 == 0 ? 2 : 1;
        r.total = 31.5 + (i * 17) % 64;
        s.rows.push_back(std::move(r));
    }
    s.log = {"S1020003 dropped (connection lost)", "S1020003 rejoined at case 2",
             "refused S9999999: not on the roster", "S1020009 started attempt 2"};
    return s;
}

std::vector<std::string> sampleHighlights() {
    return {"11 of 30 missed a safety-critical step in case 3 (Thomas Okafor): Asked: Any change "
            "in your "
            "bladder or bowel control, or numbness between your legs?",
            "9 of 30 in case 1 (Margaret Holloway): Ordered: MRI of the lumbar spine, harmful",
            "8 of 30 in case 3 (Thomas Okafor): Diagnosed: Knee osteoarthritis, left, wrong "
            "diagnosis",
            "8 of 30 in case 2 (Aisha Rahman): Ordered: X-ray of the knee, unnecessary"};
}

} // namespace rc::play
