#include "game/ui/scenes/decision_scene.hpp"

#include "game/play/decision_model.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/flow.hpp"

#include <algorithm>
#include <iostream>

namespace rc::ui {

DecisionScene::DecisionScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
    const rc::Session& s = play().session();
    rows_[Diag] = play::diagnosisRows(s.catalog());
    rows_[Path] = play::pathwayRows(s.catalog());
    rows_[Parts] = play::partRows(s.catalog());
    for (int k : {Diag, Path, Parts}) {
        std::vector<ListItem> items;
        for (const auto& r : rows_[k])
            items.push_back({r.heading, r.heading ? 30.0f : 34.0f});
        lists_[k].setItems(items);
        lists_[k].setFocused(0);
    }
    // The student's own diagnosis and, at a later visit, the previous visit's plan; never a side
    // the student did not choose.
    choice_ = play::initialChoice(s);
    planKept_ = !s.plan() && play::previousPlan(s) && !choice_.pathway.empty();
    if (planKept_) {
        lists_[Path].setFocused(std::max(0, indexOf(Path, choice_.pathway)));
        message_.clear();
    }
    if (g().autoplaying) g().autoplay.resetBeat();
}

std::string DecisionScene::name() const {
    return "decision-v" + std::to_string(ctx_.game->play.session().visitNumber());
}

void DecisionScene::layout(sf::Vector2f size) {
    Scene::layout(size);
    const Theme& th = ctx_.theme;
    const float gp = th.padding(), top = th.topBar() + gp, bottom = size.y - th.bottomBar() - gp;
    const float w = size.x - 4 * gp;
    col_[0] = {gp, top, std::round(w * 0.34f), bottom - top};
    col_[1] = {col_[0].left + col_[0].width + gp, top, std::round(w * 0.36f), bottom - top};
    col_[2] = {col_[1].left + col_[1].width + gp, top,
               size.x - col_[1].left - col_[1].width - 2 * gp, bottom - top};
    const sf::FloatRect a = inset(col_[0], gp), b = inset(col_[1], gp);
    sideRect_ = {a.left, a.top + th.px(34), a.width, th.px(32)};
    lists_[Diag].setRect({a.left, sideRect_.top + sideRect_.height + th.px(8), a.width,
                          a.top + a.height - sideRect_.top - sideRect_.height - th.px(8)},
                         th.scale);
    const float pathH = th.px(34) * static_cast<float>(rows_[Path].size());
    lists_[Path].setRect({b.left, b.top + th.px(34), b.width, pathH}, th.scale);
    const float partsTop = b.top + th.px(34) + pathH + th.px(44);
    lists_[Parts].setRect({b.left, partsTop, b.width, b.top + b.height - partsTop}, th.scale);
    for (int k : {Diag, Path, Parts})
        lists_[k].setFocused(lists_[k].focused());
    invalidate();
}

bool DecisionScene::input(Input in) {
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
    case Input::Down:
        if (region_ == Diag || region_ == Path || region_ == Parts)
            lists_[region_].move(in == Input::Down ? 1 : -1);
        break;
    case Input::Left:
    case Input::Right:
        if ((region_ == SideChips || region_ == Diag) && sided()) {
            choice_.side = play::stepSide(choice_.side, in == Input::Right ? 1 : -1);
            message_.clear(); // a refusal was about the choice before this one
        }
        break;
    case Input::Activate:
        if (region_ == Confirm)
            confirm();
        else if (region_ != SideChips)
            choose(region_, lists_[region_].focused());
        break;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool DecisionScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseButtonPressed &&
        coachClick(ctx_, stack_, *this, coach_,
                   {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
        return true; // the tutorial's coach panel
    if (e.type == sf::Event::MouseMoved) {
        trackHover(hits_, {static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)},
                   10000, ctx_.theme.px(6), hoverKey_, hoverRect_,
                   [this](const sf::FloatRect& r) { invalidate(r); });
        return true;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        const sf::Vector2f p(static_cast<float>(e.mouseWheelScroll.x),
                             static_cast<float>(e.mouseWheelScroll.y));
        for (int k : {Diag, Path, Parts})
            if (lists_[k].rect().contains(p) && lists_[k].wheel(e.mouseWheelScroll.delta))
                invalidate();
        return true;
    }
    if (e.type != sf::Event::MouseButtonPressed) return false;
    const Hit* h =
        hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
    if (!h) return false;
    if (h->id == HitRow) {
        region_ = static_cast<Region>(h->sub / 1000);
        lists_[region_].setFocused(h->sub % 1000);
        choose(region_, h->sub % 1000);
    } else if (h->id == HitSide) {
        region_ = SideChips;
        choice_.side = h->sub == 0   ? rc::Side::Left
                       : h->sub == 1 ? rc::Side::Right
                                     : rc::Side::Both;
        message_.clear();
    } else if (h->id == HitConfirm) {
        confirm();
    } else if (h->id == HitBack) {
        stack_.pop();
    }
    invalidate();
    return true;
}

void DecisionScene::update(float dt) {
    if (!g().autoplaying || !g().autoplay.active() || stack_.top() != this) return;
    const rc::Action a = *g().autoplay.peek();
    if (a.verb != rc::Verb::Diagnose && a.verb != rc::Verb::Plan && a.verb != rc::Verb::Advance) {
        stack_.pop(); // back to the encounter for the next question or test
        return;
    }
    const play::Autoplay::Beat beat = g().autoplay.tick(dt);
    if (beat == play::Autoplay::Beat::Wait) return;
    if (beat == play::Autoplay::Beat::Show) {
        show(a);
        invalidate();
        return;
    }
    g().autoplay.pop();
    const rc::Reply r = play().apply(a);
    if (!r.ok) {
        std::cerr << "rootcause: autoplay: '" << a.str() << "' was refused: " << r.error << "\n";
        g().autoplaying = false;
        if (ctx_.settings.exitAfterDebrief && ctx_.runner) ctx_.runner->quit(1);
        return;
    }
    if (a.verb == rc::Verb::Advance) afterAdvance(ctx_, stack_);
    invalidate();
}

play::Game& DecisionScene::g() const {
    return *ctx_.game;
}

play::PlayState& DecisionScene::play() const {
    return ctx_.game->play;
}

int DecisionScene::sideIndex() const {
    return choice_.side == rc::Side::Left    ? 0
           : choice_.side == rc::Side::Right ? 1
           : choice_.side == rc::Side::Both  ? 2
                                             : -1;
}

bool DecisionScene::sided() const {
    const rc::DiagnosisDef* d = play().session().catalog().diagnosis(choice_.diagnosis);
    return d && d->sided;
}

int DecisionScene::indexOf(int list, const std::string& id) const {
    for (std::size_t i = 0; i < rows_[list].size(); ++i)
        if (!rows_[list][i].heading && rows_[list][i].id == id) return static_cast<int>(i);
    return -1;
}

void DecisionScene::choose(int list, int i) {
    if (i < 0 || i >= static_cast<int>(rows_[list].size()) || rows_[list][i].heading) return;
    const std::string& id = rows_[list][i].id;
    message_.clear();
    if (list == Diag) {
        choice_.diagnosis = id; // the side stays as the student chose it (or unchosen)
    } else if (list == Path) {
        choice_.pathway = id;
        planKept_ = false; // the plan is now the student's new one
    } else {
        planKept_ = false;
        auto& ps = choice_.parts;
        auto it = std::find(ps.begin(), ps.end(), id);
        if (it != ps.end())
            ps.erase(it);
        else {
            ps.push_back(id);
            // Keep catalogue order.
            std::stable_sort(ps.begin(), ps.end(), [&](const std::string& a, const std::string& b) {
                return indexOf(Parts, a) < indexOf(Parts, b);
            });
        }
    }
}

void DecisionScene::show(const rc::Action& a) {
    if (a.verb == rc::Verb::Diagnose) {
        choice_.diagnosis = a.args[0];
        choice_.side = a.side;
        region_ = Diag;
        lists_[Diag].setFocused(indexOf(Diag, a.args[0]));
    } else if (a.verb == rc::Verb::Plan) {
        choice_.pathway = a.args[0];
        choice_.parts.assign(a.args.begin() + 1, a.args.end());
        region_ = Parts;
        lists_[Path].setFocused(indexOf(Path, a.args[0]));
        if (a.args.size() > 1) lists_[Parts].setFocused(indexOf(Parts, a.args.back()));
    } else {
        region_ = Confirm;
    }
}

void DecisionScene::confirm() {
    const auto actions = play::decisionActions(play().session(), choice_, message_);
    if (actions.empty()) return;
    for (const auto& a : actions) {
        const rc::Reply r = play().apply(a);
        if (!r.ok) {
            message_ = r.error;
            return;
        }
    }
    afterAdvance(ctx_, stack_);
}

std::unique_ptr<Scene> makeDecisionScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<DecisionScene>(ctx, stack);
}

} // namespace rc::ui
