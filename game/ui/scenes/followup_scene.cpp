#include "game/ui/scenes/followup_scene.hpp"

#include "game/play/game.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/coach_panel.hpp"
#include "game/ui/scenes/debrief_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

namespace rc::ui {

namespace {

class FollowUpScene : public Scene {
  public:
    FollowUpScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {}
    std::string name() const override {
        const rc::Session& s = ctx_.game->play.session();
        return s.finished() ? "outcome" : "follow-up-v" + std::to_string(s.visitNumber());
    }
    SceneKind kind() const override { return SceneKind::FollowUp; }
    bool input(Input in) override {
        if (in == Input::Activate || in == Input::Back) next();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseButtonPressed &&
            coachClick(ctx_, stack_, *this, coach_,
                       {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
            return true; // the tutorial's coach panel
        if (e.type == sf::Event::MouseMoved) {
            const bool h = button_.contains(static_cast<float>(e.mouseMove.x),
                                            static_cast<float>(e.mouseMove.y));
            if (h != hover_) hover_ = h, invalidate();
        } else if (e.type == sf::Event::MouseButtonPressed &&
                   button_.contains(static_cast<float>(e.mouseButton.x),
                                    static_cast<float>(e.mouseButton.y))) {
            next();
        }
        return true;
    }
    void update(float dt) override {
        age_ += dt;
        play::Game& g = *ctx_.game;
        if (g.autoplaying && age_ > std::max(0.4f, g.autoplay.pace * 2)) next();
    }
    // A short fade-in (none with reduced motion; screenshots show the settled screen). Its
    // first frame shows the bare background, so the runner need not copy the scene's freshly
    // drawn layer into the window that frame (liveCoversWindow): the dearest frame of the
    // scene costs about half as much under software OpenGL.
    bool animating() const override {
        const float d = fadeSeconds();
        return d > 0 && (!fadeStarted_ || age_ - fadeFrom_ < d);
    }
    bool liveCoversWindow() const override { return fadeSeconds() > 0 && !fadeStarted_; }
    void drawLive(sf::RenderTarget& t) override {
        const float d = fadeSeconds();
        if (d <= 0) return;
        if (!fadeStarted_) fadeStarted_ = true, fadeFrom_ = age_;
        const float since = age_ - fadeFrom_;
        if (since >= d) return;
        const float a = 1.0f - since / d;
        roundedRect(t, {0, 0, size_.x, size_.y}, 0,
                    withAlpha(ctx_.theme.c.background, static_cast<std::uint8_t>(255 * a * a)));
    }
    void draw(sf::RenderTarget& t) override;

  private:
    CoachHits coach_; ///< the tutorial's coach panel, if drawn
    void next() {
        if (done_) return;
        done_ = true;
        if (ctx_.game->play.session().finished()) {
            stack_.clear();
            stack_.push(makeTitleScene(ctx_, stack_));
            stack_.push(makeLibraryScene(ctx_, stack_));
            stack_.push(makeDebriefScene(ctx_, stack_));
        } else {
            stack_.pop();
        }
    }
    float fadeSeconds() const {
        return ctx_.settings.screenshotDir.empty() ? ctx_.theme.motion() : 0.0f;
    }
    float age_ = 0, fadeFrom_ = 0;
    bool hover_ = false, done_ = false, fadeStarted_ = false;
    sf::FloatRect button_;
};

void statusBadge(const Painter& p, sf::Vector2f tl, const std::string& status) {
    const Theme& th = p.theme;
    sf::Color c = th.c.textSecondary;
    std::string word = status;
    int kind = 0; // 0 none, 1 tick, 2 cross, 3 caution
    if (status == "better" || status == "resolved" || status == "good")
        c = th.c.good, word = "Better", kind = 1;
    else if (status == "same")
        c = th.c.caution, word = "About the same", kind = 3;
    else if (status == "worse" || status == "poor")
        c = th.c.bad, word = "Worse", kind = 2;
    else if (status == "red-flag" || status == "harm")
        c = th.c.bad, word = status == "harm" ? "Harm" : "Red flag", kind = 3;
    else if (!word.empty())
        word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    const float h = th.px(30), s = th.px(14);
    const auto ts = p.text(TextSize::Body, Weight::SemiBold, c);
    const float w = measure(ts, utf8(word)) + th.px(40);
    roundedRect(p.target, {tl.x, tl.y, w, h}, h / 2, withAlpha(c, 30));
    const sf::Vector2f ic(tl.x + th.px(16), tl.y + h / 2);
    if (kind == 1)
        icon::tick(p.target, ic, s, c);
    else if (kind == 2)
        icon::cross(p.target, ic, s, c);
    else if (kind == 3)
        icon::caution(p.target, ic, s, c, th.c.panel);
    else
        disc(p.target, ic, s / 3, c);
    drawLine(p.target, ts, utf8(word), tl.x + th.px(30), tl.y + h / 2);
}

void FollowUpScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    const rc::Session& s = ctx_.game->play.session();
    drawTopBar(p, size_.x, play::branchTitle(ctx_.game->whatIf.get(), patientLine(s)), &s,
               &ctx_.countdown);
    const float w = std::min(size_.x - 2 * th.gap(), th.px(760));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + th.gap(), w,
                          size_.y - th.topBar() - 2 * th.gap());
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 2);
    float y = in.top;
    const bool fin = s.finished();
    const rc::Visit& v = s.visit();
    // The outcome often reaches past the last visit ("at one year…"): its title does not pin it
    // to the week the patient was last seen, which the kicker gives instead.
    const std::string kicker =
        fin ? "OUTCOME  ·  LAST SEEN AT WEEK " + std::to_string(s.weeksElapsed())
            : (std::to_string(v.weeks) + " WEEKS LATER  ·  VISIT " +
               std::to_string(s.visitNumber()));
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent), utf8(kicker), in.left,
             y + th.px(8));
    y += th.px(24);
    const std::string title = fin ? "How it turned out" : v.title;
    y += drawParagraph(t, p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8(title),
                       {in.left, y, in.width, th.px(80)});
    y += th.px(12);
    statusBadge(p, {in.left, y}, fin ? s.outcome()->status : v.status);
    y += th.px(48);
    const std::string text = fin ? s.outcome()->text : v.narrative;
    const float bottom = in.top + in.height - th.px(56);
    y += drawParagraph(t, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(text),
                       {in.left, y, in.width, std::max(th.px(24), bottom - y - th.px(90))});
    // Results that arrived with the passing of time.
    std::vector<std::string> arrived;
    for (const auto& o : s.orders())
        if (o.arrived && o.visitIndex < s.visitIndex() + (fin ? 1 : 0))
            if (const rc::Investigation* inv = s.catalog().investigation(o.test))
                arrived.push_back(inv->label);
    if (!arrived.empty() && !fin) {
        y += th.px(16);
        sectionHeading(p, {in.left, y, in.width, th.px(20)}, "RESULTS THAT ARRIVED");
        y += th.px(28);
        for (const auto& a : arrived) {
            if (y + th.px(22) > bottom) break;
            icon::tick(t, {in.left + th.px(7), y + th.px(10)}, th.px(12), th.c.good);
            drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.text),
                     utf8(a + " — report in Investigations"), in.left + th.px(22), y + th.px(10),
                     Align::Left, in.width - th.px(22));
            y += th.px(24);
        }
    }
    const std::string label =
        fin ? "See the debrief" : "Continue to visit " + std::to_string(s.visitNumber());
    const float bw = buttonWidth(p, label, true);
    button_ = {in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42)};
    ControlState cs;
    cs.hovered = hover_;
    cs.focused = true;
    button(p, button_, label, ButtonKind::Primary, cs, true);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("Enter to continue"), in.left, button_.top + button_.height / 2);
    // The coach beside the card where the margin holds it, else over the card's empty middle.
    const sf::FloatRect margin(0, th.topBar(), r.left, size_.y - th.topBar());
    coach_ = margin.width >= th.px(250)
                 ? drawCoachPanel(p, ctx_, margin, CoachCorner::TopLeft)
                 : drawCoachPanel(p, ctx_, {in.left, in.top, in.width, in.height - th.px(56)},
                                  CoachCorner::BottomRight);
}

} // namespace

std::unique_ptr<Scene> makeFollowUpScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<FollowUpScene>(ctx, stack);
}

} // namespace rc::ui
