#include "game/ui/scenes/library_scene.hpp"

#include "game/engine/content_text.hpp"
#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/widgets.hpp"
#include "game/ui/scenes/briefing_scene.hpp"

#include <cstdio>

namespace rc::ui {

namespace {

class LibraryScene : public Scene {
  public:
    LibraryScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
        // A case left mid-way is "In progress" on its card (the autosave names it).
        if (auto saved = play::peekSavedGame(ctx.game->play.autosavePath()))
            savedCaseId_ = saved->caseFile.empty() ? saved->caseId : std::string();
        // The card of the case left mid-way has the focus (and is scrolled to).
        for (std::size_t i = 0; i < cases_.size(); ++i)
            if (cases_[i]->id == savedCaseId_) focus_ = static_cast<int>(i);
    }
    std::string name() const override { return "library"; }
    SceneKind kind() const override { return SceneKind::Library; }
    void layout(sf::Vector2f size) override {
        Scene::layout(size);
        const Theme& th = ctx_.theme;
        cols_ = std::max(1, static_cast<int>((size.x - th.gap()) / (th.px(360) + th.gap())));
        const int n = static_cast<int>(cases().size());
        const int rowsN = (n + cols_ - 1) / cols_;
        rows_.setItems(
            std::vector<ListItem>(static_cast<std::size_t>(rowsN), ListItem{false, 176}));
        const float top = th.topBar() + th.px(64);
        rows_.setRect({th.gap(), top, size.x - 2 * th.gap(), size.y - top - th.px(40)}, th.scale);
        rows_.setFocused(focus_ / cols_);
        invalidate();
    }
    bool input(Input in) override {
        const int n = static_cast<int>(cases().size());
        switch (in) {
        case Input::Left:
        case Input::Prev:
            focus_ = std::max(0, focus_ - 1);
            break;
        case Input::Right:
        case Input::Next:
            focus_ = std::min(n - 1, focus_ + 1);
            break;
        case Input::Up:
            focus_ = std::max(0, focus_ - cols_);
            break;
        case Input::Down:
            focus_ = std::min(n - 1, focus_ + cols_);
            break;
        case Input::Mode: // M (Bindings): practice or exam for the next case
            setExam(!exam());
            break;
        case Input::Activate:
            start(focus_);
            return true;
        case Input::Back:
            stack_.pop();
            return true;
        default:
            return false;
        }
        rows_.setFocused(focus_ / cols_);
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            const Hit* h =
                hits_.at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            const int k = h ? h->id * 1000 + h->sub : -1;
            if (k != hover_) hover_ = k, invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseWheelScrolled) {
            if (rows_.wheel(e.mouseWheelScroll.delta)) invalidate();
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        if (h->id == 1)
            focus_ = h->sub, start(h->sub);
        else if (h->id == 2)
            stack_.pop();
        else if (h->id == 3)
            setExam(h->sub == 1);
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    /// The cases listed: all but the tutorial (the title's Tutorial button plays it).
    const std::vector<const rc::Case*>& cases() const { return cases_; }
    /// The case's briefing first; its Start begins the case in the chosen mode.
    void start(int i) {
        if (i < 0 || i >= static_cast<int>(cases().size())) return;
        stack_.push(makeBriefingScene(ctx_, stack_, *cases()[static_cast<std::size_t>(i)], ""));
    }
    bool exam() const { return ctx_.settings.mode == "exam"; }
    void setExam(bool on) {
        ctx_.settings.mode = on ? "exam" : "practice";
        invalidate();
    }
    void card(const Painter& p, const sf::FloatRect& r, int i);

    ListView rows_;
    HitMap hits_;
    std::string savedCaseId_; ///< the autosave's case (bundled), if any
    std::vector<const rc::Case*> cases_ = play::libraryCases(ctx_.game->content);
    int cols_ = 3, focus_ = 0, hover_ = -1;
};

void LibraryScene::card(const Painter& p, const sf::FloatRect& r, int i) {
    const Theme& th = p.theme;
    const rc::Case& c = *cases()[static_cast<std::size_t>(i)];
    const bool hov = hover_ == 1000 + i;
    panel(p.target, th, r, !hov);
    if (hov) roundedRect(p.target, r, th.radius(), sf::Color::Transparent, th.c.accent, 1);
    const sf::FloatRect in = inset(r, th.padding());
    // Avatar.
    const float av = th.px(40);
    disc(p.target, {in.left + av / 2, in.top + av / 2}, av / 2, th.c.accentSoft);
    icon::person(p.target, {in.left + av / 2, in.top + av / 2}, av * 0.6f, th.c.accent);
    const float tx = in.left + av + th.px(12), tw = in.width - av - th.px(12);
    drawLine(p.target, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
             utf8(c.patient.name + ", " + std::to_string(c.patient.age)), tx, in.top + th.px(10),
             Align::Left, tw);
    drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(c.patient.job), tx, in.top + th.px(30), Align::Left, tw);
    drawParagraph(p.target, p.text(TextSize::Body, Weight::Regular, th.c.text),
                  utf8("“" + c.patient.complaint + "”"),
                  {in.left, in.top + av + th.px(10), in.width,
                   Theme::lineHeight(th.size(TextSize::Body)) * 2});
    // Chips: difficulty, minutes, best score or not played.
    float x = in.left;
    const float cy = in.top + in.height - th.px(22);
    const std::string diff = c.difficulty <= 1   ? "Introductory"
                             : c.difficulty == 2 ? "Intermediate"
                                                 : "Advanced";
    x += chip(p, {x, cy}, diff + " · " + std::to_string(c.difficulty) + "/3", th.c.accent,
              th.c.accentSoft) +
         th.px(6);
    x += chip(p, {x, cy}, "about " + std::to_string(c.minutes) + " min", th.c.textSecondary,
              th.c.panelMuted) +
         th.px(6);
    const play::CardStatus st = play::cardStatus(ctx_.game->profile, c.id, savedCaseId_);
    using K = play::CardStatus::Kind;
    const auto ts = p.text(TextSize::Caption, Weight::SemiBold,
                           st.kind == K::Played       ? th.c.good
                           : st.kind == K::InProgress ? th.c.accent
                                                      : th.c.textSecondary);
    const float pw = measure(ts, utf8(st.text));
    if (st.kind == K::Played)
        icon::tick(p.target, {in.left + in.width - pw - th.px(12), cy + th.px(11)}, th.px(12),
                   th.c.good);
    else if (st.kind == K::InProgress)
        disc(p.target, {in.left + in.width - pw - th.px(10), cy + th.px(11)}, th.px(4),
             th.c.accent);
    drawLine(p.target, ts, utf8(st.text), in.left + in.width, cy + th.px(11), Align::Right);
    if (focus_ == i) focusRing(p.target, th, r, th.radius());
}

void LibraryScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Case library", nullptr);
    drawLine(t, p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8("Choose a patient"),
             th.gap(), th.topBar() + th.px(32));
    // Practice or exam for the case started next (M): a segmented control at the right.
    const auto capSt = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float segW = th.px(200), segH = th.px(34), segY = th.topBar() + th.px(15);
    const sf::FloatRect seg(size_.x - th.gap() - segW, segY, segW, segH);
    const int segHover = hover_ >= 3000 && hover_ < 3002 ? hover_ - 3000 : -1;
    const auto parts = segmented(p, seg, {"Practice", "Exam"}, exam() ? 1 : 0, segHover);
    for (std::size_t k = 0; k < parts.size(); ++k)
        hits_.add(parts[k], 3, static_cast<int>(k));
    const float modeLabelW =
        drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.text), utf8("Mode (M)"),
                 seg.left - th.px(10), segY + segH / 2, Align::Right);
    const float titleW =
        measure(p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8("Choose a patient"));
    const float capRight = seg.left - modeLabelW - th.px(28);
    const float capRoom = capRight - (th.gap() + titleW + th.px(24));
    if (capRoom > th.px(120))
        drawLine(t, capSt,
                 utf8(std::to_string(cases().size()) + " cases · the diagnosis is for you to find"),
                 capRight, th.topBar() + th.px(34), Align::Right, capRoom);
    const float cw = (rows_.rect().width - th.px(10) - th.gap() * static_cast<float>(cols_ - 1)) /
                     static_cast<float>(cols_);
    const sf::FloatRect lr = rows_.rect();
    rows_.draw(t, th, [&](int row, const sf::FloatRect& r) {
        for (int k = 0; k < cols_; ++k) {
            const int i = row * cols_ + k;
            if (i >= static_cast<int>(cases().size())) break;
            const sf::FloatRect cr(r.left + k * (cw + th.gap()) + th.px(2), r.top + th.px(4),
                                   cw - th.px(4), r.height - th.gap());
            card(p, cr, i);
            if (cr.top >= lr.top - 1 && cr.top + cr.height <= lr.top + lr.height + 1)
                hits_.add(cr, 1, i);
        }
    });
    if (cases().empty())
        drawParagraph(
            t, p.text(TextSize::Body, Weight::Regular, th.c.text),
            utf8("No cases were found in the content folder. Check --content (see --help)."),
            {th.gap(), th.topBar() + th.px(80), size_.x - 2 * th.gap(), th.px(60)});
    drawLine(
        t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
        utf8("Keys: arrows move · Enter brief · M practice or exam · Esc back · wheel scrolls"),
        th.gap(), size_.y - th.px(20));
}

} // namespace

std::unique_ptr<Scene> makeLibraryScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<LibraryScene>(ctx, stack);
}

} // namespace rc::ui
