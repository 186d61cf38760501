#include "game/ui/scenes/challenge_flow.hpp"

#include "game/engine/autosave.hpp"
#include "game/engine/scoring.hpp"
#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/scenes/challenge_between_scene.hpp"
#include "game/ui/scenes/challenge_intro_scene.hpp"
#include "game/ui/scenes/challenge_summary_scene.hpp"
#include "game/ui/scenes/debrief_scene.hpp"
#include "game/ui/scenes/encounter_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>

namespace rc::ui {

std::shared_ptr<play::ChallengePlay> challengeOf(Context& ctx) {
    return ctx.game ? ctx.game->challenge : nullptr;
}

namespace {

constexpr double kCautionSeconds = 120; // the countdown turns caution in the last two minutes

void setCountdown(Context& ctx, SceneStack& stack, const std::string& text, bool caution) {
    Countdown& cd = ctx.countdown;
    if (cd.text == text && cd.caution == caution) return;
    cd.text = text;
    cd.caution = caution;
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
        if (top && top->kind() == SceneKind::ChallengeSummary) {
            for (Scene* sc : stack.visible())
                sc->invalidate();
        } else {
            showChallengeSummary(ctx, stack);
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
        stack.push(makeChallengeBetweenScene(ctx, stack, true));
        return;
    }
    refreshCountdown(ctx, stack, *ch);
    if (ch->timerWarningDue()) g.cues.raise(play::Cue::TimerWarning);
    // Autoplay (tests): go on from a practice debrief by itself.
    Scene* top = stack.top();
    // On the debrief's first tab only: a debrief touring its tabs (--exit-after-debrief) is left
    // to finish.
    const bool onDebrief = top && top->kind() == SceneKind::Debrief &&
                           static_cast<const DebriefScene*>(top)->tab() == DebriefScene::Overview;
    if (!ch->autoplayDir.empty() && onDebrief && !ch->caseOpen()) {
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
            showChallengeSummary(ctx, stack);
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
    g.cues.take(); // the rejoin's replay is not news: no sounds for it
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
    stack.push(makeChallengeIntroScene(ctx, stack));
}

} // namespace

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
            showChallengeSummary(ctx, stack);
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

void showChallengeSummary(Context& ctx, SceneStack& stack) {
    play::Game& g = *ctx.game;
    g.autoplaying = false;
    g.play.setClock({});
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeChallengeSummaryScene(ctx, stack));
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
    stack.push(makeChallengeBetweenScene(ctx, stack, false));
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
        if (ch->reviewing && top && top->kind() == SceneKind::Debrief) {
            ch->reviewing = false;
            stack.pop(); // back to the summary after reviewing a debrief
            return true;
        }
        showChallengeSummary(ctx, stack);
        return true;
    }
    // Practice: after the debrief, the screen between cases.
    stack.clear();
    stack.push(makeTitleScene(ctx, stack));
    stack.push(makeChallengeBetweenScene(ctx, stack, false));
    return true;
}
} // namespace rc::ui
