#include "game/ui/scenes/debrief_scene.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/scenes/flow.hpp"

#include <cstdio>
#include <iostream>

namespace rc::ui {

Mark markOf(rc::Tag t) {
    switch (t) {
    case rc::Tag::Essential:
    case rc::Tag::Indicated:
        return Mark::Good;
    case rc::Tag::Unnecessary:
        return Mark::Caution;
    case rc::Tag::Harmful:
        return Mark::Bad;
    default:
        return Mark::Neutral;
    }
}

const char* markWord(Mark m) {
    switch (m) {
    case Mark::Good:
        return "Good";
    case Mark::Bad:
        return "Harmful";
    case Mark::Caution:
        return "Unnecessary";
    default:
        return "Neutral";
    }
}

const rc::Judgement* judgementFor(const rc::Score& sc, const std::string& step) {
    for (const auto& j : sc.decisions) {
        if (j.missed) continue;
        rc::Action a;
        std::string err;
        const std::string key = rc::parseAction(j.action, a, err) ? a.key() : j.action;
        if (key == step ||
            (step.rfind("plan ", 0) == 0 && step.rfind(key, 0) == 0 && key.rfind("plan ", 0) == 0))
            return &j;
    }
    return nullptr;
}

DebriefScene::DebriefScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
    play::Game& g = *ctx.game;
    d_ = &g.play.debrief();
    g.play.clearAutosave();
    g.profile.record(g.play.kase().id, d_->score.total, g.play.mode());
    g.saveProfile();
    g.cues.raise(play::Cue::DebriefOpened);
}

std::string DebriefScene::name() const {
    static const char* const names[] = {"debrief", "debrief-decisions", "debrief-learning"};
    return names[tab_];
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
    ListView* list = tab_ == Overview ? &paths_ : tab_ == Decisions ? &decisions_ : &learning_;
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
        toLibrary(ctx_, stack_);
        return true;
    case Input::Back:
        toLibrary(ctx_, stack_);
        return true;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool DebriefScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseMoved) {
        const sf::Vector2f at(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        trackHover(hits_, at, 100, ctx_.theme.px(6), hoverKey_, hoverRect_,
                   [this](const sf::FloatRect& r) { invalidate(r); });
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
        for (ListView* l : {&paths_, &decisions_, &learning_})
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
    const Hit* h = hits_.at(at);
    if (!h) return false;
    if (h->id == 1)
        setTab(h->sub);
    else if (h->id == 2)
        toLibrary(ctx_, stack_);
    return true;
}

void DebriefScene::openReference(int row) {
    const std::size_t k = static_cast<std::size_t>(row - firstReference_);
    if (row < firstReference_ || k >= d_->sources.size()) return;
    const rc::SourceRef& ref = d_->sources[k];
    std::string error;
    if (ref.link.empty())
        linkNote_ = "This source has no web address: search for its title.";
    else if (opener_.open(ref.link, error))
        linkNote_ = "Opening " + ref.label + " in your browser";
    else
        linkNote_ = "Could not open a browser (" + error + "): the address is " + ref.link;
    invalidate();
}

void DebriefScene::update(float dt) {
    clock_ += dt;
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
