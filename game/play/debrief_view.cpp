#include "game/play/debrief_view.hpp"

#include "game/engine/action_label.hpp"
#include "game/engine/content_text.hpp"

#include <algorithm>

namespace rc::play {

namespace {

const char* const kDot = " \xC2\xB7 ";

std::string visitText(int visit) {
    return visit > 0 ? "visit " + std::to_string(visit) : "any visit";
}

/// "+12.5 of 12.5", "0 of 25", "−5", "0".
std::string pointsText(const rc::ScoreLine& l) {
    if (l.ofTenths > 0) return rc::tenthsText(l.tenths, true) + " of " + rc::tenthsText(l.ofTenths);
    return rc::tenthsText(l.tenths, true);
}

/// The first source of a cite that has an address, with its short name.
void firstLink(const rc::Catalog& cat, const std::string& cite, DebriefRow& row) {
    if (cite.empty()) return;
    row.source = "Source: " + rc::citeText(cat, cite);
    std::vector<rc::SourceRef> refs;
    rc::collectSources(cat, cite, refs);
    for (const auto& r : refs)
        if (!r.link.empty()) {
            row.link = r.link;
            row.linkName = r.label;
            return;
        }
}

DebriefRow lineRow(const rc::ScoreLine& l, const rc::Debrief& d, const rc::Session& s,
                   rc::Domain dom) {
    DebriefRow row;
    row.title = l.label;
    row.points = pointsText(l);
    if (l.decision >= 0) {
        const rc::Judgement& j = d.score.decisions[static_cast<std::size_t>(l.decision)];
        row.mark = j.missed ? RowMark::Bad : markOf(j.tag);
        row.tagLine = std::string(j.missed ? "Missed" : markWord(row.mark)) + kDot +
                      rc::tagName(j.tag) + (j.critical ? std::string(kDot) + "critical" : "") +
                      (j.stoppedShort ? std::string(kDot) + "stopped short" : "") +
                      (j.offTarget ? std::string(kDot) + "off target" : "") + kDot +
                      visitText(l.visit);
        if (j.missed && l.visit > 0 && j.rule >= 0 &&
            s.kase().rules[static_cast<std::size_t>(j.rule)].visit.empty())
            row.tagLine += " (where the expert did it)";
        row.text = j.feedback;
        if (!j.missed) row.step = j.action, row.visit = l.visit;
        firstLink(s.catalog(), j.cite, row);
        for (int m : l.merged) {
            const rc::Judgement& o = d.score.decisions[static_cast<std::size_t>(m)];
            row.text += "\n" + o.feedback;
            if (row.link.empty()) firstLink(s.catalog(), o.cite, row);
        }
        return row;
    }
    switch (l.kind) {
    case rc::LineKind::Critical:
        row.mark = RowMark::Bad;
        row.tagLine = "Critical";
        row.text =
            "A critical item was missed or a critical error made: the rows above are set aside.";
        break;
    case rc::LineKind::Floor:
        row.tagLine = "Floor";
        row.text = "The points taken off came to more than the points earned.";
        break;
    case rc::LineKind::Base:
        row.tagLine = "Start";
        row.text = "No item in this domain had points to earn; only points off can lower it.";
        break;
    default:
        row.mark = l.tenths >= l.ofTenths ? RowMark::Good
                   : l.tenths > 0         ? RowMark::Caution
                                          : RowMark::Bad;
        row.tagLine = rc::domainLabel(dom);
        if (dom == rc::Domain::Diagnosis) {
            row.text = d.score.diagnosisFeedback;
            row.source = d.truthSource.empty() ? "" : "Source: " + d.truthSource;
            firstLink(s.catalog(), s.kase().truthCite, row);
        }
        break;
    }
    return row;
}

/// "Why the expert did this: X — <what the case says about X>" for expert step `k`.
std::string expertWhy(const rc::Debrief& d, const rc::Session& s, std::size_t k) {
    const rc::Catalog& cat = s.catalog();
    std::string out = "Why the expert did this: " + rc::actionLabel(cat, d.expertPath[k]);
    rc::Action a;
    std::string err;
    if (!rc::parseAction(d.expertPath[k], a, err)) return out + ".";
    rc::TakenAction t;
    t.action = a;
    for (std::size_t i = 0; i < s.kase().rules.size(); ++i) {
        const rc::Rule& r = s.kase().rules[i];
        if (!r.visit.empty() || r.feedback.empty() || r.pattern.verb != a.verb) continue;
        if (rc::ruleMatches(r, t, s.kase())) return out + " \xE2\x80\x94 " + r.feedback;
    }
    return out + ".";
}

} // namespace

const char* debriefTabLabel(DebriefTab t) {
    switch (t) {
    case DebriefTab::Overview:
        return "1  Overview";
    case DebriefTab::Decisions:
        return "2  Decisions";
    case DebriefTab::Learning:
        return "3  Learning";
    case DebriefTab::Scoring:
        return "4  Scoring";
    case DebriefTab::Transcript:
        return "5  Transcript";
    }
    return "";
}

RowMark markOf(rc::Tag t) {
    switch (t) {
    case rc::Tag::Essential:
    case rc::Tag::Indicated:
        return RowMark::Good;
    case rc::Tag::Unnecessary:
        return RowMark::Caution;
    case rc::Tag::Harmful:
        return RowMark::Bad;
    default:
        return RowMark::Neutral;
    }
}

const char* markWord(RowMark m) {
    switch (m) {
    case RowMark::Good:
        return "Good";
    case RowMark::Bad:
        return "Harmful";
    case RowMark::Caution:
        return "Unnecessary";
    default:
        return "Neutral";
    }
}

const rc::Judgement* judgementFor(const rc::Score& sc, const std::string& step) {
    for (const auto& j : sc.decisions) {
        if (j.missed) continue;
        rc::Action a;
        std::string err;
        const std::string key = rc::parseAction(j.action, a, err) ? a.key() : j.action;
        if (key == step ||
            (step.rfind("plan ", 0) == 0 && step.rfind(key, 0) == 0 && key.rfind("plan ", 0) == 0))
            return &j;
    }
    return nullptr;
}

std::vector<DebriefRow> decisionRows(const rc::Debrief& d, const rc::Session& s) {
    std::vector<DebriefRow> rows;
    DebriefRow legend;
    legend.kind = DebriefRow::Kind::Legend;
    legend.title = "How to read this";
    for (const auto& l : rc::debriefLegend(s.catalog()))
        legend.text += (legend.text.empty() ? "" : "\n") + l;
    legend.points = "4 Scoring: the whole page, from weights to caps.";
    rows.push_back(legend);
    for (const auto& b : d.breakdown) {
        DebriefRow h;
        h.kind = DebriefRow::Kind::Heading;
        h.title = rc::domainLabel(b.domain);
        h.points = rc::tenthsText(b.tenths) + " / 100";
        h.mark = b.tenths >= 500 ? RowMark::Good : RowMark::Bad;
        // The heading shows the domain and its score: its reason without them.
        const std::size_t colon = b.reason.find(": ");
        h.text = colon == std::string::npos ? b.reason : b.reason.substr(colon + 2);
        if (!h.text.empty() && h.text[0] >= 'a' && h.text[0] <= 'z')
            h.text[0] = static_cast<char>(h.text[0] - 'a' + 'A');
        rows.push_back(h);
        for (const auto& l : b.lines)
            rows.push_back(lineRow(l, d, s, b.domain));
    }
    if (!d.score.deductions.empty()) {
        DebriefRow h;
        h.kind = DebriefRow::Kind::Heading;
        h.title = "Harm and waste";
        h.points = "\xE2\x88\x92" + rc::oneDecimal(d.score.deducted) + " off the total";
        h.mark = RowMark::Bad;
        rows.push_back(h);
        for (const auto& x : d.score.deductions) {
            DebriefRow r;
            r.kind = DebriefRow::Kind::HarmWaste;
            r.mark = RowMark::Bad;
            r.title = rc::actionLabel(s.catalog(), x.action);
            int visit = 0;
            const auto& reached = s.visitsReached();
            for (std::size_t i = 0; i < reached.size(); ++i)
                if (reached[i] == x.visitIndex) visit = static_cast<int>(i) + 1;
            r.tagLine = std::string("Harm and waste") + kDot + visitText(visit);
            r.points = "\xE2\x88\x92" + rc::oneDecimal(x.points) + " total";
            r.text = "Taken off the total: " + x.reason + ".";
            rows.push_back(r);
        }
    }
    if (d.score.capped) {
        DebriefRow r;
        r.kind = DebriefRow::Kind::Cap;
        r.mark = RowMark::Bad;
        r.title = "Total capped at " + rc::oneDecimal(d.score.total);
        r.tagLine = "Wrong region";
        r.text = d.score.capReason;
        rows.push_back(r);
    }
    return rows;
}

std::vector<PathRow> pathRows(const rc::Debrief& d, const rc::Session& s) {
    const std::size_t n = std::max(d.playerPath.size(), d.expertPath.size());
    std::vector<PathRow> rows(n);
    for (std::size_t k = 0; k < n; ++k) {
        PathRow& r = rows[k];
        const int i = static_cast<int>(k);
        r.divergence = i == d.playerDivergence || i == d.expertDivergence;
        if (k < d.playerPath.size()) {
            r.hasMine = true;
            const rc::Judgement* j = judgementFor(d.score, d.playerPath[k]);
            r.mark = j ? markOf(j->tag) : RowMark::Neutral;
            r.mine = rc::actionLabel(s.catalog(), d.playerPath[k]);
            r.mineNote = i == d.playerDivergence ? "\xE2\x97\x80 first divergence"
                                                 : (j ? markWord(r.mark) : "");
        }
        if (k < d.expertPath.size()) {
            r.expert = rc::actionLabel(s.catalog(), d.expertPath[k]);
            if (i == d.expertDivergence) r.expertNote = "\xE2\x97\x80 you did not do this";
        }
    }
    return rows;
}

std::string whatIfFooter(std::string footer, DebriefTab tab, bool branch, bool offered) {
    if (branch) {
        if (tab == DebriefTab::Overview)
            return "Your path beside the branch, not scored \xC2\xB7 1\xE2\x80\x93"
                   "5 or \xE2\x86\x90\xE2\x86\x92 tabs \xC2\xB7 Enter back to your debrief";
        const std::string from = "back to cases";
        if (const std::size_t at = footer.find(from); at != std::string::npos)
            footer.replace(at, from.size(), "back to your debrief");
        return footer;
    }
    if (offered && (tab == DebriefTab::Overview || tab == DebriefTab::Decisions))
        footer += " \xC2\xB7 W What if\xE2\x80\xA6";
    return footer;
}

int firstPathFocus(const rc::Debrief& d) {
    if (d.playerDivergence >= 0 && d.expertDivergence >= 0)
        return std::min(d.playerDivergence, d.expertDivergence);
    return std::max(d.playerDivergence, d.expertDivergence);
}

std::string debriefFooter(const rc::Debrief& d, const rc::Session& s, DebriefTab tab, int pathRow,
                          const std::vector<DebriefRow>& rows, int decisionRow) {
    const rc::Catalog& cat = s.catalog();
    switch (tab) {
    case DebriefTab::Overview: {
        const auto k = static_cast<std::size_t>(pathRow);
        if (pathRow >= 0 && k < d.playerPath.size()) {
            const std::string label = rc::actionLabel(cat, d.playerPath[k]);
            // The row where the player first left the expert: why the player's step; the row
            // where the expert's first step is that the player skipped: why the expert's.
            if (pathRow != d.playerDivergence && pathRow == d.expertDivergence &&
                k < d.expertPath.size())
                return expertWhy(d, s, k);
            if (const rc::Judgement* j = judgementFor(d.score, d.playerPath[k]))
                return "Why: " + label + " \xE2\x80\x94 " + j->feedback;
            if (d.playerPath[k].rfind("diagnose ", 0) == 0)
                return "Why: " + label + " \xE2\x80\x94 " + d.score.diagnosisFeedback;
            return label + ": no rule of this case judges it.";
        }
        if (pathRow >= 0 && k < d.expertPath.size()) return expertWhy(d, s, k);
        return "Keys: 1\xE2\x80\x93"
               "5 or \xE2\x86\x90\xE2\x86\x92 tabs \xC2\xB7 \xE2\x86\x91\xE2\x86\x93 choose a step "
               "\xC2\xB7 Enter back to cases";
    }
    case DebriefTab::Decisions: {
        const auto k = static_cast<std::size_t>(decisionRow);
        if (decisionRow >= 0 && k < rows.size() && !rows[k].link.empty())
            return "Enter or click \xE2\x86\x97 opens " + rows[k].linkName +
                   " in your browser \xC2\xB7 4 How scoring works";
        return "\xE2\x86\x91\xE2\x86\x93 choose a row \xC2\xB7 a row with \xE2\x86\x97 opens its "
               "source \xC2\xB7 4 How scoring works \xC2\xB7 Esc back to cases";
    }
    case DebriefTab::Learning:
        return "\xE2\x86\x91\xE2\x86\x93 choose a reference \xC2\xB7 Enter opens it in your "
               "browser \xC2\xB7 Esc back to cases";
    case DebriefTab::Scoring:
        return "Made from this case's rules and the scoring policy \xC2\xB7 1\xE2\x80\x93"
               "3 back to the debrief \xC2\xB7 Esc back to cases";
    case DebriefTab::Transcript:
        return "\xE2\x86\x91\xE2\x86\x93 or the wheel scroll \xC2\xB7 your notes are beside "
               "the transcript \xC2\xB7 Esc back to cases";
    }
    return "";
}

std::vector<std::string> reasonLines(const rc::Debrief& d, std::size_t max) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.reasons.size(); ++i) {
        if (max > 1 && out.size() + 1 == max && d.reasons.size() > max) {
            out.push_back("\xE2\x80\xA6 and " + std::to_string(d.reasons.size() - i) +
                          " more under 2 Decisions");
            break;
        }
        if (out.size() == max) break;
        out.push_back(d.reasons[i]);
    }
    return out;
}

} // namespace rc::play
