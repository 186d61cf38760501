#include "game/ui/scenes/estimate_scene.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::ui {

namespace {

enum HitId { HitRow = 1, HitStep, HitOrder, HitSkip };

class EstimateScene : public Scene {
  public:
    EstimateScene(Context& ctx, SceneStack& stack, play::EstimatePrompt prompt,
                  std::function<void(const rc::Action&)> send, std::optional<rc::Action> logged)
        : Scene(ctx, stack), prompt_(std::move(prompt)), send_(std::move(send)),
          logged_(std::move(logged)) {
        if (logged_) prompt_.preset(*logged_);
        const rc::Investigation* inv =
            ctx.game->play.session().catalog().investigation(prompt_.order());
        testLabel_ = inv ? inv->label : prompt_.order();
    }
    std::string name() const override { return "estimate"; }
    SceneKind kind() const override { return SceneKind::Estimate; }
    bool overlay() const override { return true; }

    bool input(Input in) override {
        switch (in) {
        case Input::Up:
        case Input::Prev:
            prompt_.move(-1);
            break;
        case Input::Down:
        case Input::Next:
            prompt_.move(1);
            break;
        case Input::Left:
        case Input::Right:
            prompt_.step(prompt_.focused(), in == Input::Right ? 1 : -1);
            break;
        case Input::Activate:
            close(prompt_.commit());
            return true;
        case Input::Back:
            close(prompt_.skip());
            return true;
        default:
            return true; // a dialog: nothing reaches the encounter under it
        }
        invalidate();
        return true;
    }

    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            trackHover(hits_,
                       {static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)}, 100,
                       ctx_.theme.px(6), hover_, hoverRect_,
                       [this](const sf::FloatRect& r) { invalidate(r); });
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return true;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return true;
        switch (h->id) {
        case HitRow:
            prompt_.focus(h->sub);
            break;
        case HitStep: // sub: row * 2 + (0 −, 1 +)
            prompt_.focus(h->sub / 2);
            prompt_.step(h->sub / 2, h->sub % 2 ? 1 : -1);
            break;
        case HitOrder:
            close(prompt_.commit());
            return true;
        case HitSkip:
            close(prompt_.skip());
            return true;
        default:
            break;
        }
        invalidate();
        return true;
    }

    void update(float dt) override {
        clock_ += dt; // (the runner photographs the prompt when it comes on top)
        // Autoplay: what the log commits is shown a moment, said on stdout, then sent as logged.
        if (!logged_ || !ctx_.game->autoplaying) return;
        if (clock_ < std::max(0.3f, ctx_.game->autoplay.pace)) return;
        std::printf("estimate-prompt: %s · %zu rows · sent: %s\n", prompt_.order().c_str(),
                    prompt_.rows().size(), logged_->str().c_str());
        std::fflush(stdout);
        close(*logged_);
    }

    void draw(sf::RenderTarget& t) override;

  private:
    void close(const rc::Action& a) {
        if (closed_) return;
        closed_ = true;
        stack_.pop();
        if (send_) send_(a);
    }

    play::EstimatePrompt prompt_;
    std::function<void(const rc::Action&)> send_;
    std::optional<rc::Action> logged_;
    std::string testLabel_;
    HitMap hits_;
    int hover_ = -1;
    sf::FloatRect hoverRect_;
    float clock_ = 0;
    bool closed_ = false;
};

void EstimateScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    roundedRect(t, {0, 0, size_.x, size_.y}, 0, withAlpha(th.c.text, 90));
    const auto& rows = prompt_.rows();
    const float w = std::min(size_.x - th.px(24), th.px(640));
    const float padX = std::min(th.padding() * 1.5f, th.px(20));
    const float innerW = w - 2 * padX;
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto note = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const std::string intro =
        "Ordering " + testLabel_ +
        ". The debrief sets your estimates beside the probability the findings give now; rows "
        "left at \u2013 are not estimated.\n\u2191\u2193 a diagnosis \u00b7 \u2190\u2192 or "
        "\u2212 + 5 % less or more \u00b7 Enter orders with your estimates \u00b7 Esc without";
    const Paragraph para = rc::ui::layout(note, utf8(intro), innerW);
    const float titleH = th.px(30);
    // Rows share what the window leaves, between 32 and 48 px each.
    const float fixedH = 2 * padX + titleH + para.height() + th.px(12) + th.px(16) + th.px(40);
    const float rowH = std::clamp((size_.y - th.px(16) - fixedH) /
                                      std::max<float>(1, static_cast<float>(rows.size())),
                                  th.px(32), th.px(48));
    const float h = fixedH + rowH * static_cast<float>(rows.size());
    const sf::FloatRect r((size_.x - w) / 2, std::max(th.px(8), (size_.y - h) / 2), w, h);
    panel(t, th, r);
    const sf::FloatRect in(r.left + padX, r.top + padX, innerW, r.height - 2 * padX);
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Before the result: how likely is each diagnosis?"), in.left, in.top + titleH / 2,
             Align::Left, in.width);
    float y = in.top + titleH;
    for (const auto& line : para.lines) {
        drawLine(t, note, line, in.left, y + para.lineHeight / 2);
        y += para.lineHeight;
    }
    y += th.px(12);
    // Each row: the diagnosis, a bar of the estimate under it, then − value +.
    const float bs = std::min(th.px(30), rowH - th.px(4)), valueW = th.px(64);
    const float stepW = 2 * bs + valueW;
    const auto valueSt = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = static_cast<int>(i);
        const sf::FloatRect rr(in.left, y, in.width, rowH);
        if (hover_ / 100 == HitRow && hover_ % 100 == row)
            roundedRect(t, rr, th.px(6), th.c.panelMuted);
        const float cy = y + rowH / 2;
        const float labelW = in.width - stepW - th.px(24);
        drawLine(t, body, utf8(rows[i].label), rr.left + th.px(8), cy - th.px(5), Align::Left,
                 labelW);
        const sf::FloatRect track(rr.left + th.px(8), cy + th.px(9), labelW, th.px(4));
        roundedRect(t, track, th.px(2), th.c.divider);
        if (rows[i].percent && *rows[i].percent > 0)
            roundedRect(t,
                        {track.left, track.top,
                         std::round(track.width * static_cast<float>(*rows[i].percent) / 100.f),
                         track.height},
                        th.px(2), th.c.accent);
        hits_.add(rr, HitRow, row);
        const float plusX = rr.left + rr.width - th.px(6) - bs, minusX = plusX - valueW - bs;
        for (int k = 0; k < 2; ++k) {
            const sf::FloatRect b(k ? plusX : minusX, cy - bs / 2, bs, bs);
            const bool hov = hover_ == HitStep * 100 + row * 2 + k;
            symbolButton(p, b, k ? Symbol::Plus : Symbol::Minus, ButtonKind::Secondary,
                         ControlState{hov, false, true, false});
            hits_.add(b, HitStep, row * 2 + k);
        }
        drawLine(t, valueSt, utf8(play::EstimatePrompt::valueText(rows[i])),
                 minusX + bs + valueW / 2, cy, Align::Centre);
        if (row == prompt_.focused()) focusRing(t, th, rr, th.px(6));
        y += rowH;
    }
    // The buttons: order with the estimates (primary), or without.
    y += th.px(16);
    const std::string yes = prompt_.any() ? "Order with my estimates" : "Order";
    const std::string no = "Order without";
    const float bh = th.px(40);
    const float yesW = std::min(buttonWidth(p, yes) + th.px(24), in.width * 0.55f);
    const float noW = std::min(buttonWidth(p, no) + th.px(24), in.width - yesW - th.px(12));
    const sf::FloatRect yesR(in.left + in.width - yesW, y, yesW, bh);
    const sf::FloatRect noR(yesR.left - th.px(12) - noW, y, noW, bh);
    button(p, yesR, yes, ButtonKind::Primary,
           ControlState{hover_ == HitOrder * 100, false, true, false});
    button(p, noR, no, ButtonKind::Secondary,
           ControlState{hover_ == HitSkip * 100, false, true, false});
    hits_.add(yesR, HitOrder);
    hits_.add(noR, HitSkip);
}

} // namespace

std::unique_ptr<Scene> makeEstimateScene(Context& ctx, SceneStack& stack,
                                         play::EstimatePrompt prompt,
                                         std::function<void(const rc::Action&)> send,
                                         std::optional<rc::Action> logged) {
    return std::make_unique<EstimateScene>(ctx, stack, std::move(prompt), std::move(send),
                                           std::move(logged));
}

} // namespace rc::ui
