#include "game/ui/scenes/help_scene.hpp"

#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::ui {

std::string helpKeys(const play::HelpKey& k, const Bindings& b) {
    std::string s;
    for (const Input in : k.inputs) {
        const std::string keys = b.keysFor(in);
        if (!keys.empty()) s += (s.empty() ? "" : ", ") + keys;
    }
    return s;
}

std::string withHelpKey(std::string text, const Bindings& b) {
    const std::string mark = play::kHelpKeyMark;
    const auto chords = b.chordsFor(Input::Help);
    const std::string key = chords.empty() ? "the help key" : chordName(chords.front());
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + key.size()))
        text.replace(at, mark.size(), key);
    return text;
}

std::vector<HelpRow> helpRows(const play::HelpPage& page, const Bindings& b) {
    using K = HelpRow::Kind;
    std::vector<HelpRow> rows;
    if (!page.intro.empty()) rows.push_back({K::Intro, "", withHelpKey(page.intro, b)});
    auto keys = [&](const std::string& heading, const std::vector<play::HelpKey>& list) {
        rows.push_back({K::Heading, heading, ""});
        for (const play::HelpKey& k : list) {
            const std::string names = helpKeys(k, b);
            if (!names.empty()) rows.push_back({K::Key, names, withHelpKey(k.does, b)});
        }
    };
    keys("KEYS ON THIS SCREEN", page.keys);
    keys("ANYWHERE", play::globalHelpKeys());
    rows.push_back({K::Heading, "WHAT YOU SEE", ""});
    for (const play::HelpPart& part : page.parts)
        rows.push_back({K::Part, part.name, withHelpKey(part.meaning, b)});
    // How to leave and scroll this overlay, from the bindings too.
    const play::HelpKey scrollKeys{{Input::Up, Input::Down, Input::PageUp, Input::PageDown}, ""};
    const play::HelpKey closeKeys{{Input::Help, Input::Back}, ""};
    rows.push_back({K::Note, "",
                    "Longer than the window, this help scrolls: the mouse wheel or " +
                        helpKeys(scrollKeys, b) + ". " + helpKeys(closeKeys, b) +
                        ", ? or a click outside closes it."});
    return rows;
}

namespace {

class HelpScene : public Scene {
  public:
    HelpScene(Context& ctx, SceneStack& stack, SceneKind under)
        : Scene(ctx, stack), screen_(under), page_(play::helpPage(screen_)),
          rows_(helpRows(page_, ctx.bindings)) {
        std::printf("help: %s\n", play::screenName(screen_));
        std::fflush(stdout);
    }
    std::string name() const override { return std::string("help-") + play::screenName(screen_); }
    SceneKind kind() const override { return SceneKind::Help; }
    bool overlay() const override { return true; }
    void layout(sf::Vector2f size) override;
    bool input(Input in) override {
        switch (in) {
        case Input::Back:
        case Input::Help:
        case Input::Activate:
            close();
            return true;
        case Input::Up:
        case Input::Down:
            scroll(in == Input::Up ? 1 : -1);
            return true;
        case Input::PageUp:
        case Input::PageDown: {
            const float page = std::max(1.0f, list_.rect().height / (48 * ctx_.theme.scale) - 1);
            scroll(in == Input::PageUp ? page : -page);
            return true;
        }
        default:
            return true; // the screen under the help waits
        }
    }
    bool event(const sf::Event& e) override;
    /// Nothing in the static layer: the overlay is drawn with the live layers, after the live
    /// layer of the scene under it (a moving leg would otherwise be painted over the help).
    void draw(sf::RenderTarget&) override {}
    void drawLive(sf::RenderTarget& t) override;

  private:
    void close() {
        if (closed_) return;
        closed_ = true;
        std::printf("help: closed\n");
        std::fflush(stdout);
        stack_.pop();
    }
    void scroll(float notches) {
        if (list_.wheel(notches)) invalidate(panel_);
    }
    /// Height of row i at the content width, in px.
    float measureRow(const HelpRow& r) const;
    void drawRow(const Painter& p, const HelpRow& r, const sf::FloatRect& box) const;
    TextStyle st(TextSize s, Weight w, sf::Color c) const {
        return style(ctx_.fonts, ctx_.theme, s, w, c);
    }

    play::Screen screen_;
    play::HelpPage page_;
    std::vector<HelpRow> rows_;
    ListView list_;
    sf::FloatRect panel_, close_, titleBox_;
    float keyW_ = 0;       ///< the keys column
    bool stacked_ = false; ///< narrow: each key's line above what it does, not beside it
    bool closed_ = false, hoverClose_ = false;
};

float HelpScene::measureRow(const HelpRow& r) const {
    const Theme& th = ctx_.theme;
    const float w = list_.rect().width - th.px(14); // the scroll bar's room
    const auto body = st(TextSize::Body, Weight::Regular, th.c.text);
    const auto bold = st(TextSize::Body, Weight::SemiBold, th.c.text);
    const auto cap = st(TextSize::Caption, Weight::Regular, th.c.text);
    switch (r.kind) {
    case HelpRow::Kind::Intro:
        return rc::ui::layout(body, utf8(r.right), w).height() + th.px(6);
    case HelpRow::Kind::Heading:
        return th.px(34);
    case HelpRow::Kind::Key:
        if (stacked_) // the keys on their line, what they do under them
            return rc::ui::layout(bold, utf8(r.left), w).height() +
                   rc::ui::layout(body, utf8(r.right), w - th.px(16)).height() + th.px(8);
        return std::max(rc::ui::layout(bold, utf8(r.left), keyW_ - th.px(12)).height(),
                        rc::ui::layout(body, utf8(r.right), w - keyW_).height()) +
               th.px(6);
    case HelpRow::Kind::Part:
        return rc::ui::layout(bold, utf8(r.left), w).height() +
               rc::ui::layout(body, utf8(r.right), w).height() + th.px(10);
    case HelpRow::Kind::Note:
        return rc::ui::layout(cap, utf8(r.right), w).height() + th.px(16);
    }
    return 0;
}

void HelpScene::layout(sf::Vector2f size) {
    Scene::layout(size);
    const Theme& th = ctx_.theme;
    const float margin = std::min(th.gap(), size.x * 0.04f);
    const float pw = std::min(size.x - 2 * margin, th.px(760));
    const float pad = th.padding();
    const float inner = pw - 2 * pad;
    // The header: the title (wrapped, up to two lines) and Close.
    const auto heading = st(TextSize::Heading, Weight::SemiBold, th.c.text);
    const auto btn = st(TextSize::Body, Weight::SemiBold, th.c.text);
    const float cw = std::round(measure(btn, utf8("Close")) + th.px(40)), ch = th.px(34);
    const float tw = inner - cw - th.px(12);
    const Paragraph title = rc::ui::layout(heading, utf8("Help \u00B7 " + page_.title), tw, 2);
    const float headH = std::max(title.height(), ch) + th.px(12);
    // The keys column: as wide as the widest keys, within a third of the panel (longer ones wrap).
    const auto bold = st(TextSize::Body, Weight::SemiBold, th.c.text);
    keyW_ = th.px(80);
    for (const HelpRow& r : rows_)
        if (r.kind == HelpRow::Kind::Key)
            keyW_ = std::max(keyW_, measure(bold, utf8(r.left)) + th.px(16));
    keyW_ = std::min(keyW_, std::round(std::min(inner * 0.34f, th.px(200))));
    stacked_ = inner < 2.4f * th.px(200); // a column of keys would leave too little beside it
    // The rows, measured at the content width; the panel as tall as they need, within the window.
    list_.setRect({0, 0, inner, 100}, th.scale);
    float content = 0;
    std::vector<ListItem> items;
    for (const HelpRow& r : rows_) {
        const float h = measureRow(r);
        content += h;
        items.push_back(
            {r.kind != HelpRow::Kind::Key && r.kind != HelpRow::Kind::Part, h / th.scale});
    }
    const float maxH = size.y - 2 * margin;
    const float ph = std::min(maxH, pad + headH + th.px(8) + content + pad);
    panel_ = {std::round((size.x - pw) / 2), std::round((size.y - ph) / 2), pw, ph};
    titleBox_ = {panel_.left + pad, panel_.top + pad, tw, title.height()};
    close_ = {panel_.left + pw - pad - cw, panel_.top + pad, cw, ch};
    const float top = panel_.top + pad + headH + th.px(8);
    list_.setRect({panel_.left + pad, top, inner, std::max(th.px(40), panel_.top + ph - pad - top)},
                  th.scale);
    list_.setItems(std::move(items));
    list_.wheel(0); // keep the offset within the new content
    invalidate();
}

bool HelpScene::event(const sf::Event& e) {
    switch (e.type) {
    case sf::Event::TextEntered:
        if (e.text.unicode == '?') close();
        return true;
    case sf::Event::MouseWheelScrolled:
        scroll(e.mouseWheelScroll.delta);
        return true;
    case sf::Event::MouseMoved: {
        const bool h =
            close_.contains(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        if (h != hoverClose_) hoverClose_ = h, invalidate(close_);
        return true;
    }
    case sf::Event::MouseButtonPressed: {
        const sf::Vector2f at(static_cast<float>(e.mouseButton.x),
                              static_cast<float>(e.mouseButton.y));
        if (close_.contains(at) || !panel_.contains(at)) close();
        return true;
    }
    default:
        return true;
    }
}

void HelpScene::drawRow(const Painter& p, const HelpRow& r, const sf::FloatRect& box) const {
    const Theme& th = p.theme;
    const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto bold = p.text(TextSize::Body, Weight::SemiBold, th.c.text);
    const float w = box.width - th.px(4);
    switch (r.kind) {
    case HelpRow::Kind::Intro:
        drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                      utf8(r.right), {box.left, box.top, w, box.height});
        return;
    case HelpRow::Kind::Heading:
        sectionHeading(p, {box.left, box.top + th.px(10), w, th.px(18)}, r.left);
        return;
    case HelpRow::Kind::Key: {
        if (stacked_) {
            const float kh =
                drawParagraph(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.accent),
                              utf8(r.left), {box.left, box.top, w, box.height});
            drawParagraph(p.target, body, utf8(r.right),
                          {box.left + th.px(16), box.top + kh, w - th.px(16), box.height - kh});
            return;
        }
        const sf::FloatRect keys(box.left, box.top, keyW_ - th.px(12), box.height);
        drawParagraph(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.accent), utf8(r.left),
                      keys);
        drawParagraph(p.target, body, utf8(r.right),
                      {box.left + keyW_, box.top, w - keyW_, box.height});
        return;
    }
    case HelpRow::Kind::Part: {
        const float nh =
            drawParagraph(p.target, bold, utf8(r.left), {box.left, box.top, w, box.height});
        drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                      utf8(r.right), {box.left, box.top + nh, w, box.height - nh});
        return;
    }
    case HelpRow::Kind::Note:
        drawParagraph(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                      utf8(r.right), {box.left, box.top + th.px(10), w, box.height});
        return;
    }
}

void HelpScene::drawLive(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    roundedRect(t, {0, 0, size_.x, size_.y}, 0, withAlpha(th.c.text, 90));
    panel(t, th, panel_);
    drawParagraph(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
                  utf8("Help \u00B7 " + page_.title), titleBox_);
    ControlState cs;
    cs.hovered = hoverClose_;
    button(p, close_, "Close", ButtonKind::Secondary, cs);
    hairline(t, panel_.left + th.padding(), panel_.left + panel_.width - th.padding(),
             list_.rect().top - th.px(4), th.c.divider);
    list_.draw(t, th, [&](int i, const sf::FloatRect& r) {
        drawRow(p, rows_[static_cast<std::size_t>(i)], r);
    });
}

} // namespace

std::unique_ptr<Scene> makeHelpScene(Context& ctx, SceneStack& stack, SceneKind under) {
    return std::make_unique<HelpScene>(ctx, stack, under);
}

} // namespace rc::ui
