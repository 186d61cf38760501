#pragma once
// The encounter: on the left the patient (figure with the body chart), the running transcript or
// the student's notes; History, Examination, Investigations and Differential tabs on the right;
// the working differential and "Make a decision" at the bottom. Every choice becomes an engine
// action through PlayState::apply; the notes are kept by PlayState with the autosave.
#include "game/engine/autosave.hpp"
#include "game/play/bar_tween.hpp"
#include "game/play/differential_view.hpp"
#include "game/play/encounter_rows.hpp"
#include "game/ui/art/figure_geometry.hpp"
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/list_view.hpp"
#include "game/ui/kit/text_area.hpp"
#include "game/ui/scenes/coach_panel.hpp"
#include "game/ui/scenes/transcript_panel.hpp"

#include <optional>

namespace rc::play {
struct Game;
}

namespace rc::ui {

class EncounterScene : public Scene {
  public:
    EncounterScene(Context& ctx, SceneStack& stack);
    std::string name() const override;
    SceneKind kind() const override { return SceneKind::Encounter; }
    bool typing() const override { return typing_; }
    void layout(sf::Vector2f size) override;
    bool event(const sf::Event& e) override;
    bool input(Input in) override;
    void update(float dt) override;
    void resumed() override { syncSession(); }
    void draw(sf::RenderTarget& t) override;
    /// The patient with the dermatome overlay, the four tabs beside the patient, then the
    /// transcript and the notes panels.
    int tourStates() const override { return 1 + 4 + kPanels - 1; }
    void tourState(int i) override;

    /// Regions that Tab / Shift-Tab move between (Figure: the left panel, whatever it shows).
    enum Region { Tabs, List, Figure, Decide, kRegions };
    enum HitId {
        HitTab = 1,
        HitRow,
        HitSide,
        HitView,
        HitDecide,
        HitLeave,
        HitCancel,
        HitPanel,
        HitNotes,
        HitImage,
        HitDermatomes
    };
    /// What the left panel shows.
    enum class Panel { Patient, Transcript, Notes };
    static constexpr int kPanels = 3;

  private:
    play::Game& game() const;
    void setTab(play::EncounterTab t);
    void rebuild();                   ///< rows from the session (keeps focus)
    /// Rows, layout and transcript again if the session moved on since they were built (a
    /// visit ended while the scene was covered); true if it had. Before each update and draw,
    /// so the first frame back on top is never drawn from the rows of the visit before.
    bool syncSession();
    void activate(int row, int side); ///< do the row's action (side: 0 left, 1 right)
    void doExam(const std::string& id, rc::Side side, std::optional<int> angle);
    void apply(const rc::Action& a);
    void openDecision();
    /// The dermatome overlay on the patient's figure on or off.
    void toggleDermatomes();
    /// Enlarges the schematic of row `i`'s arrived report (nothing when it has none).
    void openImage(int i);
    /// Withdraws the pending order of row `i` (the Cancel button, the Delete key).
    void cancelOrder(int i);
    void leave();
    void autoplayStep(float dt);
    void watchStep(float dt);
    // the left panel's transcript and notes (encounter_side.cpp)
    void setPanel(Panel v);
    void setTyping(bool on); ///< the notes field takes the keyboard (or gives it back)
    bool typingEvent(const sf::Event& e);
    bool panelInput(Input in);          ///< keys in the left panel's region
    bool sideEvent(const sf::Event& e); ///< clicks and the wheel on the transcript and notes
    void notesStep(float dt);
    void typeNotes(const std::string& text); ///< autoplay: types text into the notes field
    /// Draws the view switch at the top of the left panel; returns the rect below it.
    sf::FloatRect drawPanelSwitch(const Painter& p, const sf::FloatRect& in);
    void drawTranscript(const Painter& p, const sf::FloatRect& r);
    void drawNotes(const Painter& p, const sf::FloatRect& r);
    /// Height of the detail panel under the list (History, Examination, Investigations stacked).
    float detailHeight(const sf::FloatRect& inner) const;

    // drawing (encounter_draw.cpp)
    void drawFigurePanel(const Painter& p);
    void drawRightPanel(const Painter& p);
    void drawRow(const Painter& p, int i, const sf::FloatRect& r);
    void drawDetail(const Painter& p, const sf::FloatRect& r);
    /// An ordered investigation's panel: its verdict (practice), the report or the pending
    /// state with its Cancel button. `i` is the row.
    void drawResult(const Painter& p, const sf::FloatRect& r, int i);
    /// The verdict of an order (practice mode), up to `maxLines`; returns the height drawn.
    float drawVerdict(const Painter& p, const sf::FloatRect& r, const play::EncounterRow& row,
                      int maxLines);
    /// Practice: the likelihood-ratio differential as bars, the latest finding, the assumption.
    void drawComputed(const Painter& p, const sf::FloatRect& r, const play::DifferentialView& v);
    /// The computed differential is shown (practice mode, a case with priors).
    bool computedShown() const;
    /// An order asks for the student's estimate first (practice, the profile's setting).
    bool askEstimate() const;
    void drawBottom(const Painter& p);

    play::EncounterTab tab_ = play::EncounterTab::History;
    CoachHits coach_; ///< the tutorial's coach panel, if drawn
    std::vector<play::EncounterRow> rows_;
    ListView list_;
    HitMap hits_;
    Region region_ = List;
    int side_ = 1; ///< 0 left, 1 right: the side Enter uses on a sided exam
    View view_ = View::Front;
    bool dermatomes_ = false; ///< the dermatome overlay on the patient's figure
    int tabFocus_ = 0;
    std::optional<Hit> hover_;
    std::string message_;     ///< a refused action's reason
    std::string watchErrors_; ///< --watch: the case file's diagnostics (shown until fixed)
    int shownRow_ = -1;       ///< the row whose result/answer the detail panel shows
    int shownSide_ = 1;
    sf::FloatRect leftRect_, rightRect_, tabsRect_, detailRect_, decideRect_;
    float watchClock_ = 0;
    long long watchStamp_ = 0;
    std::size_t seenTaken_ = 0;
    int seenVisit_ = 0;
    std::string printedBars_; ///< autoplay: the last bar set printed (one line per new set)
    play::BarTween bars_;     ///< the computed bars glide to the latest finding's values
    sf::FloatRect barsRect_;  ///< where they were last drawn (redrawn while they move)
    Panel panel_ = Panel::Patient;
    TranscriptPanel transcript_;
    TextArea notes_{rc::kMaxNotesBytes, rc::kMaxNotesBytes, true};
    bool typing_ = false;     ///< keys go to the notes field
    float notesClock_ = -1;   ///< seconds since the notes last changed unsaved (-1: saved)
    bool sideBySide_ = false; ///< Investigations: the report beside the list, not under it
};

std::unique_ptr<Scene> makeEncounterScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
