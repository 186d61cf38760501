#pragma once
// The debrief: outcome, score by domain, ledger against the expert, the player's path beside the
// expert's, every decision with its feedback, hands-on angles, learning points and the dermatome
// map, the scoring page and the transcript with the notes. What each tab shows is built by the play layer
// (play/debrief_view.hpp); this scene draws it and routes input. Reaching it ends the case: the
// autosave is removed and the best score recorded.
#include "game/engine/autosave.hpp"
#include "game/engine/debrief.hpp"
#include "game/play/calibration_view.hpp"
#include "game/play/debrief_view.hpp"
#include "game/play/differential_view.hpp"
#include "game/play/what_if.hpp"
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/open_link.hpp"
#include "game/ui/kit/text_area.hpp"
#include "game/ui/scenes/coach_panel.hpp"
#include "game/ui/scenes/transcript_panel.hpp"

namespace rc::ui {

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
    int tourStates() const override { return kTabs; }
    void tourState(int i) override { setTab(i); }

    enum Tab { Overview, Decisions, Learning, Scoring, Transcript, kTabs };
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
    void drawScoring(const Painter& p);
    /// The reasons of the domains under 50, above the overview's panels; returns their height.
    float drawReasons(const Painter& p, const sf::FloatRect& r);
    void drawMark(const Painter& p, sf::Vector2f c, play::RowMark m);
    /// Opens the source of decision row `row` in the browser, and says what happened.
    void openDecisionSource(int row);
    /// Opens `link` (named `name`) and sets the note that says what happened.
    void openLink(const std::string& link, const std::string& name);
    /// The Transcript tab: the encounter's transcript and the student's notes
    /// (debrief_transcript.cpp).
    void drawTranscriptTab(const Painter& p);
    bool transcriptEvent(const sf::Event& e);
    /// Opens the reference on learning row `row` in the browser, and says what happened.
    void openReference(int row);
    /// "What if…" (practice only): the chooser at the decision of the focused row.
    void openWhatIf();
    /// The bottom bar's primary button: back to cases, or from a branch back to your debrief.
    void leave();
    /// A branch's Overview: your path and the branch side by side (debrief_compare_draw.cpp).
    void drawCompare(const Painter& p, const sf::FloatRect& r);
    bool branch() const; ///< this debrief is a what-if branch's

    const rc::Debrief* d_ = nullptr;
    int tab_ = Overview;
    CoachHits coach_; ///< the tutorial's coach panel, if drawn
    ListView paths_, decisions_, learning_, scoring_;
    std::vector<play::DebriefRow> rows_;  ///< the Decisions tab
    std::vector<play::PathRow> pathRows_; ///< the Overview's paths
    std::vector<rc::GuideSection> guide_; ///< the Scoring tab
    /// The Learning tab's computed differential and calibration (practice): made once, not on
    /// every repaint of the tab (each replays the likelihood-ratio model over the whole log).
    play::DifferentialReview review_;
    play::CalibrationReview calibration_;
    bool pathFocused_ = false;            ///< the paths' first divergence was selected
    int hoverDecision_ = -1;              ///< decision row with a source under the pointer
    HitMap hits_;
    int hoverKey_ = -1;
    sf::FloatRect hoverRect_;
    sf::FloatRect body_, tabsRect_;
    float clock_ = 0;
    int tourStep_ = 0;
    bool printed_ = false;
    bool printedCalibration_ = false; ///< --autoplay: the calibration was printed (tests)
    int firstReference_ = -1; ///< learning row of the first reference (-1: none)
    int hoverReference_ = -1; ///< learning row of the reference under the pointer
    std::string linkNote_;    ///< what the last click on a reference did
    LinkOpener opener_;
    bool whatIfOffered_ = false;   ///< the "What if…" button and key work here
    play::PathSummary branchPath_; ///< in a branch: its own result, beside the student's
    sf::FloatRect whatIfButton_;   ///< the bottom bar's "What if…" (empty: not shown)
    TranscriptPanel transcript_;
    TextArea notes_{rc::kMaxNotesBytes, rc::kMaxNotesBytes, true}; ///< shown, not edited
};

std::unique_ptr<Scene> makeDebriefScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
