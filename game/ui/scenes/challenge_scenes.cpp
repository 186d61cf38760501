#include "game/ui/scenes/challenge_scenes.hpp"

#include "game/engine/autosave.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/scoring.hpp"
#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/scenes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace rc::ui {

namespace {

constexpr double kCautionSeconds = 120; // the countdown turns caution in the last two minutes

std::string modeWord(const rc::Challenge& ch) {
    return ch.mode == "exam" ? "Exam" : "Practice";
}
std::string modeExplained(const rc::Challenge& ch) {
    return ch.mode == "exam" ? "no feedback until the end" : "feedback as you go";
}

std::string casesWord(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " case" : " cases");
}

/// The patient of a challenge case without giving the diagnosis away ("Maria Costa, 52").
std::string patientOf(const rc::Content& content, const std::string& ref) {
    const rc::Case* c = content.findCase(ref);
    if (!c) return ref;
    return c->patient.name + ", " + std::to_string(c->patient.age);
}

std::shared_ptr<play::ChallengePlay> challengeOf(Context& ctx) {
    return ctx.game ? ctx.game->challenge : nullptr;
}

void setCountdown(Context& ctx, SceneStack& stack, const std::string& text, bool caution) {
    Countdown& cd = topBarCountdown();
    if (cd.text == text && cd.caution == caution) return;
    cd.text = text;
    cd.caution = caution;
    (void)ctx;
    for (Scene* s : stack.visible())
        s->invalidate();
}

/// The countdown as the top bar shows it: case n of N and the time left (or no limit).
void refreshCountdown(Context& ctx, SceneStack& stack, const play::ChallengePlay& ch) {
    if (!ch.caseOpen()) {
        setCountdown(ctx, stack, "", false);
        return;
    }
    const std::string which =
        "Case " + std::to_string(ch.shownIndex() + 1) + " of " + std::to_string(ch.shownCount());
    if (ch.live && !ch.live->link()
                        .status()
                        .empty()) { // the host decides the time: say when it cannot be reached
        setCountdown(ctx, stack, which + "  ·  " + ch.live->link().status(), true);
        return;
    }
    const double left = ch.remaining();
    if (left < 0) {
        setCountdown(ctx, stack, which + "  ·  no time limit", false);
        return;
    }
    const bool caution = left <= kCautionSeconds;
    setCountdown(ctx, stack,
                 which + "  ·  " + (caution ? "Time nearly up: " : "Time left ") +
                     play::clockText(left),
                 caution);
}

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

void beginChallengeCase(Context& ctx, SceneStack& stack);
void showSummary(Context& ctx, SceneStack& stack);
void endChallenge(Context& ctx, SceneStack& stack);

// ---------------------------------------------------------------------------------------------
// The picker: which challenge, who is playing.

class PickerScene : public Scene {
  public:
    enum Region { List, Name, Id, Email, Go, kRegions };
    PickerScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
        name_ = ctx.game->profile.name;
        if (name_ == "Student") name_.clear();
        region_ = ctx.content->challenges.empty() ? Name : List;
    }
    std::string name() const override { return "challenge-picker"; }
    bool input(Input in) override {
        const bool field = region_ == Name || region_ == Id || region_ == Email;
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Next:
            region_ = static_cast<Region>((region_ + 1) % kRegions);
            break;
        case Input::Prev:
            region_ = static_cast<Region>((region_ + kRegions - 1) % kRegions);
            break;
        case Input::Up:
        case Input::Down: {
            const int d = in == Input::Down ? 1 : -1;
            const int n = static_cast<int>(ctx_.content->challenges.size());
            if (region_ == List && n > 0)
                selected_ = std::clamp(selected_ + d, 0, n - 1);
            else
                region_ = static_cast<Region>(std::clamp(region_ + d, 0, kRegions - 1));
            break;
        }
        case Input::Activate:
            if (field) return false; // Space types a space; Enter is handled in event()
            if (region_ == List)
                region_ = Name;
            else
                go();
            break;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        std::string* f = region_ == Name    ? &name_
                         : region_ == Id    ? &id_
                         : region_ == Email ? &email_
                                            : nullptr;
        if (e.type == sf::Event::KeyPressed && f && e.key.code == sf::Keyboard::Enter) {
            if (region_ == Email ||
                (region_ == Id && email_.empty() && !name_.empty() && !id_.empty()))
                go();
            else
                region_ = static_cast<Region>(region_ + 1);
            invalidate();
            return true;
        }
        if (e.type == sf::Event::TextEntered && f) {
            const sf::Uint32 c = e.text.unicode;
            sf::String s = utf8(*f);
            if (c == 8) {
                if (!s.isEmpty()) s.erase(s.getSize() - 1);
            } else if (c >= 32 && c != 127 && s.getSize() < 48)
                s += c;
            else
                return false;
            const auto bytes = s.toUtf8();
            f->assign(bytes.begin(), bytes.end());
            message_.clear();
            invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseMoved) {
            const Hit* h =
                hits_.at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            const int key = h ? h->id * 100 + h->sub : -1;
            if (key != hover_) hover_ = key, invalidate();
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        if (h->id == List)
            selected_ = h->sub, region_ = List;
        else if (h->id == Go)
            go();
        else if (h->id == 99)
            stack_.pop();
        else
            region_ = static_cast<Region>(h->id);
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    static std::string trim(std::string s) {
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        while (!s.empty() && s.front() == ' ')
            s.erase(s.begin());
        return s;
    }
    void go() {
        const auto& list = ctx_.content->challenges;
        if (list.empty()) {
            message_ = "There are no challenges in the content folder.";
            return;
        }
        name_ = trim(name_), id_ = trim(id_), email_ = trim(email_);
        if (name_.empty()) {
            message_ = "Enter your name to continue.";
            region_ = Name;
            return;
        }
        if (id_.empty()) {
            message_ = "Enter your student id to continue.";
            region_ = Id;
            return;
        }
        play::Game& g = *ctx_.game;
        g.profile.name = ctx_.settings.player = name_;
        g.saveProfile();
        const rc::Challenge& ch = list[static_cast<std::size_t>(selected_)];
        if (std::string why = play::packRefusal(ch, g.content); !why.empty()) {
            message_ = why;
            return;
        }
        play::ChallengeOptions o;
        o.studentId = id_;
        o.email = email_;
        startChallenge(ctx_, stack_, ch, name_, o);
    }
    std::string name_, id_, email_, message_;
    int selected_ = 0;
    Region region_ = List;
    int hover_ = -1;
    HitMap hits_;
};

void PickerScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Classroom challenge", nullptr);
    const float g = th.gap(), top = th.topBar() + g, bottom = size_.y - th.bottomBar() - g;
    const float leftW = std::round((size_.x - 3 * g) * 0.56f);
    const sf::FloatRect lp(g, top, leftW, bottom - top),
        rp(2 * g + leftW, top, size_.x - leftW - 3 * g, bottom - top);
    panel(t, th, lp);
    panel(t, th, rp);
    // Left: the challenges.
    sf::FloatRect in = inset(lp, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Choose your challenge"), in.left, in.top + th.px(12));
    float y = in.top + th.px(36);
    const auto& list = ctx_.content->challenges;
    if (list.empty())
        drawParagraph(
            t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
            utf8("No challenges were found in the content folder's challenges/ directory. Your "
                 "instructor can give you a challenge file to open with --challenge FILE."),
            {in.left, y, in.width, th.px(120)});
    const float rowH = th.px(64);
    for (std::size_t i = 0; i < list.size() && y + rowH <= in.top + in.height; ++i) {
        const rc::Challenge& ch = list[i];
        const sf::FloatRect r(in.left, y, in.width, rowH - th.px(6));
        const bool sel = static_cast<int>(i) == selected_;
        if (sel)
            roundedRect(t, r, th.px(6), th.c.accentSoft);
        else if (hover_ == static_cast<int>(List * 100 + i))
            roundedRect(t, r, th.px(6), th.c.panelMuted);
        if (sel)
            roundedRect(t, {r.left, r.top + th.px(8), th.px(3), r.height - th.px(16)}, th.px(1.5f),
                        th.c.accent);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8(ch.title),
                 r.left + th.px(14), r.top + th.px(19), Align::Left, r.width - th.px(28));
        const std::string meta =
            casesWord(ch.cases.size()) + "  ·  " + modeWord(ch) + " (" + modeExplained(ch) +
            ")  ·  time limit: " + play::timeLimitsText(ch) + "  ·  pass mark " +
            std::to_string(static_cast<int>(std::lround(ch.mastery)));
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary), utf8(meta),
                 r.left + th.px(14), r.top + th.px(41), Align::Left, r.width - th.px(28));
        hits_.add(r, List, static_cast<int>(i));
        if (sel && region_ == List) focusRing(t, th, r, th.px(6));
        y += rowH;
    }
    // Right: who is playing.
    in = inset(rp, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Your details"),
             in.left, in.top + th.px(12));
    y = in.top + th.px(36);
    const float fh = th.px(62);
    const struct {
        Region r;
        const char* label;
        const std::string* v;
        const char* ph;
    } fields[3] = {{Name, "NAME", &name_, "First and last name"},
                   {Id, "STUDENT ID", &id_, "e.g. S1234567"},
                   {Email, "E-MAIL (OPTIONAL)", &email_, "name@university.ac.uk"}};
    for (const auto& f : fields) {
        const sf::FloatRect fr(in.left, y, in.width, fh - th.px(10));
        textField(p, fr, f.label, *f.v, f.ph, region_ == f.r);
        hits_.add(fr, f.r);
        y += fh;
    }
    y += th.px(4);
    const std::string dir = rc::userDataDir() + "/results";
    y += drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                       utf8("Your results are saved after every case in " + dir +
                            ". At the end you hand in that file."),
                       {in.left, y, in.width, th.px(60)});
    if (!message_.empty()) {
        y += th.px(10);
        icon::caution(t, {in.left + th.px(8), y + th.px(9)}, th.px(14), th.c.caution, th.c.text);
        drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(message_),
                 in.left + th.px(24), y + th.px(9), Align::Left, in.width - th.px(24));
    }
    const std::string label = "Continue";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == Go * 100, region_ == Go, true, false}, true);
    hits_.add(br, Go);
    const float backW = buttonWidth(p, "Back");
    const sf::FloatRect back(br.left - backW - th.px(8), br.top, backW, br.height);
    button(p, back, "Back", ButtonKind::Quiet, ControlState{hover_ == 9900, false, true, false});
    hits_.add(back, 99);
    const sf::FloatRect bar = drawBottomBar(p, size_);
    drawShortcuts(p, bar.left + bar.width - th.padding(), bar.top + bar.height / 2,
                  "Keys: Tab next field · ↑↓ choose · Enter continue · Esc back",
                  bar.width - 2 * th.padding());
}

// ---------------------------------------------------------------------------------------------
// Screens with one primary button: hover, click, and autoplay moving on after half a second.

class OneButtonScene : public Scene {
  public:
    using Scene::Scene;
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            const bool h = button_.contains(static_cast<float>(e.mouseMove.x),
                                            static_cast<float>(e.mouseMove.y));
            if (h != hover_) hover_ = h, invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseButtonPressed &&
            button_.contains(static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)))
            press();
        return true;
    }
    void update(float dt) override {
        age_ += dt;
        auto ch = challengeOf(ctx_);
        if (ch && !ch->autoplayDir.empty() && age_ > 0.5f) press();
    }

  protected:
    /// What the button (or Enter, or autoplay) does.
    virtual void press() = 0;
    sf::FloatRect button_;
    bool hover_ = false;

  private:
    float age_ = 0;
};

// ---------------------------------------------------------------------------------------------
// The intro: what the challenge is and how it runs.

class IntroScene : public OneButtonScene {
  public:
    using OneButtonScene::OneButtonScene;
    std::string name() const override { return "challenge-intro"; }
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
    fact(p, {in.left + (fw + fg), y, fw, fh}, "MODE", modeWord(ch), modeExplained(ch));
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
    y += drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(ch.instructions),
        {in.left, y, std::min(in.width, th.px(720)), std::max(th.px(24), bottom - y)});
    y += th.px(12);
    if (cp.exam())
        drawParagraph(
            t, p.text(TextSize::Body, Weight::Medium, th.c.textSecondary),
            utf8(cp.scorable()
                     ? "Exam mode: no hints and no scores while you play. After each case you will "
                       "only see \"case recorded\"; every debrief is shown at the end."
                     : "Exam mode: no hints and no scores while you play. After each case you will "
                       "only see \"case recorded\"; your instructor scores the exam and releases "
                       "the debriefs."),
            {in.left, y, std::min(in.width, th.px(720)), th.px(48)});
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

// ---------------------------------------------------------------------------------------------
// Between cases: "case recorded" (exam: nothing more), or time ran out.

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
            showSummary(ctx_, stack_);
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

// ---------------------------------------------------------------------------------------------
// The summary: every case, the weighted total, pass or not, and the file to hand in.

class SummaryScene : public Scene {
  public:
    using Scene::Scene;
    std::string name() const override { return "challenge-summary"; }
    bool input(Input in) override {
        auto ch = challengeOf(ctx_);
        const int n = ch ? static_cast<int>(ch->run().current().cases.size()) : 0;
        switch (in) {
        case Input::Up:
        case Input::Prev:
            focus_ = focus_ < 0 ? n - 1 : std::max(0, focus_ - 1);
            break;
        case Input::Down:
        case Input::Next:
            focus_ = focus_ >= n - 1 ? -1 : focus_ + 1;
            break;
        case Input::Activate:
            focus_ < 0 ? endChallenge(ctx_, stack_) : review(focus_);
            return true;
        case Input::Back:
            endChallenge(ctx_, stack_);
            return true;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseMoved) {
            const Hit* h =
                hits_.at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            const int key = h ? h->id * 100 + h->sub : -1;
            if (key != hover_) hover_ = key, invalidate();
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        if (h->id == 1)
            review(h->sub);
        else if (h->id == 2)
            endChallenge(ctx_, stack_);
        return true;
    }
    void update(float dt) override {
        age_ += dt;
        auto ch = challengeOf(ctx_);
        if (ch && ch->exitAfter && !printed_ && age_ > 0.4f) {
            printed_ = true;
            if (ch->live)
                std::printf("results-host: %s\n", ch->live->host().c_str());
            else
                std::printf("results-file: %s\n", ch->resultsPath().c_str());
            if (ch->scorable())
                std::printf("challenge-total: %.1f\n", ch->total());
            else if (ch->live && ch->live->endedTotal)
                std::printf("challenge-total: %.1f (the host's)\n", *ch->live->endedTotal);
            else if (ch->live)
                std::printf(
                    "challenge-total: unscored (live exam: the instructor's host scores it)\n");
            else
                std::printf(
                    "challenge-total: unscored (exam pack: the instructor's board scores it)\n");
            std::fflush(stdout);
            if (ctx_.runner) ctx_.runner->quit(ch->writeError().empty() ? 0 : 1);
        }
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void review(int i) {
        auto ch = challengeOf(ctx_);
        if (!ch) return;
        if (!ch->scorable()) return; // an exam pack's copy has no debrief to show
        const rc::ResultsFile rf = ch->run().results("");
        if (i < 0 || i >= static_cast<int>(rf.attempts.back().cases.size()) ||
            !rf.attempts.back().cases[i].finished)
            return;
        play::Game& g = *ctx_.game;
        const rc::Content& content =
            ch->live ? ch->live->content() : g.content; // live: the host's copies
        const rc::Case* c = content.findCase(rf.attempts.back().cases[i].caseId);
        if (!c) return;
        g.play.start(*c, content.catalog, "", ch->player(), ch->challenge().mode,
                     ch->challenge().seed);
        for (const auto& a : rf.attempts.back().cases[i].log.actions)
            if (!g.play.apply(a).ok) break;
        if (!g.play.session().finished()) return;
        ch->reviewing = true;
        stack_.push(makeDebriefScene(ctx_, stack_));
    }
    int focus_ = -1; ///< -1: the "Back to title" button; else a case row
    int hover_ = -1;
    HitMap hits_;
    float age_ = 0;
    bool printed_ = false;
};

void SummaryScene::draw(sf::RenderTarget& t) {
    auto chp = challengeOf(ctx_);
    if (!chp) return;
    const play::ChallengePlay& cp = *chp;
    const rc::Challenge& ch = cp.challenge();
    const rc::ResultsFile rf = cp.run().results("");
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Classroom challenge  ·  results", nullptr);
    const float w = std::min(size_.x - 2 * th.gap(), th.px(960));
    const float avail = size_.y - th.topBar() - 2 * th.gap();
    const float h = std::min(avail, th.padding() * 3 + th.px(22 + 48 + 56 + 18 + 18 + 128 + 16) +
                                        th.px(40) * static_cast<float>(ch.cases.size()));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + th.gap() + (avail - h) / 2, w, h);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    float y = in.top;
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent),
             utf8("CHALLENGE COMPLETE  ·  " + std::string(cp.exam() ? "EXAM" : "PRACTICE")),
             in.left, y + th.px(8));
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(cp.player() + "  ·  " + cp.studentId()), in.left + in.width, y + th.px(8),
             Align::Right, in.width * 0.4f);
    y += th.px(22);
    drawLine(t, p.text(TextSize::Title, Weight::SemiBold, th.c.text), utf8(ch.title), in.left,
             y + th.px(18), Align::Left, in.width);
    y += th.px(48);
    // Verdict: total, mastery, a word and an icon.
    const double total = cp.total();
    const bool pass = cp.passed();
    const sf::Color vc = !cp.scorable() ? th.c.accent : pass ? th.c.good : th.c.bad;
    const float vh = th.px(56);
    roundedRect(t, {in.left, y, in.width, vh}, th.px(8), withAlpha(vc, 22), withAlpha(vc, 90), 1);
    const sf::Vector2f ic(in.left + th.px(26), y + vh / 2);
    disc(t, ic, th.px(14), vc);
    if (pass || !cp.scorable())
        icon::tick(t, ic, th.px(14), th.c.panel);
    else
        icon::cross(t, ic, th.px(14), th.c.panel);
    float x = in.left + th.px(50);
    if (!cp.scorable()) {
        // An exam pack: the game has no key; the instructor's board scores the results file.
        const bool hostTotal = cp.live && cp.live->endedTotal;
        drawLine(t, p.text(TextSize::Heading, Weight::Bold, th.c.text),
                 utf8(!hostTotal             ? "Recorded"
                      : cp.live->endedPassed ? "Passed"
                                             : "Not passed"),
                 x, y + vh / 2);
        drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                 utf8(hostTotal ? "The instructor ended the challenge: your total is " +
                                      rc::oneDecimal(*cp.live->endedTotal) + " / 100"
                      : cp.live ? "Your total shows here when the instructor ends the challenge."
                                : "Your instructor scores this exam and releases the debriefs."),
                 in.left + in.width - th.px(16), y + vh / 2, Align::Right, in.width * 0.66f);
    } else {
        x += drawLine(t, p.text(TextSize::Heading, Weight::Bold, th.c.text),
                      utf8(pass ? "Passed" : "Not passed"), x, y + vh / 2);
        drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                 utf8("   mastery " + std::to_string(static_cast<int>(std::lround(ch.mastery))) +
                      " / 100"),
                 x, y + vh / 2);
        drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
                 utf8("WEIGHTED TOTAL"), in.left + in.width - th.px(150), y + vh / 2, Align::Right);
        drawLine(t, p.text(TextSize::Title, Weight::Bold, th.c.text), utf8(rc::oneDecimal(total)),
                 in.left + in.width - th.px(56), y + vh / 2, Align::Right);
        drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary), utf8("/ 100"),
                 in.left + in.width - th.px(12), y + vh / 2 + th.px(2), Align::Right);
    }
    y += vh + th.px(18);
    // The cases.
    const float colPatient = in.left + th.px(36), colWeight = in.left + in.width * 0.45f,
                colTime = in.left + in.width * 0.54f, colScore = in.left + in.width * 0.69f,
                colAct = in.left + in.width;
    const auto head = p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary);
    drawLine(t, head, utf8("#"), in.left + th.px(12), y + th.px(8));
    drawLine(t, head, utf8("PATIENT"), colPatient, y + th.px(8));
    drawLine(t, head, utf8("WEIGHT"), colWeight, y + th.px(8));
    drawLine(t, head, utf8("TIME"), colTime, y + th.px(8));
    drawLine(t, head, utf8("SCORE"), colScore, y + th.px(8), Align::Right);
    y += th.px(18);
    hairline(t, in.left, in.left + in.width, y, th.c.border);
    const float rowH = th.px(40);
    const float listBottom = in.top + in.height - th.px(128);
    for (std::size_t i = 0; i < ch.cases.size() && y + rowH <= listBottom + rowH * 0.5f; ++i) {
        const sf::FloatRect rr(in.left, y, in.width, rowH);
        const bool played = i < rf.attempts.back().cases.size();
        const bool finished = played && rf.attempts.back().cases[i].finished;
        const int ii = static_cast<int>(i);
        if (hover_ == 100 + ii && finished)
            roundedRect(t, inset(rr, th.px(1)), th.px(6), th.c.panelMuted);
        const float cy = y + rowH / 2;
        const auto body = p.text(TextSize::Body, Weight::Regular, th.c.text);
        drawLine(t, body, utf8(std::to_string(i + 1)), in.left + th.px(12), cy);
        const rc::Content& content = cp.live ? cp.live->content() : ctx_.game->content;
        std::string who = patientOf(content, ch.cases[i].ref);
        if (const rc::Case* c = content.findCase(ch.cases[i].ref)) who += "  ·  " + c->title;
        drawLine(t, body, utf8(who), colPatient, cy, Align::Left,
                 colWeight - colPatient - th.px(12));
        char wbuf[16];
        std::snprintf(wbuf, sizeof wbuf, "%g", ch.cases[i].weight);
        drawLine(t, body, utf8(std::string("× ") + wbuf), colWeight, cy);
        drawLine(t, body, utf8(played ? play::clockText(rf.attempts.back().cases[i].seconds) : "—"),
                 colTime, cy);
        if (!played) {
            drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
                     utf8("not played · 0"), colScore, cy, Align::Right);
        } else {
            drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                     utf8(rf.attempts.back().cases[i].shownScore
                              ? rc::oneDecimal(*rf.attempts.back().cases[i].shownScore)
                              : "—"),
                     colScore, cy, Align::Right);
            if (!finished) {
                const std::string why = cp.timedOut(ii) ? "Unfinished: time ran out" : "Unfinished";
                const auto cs = p.text(TextSize::Body, Weight::Medium, th.c.text);
                const float ww = measure(cs, utf8(why));
                icon::caution(t, {colAct - ww - th.px(14), cy}, th.px(14), th.c.caution, th.c.text);
                drawLine(t, cs, utf8(why), colAct, cy, Align::Right);
            }
        }
        if (finished && cp.scorable()) { // a pack has no debrief to open
            drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.accent), utf8("Debrief"),
                     colAct - th.px(22), cy, Align::Right);
            icon::chevronRight(t, {colAct - th.px(10), cy}, th.px(10), th.c.accent);
            hits_.add(rr, 1, ii);
        }
        if (focus_ == ii) focusRing(t, th, inset(rr, th.px(2)), th.px(6));
        y += rowH;
        hairline(t, in.left, in.left + in.width, y, th.c.divider);
    }
    // The file to hand in.
    const float hy = in.top + in.height - th.px(112);
    const sf::FloatRect hr(in.left, hy, in.width, th.px(60));
    roundedRect(t, hr, th.px(8), th.c.accentSoft);
    if (cp.live) {
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                 utf8("Nothing to hand in:"), hr.left + th.px(14), hr.top + th.px(18));
        drawLine(
            t, p.text(TextSize::Body, Weight::Regular, th.c.text),
            utf8("your results were recorded by the instructor's host at " + cp.live->host() + "."),
            hr.left + th.px(14), hr.top + th.px(42), Align::Left, hr.width - th.px(28));
    } else if (cp.writeError().empty()) {
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8("Hand in this file:"),
                 hr.left + th.px(14), hr.top + th.px(18));
        drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(cp.resultsPath()),
                 hr.left + th.px(14), hr.top + th.px(42), Align::Left, hr.width - th.px(28));
    } else {
        icon::cross(t, {hr.left + th.px(20), hr.top + th.px(18)}, th.px(12), th.c.bad);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text),
                 utf8("The results file could not be written"), hr.left + th.px(34),
                 hr.top + th.px(18), Align::Left, hr.width - th.px(48));
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.text), utf8(cp.writeError()),
                 hr.left + th.px(14), hr.top + th.px(42), Align::Left, hr.width - th.px(28));
    }
    const std::string label = "Back to title";
    const float bw = buttonWidth(p, label);
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(40), bw, th.px(40));
    button(p, br, label, ButtonKind::Primary, ControlState{hover_ == 200, focus_ < 0, true, false});
    hits_.add(br, 2);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(cp.live          ? "Your instructor releases the debriefs · Enter: title"
                  : !cp.scorable() ? "Hand in the results file above; your instructor releases the "
                                     "debriefs · Enter: title"
                  : cp.exam()
                      ? "Your debriefs are ready: ↑↓ choose a case · Enter open · Enter on the "
                        "button: title"
                      : "↑↓ choose a case · Enter open its debrief · Enter on the button: title"),
             in.left, br.top + br.height / 2, Align::Left, in.width - bw - th.px(24));
}

// ---------------------------------------------------------------------------------------------
// Flow.

/// Every frame while a challenge runs: the countdown, the time limit, autoplay past debriefs.
void challengeFrame(Context& ctx, SceneStack& stack, float dt) {
    auto ch = challengeOf(ctx);
    if (!ch) {
        setCountdown(ctx, stack, "", false);
        return;
    }
    play::Game& g = *ctx.game;
    // A live class: the host's clock ends a case, and the host says when the instructor ends it.
    bool hostTimeUp = false, hostEnded = false;
    if (ch->live) {
        for (const auto& m : ch->live->link().poll()) {
            if (m.type == "case-end" && m.value("reason") == "time" && ch->caseOpen() &&
                m.value("index") == std::to_string(ch->shownIndex()))
                hostTimeUp = true;
            else if (m.type == "ended") {
                try {
                    ch->live->endedTotal = std::stod(m.value("total"));
                } catch (...) {
                    ch->live->endedTotal.reset();
                }
                ch->live->endedPassed = m.value("passed") == "1";
                hostEnded = true;
            } else if (m.type == "refused" || m.type == "bye") {
                std::cerr << "rootcause: live class: the host: " << m.value("reason") << "\n";
            }
        }
    }
    if (hostEnded) {
        // The instructor ended the challenge: a case in progress stops where it is (the host
        // refuses any further action), and the summary shows the host's total.
        g.autoplay.set({});
        g.autoplaying = false;
        if (ch->caseOpen() && g.play.active()) ch->record(g.play.session(), std::nullopt, false);
        setCountdown(ctx, stack, "", false);
        Scene* top = stack.top();
        if (top && top->name() == "challenge-summary") {
            for (Scene* sc : stack.visible())
                sc->invalidate();
        } else {
            showSummary(ctx, stack);
        }
        return;
    }
    if (ch->caseOpen() && g.play.active() && (ch->live ? hostTimeUp : ch->timeUp())) {
        // Out of time: the case ends where it is, recorded unfinished with its log so far.
        g.autoplay.set({});
        const rc::Session& s = g.play.session();
        std::optional<double> shown;
        if (ch->scorable())
            shown = rc::scoreSession(s, rc::expertLedger(s.kase(), s.catalog(), s.seed())).total;
        if (!ch->record(s, shown, true))
            std::cerr << "rootcause: challenge: cannot write the results file: " << ch->writeError()
                      << "\n";
        setCountdown(ctx, stack, "", false);
        stack.clear();
        stack.push(makeTitleScene(ctx, stack));
        stack.push(std::make_unique<BetweenScene>(ctx, stack, true));
        return;
    }
    refreshCountdown(ctx, stack, *ch);
    // Autoplay (tests): go on from a practice debrief by itself.
    Scene* top = stack.top();
    if (!ch->autoplayDir.empty() && top && top->name() == "debrief" && !ch->caseOpen()) {
        ch->autoWait += dt;
        if (ch->autoWait > 0.6f) {
            ch->autoWait = 0;
            challengeLeave(ctx, stack);
        }
    } else {
        ch->autoWait = 0;
    }
}

/// A live class: the host's current case (its copy, the actions it already has, its clock).
void beginLiveCase(Context& ctx, SceneStack& stack, play::ChallengePlay& ch) {
    play::Game& g = *ctx.game;
    rc::net::CaseOffer offer;
    const rc::Case* c = nullptr;
    bool done = false;
    std::string err;
    if (!ch.live->nextCase(offer, c, done, err)) {
        if (done)
            showSummary(ctx, stack);
        else
            stack.push(makeMessageScene(ctx, stack, "The instructor's host did not send the case",
                                        err + "\n\nClose this message to ask the host again.",
                                        [&ctx, &stack] { beginChallengeCase(ctx, stack); }));
        return;
    }
    // Cases the host ended while this game was away (their time ran out) are recorded as such.
    while (ch.shownIndex() < offer.index && ch.run().currentCase())
        ch.record(ch.run().startCase(), std::nullopt, true);
    g.play.setClock({});
    g.play.start(*c, ch.live->content().catalog, "", ch.player(), ch.challenge().mode, offer.seed);
    for (const auto& a : offer.played) // a rejoin: the actions the host already has, at its times
        if (const rc::Reply r = g.play.apply(a); !r.ok) {
            stack.push(makeMessageScene(ctx, stack, "The host's record of this case does not play",
                                        "'" + a.str() + "': " + r.error));
            return;
        }
    std::weak_ptr<play::LivePlay> live = ch.live;
    g.play.setGate([live, &g](const rc::Action& a, double& t, std::string& error) {
        auto l = live.lock();
        if (!l) return error = "not in a live class", false;
        return l->act(a, g.play.session().log().actions.size(), t, error);
    });
    g.autoplay.set({});
    g.autoplaying = false;
    if (!ch.autoplayDir.empty()) {
        std::string aerr;
        if (g.autoplay.load(ch.autoplayDir + "/" + c->id + ".log", aerr) &&
            g.autoplay.skipPlayed(g.play.session().log().actions)) {
            g.autoplay.pace = ctx.settings.autoplayPace;
            g.autoplaying = true;
        } else {
            std::cerr << "rootcause: --autoplay-dir: " << aerr << " (the case waits for input)\n";
        }
    }
    ch.startClock(offer.timeLimit > 0 ? std::max(0.0, offer.timeLimit - offer.remaining) : 0.0);
    refreshCountdown(ctx, stack, ch);
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeEncounterScene(ctx, stack));
}

void beginChallengeCase(Context& ctx, SceneStack& stack) {
    auto ch = challengeOf(ctx);
    play::Game& g = *ctx.game;
    if (ch && ch->live && !ch->run().done()) {
        beginLiveCase(ctx, stack, *ch);
        return;
    }
    const rc::Case* c = ch ? ch->run().currentCase() : nullptr;
    if (!c) {
        if (ch && !ch->run().done())
            stack.push(makeMessageScene(
                ctx, stack, "A case is missing",
                "The challenge names a case the game cannot find: " +
                    ch->challenge().cases[static_cast<std::size_t>(ch->run().index())].ref));
        else
            showSummary(ctx, stack);
        return;
    }
    g.play.start(*c, g.content.catalog, "", ch->player(), ch->challenge().mode,
                 ch->challenge().seed);
    std::weak_ptr<play::ChallengePlay> weak = ch;
    g.play.setClock([weak] {
        auto p = weak.lock();
        return p ? std::round(p->elapsed() * 10.0) / 10.0 : 0.0;
    });
    g.autoplay.set({});
    g.autoplaying = false;
    if (!ch->autoplayDir.empty()) {
        const std::string path = ch->autoplayDir + "/" + c->id + ".log";
        std::string err;
        if (g.autoplay.load(path, err)) {
            g.autoplay.pace = ctx.settings.autoplayPace;
            g.autoplaying = true;
        } else {
            std::cerr << "rootcause: --autoplay-dir: " << err << " (the case waits for input)\n";
        }
    }
    ch->startClock();
    refreshCountdown(ctx, stack, *ch);
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeEncounterScene(ctx, stack));
}

void showSummary(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    g.autoplaying = false;
    g.play.setClock({});
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(std::make_unique<SummaryScene>(ctx, stack));
}

void endChallenge(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    auto ch = g.challenge;
    const bool exitAfter = ch && ch->exitAfter;
    if (ch) g.play.setAutosavePath(ch->savedAutosavePath);
    if (ch && ch->live) ch->live->link().leave();
    g.play.setClock({});
    g.challenge.reset();
    setCountdown(ctx, stack, "", false);
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    if (exitAfter && ctx.runner) ctx.runner->quit(0);
}

} // namespace

std::unique_ptr<Scene> makeChallengePickerScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<PickerScene>(ctx, stack);
}

namespace {

void runChallenge(Context& ctx, SceneStack& stack, const std::shared_ptr<play::ChallengePlay>& cp,
                  const play::ChallengeOptions& o) {
    play::Game& g = *ctx.game;
    cp->timeScale = o.timeScale > 0 ? o.timeScale : 1;
    cp->autoplayDir = o.autoplayDir;
    cp->exitAfter = o.exitAfter;
    // A challenge case is not autosaved: the results file (or the host) keeps every case done so
    // far.
    cp->savedAutosavePath = g.play.autosavePath();
    g.play.setAutosavePath("");
    g.challenge = cp;
    ctx.onFrame = [&ctx, &stack](float dt) { challengeFrame(ctx, stack, dt); };
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(std::make_unique<IntroScene>(ctx, stack));
}

} // namespace

void startLiveChallenge(Context& ctx, SceneStack& stack,
                        const std::shared_ptr<play::LivePlay>& live, const std::string& player,
                        const play::ChallengeOptions& o) {
    // The student plays what is left of the host's challenge: the cases it recorded before
    // (a rejoin) stay counted in "case k of n".
    rc::Challenge ch = live->challenge();
    const int before = live->finishedBefore()
                           ? static_cast<int>(ch.cases.size())
                           : std::min(live->recordedBefore(), static_cast<int>(ch.cases.size()));
    ch.cases.erase(ch.cases.begin(), ch.cases.begin() + before);
    auto cp = std::make_shared<play::ChallengePlay>(ch, live->content(), player, o.studentId,
                                                    o.email, "");
    cp->live = live;
    cp->firstCase = before;
    cp->setScorable(ch.mode != "exam"); // an exam's copies carry no key
    runChallenge(ctx, stack, cp, o);
}

void startChallenge(Context& ctx, SceneStack& stack, const rc::Challenge& ch,
                    const std::string& player, const play::ChallengeOptions& o) {
    play::Game& g = *ctx.game;
    const std::string dir = o.resultsDir.empty() ? rc::userDataDir() + "/results" : o.resultsDir;
    auto cp =
        std::make_shared<play::ChallengePlay>(ch, g.content, player, o.studentId, o.email, dir);
    runChallenge(ctx, stack, cp, o);
}

std::string startChallengeFromCommandLine(Context& ctx, SceneStack& stack,
                                          const play::ChallengeOptions& o) {
    play::Game& g = *ctx.game;
    if (o.studentId.empty()) return "--challenge needs --student-id";
    std::string error;
    std::optional<rc::Challenge> ch = play::resolveChallenge(o.file, g.content, error);
    if (!ch) return error;
    for (const auto& c : ch->cases)
        if (!g.content.findCase(c.ref))
            return "the challenge names case '" + c.ref + "', which the content folder '" +
                   g.content.dir + "' does not have (or it has errors)";
    if (ch->cases.empty()) return "the challenge has no cases";
    if (std::string why = play::packRefusal(*ch, g.content); !why.empty()) return why;
    startChallenge(ctx, stack, *ch, ctx.settings.player, o);
    return {};
}

bool challengeAfterAdvance(Context& ctx, SceneStack& stack) {
    auto ch = challengeOf(ctx);
    play::Game& g = *ctx.game;
    if (!ch || !ch->caseOpen() || !g.play.active() || !g.play.session().finished()) return false;
    std::optional<double> shown;
    if (ch->scorable()) shown = g.play.debrief().score.total;
    if (!ch->record(g.play.session(), shown, false))
        std::cerr << "rootcause: challenge: cannot write the results file: " << ch->writeError()
                  << "\n";
    setCountdown(ctx, stack, "", false);
    if (!ch->exam()) return false; // practice: the outcome and the full debrief, as usual
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(std::make_unique<BetweenScene>(ctx, stack, false));
    return true;
}

bool challengeLeave(Context& ctx, SceneStack& stack) {
    auto ch = challengeOf(ctx);
    if (!ch) return false;
    if (ch->caseOpen()) {
        stack.push(makeMessageScene(
            ctx, stack, "You are in a classroom challenge",
            "Finish this patient with \"Make a decision\", or let the time run out. " +
                (ch->live
                     ? "Every action is recorded by the instructor's host at " + ch->live->host() +
                           "."
                     : "Your results are saved after every case in " + ch->resultsPath() + ".")));
        return true;
    }
    if (ch->run().done()) {
        Scene* top = stack.top();
        if (ch->reviewing && top && top->name().rfind("debrief", 0) == 0) {
            ch->reviewing = false;
            stack.pop(); // back to the summary after reviewing a debrief
            return true;
        }
        showSummary(ctx, stack);
        return true;
    }
    // Practice: after the debrief, the screen between cases.
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(std::make_unique<BetweenScene>(ctx, stack, false));
    return true;
}

} // namespace rc::ui
