#include "game/play/encounter_rows.hpp"

#include "game/engine/content_text.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::play {

const char* tabLabel(EncounterTab t) {
    switch (t) {
    case EncounterTab::History:
        return "History";
    case EncounterTab::Examination:
        return "Examination";
    case EncounterTab::Investigations:
        return "Investigations";
    case EncounterTab::Notes:
        return "Differential";
    }
    return "";
}

std::vector<EncounterRow> historyRows(const rc::Session& s) {
    std::vector<EncounterRow> rows;
    const rc::Catalog& cat = s.catalog();
    for (const auto& topic : cat.topics) {
        EncounterRow h;
        h.heading = true;
        h.label = topic.label;
        rows.push_back(h);
        for (const auto& qid : topic.questions) {
            const rc::Question* q = cat.question(qid);
            if (!q) continue;
            EncounterRow r;
            r.id = q->id;
            r.label = q->text;
            r.caption = std::to_string(q->minutes) + " min";
            r.done = s.asked(q->id);
            rows.push_back(r);
        }
    }
    return rows;
}

std::vector<EncounterRow> examRows(const rc::Session& s) {
    std::vector<EncounterRow> rows;
    const rc::Catalog& cat = s.catalog();
    for (const auto& g : cat.examGroups) {
        EncounterRow h;
        h.heading = true;
        h.label = g.label;
        rows.push_back(h);
        for (const auto& eid : g.exams) {
            const rc::Exam* e = cat.exam(eid);
            if (!e) continue;
            EncounterRow r;
            r.id = e->id;
            r.label = e->label;
            r.caption = std::to_string(e->minutes) + " min";
            r.sided = e->sided;
            r.handsOn = !e->handsOn.empty();
            if (e->sided) {
                r.doneLeft = s.examined(e->id, rc::Side::Left);
                r.doneRight = s.examined(e->id, rc::Side::Right);
                r.done = r.doneLeft && r.doneRight;
            } else {
                r.done = s.examined(e->id, rc::Side::None);
            }
            rows.push_back(r);
        }
    }
    return rows;
}

std::string investigationCaption(const rc::Investigation& inv) {
    std::string c = "£" + std::to_string(inv.cost) + " · " +
                    (inv.wait == rc::Wait::SameVisit ? "today" : "next visit");
    if (inv.radiation > 0) {
        c += " · " + rc::oneDecimal(inv.radiation) + " mSv";
    }
    return c;
}

std::string orderTerms(const rc::Investigation& inv) {
    return "Costs £" + std::to_string(inv.cost) + ", takes " + std::to_string(inv.minutes) +
           " clinic minutes to arrange; the result arrives " +
           (inv.wait == rc::Wait::SameVisit ? "today." : "by the next visit.") +
           (inv.radiation > 0 ? " Radiation dose applies." : " No radiation.") +
           " Press Enter to order.";
}

const rc::OrderedTest* orderFor(const rc::Session& s, const std::string& id) {
    const rc::OrderedTest* found = nullptr;
    for (const auto& o : s.orders())
        if (o.test == id) found = &o;
    return found;
}

std::vector<EncounterRow> investigationRows(const rc::Session& s) {
    std::vector<EncounterRow> rows;
    const rc::Catalog& cat = s.catalog();
    // Grouped by kind, in catalogue order of first appearance.
    std::vector<std::string> kinds;
    for (const auto& inv : cat.investigations)
        if (std::find(kinds.begin(), kinds.end(), inv.kind) == kinds.end())
            kinds.push_back(inv.kind);
    for (const auto& kind : kinds) {
        EncounterRow h;
        h.heading = true;
        h.label = kind.empty() ? "Tests" : kind;
        if (!h.label.empty())
            h.label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(h.label[0])));
        rows.push_back(h);
        for (const auto& inv : cat.investigations) {
            if (inv.kind != kind) continue;
            EncounterRow r;
            r.id = inv.id;
            r.label = inv.label;
            r.caption = investigationCaption(inv);
            if (const rc::OrderedTest* o = orderFor(s, inv.id)) {
                r.done = true;
                r.arrived = o->arrived;
                r.pending = s.pending(inv.id);
                r.caption = o->arrived ? "result ready" : "pending until next visit";
            }
            rows.push_back(r);
        }
    }
    return rows;
}

Verdict orderVerdict(const rc::Score& sc, const std::string& test, int visitIndex,
                     std::string& why) {
    why.clear();
    const std::string key = "order " + test;
    // The judgement of that order (its log text may carry estimates after the id).
    for (const auto& j : sc.decisions) {
        if (j.missed || j.visitIndex != visitIndex) continue;
        if (j.action != key && j.action.rfind(key + " ", 0) != 0) continue;
        why = j.feedback;
        if (j.tag == rc::Tag::Essential || j.tag == rc::Tag::Indicated) return Verdict::Good;
        if (j.tag == rc::Tag::Neutral) return Verdict::Neutral;
        return Verdict::Bad;
    }
    // Named by no rule that judged it, but paying harm and waste (a rule's dx excluded it).
    for (const auto& d : sc.deductions)
        if (d.action == key && d.visitIndex == visitIndex) {
            why = "Not indicated now: " + d.reason + ".";
            return Verdict::Bad;
        }
    // Counted by a rule judged at an earlier order: done, neither praised nor blamed.
    return Verdict::Neutral;
}

void judgeOrders(std::vector<EncounterRow>& rows, const rc::Session& s, const rc::Score& sc) {
    for (auto& r : rows) {
        if (r.heading || !r.done) continue;
        const rc::OrderedTest* o = orderFor(s, r.id);
        if (!o) continue;
        r.verdict = orderVerdict(sc, r.id, o->visitIndex, r.verdictText);
    }
}

rc::Action cancelAction(const EncounterRow& row) {
    return rc::makeAction(rc::Verb::Cancel, {row.id});
}

std::vector<EncounterRow> notesRows(const rc::Session& s) {
    std::vector<EncounterRow> rows;
    const rc::Catalog& cat = s.catalog();
    std::vector<std::string> regions;
    for (const auto& d : cat.diagnoses)
        if (std::find(regions.begin(), regions.end(), d.region) == regions.end())
            regions.push_back(d.region);
    const auto& diff = s.differential();
    for (const auto& region : regions) {
        EncounterRow h;
        h.heading = true;
        h.label = region == "spine"   ? "Lumbar spine"
                  : region == "knee"  ? "Knee"
                  : region == "hip"   ? "Hip"
                  : region == "other" ? "Other causes"
                                      : region;
        rows.push_back(h);
        for (const auto& d : cat.diagnoses) {
            if (d.region != region) continue;
            EncounterRow r;
            r.id = d.id;
            r.label = d.label;
            auto it = std::find(diff.begin(), diff.end(), d.id);
            r.rank = it == diff.end() ? 0 : static_cast<int>(it - diff.begin()) + 1;
            r.done = r.rank > 0;
            rows.push_back(r);
        }
    }
    return rows;
}

std::vector<EncounterRow> rowsFor(EncounterTab t, const rc::Session& s) {
    switch (t) {
    case EncounterTab::History:
        return historyRows(s);
    case EncounterTab::Examination:
        return examRows(s);
    case EncounterTab::Investigations:
        return investigationRows(s);
    case EncounterTab::Notes:
        return notesRows(s);
    }
    return {};
}

EncounterTab tabFor(const rc::Action& a) {
    switch (a.verb) {
    case rc::Verb::Ask:
        return EncounterTab::History;
    case rc::Verb::Exam:
        return EncounterTab::Examination;
    case rc::Verb::Order:
    case rc::Verb::Cancel:
        return EncounterTab::Investigations;
    default:
        return EncounterTab::Notes;
    }
}

int rowFor(const std::vector<EncounterRow>& rows, const rc::Action& a) {
    if (a.args.empty()) return -1;
    // A differential highlights its first diagnosis.
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].heading && rows[i].id == a.args[0]) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> toggleDifferential(const std::vector<std::string>& diff,
                                            const std::string& id) {
    std::vector<std::string> out = diff;
    auto it = std::find(out.begin(), out.end(), id);
    if (it != out.end())
        out.erase(it);
    else if (out.size() < 5)
        out.push_back(id);
    return out;
}

std::string replyFor(const rc::Session& s, rc::Verb v, const std::string& id, rc::Side side) {
    const auto& taken = s.taken();
    for (auto it = taken.rbegin(); it != taken.rend(); ++it) {
        if (it->visitIndex != s.visitIndex()) break;
        if (it->action.verb == v && !it->action.args.empty() && it->action.args[0] == id &&
            (v != rc::Verb::Exam || it->action.side == side))
            return it->reply;
    }
    return "";
}

} // namespace rc::play
