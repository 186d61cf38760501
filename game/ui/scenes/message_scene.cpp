#include "game/ui/scenes/message_scene.hpp"

#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/shapes.hpp"

namespace rc::ui {

namespace {
class MessageScene : public Scene {
  public:
    MessageScene(Context& ctx, SceneStack& stack, std::string title, std::string body,
                 std::function<void()> onClose)
        : Scene(ctx, stack), title_(std::move(title)), body_(std::move(body)),
          onClose_(std::move(onClose)) {}
    std::string name() const override { return "message"; }
    SceneKind kind() const override { return SceneKind::Message; }
    bool overlay() const override { return true; }
    bool input(Input in) override {
        if (in == Input::Activate || in == Input::Back) close();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseButtonPressed &&
            button_.contains(static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)))
            close();
        if (e.type == sf::Event::MouseMoved) {
            const bool h = button_.contains(static_cast<float>(e.mouseMove.x),
                                            static_cast<float>(e.mouseMove.y));
            if (h != hover_) hover_ = h, invalidate();
        }
        return true;
    }
    void draw(sf::RenderTarget& t) override {
        const Painter p = painter(t);
        const Theme& th = p.theme;
        roundedRect(t, {0, 0, size_.x, size_.y}, 0, withAlpha(th.c.text, 90));
        const float w = std::min(size_.x - th.px(48), th.px(640));
        const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
        const float maxBodyH = size_.y * 0.6f;
        const Paragraph para = rc::ui::layout(body, utf8(body_), w - 2 * th.padding());
        const float bodyH = std::min(maxBodyH, para.height());
        const float h = th.px(56) + bodyH + th.px(80);
        const sf::FloatRect r((size_.x - w) / 2, (size_.y - h) / 2, w, h);
        panel(t, th, r);
        const sf::FloatRect in = inset(r, th.padding() * 1.5f);
        drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8(title_), in.left,
                 in.top + th.px(12), Align::Left, in.width);
        drawParagraph(t, body, utf8(body_), {in.left, in.top + th.px(36), in.width, bodyH});
        const float bw = buttonWidth(p, "OK") + th.px(24);
        button_ = {in.left + in.width - bw, in.top + in.height - th.px(40), bw, th.px(40)};
        ControlState cs;
        cs.hovered = hover_;
        cs.focused = true;
        button(p, button_, "OK", ButtonKind::Primary, cs);
    }

  private:
    void close() {
        stack_.pop();
        if (onClose_) onClose_();
    }
    std::string title_, body_;
    std::function<void()> onClose_;
    sf::FloatRect button_;
    bool hover_ = false;
};
} // namespace

std::unique_ptr<Scene> makeMessageScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::function<void()> onClose) {
    return std::make_unique<MessageScene>(ctx, stack, std::move(title), std::move(body),
                                          std::move(onClose));
}

} // namespace rc::ui
