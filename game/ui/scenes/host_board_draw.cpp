// The host board's projector view: the join panel (the code as large as the room allows; once
// ended, what the class found hard) and the students' board (progress, then the leaderboard and
// the results folder for rootcause-board).
#include "game/engine/content_text.hpp"
#include "game/engine/shell_word.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/host_board_view.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui::host_board {

namespace {
/// "case 2 of 6", "finished", with the attempt when it is not the first.
std::string progressOf(const rc::net::BoardRow& r) {
    std::string s =
        r.finished ? "finished"
                   : "case " + std::to_string(r.caseIndex + 1) + " of " + std::to_string(r.cases);
    if (r.attempt > 1) s += " (attempt " + std::to_string(r.attempt) + ")";
    return s;
}
} // namespace

void HostBoardScene::drawJoinPanel(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    sf::RenderTarget& t = p.target;
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    const rc::Challenge& ch = h_->challenge;
    // From the bottom: the instructor's one action and what it is for.
    const bool ended = snap_.ended;
    const std::string label =
        ended           ? (armed_ == Leave ? "Press again to stop hosting" : "Stop hosting")
        : armed_ == End ? "Press again to end it for everyone"
                        : "End the challenge";
    const float bw = std::min(in.width, std::max(buttonWidth(p, label), th.px(200)));
    button_ = {in.left, in.top + in.height - th.px(44), bw, th.px(44)};
    button(p, button_, label, ended ? ButtonKind::Secondary : ButtonKind::Primary,
           ControlState{hover_, true, true, false});
    const std::string note =
        ended ? "The results are written; students see their totals."
        : armed_ == Leave
            ? "Esc again stops hosting; start again with the same data folder to resume."
        : ch.mode == "exam" ? "Students see their scores when you end it."
                            : "Students see each case's score as they go.";
    const auto noteSt = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float noteH = std::min(rc::ui::layout(noteSt, utf8(note), in.width).height(),
                                 3 * Theme::lineHeight(noteSt.size));
    const float noteTop = button_.top - th.px(8) - noteH;
    drawParagraph(t, noteSt, utf8(note), {in.left, noteTop, in.width, noteH});
    // From the top: what is hosted, then the join code as large as the room left allows (it is
    // read from the back of the room), the address, and how students join when there is room.
    float y = in.top;
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
             utf8("LIVE CLASS  ·  " + std::string(ch.mode == "exam" ? "EXAM" : "PRACTICE") +
                  "  ·  " + play::casesWord(ch.cases.size()) +
                  (h_->host.resumed() ? "  ·  RESUMED" : "")),
             in.left, y + th.px(8), Align::Left, in.width);
    y += th.px(22);
    const auto titleSt = p.text(TextSize::Heading, Weight::SemiBold, th.c.text);
    const float titleLine = Theme::lineHeight(titleSt.size);
    const float roomAll = noteTop - th.px(12) - y;
    const float addressH = th.px(20 + 34), gaps = th.px(14 + 16);
    const float minCode = th.px(76), maxCode = th.px(128);
    // The title takes two lines when the code keeps its least height, else one.
    const float titleBox =
        roomAll - gaps - addressH - minCode >= 2 * titleLine ? 2 * titleLine : titleLine;
    y += drawParagraph(t, titleSt, utf8(ch.title), {in.left, y, in.width, titleBox});
    if (ended) { // nobody joins any more: the code gives way to what the class found hard
        drawHighlights(p, in, y + th.px(14), noteTop - th.px(12));
        return;
    }
    const auto howSt = p.text(TextSize::Body, Weight::Regular, th.c.textSecondary);
    const std::string how = "Students: Root Cause → Join a class, then type this address and code.";
    const float howH = rc::ui::layout(howSt, utf8(how), in.width).height();
    const float room = noteTop - th.px(12) - y - gaps - addressH;
    const float codeH = std::clamp(room - howH - th.px(8), minCode, maxCode);
    y += th.px(14);
    const sf::FloatRect codeBox(in.left, y, in.width, codeH);
    roundedRect(t, codeBox, th.px(8), th.c.accentSoft);
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary), utf8("JOIN CODE"),
             codeBox.left + th.px(16), codeBox.top + th.px(16));
    TextStyle big = p.text(TextSize::Title, Weight::Bold, th.c.text);
    big.size = static_cast<unsigned>(std::round(std::min(th.px(72), (codeH - th.px(34)) * 0.9f)));
    const sf::String code = utf8(h_->host.code());
    while (big.size > 24 && measure(big, code) > codeBox.width - th.px(32))
        big.size -= 4;
    drawLine(t, big, code, codeBox.left + codeBox.width / 2,
             codeBox.top + th.px(28) + (codeH - th.px(28)) / 2, Align::Centre);
    y += codeBox.height + th.px(16);
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary),
             utf8("HOST ADDRESS"), in.left, y + th.px(8));
    y += th.px(20);
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8(address()), in.left,
             y + th.px(12), Align::Left, in.width);
    y += th.px(34);
    // The help page says how students join too: left out when a line of it would not fit.
    const float howRoom = noteTop - th.px(8) - y;
    if (howRoom >= Theme::lineHeight(howSt.size))
        drawParagraph(t, howSt, utf8(how), {in.left, y, in.width, std::min(howRoom, howH)});
}

void HostBoardScene::drawHighlights(const Painter& p, const sf::FloatRect& in, float top,
                                    float bottom) {
    const Theme& th = p.theme;
    sf::RenderTarget& t = p.target;
    // A grade of changed results: the earlier highlights stay until the new ones are in.
    const bool regrading = grading_.busy() && grading_.latest();
    sectionHeading(p, {in.left, top, in.width, th.px(18)},
                   regrading ? "WHAT THE CLASS FOUND HARD  ·  GRADING…"
                             : "WHAT THE CLASS FOUND HARD");
    float y = top + th.px(28);
    const auto st = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto note = p.text(TextSize::Body, Weight::Regular, th.c.textSecondary);
    const float line = Theme::lineHeight(st.size), indent = th.px(18);
    if (highlights_.empty()) {
        const std::string why = highlightsNote_.empty() ? "Grading the results…" : highlightsNote_;
        if (bottom - y >= line)
            drawParagraph(t, note, utf8(why), {in.left, y, in.width, bottom - y});
        return;
    }
    std::size_t shown = 0;
    for (const std::string& h : highlights_) {
        // Each keeps what room is left (a cut one shows whole under the pointer); the line under
        // the last says how many more the report lists.
        const bool last = shown + 1 == highlights_.size();
        const float room = bottom - y - (last ? 0 : line);
        if (room < line) break;
        disc(t, {in.left + th.px(5), y + line / 2}, th.px(3), th.c.accent);
        y += drawParagraph(t, st, utf8(h), {in.left + indent, y, in.width - indent, room}) +
             th.px(8);
        ++shown;
    }
    if (shown < highlights_.size())
        drawLine(t, note,
                 utf8("and " + std::to_string(highlights_.size() - shown) +
                      " more in rootcause-board's report"),
                 in.left + indent, y + line / 2, Align::Left, in.width - indent);
}

void HostBoardScene::drawBoard(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    sf::RenderTarget& t = p.target;
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    const bool ended = snap_.ended, exam = h_->challenge.mode == "exam";
    const bool scores = ended || !exam;
    int finished = 0, offline = 0;
    for (const auto& row : snap_.rows) // a student who finished and left is not missing
        finished += row.finished ? 1 : 0, offline += row.connected || row.finished ? 0 : 1;
    const int n = static_cast<int>(snap_.rows.size());
    float y = in.top;
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8(ended ? "Leaderboard" : "Students"), in.left, y + th.px(12));
    std::string counts =
        std::to_string(n) + " joined  ·  " + std::to_string(finished) + " finished";
    if (offline > 0) counts += "  ·  " + std::to_string(offline) + " offline";
    drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary), utf8(counts),
             in.left + in.width, y + th.px(12), Align::Right, in.width * 0.6f);
    y += th.px(32);
    std::vector<rc::net::BoardRow> rows = snap_.rows;
    if (ended)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.total > b.total; });
    const float colRank = in.left + th.px(4), colName = in.left + th.px(40),
                colState = in.left + in.width * 0.56f, colRight = in.left + in.width;
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    drawLine(t, head, utf8("#"), colRank, y + th.px(8));
    drawLine(t, head, utf8("STUDENT"), colName, y + th.px(8));
    drawLine(t, head, utf8(ended ? "RESULT" : "PROGRESS"), colState, y + th.px(8));
    if (scores) drawLine(t, head, utf8("TOTAL"), colRight, y + th.px(8), Align::Right);
    y += th.px(18);
    hairline(t, in.left, colRight, y, th.c.border);
    const float logH = th.px(28);
    const auto pathSt = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto cmdSt = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const std::string command = "rootcause-board --challenge " + rc::shellWord(challengeFile()) +
                                " " + rc::shellWord(resultsDir());
    const float pathH = rc::ui::layout(pathSt, utf8(resultsDir()), in.width - th.px(28)).height();
    const float cmdH = rc::ui::layout(cmdSt, utf8(command), in.width - th.px(28)).height();
    const float resultsH = th.px(32 + 4 + 12) + pathH + cmdH;
    const float bottom = in.top + in.height - (ended ? resultsH + th.px(10) : logH);
    const float rowH = th.px(36);
    if (rows.empty())
        drawParagraph(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                      utf8("Waiting for students to join…"),
                      {in.left, y + th.px(16), in.width, th.px(40)});
    // Student ids beside the names when every one fits (a narrow window shows names only).
    const float nameW = colState - colName - th.px(12);
    const auto idSt = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const auto nameSt = p.text(TextSize::Body, Weight::Medium, th.c.text);
    bool showIds = true;
    for (const auto& row : rows)
        showIds = showIds && !row.name.empty() &&
                  measure(nameSt, utf8(row.name)) + th.px(8) + measure(idSt, utf8(row.id)) <= nameW;
    // The students who fit; the others a scroll or a page turn away (a line says which are shown).
    const float listTop = y;
    const bool crowded = (bottom - y) / rowH < static_cast<float>(rows.size());
    const float footH = crowded ? th.px(28) : 0;
    pager_.setCounts(static_cast<int>(rows.size()),
                     static_cast<int>(std::floor((bottom - y - footH) / rowH)));
    for (std::size_t i = static_cast<std::size_t>(pager_.first());
         i < static_cast<std::size_t>(pager_.end()); ++i) {
        const auto& row = rows[i];
        const float cy = y + rowH / 2;
        const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
        drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.textSecondary),
                 utf8(std::to_string(i + 1)), colRank, cy);
        const float nw = drawLine(t, nameSt, utf8(row.name.empty() ? row.id : row.name), colName,
                                  cy, Align::Left, nameW);
        if (showIds) drawLine(t, idSt, utf8(row.id), colName + nw + th.px(8), cy);
        float sx = colState;
        // Once ended: the verdict, with a word (never colour alone); before: the progress.
        const bool pass = row.total >= h_->challenge.mastery;
        std::string state = progressOf(row);
        if (ended) {
            state =
                std::string(pass ? "passed" : "not passed") + (row.finished ? "" : " · " + state);
            if (pass)
                icon::tick(t, {sx + th.px(7), cy}, th.px(12), th.c.good);
            else
                icon::cross(t, {sx + th.px(7), cy}, th.px(11), th.c.bad);
            sx += th.px(20);
        } else if (row.finished) {
            icon::tick(t, {sx + th.px(7), cy}, th.px(12), th.c.good);
            sx += th.px(20);
        }
        // The progress leaves room for the offline mark and the total beside it.
        const bool away = !row.connected && !row.finished;
        const auto awaySt = p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary);
        const float awayW = away ? th.px(34) + measure(awaySt, utf8("offline")) : 0;
        sx += drawLine(t, body, utf8(state), sx, cy, Align::Left,
                       std::max(th.px(24), colRight - sx - th.px(70) - awayW));
        if (away) {
            icon::caution(t, {sx + th.px(16), cy}, th.px(12), th.c.caution, th.c.text);
            drawLine(t, awaySt, utf8("offline"), sx + th.px(26), cy);
        }
        if (scores)
            drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                     utf8(rc::oneDecimal(row.total)), colRight, cy, Align::Right);
        y += rowH;
        hairline(t, in.left, colRight, y, th.c.divider);
    }
    if (pager_.paged()) {
        // A bar beside the rows for where they are in the class, and what the keys do.
        const float listH = y - listTop, total = static_cast<float>(rows.size());
        const float barTop = listTop + listH * static_cast<float>(pager_.first()) / total;
        const float barH = listH * static_cast<float>(pager_.end() - pager_.first()) / total;
        roundedRect(t, {colRight + th.px(6), barTop, th.px(4), barH}, th.px(2), th.c.border);
        drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
                 utf8(pager_.label() + "  ·  ↑↓, PgUp/PgDn or the wheel; the pages turn by "
                                       "themselves"),
                 in.left, y + th.px(14), Align::Left, in.width);
    }
    if (ended) {
        // The whole path and the command, wrapped if need be: the instructor types them.
        const sf::FloatRect hr(in.left, in.top + in.height - resultsH, in.width, resultsH);
        roundedRect(t, hr, th.px(8), th.c.accentSoft);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                 utf8("Results for rootcause-board:"), hr.left + th.px(14), hr.top + th.px(18),
                 Align::Left, hr.width - th.px(28));
        float ry = hr.top + th.px(32);
        ry += drawParagraph(t, pathSt, utf8(resultsDir()),
                            {hr.left + th.px(14), ry, hr.width - th.px(28), pathH + 1});
        drawParagraph(t, cmdSt, utf8(command),
                      {hr.left + th.px(14), ry + th.px(4), hr.width - th.px(28), cmdH + 1});
    } else {
        const std::string last =
            !snap_.error.empty() ? snap_.error
            : snap_.log.empty()  ? (exam ? "Exam: scores stay hidden until you end the challenge."
                                         : "Practice: scores show as students finish cases.")
                                 : "Latest: " + snap_.log.back();
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary), utf8(last),
                 in.left, in.top + in.height - th.px(10), Align::Left, in.width);
    }
}

void HostBoardScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p, size_.x, "Host a class  ·  " + h_->challenge.title, nullptr);
    const float g = th.gap(), top = th.topBar() + g, bottom = size_.y - g;
    const float leftW = std::clamp(std::round((size_.x - 3 * g) * 0.38f),
                                   std::min(th.px(280), size_.x * 0.45f), th.px(460));
    drawJoinPanel(p, {g, top, leftW, bottom - top});
    drawBoard(p, {2 * g + leftW, top, size_.x - leftW - 3 * g, bottom - top});
}

} // namespace rc::ui::host_board
