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
    /// A question: `yes` runs `onYes`; `no` (and Esc) only closes.
    MessageScene(Context& ctx, SceneStack& stack, std::string title, std::string body,
                 std::string yes, std::string no, std::function<void()> onYes)
        : Scene(ctx, stack), title_(std::move(title)), body_(std::move(body)), ok_(std::move(yes)),
          no_(std::move(no)), onClose_(std::move(onYes)) {}
    std::string name() const override { return no_.empty() ? "message" : "confirm"; }
    SceneKind kind() const override { return SceneKind::Message; }
    bool overlay() const override { return true; }
    bool input(Input in) override {
        if (!no_.empty()) { // a question: two buttons, no pages
            if (in == Input::Back) stack_.pop();
            if (in == Input::Activate) focusNo_ ? stack_.pop() : close();
            if (in == Input::Left || in == Input::Right || in == Input::Next || in == Input::Prev)
                focusNo_ = !focusNo_, invalidate();
            return true;
        }
        if (in == Input::Activate || in == Input::Back) close();
        // A body longer than the dialog is paged: nothing is cut off without a way to read it.
        if (in == Input::Down || in == Input::Right || in == Input::Next || in == Input::PageDown)
            turn(1);
        if (in == Input::Up || in == Input::Left || in == Input::Prev || in == Input::PageUp)
            turn(-1);
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseWheelScrolled) turn(e.mouseWheelScroll.delta < 0 ? 1 : -1);
        if (e.type == sf::Event::MouseButtonPressed) {
            const sf::Vector2f m(static_cast<float>(e.mouseButton.x),
                                 static_cast<float>(e.mouseButton.y));
            if (button_.contains(m))
                close();
            else if (!no_.empty() && noButton_.contains(m))
                stack_.pop();
        }
        if (e.type == sf::Event::MouseMoved) {
            const sf::Vector2f m(static_cast<float>(e.mouseMove.x),
                                 static_cast<float>(e.mouseMove.y));
            const int h = button_.contains(m) ? 1 : !no_.empty() && noButton_.contains(m) ? 2 : 0;
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
        const float bw = buttonWidth(p, ok_) + th.px(24);
        button_ = {in.left + in.width - bw, in.top + in.height - th.px(40), bw, th.px(40)};
        ControlState cs;
        cs.hovered = hover_ == 1;
        cs.focused = !focusNo_;
        button(p, button_, ok_, ButtonKind::Primary, cs);
        if (!no_.empty()) {
            const float nw = buttonWidth(p, no_) + th.px(24);
            noButton_ = {button_.left - th.px(12) - nw, button_.top, nw, th.px(40)};
            ControlState ns;
            ns.hovered = hover_ == 2;
            ns.focused = focusNo_;
            button(p, noButton_, no_, ButtonKind::Secondary, ns);
        }
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
    std::string ok_ = "OK", no_; ///< the buttons' labels (no second button when `no_` is empty)
    std::function<void()> onClose_;
    sf::FloatRect button_, noButton_;
    int hover_ = 0;        ///< 0 none, 1 the first button, 2 the second
    bool focusNo_ = false; ///< the keyboard is on the second button
    int page_ = 0, pages_ = 1;
};
} // namespace

std::unique_ptr<Scene> makeMessageScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::function<void()> onClose) {
    return std::make_unique<MessageScene>(ctx, stack, std::move(title), std::move(body),
                                          std::move(onClose));
}

std::unique_ptr<Scene> makeConfirmScene(Context& ctx, SceneStack& stack, std::string title,
                                        std::string body, std::string yes, std::string no,
                                        std::function<void()> onYes) {
    return std::make_unique<MessageScene>(ctx, stack, std::move(title), std::move(body),
                                          std::move(yes), std::move(no), std::move(onYes));
}

} // namespace rc::ui
