#include "game/ui/dev/layout_check.hpp"

#include "game/engine/content.hpp"
#include "game/engine/session.hpp"
#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/core/line_tip.hpp"
#include "game/ui/core/screenshot.hpp"
#include "game/ui/dev/layout_tour.hpp"
#include "game/ui/kit/drawn_text.hpp"
#include "game/ui/scenes/briefing_scene.hpp"
#include "game/ui/scenes/estimate_scene.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/help_scene.hpp"
#include "game/ui/scenes/host_setup_scene.hpp"
#include "game/ui/scenes/image_viewer_scene.hpp"
#include "game/ui/scenes/join_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"
#include "game/ui/scenes/what_if_scene.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <map>
#include <ostream>
#include <set>

namespace rc::ui {

namespace layout_tour {

/// The case whose debrief is branched ("What if…"): its chooser and the branch's debrief are
/// looked at. Its plan at visit 1 has a surgical alternative that ends the case at once.
constexpr const char* kWhatIfCase = "degenerative-meniscus";

void Tour::problem(const std::string& scene, const std::string& where, const std::string& what) {
    const std::string key = scene + ": " + what;
    if (problems_.emplace(key, where).second) order_.push_back(key);
}

void Tour::look(const std::string& where, const std::string& shot) {
    const std::vector<Scene*> vis = stack_.visible();
    if (vis.empty()) return;
    sf::RenderWindow& w = ctx_.window;
    w.setView(sf::View(sf::FloatRect(0, 0, size_.x, size_.y)));
    // Nothing is shown: unless it is photographed, the frame is drawn through a one-pixel
    // scissor, so software OpenGL skips the filling (the check reads what the kit measured and
    // placed, never the pixels) — a third of the time at 1280x720, more when larger.
    const bool photo = !ctx_.settings.screenshotDir.empty();
    if (!photo && w.setActive(true)) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(0, 0, 1, 1);
    }
    w.clear(ctx_.theme.c.background);
    drawn_.begin();
    for (Scene* s : vis) {
        drawn_.setRecording(s == vis.back());
        s->draw(w);
        s->drawLive(w);
    }
    drawn_.setRecording(false);
    if (!photo && w.setActive(true)) glDisable(GL_SCISSOR_TEST);
    for (Scene* s : vis)
        s->clean();
    ++looks_;
    const std::size_t before = order_.size();
    for (const std::string& p : drawn_.problems(size_))
        problem(vis.back()->name(), where, p);
    drawn_.forEachShortened(
        [&](const std::string& full) { shortened_.insert(vis.back()->name() + ": " + full); });
    // With --screenshot-dir, each scene as first seen (before a tip is tried over it), and the
    // screen of each new problem, named in the problem's line.
    if (!ctx_.settings.screenshotDir.empty() && seen_.insert(vis.back()->name()).second)
        saveScreenshot(w, ctx_.settings.screenshotDir + "/scene-" + vis.back()->name() + ".png");
    if (!shot.empty() && !ctx_.settings.screenshotDir.empty() && seen_.insert(shot).second)
        saveScreenshot(w, ctx_.settings.screenshotDir + "/" + shot + ".png");
    tryTip(vis.back()->name(), where);
    if (order_.size() > before && !ctx_.settings.screenshotDir.empty()) {
        const std::string file = std::to_string(++shots_) + "-" + vis.back()->name() + ".png";
        if (saveScreenshot(w, ctx_.settings.screenshotDir + "/" + file).empty())
            for (std::size_t i = before; i < order_.size(); ++i)
                problems_[order_[i]] += ", " + file;
    }
    // Each kind of screen's help page over it, the first time the kind is seen.
    const SceneKind k = vis.back()->kind();
    if (k != SceneKind::Help && helped_.insert(k).second) {
        stack_.push(makeHelpScene(ctx_, stack_, k));
        apply();
        look(where);
        stack_.pop();
        apply();
    }
}

void Tour::tryTip(const std::string& scene, const std::string& where) {
    if (tipped_.count(scene)) return;
    const DrawnText::Line* line = nullptr;
    drawn_.forEachShortenedLine([&](const DrawnText::Line& l) {
        if (!line) line = &l;
    });
    if (!line) return;
    tipped_.insert(scene);
    const std::string full = line->full;
    const sf::Vector2f at(line->box.left + line->box.width / 2,
                          line->box.top + line->box.height / 2);
    LineTip tip;
    tip.pointer(at, drawn_);
    if (tip.text() != full) {
        problem(scene, where, "no tip under the pointer on a shortened line: \"" + full + "\"");
        return;
    }
    const sf::FloatRect box = tip.draw(ctx_.window, ctx_.fonts, ctx_.theme, size_);
    ++tips_;
    if (box.left < 0 || box.top < 0 || box.left + box.width > size_.x ||
        box.top + box.height > size_.y)
        problem(scene, where, "a tip runs off the window: \"" + full + "\"");
    if (!ctx_.settings.screenshotDir.empty())
        saveScreenshot(ctx_.window, ctx_.settings.screenshotDir + "/tip-" + scene + ".png");
}

void Tour::viewImages(const std::string& where) {
    const rc::Session& s = ctx_.game->play.session();
    for (const rc::OrderedTest& o : s.orders()) {
        const rc::Investigation* inv = s.catalog().investigation(o.test);
        const auto v = inv ? reportImage(*inv, o) : std::nullopt;
        if (!v) continue;
        stack_.push(
            makeImageViewerScene(ctx_, stack_, *v, inv->label + " · report", reportText(o)));
        apply();
        look(where);
        stack_.pop();
        apply();
    }
}

void Tour::viewEstimate(const std::string& where) {
    const rc::Session& s = ctx_.game->play.session();
    if (s.catalog().investigations.empty()) return;
    play::EstimatePrompt prompt(s, s.catalog().investigations.front().id);
    prompt.step(0, 1);
    stack_.push(makeEstimateScene(ctx_, stack_, std::move(prompt), {}));
    apply();
    look(where);
    stack_.pop();
    apply();
}

void Tour::tourTop(const std::string& where) {
    Scene* top = stack_.top();
    if (!top) return;
    const int n = top->tourStates();
    for (int i = 0; i < n; ++i) {
        top->tourState(i);
        apply();
        if (stack_.top() != top) return; // the state left the scene (it should not)
        // With --screenshot-dir, each state of each scene once (tabs, panels, a full room).
        look(where, "state-" + top->name() + "-" + std::to_string(i));
    }
}

void Tour::playCase(const rc::Case& c, bool challengeBar) {
    play::Game& g = *ctx_.game;
    g.autoplay.set(c.expert);
    g.autoplay.pace = kPace;
    g.autoplaying = true;
    ctx_.countdown =
        challengeBar ? Countdown{"Case 12 of 12  ·  Time left 59:59", false} : Countdown{};
    beginCase(ctx_, stack_, c, "");
    apply();
    const std::string where = "case " + c.id;
    Scene* last = nullptr;
    std::size_t lastTaken = 0;
    std::set<const Scene*> toured;
    for (int i = 0; i < kMaxSteps; ++i) {
        Scene* top = stack_.top();
        if (!top) break;
        const SceneKind k = top->kind();
        // An encounter is toured once a visit, just before it is left (the most on screen).
        const rc::Action* next = g.autoplay.peek();
        const bool leaving = !next || next->verb == rc::Verb::Diagnose ||
                             next->verb == rc::Verb::Plan || next->verb == rc::Verb::Advance;
        if (k == SceneKind::Encounter && leaving && !toured.count(top)) {
            toured.insert(top);
            tourTop(where);
            viewImages(where);
            viewEstimate(where);
        }
        if (k == SceneKind::Debrief && !g.autoplay.active()) {
            tourTop(where);
            if (c.id == kWhatIfCase && !challengeBar) tourWhatIf(where);
            break;
        }
        // A changed part alone (a row highlighted before it is acted on, a hover) moves no
        // text: looked at when the scene next redraws whole.
        // The hands-on scene redraws its reading every step as the leg moves: sampled. The
        // encounter is looked at once an action was taken (not when autoplay only shows the row
        // it is about to act on: the same texts).
        const bool sampled = k == SceneKind::HandsOn || top->animating();
        const std::size_t taken = g.play.session().taken().size();
        const bool acted = taken != lastTaken;
        lastTaken = taken;
        const bool due = sampled                     ? i % kAnimatedEvery == 0
                         : k == SceneKind::Encounter ? acted && top->dirty()
                                                     : top->dirty();
        if (top != last || due) look(where);
        last = top;
        step();
        if (i + 1 == kMaxSteps)
            problem(top->name(), where, "the tour did not reach the debrief (stuck here)");
    }
    g.autoplaying = false;
    g.autoplay.set({});
    ctx_.countdown = Countdown{};
    stack_.clear();
    apply();
}

void Tour::tourWhatIf(const std::string& where) {
    play::Game& g = *ctx_.game;
    const auto points = play::decisionPoints(g.play.session());
    std::size_t point = points.size();
    std::size_t alt = 0;
    for (std::size_t i = 0; i < points.size() && point == points.size(); ++i)
        for (std::size_t k = 0; k < points[i].alternatives.size(); ++k) {
            const auto& acts = points[i].alternatives[k].actions;
            if (points[i].action.verb == rc::Verb::Plan && !acts.empty() &&
                acts.front().args.front() == "surgical")
                point = i, alt = k;
        }
    if (point == points.size()) {
        problem("what-if", where, "no surgical plan to branch to");
        return;
    }
    stack_.push(makeWhatIfScene(ctx_, stack_, static_cast<int>(point), static_cast<int>(alt)));
    apply();
    look(where + " (what if)");
    tourTop(where + " (what if)");
    startWhatIf(ctx_, stack_, point, alt);
    apply();
    for (int i = 0; i < kMaxSteps; ++i) {
        Scene* top = stack_.top();
        if (!top) break;
        if (top->kind() == SceneKind::Debrief) {
            tourTop(where + " (what if)");
            break;
        }
        if (top->dirty()) look(where + " (what if)");
        step();
        if (i + 1 == kMaxSteps)
            problem(top->name(), where, "the what-if branch did not reach its debrief");
    }
    endWhatIf(ctx_);
}

void Tour::cases() {
    std::vector<const rc::Case*> all;
    for (const auto& c : ctx_.content->cases)
        if (!c.studentCopy) all.push_back(&c);
    std::sort(all.begin(), all.end(),
              [](const rc::Case* a, const rc::Case* b) { return a->id < b->id; });
    for (std::size_t i = 0; i < all.size(); ++i)
        playCase(*all[i], i % 2 == 1);
}

void Tour::visit(std::unique_ptr<Scene> s, const std::string& where) {
    stack_.clear();
    apply();
    stack_.push(std::move(s));
    apply();
    look(where);
    tourTop(where);
    stack_.clear();
    apply();
}

void Tour::screens() {
    visit(makeTitleScene(ctx_, stack_), "menus");
    // A briefing: the first case's (no scene before it in the tour).
    for (const auto& c : ctx_.content->cases)
        if (!c.studentCopy) {
            visit(makeBriefingScene(ctx_, stack_, c, ""), "menus");
            break;
        }
    // A new player's first launch: the tutorial's briefing with its welcome.
    if (const rc::Case* t = ctx_.game ? play::tutorialCase(ctx_.game->content) : nullptr)
        visit(makeWelcomeScene(ctx_, stack_, *t), "menus");
    visit(makeLibraryScene(ctx_, stack_), "menus");
    visit(makeJoinScene(ctx_, stack_), "menus");
    visit(makeHostSetupScene(ctx_, stack_), "menus");
    visit(makeMessageScene(ctx_, stack_, "The saved game could not be read",
                           "A fresh start is needed. The damaged file was kept as "
                           "/home/student/.local/share/rootcause/autosave.log.corrupt-1."),
          "menus");
}

int Tour::report(std::ostream& out) const {
    for (const std::string& key : order_)
        out << "layout: " << key << " (" << problems_.at(key) << ")\n";
    out << "layout: " << looks_ << " screens looked at; " << shortened_.size()
        << " lines shortened with \"…\", each shown whole under the pointer (tried on " << tips_
        << " scenes)\n";
    out << "layout: " << order_.size() << " problems\n";
    return order_.empty() ? 0 : 1;
}

} // namespace layout_tour

int runLayoutCheck(Context& ctx, SceneStack& stack, std::ostream& out) {
    layout_tour::Tour tour(ctx, stack);
    tour.screens();
    tour.cases();
    tour.classroom();
    return tour.report(out);
}

} // namespace rc::ui
