#include "game/ui/scenes/briefing_scene.hpp"

#include "game/engine/case.hpp"
#include "game/play/briefing.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"
#include "game/ui/scenes/flow.hpp"

#include <algorithm>
#include <utility>

namespace rc::ui {

namespace {

enum Button { NoButton = -1, Back, Start };

class BriefingScene : public Scene {
  public:
    BriefingScene(Context& ctx, SceneStack& stack, const rc::Case& c, std::string caseFile,
                  bool welcome)
        : Scene(ctx, stack), case_(c), caseFile_(std::move(caseFile)),
          brief_(welcome ? play::welcomeBriefing(c)
                         : play::makeBriefing(c, c.tutorial() ? "practice" : ctx.settings.mode, 0,
                                              c.tutorial())) {}
    std::string name() const override { return "briefing"; }
    SceneKind kind() const override { return SceneKind::Briefing; }
    bool input(Input in) override {
        switch (in) {
        case Input::Activate:
            press(focus_);
            return true;
        case Input::Back:
            press(Back);
            return true;
        case Input::Up:
        case Input::Down: // a briefing taller than the window scrolls
            scrollBy(in == Input::Down ? ctx_.theme.px(40) : -ctx_.theme.px(40));
            return true;
        case Input::Left:
        case Input::Right:
        case Input::Next:
        case Input::Prev:
            focus_ = focus_ == Start ? Back : Start;
            invalidate();
            return true;
        default:
            return false;
        }
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            const int h =
                at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            if (h != hover_) hover_ = h, invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseWheelScrolled) {
            scrollBy(-e.mouseWheelScroll.delta * ctx_.theme.px(40));
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const int h =
            at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (h == NoButton) return false;
        press(h);
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void scrollBy(float d) {
        const float next = std::clamp(scroll_ + d, 0.0f, maxScroll_);
        if (next != scroll_) scroll_ = next, invalidate();
    }
    int at(sf::Vector2f p) const {
        if (start_.contains(p)) return Start;
        if (back_.contains(p)) return Back;
        return NoButton;
    }
    void press(int b) {
        if (done_ || b == NoButton) return;
        done_ = true;
        if (b == Start) {
            beginCase(ctx_, stack_, case_, caseFile_);
            return;
        }
        // A new player's first launch: skipping is a choice the profile keeps (the title still
        // offers the tutorial), so it does not open by itself again.
        if (!brief_.welcome.empty() && ctx_.game) ctx_.game->skipTutorial();
        stack_.pop();
    }
    /// One section: a caption heading and a wrapped paragraph; returns its height (drawn only
    /// with `draw`).
    float section(const Painter& p, float x, float y, float w, const std::string& heading,
                  const std::string& text, TextSize size, bool draw) const;
    /// Everything above the buttons inside `in`; returns its height (drawn only with `draw`).
    float body(const Painter& p, const sf::FloatRect& in, bool draw) const;

    const rc::Case& case_;
    std::string caseFile_;
    play::Briefing brief_;
    sf::FloatRect start_, back_;
    int focus_ = Start, hover_ = NoButton;
    float scroll_ = 0, maxScroll_ = 0; ///< px the text is scrolled up (a small window)
    bool done_ = false;
};

float BriefingScene::section(const Painter& p, float x, float y, float w,
                             const std::string& heading, const std::string& text, TextSize size,
                             bool draw) const {
    const Theme& th = p.theme;
    const auto st = p.text(size, Weight::Regular, th.c.text);
    const float h = rc::ui::layout(st, utf8(text), w).height();
    if (draw) {
        sectionHeading(p, {x, y, w, th.px(18)}, heading);
        drawParagraph(p.target, st, utf8(text), {x, y + th.px(26), w, h + th.px(2)});
    }
    return th.px(26) + h;
}

float BriefingScene::body(const Painter& p, const sf::FloatRect& in, bool draw) const {
    const Theme& th = p.theme;
    // Two columns when there is room (the patient on the left, how the case is played on the
    // right); one below the other in a narrow window.
    const bool twoCols = in.width >= th.px(700);
    const float colGap = th.px(32);
    const float lw = twoCols ? (in.width - colGap) * 0.55f : in.width;
    const float rw = twoCols ? in.width - colGap - lw : in.width;
    float y = in.top;
    if (draw) {
        drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
                 utf8((brief_.tutorial ? "TUTORIAL  ·  " : "CASE BRIEFING  ·  ") + brief_.title),
                 in.left, y + th.px(8), Align::Left, in.width);
        // The patient: avatar, name, age · sex · job.
        const float av = th.px(44), ay = y + th.px(24);
        disc(p.target, {in.left + av / 2, ay + av / 2}, av / 2, th.c.accentSoft);
        icon::person(p.target, {in.left + av / 2, ay + av / 2}, av * 0.6f, th.c.accent);
        const float tx = in.left + av + th.px(14), tw = in.width - av - th.px(14);
        drawLine(p.target, p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8(brief_.name),
                 tx, ay + th.px(14), Align::Left, tw);
        drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                 utf8(brief_.who), tx, ay + th.px(38), Align::Left, tw);
    }
    y += th.px(24 + 44 + 20);
    const float bodyTop = y;
    if (!brief_.welcome.empty()) // a first launch: why this opened by itself, read first
        y +=
            section(p, in.left, y, lw, "WELCOME", brief_.welcome, TextSize::Body, draw) + th.px(20);
    y += section(p, in.left, y, lw, "WHY THEY CAME", brief_.complaint, TextSize::Heading, draw);
    float ry = twoCols ? bodyTop : y + th.px(20);
    const float rx = twoCols ? in.left + lw + colGap : in.left;
    ry += section(p, rx, ry, rw, "MODE  ·  " + brief_.modeTitle, brief_.modeText, TextSize::Body,
                  draw) +
          th.px(20);
    ry += section(p, rx, ry, rw, "TIME", brief_.time, TextSize::Body, draw) + th.px(20);
    if (draw) {
        sectionHeading(p, {rx, ry, rw, th.px(18)}, "THE LEDGER IN THE TOP BAR");
        float mx = rx;
        const float my = ry + th.px(26 + 12);
        const auto mc = th.c.textSecondary;
        mx += metric(p, {mx, my}, Metric::Clock, "min", mc) + th.px(18);
        mx += metric(p, {mx, my}, Metric::Money, "£", mc) + th.px(18);
        metric(p, {mx, my}, Metric::Radiation, "mSv", mc);
    }
    ry += th.px(26 + 30);
    const auto small = p.text(TextSize::Caption, Weight::Regular, th.c.text);
    const float lh = rc::ui::layout(small, utf8(brief_.ledger), rw).height();
    if (draw) drawParagraph(p.target, small, utf8(brief_.ledger), {rx, ry, rw, lh + th.px(2)});
    ry += lh;
    return std::max(y, ry) - in.top;
}

void BriefingScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p, size_.x, brief_.tutorial ? "Tutorial" : "Case briefing", nullptr);
    const float w = std::min(size_.x - 2 * th.gap(), th.px(980));
    const float pad = th.padding() * (size_.x >= th.px(900) ? 2 : 1);
    const float avail = size_.y - th.topBar() - 2 * th.gap();
    // The panel holds its text and the buttons, centred; the whole window when that is more.
    const float bh = th.px(40);
    const float need = body(p, {0, 0, w - 2 * pad, avail}, false) + th.px(32) + bh + 2 * pad;
    const float h = std::min(avail, need);
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + th.gap() + (avail - h) / 2, w, h);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, pad);
    // The text above the buttons; when the window is too short for it, it scrolls (arrows, wheel)
    // with a bar and a "more" hint, so nothing is cut for good.
    const sf::FloatRect area(in.left, in.top, in.width, in.height - bh - th.px(12));
    const float content = body(p, {in.left, 0, in.width, avail}, false);
    maxScroll_ = std::max(0.0f, content - area.height);
    scroll_ = std::min(scroll_, maxScroll_);
    {
        ClipScope clip(t, area);
        body(p, {in.left, in.top - scroll_, in.width, in.height}, true);
    }
    if (maxScroll_ > 0) {
        const float barH = area.height * area.height / content;
        const float barY = area.top + (area.height - barH) * (scroll_ / maxScroll_);
        roundedRect(t, {area.left + area.width + pad / 2 - th.px(2), barY, th.px(4), barH},
                    th.px(2), th.c.border);
    }
    // The way in: Back to the library, Start.
    const float by = in.top + in.height - bh;
    const std::string startLabel = brief_.tutorial ? "Start the tutorial" : "Start the case";
    const float sw = buttonWidth(p, startLabel, true);
    start_ = {in.left + in.width - sw, by, sw, bh};
    const bool welcome = !brief_.welcome.empty();
    const std::string backLabel = welcome           ? "Skip the tutorial"
                                  : brief_.tutorial ? "Back"
                                                    : "Back to the library";
    const float bw = buttonWidth(p, backLabel);
    back_ = {start_.left - th.px(12) - bw, by, bw, bh};
    button(p, back_, backLabel, ButtonKind::Secondary,
           ControlState{hover_ == Back, focus_ == Back, true, false});
    button(p, start_, startLabel, ButtonKind::Primary,
           ControlState{hover_ == Start, focus_ == Start, true, false}, true);
    // The keys, shortened to what fits beside the buttons.
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float room = back_.left - in.left - th.px(12);
    const std::string esc = welcome ? "Esc skip" : "Esc back";
    std::string keys = (maxScroll_ > 0 ? "↑↓ more  ·  Enter start  ·  " : "Enter start  ·  ") + esc;
    if (measure(cap, utf8(keys)) > room) keys = maxScroll_ > 0 ? "↑↓ more" : "";
    if (!keys.empty() && measure(cap, utf8(keys)) <= room)
        drawLine(t, cap, utf8(keys), in.left, by + bh / 2, Align::Left);
}

} // namespace

std::unique_ptr<Scene> makeBriefingScene(Context& ctx, SceneStack& stack, const rc::Case& c,
                                         const std::string& caseFile) {
    return std::make_unique<BriefingScene>(ctx, stack, c, caseFile, false);
}

std::unique_ptr<Scene> makeWelcomeScene(Context& ctx, SceneStack& stack, const rc::Case& tutorial) {
    return std::make_unique<BriefingScene>(ctx, stack, tutorial, "", true);
}

} // namespace rc::ui
