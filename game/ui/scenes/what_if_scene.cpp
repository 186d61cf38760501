#include "game/ui/scenes/what_if_scene.hpp"

#include "game/play/game.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/debrief_scene.hpp"
#include "game/ui/scenes/encounter_scene.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/followup_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

#include <algorithm>
#include <iostream>

namespace rc::ui {

namespace {

/// Two lists side by side: the student's decisions, and the other choices at the focused one.
class WhatIfScene : public Scene {
  public:
    WhatIfScene(Context& ctx, SceneStack& stack, int point, int alternative, bool autoChoose)
        : Scene(ctx, stack), auto_(autoChoose) {
        points_ = play::decisionPoints(ctx.game->play.session());
        if (point < 0)
            for (std::size_t i = 0; i < points_.size() && point < 0; ++i)
                if (points_[i].action.verb == rc::Verb::Plan) point = static_cast<int>(i);
        point_ = std::clamp(point, 0, std::max(0, static_cast<int>(points_.size()) - 1));
        alt_ = std::max(0, alternative);
        column_ = alternative >= 0 ? 1 : 0;
    }
    std::string name() const override { return "what-if"; }
    SceneKind kind() const override { return SceneKind::WhatIf; }
    int tourStates() const override { return 2; }
    void tourState(int i) override {
        column_ = i;
        invalidate();
    }
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override {
        age_ += dt;
        if (auto_ && age_ > 0.3f) {
            auto_ = false;
            choose();
        }
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void choose() {
        if (points_.empty()) return;
        startWhatIf(ctx_, stack_, static_cast<std::size_t>(point_), static_cast<std::size_t>(alt_));
    }
    const std::vector<play::WhatIfAlternative>& alts() const {
        static const std::vector<play::WhatIfAlternative> none;
        return points_.empty() ? none : points_[static_cast<std::size_t>(point_)].alternatives;
    }
    void setPoint(int i) {
        if (i == point_) return;
        point_ = i;
        alt_ = 0;
    }
    /// Rows as tall as their wrapped label (at most two lines) in a list `w` px wide.
    std::vector<ListItem> items(const std::vector<std::string>& labels, float w) const;

    std::vector<play::DecisionPoint> points_;
    int point_ = 0, alt_ = 0, column_ = 0;
    bool auto_ = false;
    float age_ = 0;
    ListView pointList_, altList_;
    sf::FloatRect play_, back_;
    int hover_ = -1; ///< 0 back, 1 play
};

bool WhatIfScene::input(Input in) {
    switch (in) {
    case Input::Up:
    case Input::Down: {
        const int d = in == Input::Up ? -1 : 1;
        if (column_ == 0)
            setPoint(std::clamp(point_ + d, 0, static_cast<int>(points_.size()) - 1));
        else
            alt_ = std::clamp(alt_ + d, 0, static_cast<int>(alts().size()) - 1);
        break;
    }
    case Input::Left:
    case Input::Right:
    case Input::Next:
    case Input::Prev:
        column_ = 1 - column_;
        break;
    case Input::Activate:
        if (column_ == 0) {
            column_ = 1;
            break;
        }
        choose();
        return true;
    case Input::Back:
        stack_.pop();
        return true;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool WhatIfScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseMoved) {
        const sf::Vector2f at(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        const int h = back_.contains(at) ? 0 : play_.contains(at) ? 1 : -1;
        if (h != hover_) hover_ = h, invalidate();
        return true;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        const sf::Vector2f at(static_cast<float>(e.mouseWheelScroll.x),
                              static_cast<float>(e.mouseWheelScroll.y));
        for (ListView* l : {&pointList_, &altList_})
            if (l->rect().contains(at) && l->wheel(e.mouseWheelScroll.delta)) invalidate();
        return true;
    }
    if (e.type != sf::Event::MouseButtonPressed) return false;
    const sf::Vector2f at(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
    if (back_.contains(at)) {
        stack_.pop();
        return true;
    }
    if (play_.contains(at)) {
        choose();
        return true;
    }
    if (const int r = pointList_.hit(at); r >= 0) {
        setPoint(r);
        column_ = 0;
    } else if (const int a = altList_.hit(at); a >= 0) {
        alt_ = a;
        column_ = 1;
    } else {
        return false;
    }
    invalidate();
    return true;
}

std::vector<ListItem> WhatIfScene::items(const std::vector<std::string>& labels, float w) const {
    const Theme& th = ctx_.theme;
    const TextStyle st = style(ctx_.fonts, th, TextSize::Body, Weight::Regular, th.c.text);
    std::vector<ListItem> out;
    for (const auto& l : labels)
        out.push_back({false, (rc::ui::layout(st, utf8(l), w - th.px(28), 2).height() + th.px(14)) /
                                  th.scale});
    return out;
}

void WhatIfScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p, size_.x, std::string(play::kWhatIfTitle), nullptr);
    const float top = th.topBar() + th.px(10);
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const float introH = drawParagraph(
        t, body,
        utf8("Choose a decision and what you would have done instead: the case replays up to it "
             "and goes on live to its outcome. Not scored or saved."),
        {th.padding(), top, size_.x - 2 * th.padding(), th.px(60)});
    const sf::FloatRect bar = drawBottomBar(p, size_);
    const float y = top + introH + th.px(10);
    const float gap = th.padding();
    const float w = (size_.x - 2 * th.padding() - gap) / 2;
    const float h = bar.top - th.px(10) - y;
    const std::vector<std::pair<std::string, bool>> heads = {{"Your decisions", column_ == 0},
                                                             {"Instead", column_ == 1}};
    std::vector<std::string> pointLabels, altLabels;
    for (const auto& pt : points_)
        pointLabels.push_back(pt.label);
    for (const auto& a : alts())
        altLabels.push_back(a.label);
    ListView* lists[] = {&pointList_, &altList_};
    const std::vector<std::string>* labels[] = {&pointLabels, &altLabels};
    const int focus[] = {point_, alt_};
    for (int c = 0; c < 2; ++c) {
        const sf::FloatRect r(th.padding() + static_cast<float>(c) * (w + gap), y, w, h);
        panel(t, th, r);
        const sf::FloatRect in = inset(r, th.px(12));
        drawLine(
            t, p.text(TextSize::Body, Weight::SemiBold, heads[c].second ? th.c.accent : th.c.text),
            utf8(heads[static_cast<std::size_t>(c)].first), in.left, in.top + th.px(10));
        ListView& l = *lists[c];
        l.setItems(items(*labels[c], in.width));
        l.setRect({in.left, in.top + th.px(26), in.width, in.height - th.px(26)}, th.scale);
        if (l.focused() != focus[c]) l.setFocused(focus[c]);
        const auto& text = *labels[c];
        l.draw(t, th, [&](int i, const sf::FloatRect& row) {
            const bool on = i == focus[c];
            if (on)
                roundedRect(t, {row.left, row.top + 1, row.width, row.height - 2}, th.px(5),
                            withAlpha(th.c.accent, column_ == c ? 48 : 22));
            const std::string& s = text[static_cast<std::size_t>(i)];
            const TextStyle st =
                p.text(TextSize::Body, on ? Weight::SemiBold : Weight::Regular, th.c.text);
            const Paragraph para = rc::ui::layout(st, utf8(s), row.width - th.px(28), 2);
            drawLines(t, st, para, utf8(s), row.left + th.px(10),
                      row.top + (row.height - para.height()) / 2);
            if (c == 0 && on)
                drawLine(t, p.text(TextSize::Body, Weight::Bold, th.c.accent), utf8("\u203A"),
                         row.left + row.width - th.px(8), row.top + row.height / 2, Align::Right);
            hairline(t, row.left, row.left + row.width, row.top + row.height - 1, th.c.divider);
        });
    }
    const std::string playLabel = "Play this branch", backLabel = "Back";
    const float pw = buttonWidth(p, playLabel, true), bw = buttonWidth(p, backLabel);
    play_ = {bar.left + bar.width - th.padding() - pw, bar.top + th.px(9), pw,
             bar.height - th.px(18)};
    back_ = {play_.left - th.px(12) - bw, play_.top, bw, play_.height};
    button(p, back_, backLabel, ButtonKind::Secondary,
           ControlState{hover_ == 0, false, true, false});
    button(p, play_, playLabel, ButtonKind::Primary,
           ControlState{hover_ == 1, column_ == 1, !points_.empty(), false}, true);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("\u2191\u2193 choose  \u00B7  \u2190\u2192 switch  \u00B7  Enter play  \u00B7  "
                  "Esc back"),
             th.padding(), bar.top + bar.height / 2, Align::Left,
             back_.left - th.px(16) - th.padding());
}

} // namespace

std::unique_ptr<Scene> makeWhatIfScene(Context& ctx, SceneStack& stack, int point, int alternative,
                                       bool autoChoose) {
    return std::make_unique<WhatIfScene>(ctx, stack, point, alternative, autoChoose);
}

void startWhatIf(Context& ctx, SceneStack& stack, std::size_t point, std::size_t alternative) {
    play::Game& g = *ctx.game;
    const auto points = play::decisionPoints(g.play.session());
    if (point >= points.size() || alternative >= points[point].alternatives.size()) return;
    auto b = std::make_shared<play::WhatIfBranch>();
    std::string error;
    if (!play::startBranch(g.play, g.content, points[point],
                           points[point].alternatives[alternative], *b, error)) {
        std::cerr << "rootcause: what if: " << error << "\n";
        stack.push(makeMessageScene(ctx, stack, "This branch does not play", error));
        return;
    }
    g.whatIf = b;
    std::cout << "what-if: " << points[point].label << " -> " << b->alternative << "\n";
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeEncounterScene(ctx, stack));
    if (b->advanced) stack.push(makeFollowUpScene(ctx, stack));
}

void leaveWhatIf(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    if (!g.whatIf) return;
    std::string error;
    if (!play::returnFromBranch(g.play, g.content, *g.whatIf, error)) {
        std::cerr << "rootcause: what if: " << error << "\n";
        endWhatIf(ctx);
        toLibrary(ctx, stack);
        return;
    }
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeLibraryScene(ctx, stack));
    stack.push(makeDebriefScene(ctx, stack));
}

void endWhatIf(Context& ctx) {
    play::Game& g = *ctx.game;
    if (!g.whatIf) return;
    if (g.whatIf->inBranch) {
        std::string error;
        play::returnFromBranch(g.play, g.content, *g.whatIf, error);
    } else {
        g.play.setAutosavePath(g.whatIf->autosavePath);
    }
    g.whatIf.reset();
}

} // namespace rc::ui
