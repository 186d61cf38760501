#pragma once
// The decision: a diagnosis (with its side) and a plan (one pathway and its parts). Confirm sends
// diagnose, plan and advance to the session. Autoplay selects and confirms the logged choices.
// The drawing is in decision_draw.cpp.
#include "game/play/decision_model.hpp"
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/scenes/coach_panel.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rc::play {
struct Game;
class PlayState;
} // namespace rc::play

namespace rc::ui {

class DecisionScene : public Scene {
  public:
    DecisionScene(Context& ctx, SceneStack& stack);
    std::string name() const override;
    SceneKind kind() const override { return SceneKind::Decision; }
    void layout(sf::Vector2f size) override;
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& t) override;

  private:
    CoachHits coach_; ///< the tutorial's coach panel, if drawn
    /// The parts of the screen keyboard focus moves between (Tab), and the three lists.
    enum Region { Diag, SideChips, Path, Parts, Confirm, kRegions };
    enum HitId { HitRow = 1, HitSide, HitConfirm, HitBack };

    play::Game& g() const;
    play::PlayState& play() const;
    int sideIndex() const;
    bool sided() const;
    int indexOf(int list, const std::string& id) const;
    void choose(int list, int i);
    void show(const rc::Action& a);
    void confirm();
    void drawColumnA(const Painter& p);
    void drawColumnB(const Painter& p);
    void drawColumnC(const Painter& p);
    void drawChoiceRow(const Painter& p, int list, int i, const sf::FloatRect& r);

    std::vector<play::DecisionRow> rows_[kRegions];
    ListView lists_[kRegions];
    play::DecisionChoice choice_;
    Region region_ = Diag;
    HitMap hits_;
    int hoverKey_ = -1;
    sf::FloatRect hoverRect_;
    std::string message_;   ///< the session's refusal of the last confirm (cleared on any change)
    bool planKept_ = false; ///< the plan was filled in from the previous visit
    sf::FloatRect col_[3], sideRect_;
};

std::unique_ptr<Scene> makeDecisionScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
