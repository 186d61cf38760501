#include "game/ui/scenes/image_viewer_scene.hpp"

#include "game/engine/catalog.hpp"
#include "game/engine/session.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/shapes.hpp"

#include <algorithm>

namespace rc::ui {

std::optional<ImageView> reportImage(const rc::Investigation& inv, const rc::OrderedTest& o) {
    if (!o.arrived || inv.image.empty() || inv.image == "chart") return std::nullopt;
    ImageView v;
    v.kind = inv.image;
    if (o.result.image) {
        v.level = o.result.image->level;
        v.finding = o.result.image->finding;
        v.side = rc::sideName(o.result.image->side);
        v.grade = o.result.image->grade;
    } else {
        v.level = inv.image.rfind("knee", 0) == 0  ? "knee"
                  : inv.image.rfind("hip", 0) == 0 ? "hip"
                                                   : "L4-L5";
    }
    return v;
}

std::string reportText(const rc::OrderedTest& o) {
    std::string report = o.result.report;
    for (const auto& inc : o.result.incidental)
        report += "\n\nIncidental: " + inc;
    return report;
}

namespace {

class ImageViewerScene : public Scene {
  public:
    ImageViewerScene(Context& ctx, SceneStack& stack, ImageView v, std::string title,
                     std::string report)
        : Scene(ctx, stack), view_(std::move(v)), title_(std::move(title)),
          report_(std::move(report)) {}
    std::string name() const override { return "image-viewer"; }
    SceneKind kind() const override { return SceneKind::ImageViewer; }
    bool overlay() const override { return true; }
    bool input(Input in) override {
        if (in == Input::Activate || in == Input::Back) stack_.pop();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
            stack_.pop(); // anywhere: the close button, the image or around it
            return true;
        }
        if (e.type == sf::Event::MouseMoved) {
            const bool h = close_.contains(
                {static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            if (h != hover_) hover_ = h, invalidate(close_);
        }
        return true;
    }
    void draw(sf::RenderTarget& t) override {
        const Painter p = painter(t);
        const Theme& th = p.theme;
        roundedRect(t, {0, 0, size_.x, size_.y}, 0, withAlpha(th.c.text, 140));
        const float m = th.px(24);
        const sf::FloatRect r(m, m, size_.x - 2 * m, size_.y - 2 * m);
        panel(t, th, r);
        const sf::FloatRect in = inset(r, th.padding());
        const auto head = p.text(TextSize::Heading, Weight::SemiBold, th.c.text);
        drawLine(t, head, utf8(title_), in.left, in.top + th.px(12), Align::Left,
                 in.width - th.px(140));
        const std::string label = "Close";
        const float bw = buttonWidth(p, label) + th.px(16);
        close_ = {in.left + in.width - bw, in.top, bw, th.px(34)};
        ControlState cs;
        cs.hovered = hover_;
        cs.focused = true;
        button(p, close_, label, ButtonKind::Secondary, cs);
        // The image large; the report beside it when the window is wide, else under it.
        const float top = in.top + th.px(44);
        const sf::FloatRect body(in.left, top, in.width, in.top + in.height - top);
        const bool wide = body.width > body.height * 1.6f;
        const auto text = p.text(TextSize::Body, Weight::Regular, th.c.text);
        if (wide) {
            const float iw = std::min(body.height * 1.3f, body.width * 0.62f);
            Imaging::draw(p, {body.left, body.top, iw, body.height}, view_);
            drawParagraph(
                t, text, utf8(report_),
                {body.left + iw + th.gap(), body.top, body.width - iw - th.gap(), body.height});
        } else {
            const Paragraph para = rc::ui::layout(text, utf8(report_), body.width);
            const float textH = std::min(para.height(), body.height * 0.35f);
            const float ih = body.height - textH - th.px(12);
            const float iw = std::min(body.width, ih * 1.5f);
            Imaging::draw(p, {body.left + (body.width - iw) / 2, body.top, iw, ih}, view_);
            drawParagraph(t, text, utf8(report_),
                          {body.left, body.top + ih + th.px(12), body.width, textH});
        }
    }

  private:
    ImageView view_;
    std::string title_, report_;
    sf::FloatRect close_;
    bool hover_ = false;
};

} // namespace

std::unique_ptr<Scene> makeImageViewerScene(Context& ctx, SceneStack& stack, ImageView v,
                                            std::string title, std::string report) {
    return std::make_unique<ImageViewerScene>(ctx, stack, std::move(v), std::move(title),
                                              std::move(report));
}

} // namespace rc::ui
