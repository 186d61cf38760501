#include "game/ui/scenes/host_setup_scene.hpp"

#include "game/play/challenge_play.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/scenes/host_board_scene.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

class HostSetupScene : public Scene {
  public:
    using Scene::Scene;
    std::string name() const override { return "host-setup"; }
    SceneKind kind() const override { return SceneKind::HostSetup; }
    bool input(Input in) override {
        const int n = static_cast<int>(ctx_.content->challenges.size());
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Up:
        case Input::Prev:
            selected_ = std::max(0, selected_ - 1);
            break;
        case Input::Down:
        case Input::Next:
            selected_ = std::min(std::max(0, n - 1), selected_ + 1);
            break;
        case Input::Activate:
            go();
            return true;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            const Hit* h =
                hits_.at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            const int key = h ? h->id * 100 + h->sub : -1;
            if (key != hover_) hover_ = key, invalidate();
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        if (h->id == 1)
            selected_ = h->sub;
        else
            go();
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void go() {
        const auto& list = ctx_.content->challenges;
        if (list.empty()) {
            message_ = "There are no challenges in the content folder.";
            invalidate();
            return;
        }
        const rc::Challenge& ch = list[static_cast<std::size_t>(selected_)];
        HostClassOptions o;
        if (ctx_.settings.loopbackOnly) o.listen = "127.0.0.1:0"; // and so no announcing
        message_ = startHosting(ctx_, stack_, ch, ch.file, o);
        invalidate();
    }
    int selected_ = 0, hover_ = -1;
    std::string message_;
    HitMap hits_;
};

void HostSetupScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Host a class", nullptr);
    const float g = th.gap();
    const float w = std::min(size_.x - 2 * g, th.px(760));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + g, w, size_.y - th.topBar() - 2 * g);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Choose the challenge to host"), in.left, in.top + th.px(12));
    float y = in.top + th.px(30);
    y += drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
        utf8(
            "This machine plays every student's case against the full answer key and records every "
            "action. Students join from their own game with the code shown next."),
        {in.left, y, in.width, th.px(66)});
    y += th.px(10);
    const auto& list = ctx_.content->challenges;
    const float rowH = th.px(58);
    const float listBottom = in.top + in.height - th.px(96);
    for (std::size_t i = 0; i < list.size() && y + rowH <= listBottom; ++i) {
        const rc::Challenge& ch = list[i];
        const sf::FloatRect rr(in.left, y, in.width, rowH - th.px(6));
        const bool sel = static_cast<int>(i) == selected_;
        if (sel)
            roundedRect(t, rr, th.px(6), th.c.accentSoft);
        else if (hover_ == 100 + static_cast<int>(i))
            roundedRect(t, rr, th.px(6), th.c.panelMuted);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8(ch.title),
                 rr.left + th.px(14), rr.top + th.px(17), Align::Left, rr.width - th.px(28));
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8(play::casesWord(ch.cases.size()) + "  ·  " +
                      (ch.mode == "exam" ? "exam" : "practice") + "  ·  time limit " +
                      play::timeLimitsText(ch)),
                 rr.left + th.px(14), rr.top + th.px(38), Align::Left, rr.width - th.px(28));
        if (sel) focusRing(t, th, rr, th.px(6));
        hits_.add(rr, 1, static_cast<int>(i));
        y += rowH;
    }
    const std::string note = !message_.empty() ? message_
                                               : "Results go to " + rc::userDataDir() +
                                                     "/classes/<challenge>/results; hosting again "
                                                     "resumes a class you have not ended.";
    drawParagraph(t,
                  p.text(TextSize::Caption, Weight::Regular,
                         message_.empty() ? th.c.textSecondary : th.c.bad),
                  utf8(note), {in.left, in.top + in.height - th.px(90), in.width, th.px(40)});
    const std::string label = "Start hosting";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == 200, false, !list.empty(), false}, true);
    hits_.add(br, 2);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("↑↓ choose · Enter host · Esc back"), in.left, br.top + br.height / 2,
             Align::Left, in.width - bw - th.px(16));
}

} // namespace

std::unique_ptr<Scene> makeHostSetupScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<HostSetupScene>(ctx, stack);
}

} // namespace rc::ui
