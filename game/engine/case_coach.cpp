#include "game/engine/case_coach.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace rc {

namespace {
/// The action verb whose first use ends a step, if its event is an action (an exam: by hand).
std::optional<Verb> verbOf(CoachEvent e) {
    switch (e) {
    case CoachEvent::Ask:
        return Verb::Ask;
    case CoachEvent::Exam:
        return Verb::Exam;
    case CoachEvent::Order:
        return Verb::Order;
    case CoachEvent::Differential:
        return Verb::Differential;
    case CoachEvent::Advance:
        return Verb::Advance;
    default:
        return std::nullopt;
    }
}
} // namespace

void readCoach(Node& n, Case& c) {
    using tinyxml2::XMLElement;
    c.coachPos = n.pos();
    n.finish();
    int last = -1;
    for (const XMLElement* e = n.element()->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::string_view(e->Name()) != "step") {
            n.unknownChild(e);
            continue;
        }
        Node sn(n.file(), e, n.diags());
        CoachStep st;
        st.pos = sn.pos();
        const int k = sn.choiceIndex(
            "until", {"ask", "exam", "order", "differential", "advance", "debrief", "end"});
        st.title = sn.str("title");
        st.text = sn.text(true);
        sn.finish();
        if (k < 0) continue;
        st.until = static_cast<CoachEvent>(k);
        if (last == static_cast<int>(CoachEvent::End))
            sn.error("coach-order", "no step may follow the step with until=\"end\"", "until");
        else if (k <= last)
            sn.error("coach-order",
                     std::string("until=\"") + coachEventName(st.until) +
                         "\" comes after until=\"" + coachEventName(static_cast<CoachEvent>(last)) +
                         "\": steps follow the order ask, exam, order, differential, advance, "
                         "debrief, end, each at most once",
                     "until");
        else
            last = k;
        c.coach.push_back(std::move(st));
    }
    if (c.coach.empty())
        n.error("missing-element", "<coach> needs at least one <step>");
    else if (c.coach.back().until != CoachEvent::End)
        n.error("coach-end",
                "the last <step> of a <coach> is until=\"end\" (shown on the debrief)");
}

void checkCoach(const Case& c, Diagnostics& d) {
    for (const CoachStep& st : c.coach) {
        const auto verb = verbOf(st.until);
        if (!verb) continue;
        // An exam step waits for a hands-on examination: an exam with an angle.
        const bool done = std::any_of(c.expert.begin(), c.expert.end(), [&](const Action& a) {
            return a.verb == *verb && (*verb != Verb::Exam || a.angle.has_value());
        });
        if (!done)
            d.error(st.pos.file, st.pos.line, st.pos.col, "coach-unreachable",
                    std::string("the coach waits for an action '") + verbName(*verb) +
                        "', which the expert path never does: following the expert would leave "
                        "the tutorial stuck at \"" +
                        st.title + "\"");
    }
}

} // namespace rc
