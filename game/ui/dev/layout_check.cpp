#include "game/ui/dev/layout_check.hpp"

#include "game/engine/content.hpp"
#include "game/engine/session.hpp"
#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "game/ui/core/line_tip.hpp"
#include "game/ui/core/screenshot.hpp"
#include "game/ui/kit/drawn_text.hpp"
#include "game/ui/scenes/briefing_scene.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/help_scene.hpp"
#include "game/ui/scenes/host_setup_scene.hpp"
#include "game/ui/scenes/image_viewer_scene.hpp"
#include "game/ui/scenes/join_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <map>
#include <ostream>
#include <set>

namespace rc::ui {

namespace {

/// Seconds of game time per step: with the autoplay's pace, one step shows an action and the
/// next acts; the hands-on scene's manoeuvre runs in simulated time all the same.
constexpr float kStep = 0.1f;
constexpr float kPace = 0.2f;
/// A case that has not reached its debrief after this many steps is stuck (a problem).
constexpr int kMaxSteps = 20000;
/// While a scene animates, every n-th frame is looked at.
constexpr int kAnimatedEvery = 12;

class Tour {
  public:
    Tour(Context& ctx, SceneStack& stack) : ctx_(ctx), stack_(stack) {
        const sf::Vector2u s = ctx.window.getSize();
        size_ = sf::Vector2f(static_cast<float>(s.x), static_cast<float>(s.y));
        ctx_.theme.drawn = &drawn_;
    }
    ~Tour() { ctx_.theme.drawn = before_; }

    void cases();
    void screens();
    int report(std::ostream& out) const;

  private:
    void apply() { stack_.apply(size_); }
    /// One frame of game time: the top scene's update and the queued scene changes.
    void step() {
        if (ctx_.onFrame) ctx_.onFrame(kStep);
        if (Scene* top = stack_.top()) top->update(kStep);
        apply();
        ctx_.game->cues.take(); // heard by nobody
    }
    /// Draw the visible scenes as the runner would and audit the top one's texts.
    void look(const std::string& where);
    /// The first time a scene shows a shortened line: the pointer rests on it, and its tip must
    /// show the whole text inside the window (photographed with --screenshot-dir).
    void tryTip(const std::string& scene, const std::string& where);
    /// Each arrived report's schematic, enlarged over the encounter.
    void viewImages(const std::string& where);
    /// Every state the top scene offers (tabs, panels), each looked at.
    void tourTop(const std::string& where);
    void problem(const std::string& scene, const std::string& where, const std::string& what);
    /// Play one case's expert path to its debrief, looking at every change on the way.
    void playCase(const rc::Case& c, bool challengeBar);

    Context& ctx_;
    SceneStack& stack_;
    sf::Vector2f size_;
    DrawnText drawn_;
    DrawnText* before_ = ctx_.theme.drawn; ///< the frame loop's, given back at the end
    std::set<std::string> shortened_;      ///< lines shortened (shown whole under the pointer)
    std::map<std::string, std::string> problems_; ///< "scene: what" → where first seen
    std::vector<std::string> order_;              ///< problems in the order found
    int looks_ = 0, shots_ = 0, tips_ = 0;
    std::set<std::string> tipped_; ///< scenes whose tip was tried
    std::set<std::string> seen_;   ///< scenes photographed
    std::set<SceneKind> helped_;   ///< kinds of scene whose help page was looked at
};

void Tour::problem(const std::string& scene, const std::string& where, const std::string& what) {
    const std::string key = scene + ": " + what;
    if (problems_.emplace(key, where).second) order_.push_back(key);
}

void Tour::look(const std::string& where) {
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
    tryTip(vis.back()->name(), where);
    // With --screenshot-dir, each scene as first seen, and the screen of each new problem,
    // named in the problem's line.
    if (!ctx_.settings.screenshotDir.empty() && seen_.insert(vis.back()->name()).second)
        saveScreenshot(w, ctx_.settings.screenshotDir + "/scene-" + vis.back()->name() + ".png");
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

void Tour::tourTop(const std::string& where) {
    Scene* top = stack_.top();
    if (!top) return;
    const int n = top->tourStates();
    for (int i = 0; i < n; ++i) {
        top->tourState(i);
        apply();
        if (stack_.top() != top) return; // the state left the scene (it should not)
        look(where);
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
        }
        if (k == SceneKind::Debrief && !g.autoplay.active()) {
            tourTop(where);
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

void Tour::cases() {
    std::vector<const rc::Case*> all;
    for (const auto& c : ctx_.content->cases)
        if (!c.studentCopy) all.push_back(&c);
    std::sort(all.begin(), all.end(),
              [](const rc::Case* a, const rc::Case* b) { return a->id < b->id; });
    for (std::size_t i = 0; i < all.size(); ++i)
        playCase(*all[i], i % 2 == 1);
}

void Tour::screens() {
    auto visit = [&](std::unique_ptr<Scene> s, const std::string& where) {
        stack_.clear();
        apply();
        stack_.push(std::move(s));
        apply();
        look(where);
        tourTop(where);
        stack_.clear();
        apply();
    };
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

} // namespace

int runLayoutCheck(Context& ctx, SceneStack& stack, std::ostream& out) {
    Tour tour(ctx, stack);
    tour.screens();
    tour.cases();
    return tour.report(out);
}

} // namespace rc::ui
