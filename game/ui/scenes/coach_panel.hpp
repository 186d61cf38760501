#pragma once
// The tutorial's coach panel, drawn by the scenes a tutorial passes through (encounter, hands-on,
// decision, follow-up, debrief) over their own content: the step's number and title, what to do
// and why, and a "Skip tutorial" button; a click folds it to its heading and opens it again.
// Nothing is drawn outside the tutorial.
#include "game/ui/core/scene.hpp"

namespace rc::ui {

/// Where a scene wants the panel: a corner of an area its own content can spare.
enum class CoachCorner { TopLeft, BottomLeft, BottomRight };

/// What a scene keeps of the panel it drew, for clicks.
struct CoachHits {
    sf::FloatRect panel; ///< the whole panel (empty: none drawn)
    sf::FloatRect skip;  ///< its Skip button
};

/// Draws the coach's step (if a tutorial is coached) in `corner` of `area` (window px), at most
/// a third of the window wide, none where that is under 200 px; returns what was drawn.
CoachHits drawCoachPanel(const Painter& p, Context& ctx, const sf::FloatRect& area,
                         CoachCorner corner);
/// The window below the top bar and above a bottom bar `bottomBar` px high: where most scenes
/// put the panel.
sf::FloatRect coachArea(const Theme& th, sf::Vector2f size, float bottomBar);

/// A click at `at`: on the Skip button it asks before leaving the tutorial; anywhere else on the
/// panel it folds the panel to its heading (to see what it covers) or opens it again, redrawing
/// `scene`. True when the click was the panel's.
bool coachClick(Context& ctx, SceneStack& stack, Scene& scene, const CoachHits& hits,
                sf::Vector2f at);

/// Asks "Skip the tutorial?"; Skip records it done (not offered first again), removes its
/// autosave and opens the case library.
void confirmSkipTutorial(Context& ctx, SceneStack& stack);

} // namespace rc::ui
