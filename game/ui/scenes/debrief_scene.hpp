#pragma once
// The debrief: outcome, score by domain, ledger against the expert, the player's path beside the
// expert's, every decision with its feedback, hands-on angles, learning points and the dermatome
// map. Reaching it ends the case: the autosave is removed and the best score recorded.
#include "game/engine/debrief.hpp"
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/open_link.hpp"

namespace rc::ui {

/// ✓ / ✗ / ! / · for a judgement's tag (never colour alone: a word goes with it).
enum class Mark { Good, Bad, Caution, Neutral };
Mark markOf(rc::Tag t);
const char* markWord(Mark m);
/// The judgement of a path step ("exam slr right"), if the score has one.
const rc::Judgement* judgementFor(const rc::Score& sc, const std::string& step);

class DebriefScene : public Scene {
  public:
    DebriefScene(Context& ctx, SceneStack& stack);
    std::string name() const override;
    SceneKind kind() const override { return SceneKind::Debrief; }
    void layout(sf::Vector2f size) override;
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& t) override;

    enum Tab { Overview, Decisions, Learning, kTabs };
    /// The tab shown.
    Tab tab() const { return static_cast<Tab>(tab_); }

  private:
    void setTab(int t);
    void drawOverview(const Painter& p);
    void drawScorePanel(const Painter& p, const sf::FloatRect& r);
    void drawPaths(const Painter& p, const sf::FloatRect& r);
    void drawBodyPanel(const Painter& p, const sf::FloatRect& r);
    void drawDecisions(const Painter& p);
    void drawLearning(const Painter& p);
    void drawMark(const Painter& p, sf::Vector2f c, Mark m);
    /// Opens the reference on learning row `row` in the browser, and says what happened.
    void openReference(int row);

    const rc::Debrief* d_ = nullptr;
    int tab_ = Overview;
    ListView paths_, decisions_, learning_;
    HitMap hits_;
    int hoverKey_ = -1;
    sf::FloatRect hoverRect_;
    sf::FloatRect body_, tabsRect_;
    float clock_ = 0;
    int tourStep_ = 0;
    bool printed_ = false;
    int firstReference_ = -1; ///< learning row of the first reference (-1: none)
    int hoverReference_ = -1; ///< learning row of the reference under the pointer
    std::string linkNote_;    ///< what the last click on a reference did
    LinkOpener opener_;
};

std::unique_ptr<Scene> makeDebriefScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
