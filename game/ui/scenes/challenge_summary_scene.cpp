#include "game/ui/scenes/challenge_summary_scene.hpp"

#include "game/engine/content_text.hpp"
#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/debrief_scene.hpp"

#include <algorithm>
#include <cstdio>

namespace rc::ui {

namespace {

class SummaryScene : public Scene {
  public:
    using Scene::Scene;
    std::string name() const override { return "challenge-summary"; }
    SceneKind kind() const override { return SceneKind::ChallengeSummary; }
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
            else if (ch->writeError().empty())
                std::printf("results-file: %s\n", ch->resultsPath().c_str());
            else // never name a file that was not written (the screen and stderr say why)
                std::printf("results-file-not-written: %s\n", ch->writeError().c_str());
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
            const bool lost =
                !ch->writeError().empty() || (ctx_.game && ctx_.game->writes.failedUnrecovered());
            if (lost && ctx_.game && ctx_.game->writes.failedUnrecovered())
                std::fprintf(stderr, "rootcause: error: %s\n", ctx_.game->writes.banner().c_str());
            if (ctx_.runner) ctx_.runner->quit(lost ? kExitWriteFailed : 0);
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
        g.cues.take(); // replayed to review, not news: no sounds for it
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
        std::string who = play::patientOf(content, ch.cases[i].ref);
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

} // namespace

std::unique_ptr<Scene> makeChallengeSummaryScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<SummaryScene>(ctx, stack);
}

} // namespace rc::ui
