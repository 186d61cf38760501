#pragma once
// The layout check's tour (dev/layout_check.hpp says what it checks): the scenes it visits and
// what it records. Private to game/ui/dev: layout_check.cpp visits the cases and the menus,
// layout_tour_classroom.cpp the classroom screens (a challenge played through, the host's board).
#include "game/play/game.hpp"
#include "game/ui/core/context.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/drawn_text.hpp"

#include <SFML/System/Vector2.hpp>
#include <iosfwd>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace rc {
struct Case;
}

namespace rc::ui::layout_tour {

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

    /// Every bundled case's expert path (layout_check.cpp).
    void cases();
    /// The menus: title, briefings, library, join, host setup, a message (layout_check.cpp).
    void screens();
    /// The classroom: the challenge picker, each bundled challenge played through its intro,
    /// the screens between cases and its summary, and the host's board with a full room
    /// (layout_tour_classroom.cpp).
    void classroom();
    /// The problems found and the summary line; 0 when none, else 1.
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
    /// Draw the visible scenes as the runner would and audit the top one's texts; with
    /// --screenshot-dir and a `shot` name, photograph the screen as drawn (before a tip).
    void look(const std::string& where, const std::string& shot = "");
    /// The first time a scene shows a shortened line: the pointer rests on it, and its tip must
    /// show the whole text inside the window (photographed with --screenshot-dir).
    void tryTip(const std::string& scene, const std::string& where);
    /// Each arrived report's schematic, enlarged over the encounter.
    void viewImages(const std::string& where);
    /// The estimate asked before an investigation (practice), over the encounter, one row set.
    void viewEstimate(const std::string& where);
    /// Every state the top scene offers (tabs, panels), each looked at.
    void tourTop(const std::string& where);
    void problem(const std::string& scene, const std::string& where, const std::string& what);
    /// Play one case's expert path to its debrief, looking at every change on the way.
    void playCase(const rc::Case& c, bool challengeBar);
    /// From the debrief: the what-if chooser, then a branch played to its own debrief.
    void tourWhatIf(const std::string& where);
    /// Play a bundled challenge's cases by their expert paths from its intro to its summary,
    /// looking at the challenge's own screens.
    void playChallenge(const std::string& id);
    /// Host a class on loopback and look at the board empty, with a full room and ended.
    void hostBoard();
    /// Push `s` alone on the stack, look at it and its tour states, and clear the stack.
    void visit(std::unique_ptr<Scene> s, const std::string& where);

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

} // namespace rc::ui::layout_tour
