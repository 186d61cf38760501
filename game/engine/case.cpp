#include "game/engine/case.hpp"

namespace rc {

namespace {
constexpr const char* kDomainNames[kDomainCount] = {
    "history", "examination", "investigations", "diagnosis", "management", "safety", "efficiency"};
constexpr const char* kDomainLabels[kDomainCount] = {
    "History", "Examination", "Investigations", "Diagnosis", "Management", "Safety", "Efficiency"};
} // namespace

std::string findingKey(const std::string& exam, Side side) {
    // Built in one buffer: a key is made for every finding loaded and every one looked up.
    const char* sn = sideName(side);
    const std::size_t n = std::char_traits<char>::length(sn);
    std::string key;
    key.reserve(exam.size() + 1 + n);
    key.append(exam).append(1, '/').append(sn, n);
    return key;
}

const char* tagName(Tag t) {
    switch (t) {
    case Tag::Essential: return "essential";
    case Tag::Indicated: return "indicated";
    case Tag::Neutral: return "neutral";
    case Tag::Unnecessary: return "unnecessary";
    case Tag::Harmful: return "harmful";
    }
    return "?";
}

const char* domainName(Domain d) { return kDomainNames[static_cast<int>(d)]; }
const char* domainLabel(Domain d) { return kDomainLabels[static_cast<int>(d)]; }

std::optional<Domain> parseDomain(const std::string& s) {
    for (int i = 0; i < kDomainCount; ++i)
        if (s == kDomainNames[i]) return static_cast<Domain>(i);
    return std::nullopt;
}

namespace {
struct DxName {
    DxClass c;
    const char* name;
};
constexpr DxName kDxNames[] = {{DxClass::Right, "right"},         {DxClass::WrongSide, "wrong-side"},
                               {DxClass::Accepted, "accepted"},   {DxClass::SameRegion, "same-region"},
                               {DxClass::Wrong, "wrong"},         {DxClass::None, "none"}};
constexpr const char* kPathNames[kPathKinds] = {"knee-treater", "hip-treater", "over-investigator",
                                                "guideline"};
} // namespace

const char* dxClassName(DxClass c) {
    for (const auto& d : kDxNames)
        if (d.c == c) return d.name;
    return "?";
}

bool parseDxSet(const std::string& words, DxSet& out, std::string& bad) {
    out = 0;
    std::size_t i = 0;
    while (i < words.size()) {
        std::size_t j = words.find(' ', i);
        if (j == std::string::npos) j = words.size();
        if (j > i) {
            std::string w = words.substr(i, j - i);
            bool known = false;
            for (const auto& d : kDxNames)
                if (w == d.name) {
                    out |= static_cast<unsigned>(d.c);
                    known = true;
                }
            if (!known) {
                bad = w;
                return false;
            }
        }
        i = j + 1;
    }
    return true;
}

const char* pathKindName(PathKind k) { return kPathNames[static_cast<int>(k)]; }

const char* coachEventName(CoachEvent e) {
    static const char* const names[kCoachEvents] = {"ask",     "exam",    "order", "differential",
                                                    "advance", "debrief", "end"};
    return names[static_cast<int>(e)];
}

const Visit* Case::visit(const std::string& id) const {
    for (const auto& v : visits)
        if (v.id == id) return &v;
    return nullptr;
}

const Outcome* Case::outcome(const std::string& id) const {
    for (const auto& o : outcomes)
        if (o.id == id) return &o;
    return nullptr;
}

} // namespace rc
