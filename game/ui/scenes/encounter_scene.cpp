#include "game/ui/scenes/encounter_scene.hpp"

#include "game/engine/content.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/decision_scene.hpp"
#include "game/ui/scenes/estimate_scene.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/hands_on_scene.hpp"
#include "game/ui/scenes/image_viewer_scene.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace rc::ui {

EncounterScene::EncounterScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
    rebuild();
    list_.setFocused(0);
    notes_.edit().set(game().play.notes());
    transcript_.setEntries(play::transcript(game().play.session()));
}

play::Game& EncounterScene::game() const {
    return *ctx_.game;
}

std::string EncounterScene::name() const {
    static const char* const names[] = {"history", "examination", "investigations", "differential"};
    return "encounter-v" + std::to_string(game().play.session().visitNumber()) + "-" +
           names[static_cast<int>(tab_)];
}

void EncounterScene::rebuild() {
    rows_ = play::rowsFor(tab_, game().play.session());
    // Practice mode: each order shows the verdict the case's rules give it (exam: none).
    if (tab_ == play::EncounterTab::Investigations)
        if (const auto sc = game().play.practiceScore())
            play::judgeOrders(rows_, game().play.session(), *sc);
    std::vector<ListItem> items;
    for (const auto& r : rows_)
        items.push_back({r.heading, r.heading ? 32.0f : 38.0f});
    list_.setItems(std::move(items));
    invalidate();
}

void EncounterScene::setTab(play::EncounterTab t) {
    if (t == tab_) return;
    tab_ = t;
    tabFocus_ = static_cast<int>(t);
    shownRow_ = -1;
    message_.clear();
    rebuild();
    list_.setFocused(0);
    // The tutorial's coach: looking at the differential is a step of its own.
    if (t == play::EncounterTab::Notes) game().coachEvent(rc::CoachEvent::Differential);
    layout(size_);
    if (ctx_.runner) ctx_.runner->screenshot(name());
}

void EncounterScene::layout(sf::Vector2f size) {
    Scene::layout(size);
    const Theme& th = ctx_.theme;
    const float g = th.padding();
    const float top = th.topBar() + g, bottom = size.y - th.bottomBar() - g;
    const float leftW = std::clamp(std::round(size.x * 0.29f), th.px(260), th.px(420));
    leftRect_ = {g, top, leftW, bottom - top};
    rightRect_ = {g * 2 + leftW, top, size.x - leftW - 3 * g, bottom - top};
    const sf::FloatRect inner = inset(rightRect_, g);
    tabsRect_ = {inner.left, inner.top, inner.width, th.px(44)};
    const float listTop = tabsRect_.top + tabsRect_.height + th.px(8);
    // Investigations in a wide panel: the report beside the list, both the panel's height.
    sideBySide_ = tab_ == play::EncounterTab::Investigations && inner.width >= th.px(680);
    if (sideBySide_) {
        const float listW = std::round(inner.width * 0.6f);
        detailRect_ = {inner.left + listW + g, listTop, inner.width - listW - g,
                       inner.top + inner.height - listTop};
        list_.setRect({inner.left, listTop, listW, detailRect_.height}, th.scale);
    } else {
        const float detailH = detailHeight(inner);
        detailRect_ = {inner.left, inner.top + inner.height - detailH, inner.width, detailH};
        list_.setRect({inner.left, listTop, inner.width, detailRect_.top - th.px(12) - listTop},
                      th.scale);
    }
    list_.setFocused(list_.focused()); // keep the focused row in view at the new size
    invalidate();
}

bool EncounterScene::askEstimate() const {
    const play::PlayState& ps = game().play;
    return play::estimateWanted(game().profile.askEstimates, ps.mode(), ps.kase().tutorial());
}

bool EncounterScene::computedShown() const {
    const play::PlayState& ps = game().play;
    return ps.active() && ps.mode() != "exam" && !ps.kase().priors.empty();
}

void EncounterScene::apply(const rc::Action& a) {
    const rc::Reply r = game().play.apply(a);
    if (!r.ok) {
        message_ = r.error;
        if (game().autoplaying) {
            std::cerr << "rootcause: autoplay: '" << a.str() << "' was refused: " << r.error
                      << "\n";
            game().autoplaying = false;
            if (ctx_.settings.exitAfterDebrief && ctx_.runner) ctx_.runner->quit(1);
        }
    } else {
        message_.clear();
    }
    const int keep = list_.focused();
    rebuild();
    layout(size_); // the detail panel fits the answers given so far
    list_.setFocused(keep);
}

void EncounterScene::doExam(const std::string& id, rc::Side side, std::optional<int> angle) {
    const rc::Exam* e = game().play.session().catalog().exam(id);
    rc::Action a;
    a.verb = rc::Verb::Exam;
    a.args = {id};
    a.side = side;
    a.angle = angle;
    // An autoplayed hands-on exam with no angle in the log (a replay's expert path): nobody would
    // move the leg, so the action is played as logged.
    if (e && !e->handsOn.empty() && !(game().autoplaying && !angle)) {
        stack_.push(makeHandsOnScene(
            ctx_, stack_, game().play.session(), id, side,
            [this](const rc::Action& act) { apply(act); }, angle));
        return;
    }
    apply(a);
}

void EncounterScene::activate(int i, int side) {
    if (i < 0 || i >= static_cast<int>(rows_.size()) || rows_[i].heading) return;
    const play::EncounterRow& row = rows_[i];
    const int shownBefore = shownRow_;
    shownRow_ = i;
    shownSide_ = side;
    rc::Action a;
    a.args = {row.id};
    switch (tab_) {
    case play::EncounterTab::History:
        a.verb = rc::Verb::Ask;
        apply(a);
        break;
    case play::EncounterTab::Examination:
        doExam(row.id, row.sided ? (side == 0 ? rc::Side::Left : rc::Side::Right) : rc::Side::None,
               std::nullopt);
        break;
    case play::EncounterTab::Investigations:
        if (row.done) {
            // Enter again on a report already shown enlarges its schematic.
            if (shownBefore == i) openImage(i);
            layout(size_); // show its report or pending state
            break;
        }
        a.verb = rc::Verb::Order;
        if (askEstimate()) { // practice, the setting on: the estimate first (issue #19)
            stack_.push(makeEstimateScene(ctx_, stack_,
                                          play::EstimatePrompt(game().play.session(), row.id),
                                          [this](const rc::Action& act) { apply(act); }));
            break;
        }
        apply(a);
        break;
    case play::EncounterTab::Notes: {
        const auto next = play::toggleDifferential(game().play.session().differential(), row.id);
        if (next.empty()) {
            message_ = "Keep at least one diagnosis in your working differential.";
            invalidate();
            break;
        }
        if (next == game().play.session().differential()) {
            message_ = "Your working differential holds five diagnoses: remove one first.";
            invalidate();
            break;
        }
        a.verb = rc::Verb::Differential;
        a.args = next;
        apply(a);
        break;
    }
    }
}

void EncounterScene::cancelOrder(int i) {
    if (i < 0 || i >= static_cast<int>(rows_.size()) || !rows_[i].pending) return;
    shownRow_ = i;
    apply(play::cancelAction(rows_[i]));
    if (message_.empty()) message_ = game().play.lastReply();
}

void EncounterScene::openDecision() {
    setTyping(false);
    if (ctx_.runner) ctx_.runner->screenshot(name());
    stack_.push(makeDecisionScene(ctx_, stack_));
}

void EncounterScene::openImage(int i) {
    if (i < 0 || i >= static_cast<int>(rows_.size())) return;
    const rc::Session& s = game().play.session();
    const rc::OrderedTest* o = play::orderFor(s, rows_[i].id);
    const rc::Investigation* inv = s.catalog().investigation(rows_[i].id);
    if (!o || !inv) return;
    if (auto v = reportImage(*inv, *o))
        stack_.push(
            makeImageViewerScene(ctx_, stack_, *v, inv->label + " · report", reportText(*o)));
}

void EncounterScene::leave() {
    setTyping(false);
    confirmLeaveCase(ctx_, stack_); // asks first; the notes are saved
}

bool EncounterScene::input(Input in) {
    const int n = static_cast<int>(rows_.size());
    // While the notes field has the keyboard, every key is typing but Esc (done) and Tab.
    if (typing_) {
        if (in != Input::Back && in != Input::Next && in != Input::Prev) return false;
        setTyping(false);
        if (in == Input::Back) return true;
    }
    if (region_ == Figure && panelInput(in)) return true;
    switch (in) {
    case Input::Tab1:
        setTab(play::EncounterTab::History);
        return true;
    case Input::Tab2:
        setTab(play::EncounterTab::Examination);
        return true;
    case Input::Tab3:
        setTab(play::EncounterTab::Investigations);
        return true;
    case Input::Tab4:
        setTab(play::EncounterTab::Notes);
        return true;
    case Input::Next:
        region_ = static_cast<Region>((region_ + 1) % kRegions);
        break;
    case Input::Prev:
        region_ = static_cast<Region>((region_ + kRegions - 1) % kRegions);
        break;
    case Input::Back:
        leave();
        return true;
    case Input::Remove: // Delete: cancel the focused pending order
        if (tab_ != play::EncounterTab::Investigations) return false;
        cancelOrder(list_.focused());
        break;
    case Input::Up:
    case Input::Down:
        if (region_ != List) {
            region_ = List;
            break; // focus rings move between regions: all of it
        }
        list_.move(in == Input::Down ? 1 : -1);
        // Investigations under the list: a report needs more room than an order's terms.
        if (tab_ == play::EncounterTab::Investigations && !sideBySide_) layout(size_);
        invalidate(rightRect_); // the list and the detail panel
        return true;
    case Input::Left:
    case Input::Right: {
        const int d = in == Input::Right ? 1 : -1;
        if (region_ == Tabs)
            setTab(static_cast<play::EncounterTab>((static_cast<int>(tab_) + d + 4) % 4));
        else if (region_ == List) {
            side_ = d > 0 ? 1 : 0;
            invalidate(rightRect_);
            return true;
        }
        break;
    }
    case Input::Activate:
        if (region_ == List && list_.focused() >= 0 && list_.focused() < n)
            activate(list_.focused(), side_);
        else if (region_ == Figure)
            view_ = view_ == View::Front ? View::Back : View::Front;
        else if (region_ == Decide)
            openDecision();
        else if (region_ == Tabs)
            region_ = List;
        break;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool EncounterScene::event(const sf::Event& e) {
    if (e.type == sf::Event::MouseButtonPressed &&
        coachClick(ctx_, stack_, *this, coach_,
                   {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
        return true; // the tutorial's coach panel
    if (typing_ && typingEvent(e)) return true;
    if (sideEvent(e)) return true;
    if (e.type == sf::Event::MouseMoved) {
        const sf::Vector2f p(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        const Hit* h = hits_.at(p);
        const bool changed = (h == nullptr) != !hover_.has_value() ||
                             (h && (h->id != hover_->id || h->sub != hover_->sub));
        if (changed) {
            // Only the old and the new hovered control are repainted (with room for a focus ring).
            const float g = ctx_.theme.px(6);
            // A row's hover underlay spans the whole row, side buttons included.
            auto grow = [&](const Hit& x) {
                const sf::FloatRect r = x.id == HitRow || x.id == HitSide
                                            ? sf::FloatRect(rightRect_.left, x.rect.top,
                                                            rightRect_.width, x.rect.height)
                                            : x.rect;
                return sf::FloatRect(r.left - g, r.top - g, r.width + 2 * g, r.height + 2 * g);
            };
            // The old one where it was hovered and where it is drawn now (a list scrolled by
            // keys since moves its hovered row).
            if (hover_) invalidate(grow(*hover_));
            if (const Hit* now = hover_ ? hits_.find(hover_->id, hover_->sub) : nullptr)
                invalidate(grow(*now));
            if (h) invalidate(grow(*h));
        }
        if (h)
            hover_ = *h;
        else
            hover_.reset();
        return true;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        if (list_.wheel(e.mouseWheelScroll.delta)) invalidate();
        return true;
    }
    if (e.type != sf::Event::MouseButtonPressed || e.mouseButton.button != sf::Mouse::Left)
        return false;
    const Hit* h =
        hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
    if (!h) return false;
    switch (h->id) {
    case HitTab:
        region_ = Tabs;
        setTab(static_cast<play::EncounterTab>(h->sub));
        break;
    case HitRow:
        region_ = List;
        list_.setFocused(h->sub);
        if (rows_[h->sub].sided)
            shownRow_ = h->sub, invalidate(); // choose a side to act
        else
            activate(h->sub, side_);
        break;
    case HitSide:
        region_ = List;
        list_.setFocused(h->sub / 2);
        side_ = h->sub % 2;
        activate(h->sub / 2, side_);
        break;
    case HitView:
        region_ = Figure;
        view_ = h->sub ? View::Back : View::Front;
        break;
    case HitDecide:
        region_ = Decide;
        openDecision();
        break;
    case HitImage:
        openImage(h->sub);
        break;
    case HitDermatomes:
        region_ = Figure;
        toggleDermatomes();
        break;
    case HitLeave:
        leave();
        break;
    case HitCancel:
        cancelOrder(h->sub);
        break;
    default:
        return false;
    }
    invalidate();
    return true;
}

bool EncounterScene::syncSession() {
    // The session changed under us (hands-on scene recorded, a visit ended): redraw from it.
    const rc::Session& s = game().play.session();
    if (s.taken().size() == seenTaken_ && s.visitIndex() == seenVisit_) return false;
    if (s.visitIndex() != seenVisit_) shownRow_ = -1, message_.clear();
    seenTaken_ = s.taken().size();
    seenVisit_ = s.visitIndex();
    transcript_.setEntries(play::transcript(s));
    const int keep = list_.focused();
    rebuild();
    layout(size_);
    list_.setFocused(keep);
    return true;
}

void EncounterScene::update(float dt) {
    if (syncSession() && ctx_.runner) ctx_.runner->screenshot(name());
    if (bars_.tick(dt)) invalidate(barsRect_); // the differential's bars on their way
    autoplayStep(dt);
    watchStep(dt);
    notesStep(dt);
}

void EncounterScene::autoplayStep(float dt) {
    play::Game& g = game();
    if (!g.autoplaying || stack_.top() != this) return;
    // The log's notes are typed first, key by key, into the Notes panel.
    if (const std::string notes = g.autoplay.takeNotes(); !notes.empty() && g.play.notes().empty())
        typeNotes(notes);
    if (!g.autoplay.active()) return;
    const rc::Action a = *g.autoplay.peek();
    const play::Autoplay::Beat beat = g.autoplay.tick(dt);
    if (beat == play::Autoplay::Beat::Wait) return;
    const bool decision =
        a.verb == rc::Verb::Diagnose || a.verb == rc::Verb::Plan || a.verb == rc::Verb::Advance;
    if (beat == play::Autoplay::Beat::Show) {
        const play::EncounterTab before = tab_;
        const Region was = region_;
        if (decision) {
            region_ = Decide;
        } else {
            setTab(play::tabFor(a));
            region_ = List;
            const int row = play::rowFor(rows_, a);
            if (row >= 0) list_.setFocused(row), shownRow_ = row;
            side_ = a.side == rc::Side::Left ? 0 : 1;
            shownSide_ = side_;
        }
        if (tab_ != before || was != region_) {
            invalidate();
        } else { // the same tab: a new focused row and its detail
            invalidate(rightRect_);
        }
        return;
    }
    if (decision) {
        g.autoplay.resetBeat();
        openDecision();
        return;
    }
    g.autoplay.pop();
    if (a.verb == rc::Verb::Exam)
        doExam(a.args[0], a.side, a.angle);
    else if (a.verb == rc::Verb::Order && askEstimate()) // the prompt shows what the log commits
        stack_.push(makeEstimateScene(
            ctx_, stack_, play::EstimatePrompt(g.play.session(), a.args[0]),
            [this](const rc::Action& act) { apply(act); }, a));
    else
        apply(a);
}

void EncounterScene::watchStep(float dt) {
    play::Game& g = game();
    if (!ctx_.settings.watch || g.watchFile.empty() || stack_.top() != this) return;
    watchClock_ += dt;
    if (watchClock_ < 0.5f) return;
    watchClock_ = 0;
    std::error_code ec;
    const auto t = std::filesystem::last_write_time(g.watchFile, ec);
    if (ec) return;
    const long long stamp = static_cast<long long>(t.time_since_epoch().count());
    if (watchStamp_ == 0) {
        watchStamp_ = stamp;
        return;
    }
    if (stamp == watchStamp_) return;
    watchStamp_ = stamp;
    rc::Diagnostics diags;
    auto c = rc::loadCheckedCase(g.watchFile, g.content.catalog, diags);
    if (!c || diags.hasErrors()) {
        watchErrors_ = diags.str();
        invalidate();
        return;
    }
    watchErrors_.clear();
    const std::size_t n = g.play.reload(*c);
    message_ = "Reloaded " + g.watchFile + " (" + std::to_string(n) + " actions replayed).";
    transcript_.setEntries(play::transcript(g.play.session()));
    rebuild();
}

std::unique_ptr<Scene> makeEncounterScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<EncounterScene>(ctx, stack);
}

} // namespace rc::ui
