#include "game/ui/scenes/debrief_scene.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/what_if_scene.hpp"

#include <cstdio>
#include <iostream>

namespace rc::ui {

DebriefScene::DebriefScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
    play::Game& g = *ctx.game;
    d_ = &g.play.debrief();
    rows_ = play::decisionRows(*d_, g.play.session());
    pathRows_ = play::pathRows(*d_, g.play.session());
    guide_ = rc::scoringGuide(g.play.kase(), g.play.session().catalog());
    review_ = play::differentialReview(g.play.session(), g.play.mode());
    calibration_ = play::calibrationReview(g.play.session(), g.play.mode());
    if (branch()) branchPath_ = play::summarize(*d_, "What if: " + g.whatIf->alternative);
    g.play.clearAutosave(); // a branch has none
    transcript_.setEntries(play::transcript(g.play.session()));
    notes_.edit().set(g.play.notes());
    notes_.edit().setCaret(0); // read from the top
    if (g.play.kase().tutorial()) // the tutorial counts for nothing but being done
        g.coachEvent(rc::CoachEvent::Debrief);
    else if (!g.whatIf) // a branch, or the debrief returned to from one, was recorded or never is
        g.profile.record(g.play.kase().id, d_->score.total, g.play.mode());
    g.saveProfile();
    whatIfOffered_ = play::whatIfOffered(g.play, g.challenge != nullptr, branch());
    g.cues.raise(play::Cue::DebriefOpened);
}

std::string DebriefScene::name() const {
    static const char* const names[] = {"debrief", "debrief-decisions", "debrief-learning",
                                        "debrief-scoring", "debrief-transcript"};
    return (branch() ? "what-if-" : "") + std::string(names[tab_]);
}

bool DebriefScene::branch() const {
    return ctx_.game->whatIf && ctx_.game->whatIf->inBranch;
}

void DebriefScene::leave() {
    if (branch())
        leaveWhatIf(ctx_, stack_);
    else {
        endWhatIf(ctx_);
        toLibrary(ctx_, stack_);
    }
}

void DebriefScene::openWhatIf() {
    if (!whatIfOffered_) return;
    const auto points = play::decisionPoints(ctx_.game->play.session());
    int point = -1;
    if (tab_ == Decisions && decisions_.focused() >= 0) {
        const play::DebriefRow& r = rows_[static_cast<std::size_t>(decisions_.focused())];
        if (!r.step.empty()) point = play::decisionPointFor(points, r.step, r.visit);
    } else if (tab_ == Overview && paths_.focused() >= 0 &&
               static_cast<std::size_t>(paths_.focused()) < d_->playerPath.size()) {
        point = play::decisionPointFor(points,
                                       d_->playerPath[static_cast<std::size_t>(paths_.focused())]);
    }
    stack_.push(makeWhatIfScene(ctx_, stack_, point));
}

void DebriefScene::setTab(int t) {
    tab_ = (t + kTabs) % kTabs;
    layout(size_);
    if (ctx_.runner) ctx_.runner->screenshot(name());
}

void DebriefScene::layout(sf::Vector2f size) {
    Scene::layout(size);
    const Theme& th = ctx_.theme;
    tabsRect_ = {th.padding(), th.topBar() + th.px(4),
                 std::min(size.x - 2 * th.padding(), th.px(560)), th.px(44)};
    const float top = tabsRect_.top + tabsRect_.height + th.px(12);
    body_ = {th.padding(), top, size.x - 2 * th.padding(),
             size.y - th.bottomBar() - th.px(12) - top};
    invalidate();
}

bool DebriefScene::input(Input in) {
    ListView* list = tab_ == Overview    ? &paths_
                     : tab_ == Decisions ? &decisions_
                     : tab_ == Learning  ? &learning_
                                         : &scoring_;
    if (tab_ == Transcript && (in == Input::Up || in == Input::Down)) {
        if (transcript_.wheel(in == Input::Up ? 1 : -1)) invalidate();
        return true;
    }
    switch (in) {
    case Input::Tab1:
        setTab(Overview);
        break;
    case Input::Tab2:
        setTab(Decisions);
        break;
    case Input::Tab3:
        setTab(Learning);
        break;
    case Input::Tab4:
        setTab(Scoring);
        break;
    case Input::Tab5:
        setTab(Transcript);
        break;
    case Input::Left:
    case Input::Prev:
        setTab(tab_ - 1);
        break;
    case Input::Right:
    case Input::Next:
        setTab(tab_ + 1);
        break;
    case Input::Up:
        if (!list->move(-1)) list->wheel(1);
        break;
    case Input::Down:
        if (!list->move(1)) list->wheel(-1);
        break;
    case Input::Activate:
        if (tab_ == Learning && firstReference_ >= 0 && learning_.focused() >= firstReference_) {
            openReference(learning_.focused());
            break;
        }
        if (tab_ == Decisions && decisions_.focused() >= 0 &&
            !rows_[static_cast<std::size_t>(decisions_.focused())].link.empty()) {
            openDecisionSource(decisions_.focused());
            break;
        }
        leave();
        return true;
    case Input::Back:
        leave();
        return true;
    case Input::WhatIf:
        if (!whatIfOffered_) return false;
        openWhatIf();
        return true;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool DebriefScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseButtonPressed &&
        coachClick(ctx_, stack_, *this, coach_,
                   {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
        return true; // the tutorial's coach panel
    if (tab_ == Transcript && transcriptEvent(e)) return true;
    if (e.type == sf::Event::MouseMoved) {
        const sf::Vector2f at(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        trackHover(hits_, at, 100, ctx_.theme.px(6), hoverKey_, hoverRect_,
                   [this](const sf::FloatRect& r) { invalidate(r); });
        if (tab_ == Decisions) {
            const int row = decisions_.hit(at);
            const int over =
                row >= 0 && !rows_[static_cast<std::size_t>(row)].link.empty() ? row : -1;
            if (over != hoverDecision_) {
                hoverDecision_ = over;
                invalidate();
            }
        }
        if (tab_ == Learning && firstReference_ >= 0) {
            const int row = learning_.hit(at);
            const int over = row >= firstReference_ ? row : -1;
            if (over != hoverReference_) {
                hoverReference_ = over;
                invalidate();
            }
        }
        return true;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        const sf::Vector2f p(static_cast<float>(e.mouseWheelScroll.x),
                             static_cast<float>(e.mouseWheelScroll.y));
        for (ListView* l : {&paths_, &decisions_, &learning_, &scoring_})
            if (l->rect().contains(p) && l->wheel(e.mouseWheelScroll.delta)) invalidate();
        return true;
    }
    if (e.type != sf::Event::MouseButtonPressed) return false;
    const sf::Vector2f at(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
    if (tab_ == Learning && firstReference_ >= 0 && learning_.rect().contains(at)) {
        const int row = learning_.hit(at);
        if (row >= firstReference_) {
            learning_.setFocused(row);
            openReference(row);
            return true;
        }
    }
    if (tab_ == Decisions && decisions_.rect().contains(at)) {
        const int row = decisions_.hit(at);
        if (row >= 0) {
            decisions_.setFocused(row);
            if (!rows_[static_cast<std::size_t>(row)].link.empty()) openDecisionSource(row);
            invalidate();
            return true;
        }
    }
    if (tab_ == Overview && paths_.rect().contains(at)) {
        const int row = paths_.hit(at);
        if (row >= 0) {
            paths_.setFocused(row);
            invalidate();
            return true;
        }
    }
    const Hit* h = hits_.at(at);
    if (!h) return false;
    if (h->id == 1)
        setTab(h->sub);
    else if (h->id == 2)
        leave();
    else if (h->id == 3)
        openWhatIf();
    return true;
}

void DebriefScene::openReference(int row) {
    const std::size_t k = static_cast<std::size_t>(row - firstReference_);
    if (row < firstReference_ || k >= d_->sources.size()) return;
    const rc::SourceRef& ref = d_->sources[k];
    openLink(ref.link, ref.label);
}

void DebriefScene::openDecisionSource(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return;
    const play::DebriefRow& r = rows_[static_cast<std::size_t>(row)];
    openLink(r.link, r.linkName);
}

void DebriefScene::openLink(const std::string& link, const std::string& name) {
    std::string error;
    if (link.empty())
        linkNote_ = "This source has no web address: search for its title.";
    else if (opener_.open(link, error))
        linkNote_ = "Opening " + name + " in your browser";
    else
        linkNote_ = "Could not open a browser (" + error + "): the address is " + link;
    invalidate();
}

void DebriefScene::update(float dt) {
    clock_ += dt;
    // --what-if N:ALTERNATIVE: once the debrief has shown, the chooser at that decision plays it.
    if (!ctx_.settings.whatIf.empty() && clock_ >= 0.25f) {
        const std::string spec = ctx_.settings.whatIf;
        ctx_.settings.whatIf.clear();
        const auto points = play::decisionPoints(ctx_.game->play.session());
        std::size_t point = 0, alt = 0;
        std::string error;
        if (!whatIfOffered_)
            error = "--what-if: this debrief offers no branch (practice mode only)";
        else if (play::parseWhatIf(spec, points, point, alt, error)) {
            stack_.push(makeWhatIfScene(ctx_, stack_, static_cast<int>(point),
                                        static_cast<int>(alt), true));
            return;
        }
        std::cerr << "rootcause: " << error << "\n";
        if (ctx_.runner) ctx_.runner->quit(2);
        return;
    }
    if (!ctx_.settings.exitAfterDebrief) return;
    // Photograph every tab, then print the total and leave.
    if (clock_ < 0.25f) return;
    clock_ = 0;
    if (tourStep_ + 1 < kTabs) {
        setTab(++tourStep_);
        return;
    }
    if (!printed_) {
        printed_ = true;
        std::printf("debrief-total: %.1f\n", d_->score.total);
        if (branch()) // the branch's outcome beside the student's
            std::printf("what-if-outcome: %s (%s): %s\nwhat-if-yours: (%s) total %.1f\n",
                        ctx_.game->play.session().outcome()->id.c_str(), d_->outcomeStatus.c_str(),
                        d_->outcomeText.c_str(), ctx_.game->whatIf->mine.outcomeStatus.c_str(),
                        ctx_.game->whatIf->mine.total);
        std::fflush(stdout);
        // A write that failed and never succeeded since (autosave, profile): not a clean run.
        const bool lost = ctx_.game && ctx_.game->writes.failedUnrecovered();
        if (lost)
            std::fprintf(stderr, "rootcause: error: %s\n", ctx_.game->writes.banner().c_str());
        if (ctx_.runner) ctx_.runner->quit(lost ? kExitWriteFailed : 0);
    }
}

std::unique_ptr<Scene> makeDebriefScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<DebriefScene>(ctx, stack);
}

} // namespace rc::ui
