#include "game/ui/scenes/challenge_between_scene.hpp"

#include "game/engine/content_text.hpp"
#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/one_button_scene.hpp"

namespace rc::ui {

namespace {

class BetweenScene : public OneButtonScene {
  public:
    BetweenScene(Context& ctx, SceneStack& stack, bool timedOut)
        : OneButtonScene(ctx, stack), timedOut_(timedOut) {
        if (auto ch = challengeOf(ctx)) number_ = ch->shownIndex();
    }
    std::string name() const override {
        return std::string(timedOut_ ? "challenge-time-up-" : "challenge-recorded-") +
               std::to_string(number_);
    }
    SceneKind kind() const override { return SceneKind::ChallengeBetween; }
    bool input(Input in) override {
        if (in == Input::Activate)
            next();
        else
            return false;
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void press() override { next(); }
    void next() {
        if (done_) return;
        done_ = true;
        auto ch = challengeOf(ctx_);
        if (!ch || ch->run().done())
            showChallengeSummary(ctx_, stack_);
        else
            beginChallengeCase(ctx_, stack_);
    }
    bool timedOut_;
    int number_ = 0;
    bool done_ = false;
};

void BetweenScene::draw(sf::RenderTarget& t) {
    auto chp = challengeOf(ctx_);
    if (!chp) return;
    const play::ChallengePlay& cp = *chp;
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p, size_.x, cp.challenge().title, nullptr);
    const float w = std::min(size_.x - 2 * th.gap(), th.px(720)),
                h = std::min(size_.y - th.topBar() - 2 * th.gap(), th.px(330));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + (size_.y - th.topBar() - h) / 2, w, h);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 2);
    float y = in.top;
    const int n = cp.shownCount();
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
             utf8("CASE " + std::to_string(number_) + " OF " + std::to_string(n)), in.left,
             y + th.px(8));
    y += th.px(30);
    const sf::Vector2f ic(in.left + th.px(12), y + th.px(16));
    if (timedOut_)
        icon::caution(t, ic, th.px(24), th.c.caution, th.c.text);
    else
        icon::tick(t, ic, th.px(24), th.c.good);
    drawLine(t, p.text(TextSize::Title, Weight::SemiBold, th.c.text),
             utf8(timedOut_ ? "Time is up: case recorded as unfinished" : "Case recorded"),
             in.left + th.px(36), y + th.px(16), Align::Left, in.width - th.px(36));
    y += th.px(48);
    std::string body;
    if (timedOut_)
        body = "The time limit for this patient ran out, so the case ended where you were. What "
               "you did so far is "
               "recorded and counts.";
    else if (cp.exam())
        body = "This is an exam: there is no feedback until the end. Every debrief is shown after "
               "the last case.";
    else {
        const rc::ResultsFile rf = cp.run().results("");
        body = "Score " +
               rc::oneDecimal(rf.attempts.back().cases.empty()
                                  ? 0.0
                                  : rf.attempts.back().cases.back().shownScore.value_or(0.0)) +
               " / 100 for this patient.";
    }
    y += drawParagraph(t, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(body),
                       {in.left, y, in.width, th.px(72)});
    y += th.px(12);
    if (!cp.writeError().empty()) {
        icon::cross(t, {in.left + th.px(7), y + th.px(10)}, th.px(12), th.c.bad);
        drawParagraph(t, p.text(TextSize::Body, Weight::Medium, th.c.text),
                      utf8("Not saved: the results file could not be written. " + cp.writeError()),
                      {in.left + th.px(22), y, in.width - th.px(22), th.px(66)});
    } else {
        icon::tick(t, {in.left + th.px(7), y + th.px(10)}, th.px(12), th.c.good);
        drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                      utf8(cp.live ? "Recorded by the instructor's host at " + cp.live->host()
                                   : "Saved to " + cp.resultsPath()),
                      {in.left + th.px(22), y + th.px(2), in.width - th.px(22), th.px(40)});
    }
    const std::string label =
        cp.run().done()
            ? "See your results"
            : "Next patient: case " + std::to_string(number_ + 1) + " of " + std::to_string(n);
    const float bw = buttonWidth(p, label, true);
    button_ = {in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42)};
    button(p, button_, label, ButtonKind::Primary, ControlState{hover_, true, true, false}, true);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("Enter to continue"), in.left, button_.top + button_.height / 2);
}

} // namespace

std::unique_ptr<Scene> makeChallengeBetweenScene(Context& ctx, SceneStack& stack, bool timedOut) {
    return std::make_unique<BetweenScene>(ctx, stack, timedOut);
}

} // namespace rc::ui
