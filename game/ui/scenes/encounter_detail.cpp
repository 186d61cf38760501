// The size of the encounter's detail panel (the answer, finding, order terms or report under
// the list): as tall as the longest text it shows at this visit, so the list gets the rest.
#include "game/play/game.hpp"
#include "game/ui/scenes/encounter_scene.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

float EncounterScene::detailHeight(const sf::FloatRect& inner) const {
    const Theme& th = ctx_.theme;
    // The Differential tab gives its detail panel more room when it shows the computed bars.
    if (tab_ == play::EncounterTab::Notes)
        return std::round((computedShown() ? 0.62f : 0.34f) * inner.height);
    const bool tests = tab_ == play::EncounterTab::Investigations;
    const float most = std::round((tests ? 0.5f : 0.34f) * inner.height);
    // A report with a schematic keeps the room the drawing needs.
    const rc::Session& s = game().play.session();
    const int fi = shownRow_ >= 0 ? shownRow_ : list_.focused();
    const rc::OrderedTest* shown = nullptr;
    if (tests && fi >= 0 && fi < static_cast<int>(rows_.size()) &&
        rows_[static_cast<std::size_t>(fi)].arrived) {
        shown = play::orderFor(s, rows_[static_cast<std::size_t>(fi)].id);
        const rc::Investigation* inv =
            s.catalog().investigation(rows_[static_cast<std::size_t>(fi)].id);
        if (inv && !inv->image.empty() && inv->image != "chart") return most;
    }
    // Otherwise the list takes the rest of the height: the detail is as tall as the longest text
    // it shows at this visit (two lines at least), so it does not jump as the focus moves.
    const TextStyle body = style(ctx_.fonts, th, TextSize::Body, Weight::Medium, th.c.text);
    const float w = inner.width - 2 * th.padding();
    float textH = 2 * Theme::lineHeight(body.size);
    auto fit = [&](const std::string& text) {
        if (!text.empty())
            textH = std::max(textH, ui::layout(body, utf8("“" + text + "”"), w).height());
    };
    if (shown) {
        std::string report = shown->result.report;
        for (const auto& inc : shown->result.incidental)
            report += "\n\nIncidental: " + inc;
        fit(report);
    }
    for (const auto& r : rows_) {
        if (r.heading) continue;
        if (tab_ == play::EncounterTab::History)
            fit(play::replyFor(s, rc::Verb::Ask, r.id, rc::Side::None));
        else if (tab_ == play::EncounterTab::Examination)
            for (const rc::Side side : {rc::Side::None, rc::Side::Left, rc::Side::Right})
                fit(play::replyFor(s, rc::Verb::Exam, r.id, side));
        else if (const rc::Investigation* inv = s.catalog().investigation(r.id); inv && !r.done)
            fit(play::orderTerms(*inv));
    }
    float need = 2 * th.padding() + th.px(26) + textH;
    if (!message_.empty()) need += th.px(44);
    return std::clamp(std::round(need), std::min(most, th.px(96)), most);
}

} // namespace rc::ui
