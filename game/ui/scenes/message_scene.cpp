#include "game/ui/scenes/message_scene.hpp"

#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>

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
        // A body longer than the dialog is paged: nothing is cut off without a way to read it.
        if (in == Input::Down || in == Input::Right || in == Input::Next) turn(1);
        if (in == Input::Up || in == Input::Left || in == Input::Prev) turn(-1);
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseWheelScrolled) turn(e.mouseWheelScroll.delta < 0 ? 1 : -1);
        if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::PageDown) turn(1);
        if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::PageUp) turn(-1);
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
        const bool longBody = body_.size() > 600;
        const float w = std::min(size_.x - th.px(48), th.px(longBody ? 1000 : 640));
        const auto body =
            p.text(longBody ? TextSize::Caption : TextSize::Body, Weight::Regular, th.c.text);
        const float maxBodyH = size_.y * 0.6f;
        const Paragraph para = rc::ui::layout(body, utf8(body_), w - 3 * th.padding());
        const int perPage =
            std::max(1, static_cast<int>(maxBodyH / std::max(1.0f, para.lineHeight)));
        const int lines = static_cast<int>(para.lines.size());
        pages_ = std::max(1, (lines + perPage - 1) / perPage);
        page_ = std::min(page_, pages_ - 1);
        const float bodyH =
            pages_ > 1 ? para.lineHeight * static_cast<float>(perPage) : para.height();
        const float h = th.px(56) + bodyH + th.px(80);
        const sf::FloatRect r((size_.x - w) / 2, (size_.y - h) / 2, w, h);
        panel(t, th, r);
        const sf::FloatRect in = inset(r, th.padding() * 1.5f);
        drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8(title_), in.left,
                 in.top + th.px(12), Align::Left, in.width);
        float ly = in.top + th.px(36) + para.lineHeight / 2;
        for (int i = page_ * perPage; i < std::min(lines, (page_ + 1) * perPage); ++i) {
            drawLine(t, body, para.lines[static_cast<std::size_t>(i)], in.left, ly);
            ly += para.lineHeight;
        }
        if (pages_ > 1)
            drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
                     utf8("Page " + std::to_string(page_ + 1) + " of " + std::to_string(pages_) +
                          " · ↑↓, Page Up/Down or the wheel to turn"),
                     in.left, in.top + in.height - th.px(20), Align::Left, in.width * 0.7f);
        const float bw = buttonWidth(p, "OK") + th.px(24);
        button_ = {in.left + in.width - bw, in.top + in.height - th.px(40), bw, th.px(40)};
        ControlState cs;
        cs.hovered = hover_;
        cs.focused = true;
        button(p, button_, "OK", ButtonKind::Primary, cs);
    }

  private:
    void turn(int d) {
        const int to = std::clamp(page_ + d, 0, std::max(0, pages_ - 1));
        if (to != page_) page_ = to, invalidate();
    }
    void close() {
        stack_.pop();
        if (onClose_) onClose_();
    }
    std::string title_, body_;
    std::function<void()> onClose_;
    sf::FloatRect button_;
    bool hover_ = false;
    int page_ = 0, pages_ = 1;
};
} // namespace

std::unique_ptr<Scene> makeMessageScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::function<void()> onClose) {
    return std::make_unique<MessageScene>(ctx, stack, std::move(title), std::move(body),
                                          std::move(onClose));
}

} // namespace rc::ui
