#include "game/ui/scenes/challenge_intro_scene.hpp"

#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/one_button_scene.hpp"

#include <cstdio>

namespace rc::ui {

namespace {

/// A small fact: a caption label above a value, with an optional caption below.
void fact(const Painter& p, const sf::FloatRect& r, const std::string& label,
          const std::string& value, const std::string& note) {
    const Theme& th = p.theme;
    roundedRect(p.target, r, th.px(8), th.c.panelMuted, th.c.divider, 1);
    const sf::FloatRect in = inset(r, th.px(12));
    drawLine(p.target, p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary), utf8(label),
             in.left, in.top + th.px(8), Align::Left, in.width);
    drawLine(p.target, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8(value), in.left,
             in.top + th.px(34), Align::Left, in.width);
    if (!note.empty())
        drawLine(p.target, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8(note), in.left, in.top + th.px(58), Align::Left, in.width);
}

class IntroScene : public OneButtonScene {
  public:
    using OneButtonScene::OneButtonScene;
    std::string name() const override { return "challenge-intro"; }
    SceneKind kind() const override { return SceneKind::ChallengeIntro; }
    bool input(Input in) override {
        if (in == Input::Activate)
            begin();
        else if (in == Input::Back)
            endChallenge(ctx_, stack_);
        else
            return false;
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void press() override { begin(); }
    void begin() {
        if (started_) return;
        started_ = true;
        beginChallengeCase(ctx_, stack_);
    }
    bool started_ = false;
};

void IntroScene::draw(sf::RenderTarget& t) {
    auto chp = challengeOf(ctx_);
    if (!chp) return;
    const play::ChallengePlay& cp = *chp;
    const rc::Challenge& ch = cp.challenge();
    const Painter p = painter(t);
    const Theme& th = p.theme;
    drawTopBar(p, size_.x, "Classroom challenge", nullptr);
    const float w = std::min(size_.x - 2 * th.gap(), th.px(860));
    const float avail = size_.y - th.topBar() - 2 * th.gap();
    const float textW = std::min(w - th.padding() * 4, th.px(720));
    const float instrH = rc::ui::layout(p.text(TextSize::Body, Weight::Regular, th.c.text),
                                        utf8(ch.instructions), textW)
                             .height();
    const float titleH = rc::ui::layout(p.text(TextSize::Title, Weight::SemiBold, th.c.text),
                                        utf8(ch.title), w - th.padding() * 4)
                             .height();
    const float want = th.padding() * 4 + th.px(22 + 10 + 84 + 20 + 12 + 110) + titleH + instrH +
                       (cp.exam() ? th.px(48) : 0);
    const float h = std::min(avail, want);
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + th.gap() + (avail - h) / 2, w, h);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 2);
    float y = in.top;
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
             utf8("CLASSROOM CHALLENGE  ·  " + std::string(cp.exam() ? "EXAM" : "PRACTICE")),
             in.left, y + th.px(8));
    y += th.px(22);
    y += drawParagraph(t, p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8(ch.title),
                       {in.left, y, in.width, th.px(80)});
    y += th.px(10);
    // Facts: four cards in a row.
    const float fg = th.px(12), fw = (in.width - 3 * fg) / 4, fh = th.px(84);
    const std::string mastery = std::to_string(static_cast<int>(std::lround(ch.mastery)));
    fact(p, {in.left, y, fw, fh}, "CASES", std::to_string(ch.cases.size()), "played in order");
    fact(p, {in.left + (fw + fg), y, fw, fh}, "MODE", play::modeWord(ch), play::modeExplained(ch));
    fact(p, {in.left + 2 * (fw + fg), y, fw, fh}, "TIME LIMIT PER CASE", play::timeLimitsText(ch),
         play::timeLimitsText(ch) == "none"                ? "take your time"
         : play::timeLimitsText(ch).rfind("up to", 0) == 0 ? "some cases have none"
                                                           : "counts down on screen");
    fact(p, {in.left + 3 * (fw + fg), y, fw, fh}, "MASTERY", mastery + " / 100",
         "weighted total to pass");
    y += fh + th.px(20);
    // Instructions.
    const float bottom = in.top + in.height - th.px(110);
    const float by0 = in.top + in.height - th.px(42);
    // The instructions, then what exam mode means; in a short window each keeps a line at least,
    // the exam's rule first, and a cut paragraph shows whole under the pointer.
    const std::string examNote =
        !cp.exam()      ? ""
        : cp.scorable() ? "Exam mode: no hints and no scores while you play. After each case you "
                          "will only see \"case recorded\"; every debrief is shown at the end."
                        : "Exam mode: no hints and no scores while you play. After each case you "
                          "will only see \"case recorded\"; your instructor scores the exam and "
                          "releases the debriefs.";
    const auto instrSt = p.text(TextSize::Body, Weight::Regular, th.c.text);
    const auto examSt = p.text(TextSize::Body, Weight::Medium, th.c.textSecondary);
    const float textW2 = std::min(in.width, th.px(720)), line = Theme::lineHeight(instrSt.size);
    const float examGap = examNote.empty() ? 0 : th.px(12), room = bottom - y;
    const float examH =
        examNote.empty() ? 0 : rc::ui::layout(examSt, utf8(examNote), textW2).height();
    const float examBox =
        examNote.empty() ? 0 : std::max(line, std::min(examH, room - line - examGap));
    y += drawParagraph(t, instrSt, utf8(ch.instructions),
                       {in.left, y, textW2, std::max(line, room - examBox - examGap)});
    y += examGap;
    if (!examNote.empty()) drawParagraph(t, examSt, utf8(examNote), {in.left, y, textW2, examBox});
    if (cp.run().attemptNumber() > 1)
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                 utf8("Attempt " + std::to_string(cp.run().attemptNumber()) +
                      ": your earlier attempts stay in the results file, and your instructor sees "
                      "every one."),
                 in.left, by0 - th.px(58), Align::Left, in.width);
    else if (!cp.attemptNote().empty())
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.bad), utf8(cp.attemptNote()),
                 in.left, by0 - th.px(58), Align::Left, in.width);
    // Who, where the results go, and the way in.
    const float by = by0;
    drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.text),
             utf8(cp.player() + "  ·  student id " + cp.studentId()), in.left, by - th.px(34),
             Align::Left, in.width);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(cp.live ? "Live class: every action is recorded by the instructor's host at " +
                                cp.live->host()
                          : "Results are saved after every case to " + cp.resultsPath()),
             in.left, by - th.px(12), Align::Left, in.width);
    const std::string label =
        cp.run().done() ? "See your results" : "Begin case " + std::to_string(cp.shownIndex() + 1);
    const float bw = buttonWidth(p, label, true);
    button_ = {in.left + in.width - bw, by + th.px(6), bw, th.px(40)};
    button(p, button_, label, ButtonKind::Primary, ControlState{hover_, true, true, false}, true);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("Enter to begin  ·  Esc back"), in.left, button_.top + button_.height / 2);
}

} // namespace

std::unique_ptr<Scene> makeChallengeIntroScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<IntroScene>(ctx, stack);
}

} // namespace rc::ui
