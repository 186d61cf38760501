#include "game/play/transcript.hpp"

#include <cstdio>

namespace rc::play {

namespace {

using Kind = TranscriptEntry::Kind;

std::string diagnosisLabel(const rc::Catalog& cat, const std::string& id) {
    const rc::DiagnosisDef* d = cat.diagnosis(id);
    return d ? d->label : id;
}

std::string planText(const rc::Catalog& cat, const rc::Action& a) {
    if (a.args.empty()) return {};
    const rc::Pathway* pw = cat.pathway(a.args[0]);
    std::string out = pw ? pw->label : a.args[0];
    for (std::size_t i = 1; i < a.args.size(); ++i) {
        const rc::PlanPart* part = cat.part(a.args[i]);
        out += (i == 1 ? ": " : ", ") + (part ? part->label : a.args[i]);
    }
    return out;
}

std::string reportText(const rc::Result& r) {
    std::string out = r.report;
    for (const auto& inc : r.incidental)
        out += "\nIncidental: " + inc;
    return out;
}

std::string investigationLabel(const rc::Catalog& cat, const std::string& id) {
    const rc::Investigation* inv = cat.investigation(id);
    return inv ? inv->label : id;
}

TranscriptEntry visitEntry(const rc::Session& s, int number, int minutes) {
    TranscriptEntry e;
    e.kind = Kind::Visit;
    e.visit = number;
    e.minutes = minutes;
    const rc::Visit& v = s.visit();
    e.title = "Visit " + std::to_string(number);
    if (s.weeksElapsed() > 0) e.title += " · week " + std::to_string(s.weeksElapsed());
    if (!v.title.empty()) e.title += " · " + v.title;
    e.text = v.narrative;
    // The first visit opens with the patient's complaint in their words.
    if (e.text.empty() && number == 1 && !s.kase().patient.complaint.empty())
        e.text = "“" + s.kase().patient.complaint + "”";
    return e;
}

} // namespace

const char* kindWord(Kind k) {
    switch (k) {
    case Kind::Visit:
        return "Visit";
    case Kind::Question:
        return "Asked";
    case Kind::Exam:
        return "Examined";
    case Kind::Order:
        return "Ordered";
    case Kind::Cancel:
        return "Cancelled";
    case Kind::Report:
        return "Report";
    case Kind::Differential:
        return "Differential";
    case Kind::Diagnosis:
        return "Diagnosis";
    case Kind::Plan:
        return "Plan";
    case Kind::Outcome:
        return "Outcome";
    }
    return "";
}

std::string stamp(const TranscriptEntry& e) {
    std::string out =
        "Visit " + std::to_string(e.visit) + " · " + std::to_string(e.minutes) + " min";
    if (e.seconds) {
        const long total = static_cast<long>(*e.seconds);
        char buf[32];
        std::snprintf(buf, sizeof buf, " · %ld:%02ld", total / 60, total % 60);
        out += buf;
    }
    return out;
}

std::vector<TranscriptEntry> transcript(const rc::Session& s) {
    std::vector<TranscriptEntry> out;
    const rc::Catalog& cat = s.catalog();
    // Replayed from the start: the clock before each action and the reports as they arrive.
    rc::Session replay(s.kase(), cat, s.seed());
    out.push_back(visitEntry(replay, 1, 0));
    for (const rc::TakenAction& t : s.taken()) {
        const rc::Action& a = t.action;
        const int before = replay.ledger().minutes;
        const std::size_t ordersBefore = replay.orders().size();
        std::vector<bool> arrivedBefore;
        for (const auto& o : replay.orders())
            arrivedBefore.push_back(o.arrived);
        if (!replay.apply(a).ok) break; // cannot happen: the session took it
        TranscriptEntry e;
        e.minutes = before;
        e.seconds = a.time;
        e.repeat = t.repeat;
        e.text = t.reply;
        switch (a.verb) {
        case rc::Verb::Ask: {
            const rc::Question* q = cat.question(a.args[0]);
            e.kind = Kind::Question;
            e.title = q ? q->text : a.args[0];
            break;
        }
        case rc::Verb::Exam: {
            const rc::Exam* x = cat.exam(a.args[0]);
            e.kind = Kind::Exam;
            e.title = x ? x->label : a.args[0];
            if (a.side != rc::Side::None) e.title += std::string(" · ") + rc::sideName(a.side);
            if (a.angle) e.title += " · by hand";
            break;
        }
        case rc::Verb::Order:
            e.kind = ordersBefore < replay.orders().size() && replay.orders().back().arrived
                         ? Kind::Report
                         : Kind::Order;
            e.title = investigationLabel(cat, a.args[0]);
            if (e.kind == Kind::Report) e.text = reportText(replay.orders().back().result);
            break;
        case rc::Verb::Cancel:
            e.kind = Kind::Cancel;
            e.title = investigationLabel(cat, a.args[0]);
            break;
        case rc::Verb::Differential: {
            e.kind = Kind::Differential;
            e.text.clear(); // the list itself, not "Working differential updated."
            for (std::size_t k = 0; k < a.args.size(); ++k)
                e.text +=
                    (k ? "   " : "") + std::to_string(k + 1) + " " + diagnosisLabel(cat, a.args[k]);
            e.title = "Working differential";
            break;
        }
        case rc::Verb::Diagnose:
            e.kind = Kind::Diagnosis;
            e.title = "Diagnosis";
            e.text = diagnosisLabel(cat, a.args[0]);
            if (a.side != rc::Side::None) e.text += std::string(" (") + rc::sideName(a.side) + ")";
            break;
        case rc::Verb::Plan:
            e.kind = Kind::Plan;
            e.title = "Plan";
            e.text = planText(cat, a);
            break;
        case rc::Verb::Advance:
            e.kind = Kind::Outcome;
            break;
        }
        e.visit = replay.visitNumber(); // along the path: the visits reached so far
        if (a.verb != rc::Verb::Advance) {
            out.push_back(std::move(e));
            continue;
        }
        // The visit ended: the case ends (reports still pending were never read), or the next
        // visit begins and the reports ordered before arrive, each once.
        if (replay.finished()) {
            e.title = "Outcome";
            e.minutes = replay.ledger().minutes;
            out.push_back(std::move(e));
            continue;
        }
        TranscriptEntry v = visitEntry(replay, replay.visitNumber(), replay.ledger().minutes);
        v.seconds = a.time;
        out.push_back(std::move(v));
        for (std::size_t k = 0; k < arrivedBefore.size(); ++k) {
            const rc::OrderedTest& o = replay.orders()[k];
            if (arrivedBefore[k] || !o.arrived) continue;
            TranscriptEntry r;
            r.kind = Kind::Report;
            r.visit = replay.visitNumber();
            r.minutes = replay.ledger().minutes;
            r.seconds = a.time;
            r.title = investigationLabel(cat, o.test);
            r.text = reportText(o.result);
            out.push_back(std::move(r));
        }
    }
    return out;
}

std::string transcriptText(const std::vector<TranscriptEntry>& t) {
    std::string out;
    for (const auto& e : t) {
        out += "[" + stamp(e) + "] ";
        out += e.kind == Kind::Visit ? e.title : kindWord(e.kind) + std::string(": ") + e.title;
        if (e.repeat) out += " (again)";
        out += "\n";
        if (!e.text.empty()) out += "  " + e.text + "\n";
    }
    return out;
}

} // namespace rc::play
