#pragma once
// The hands-on examination: the patient on the plinth, the limb moved by the keyboard, the mouse or
// autoplay (the physics and reactions are play::HandsOnModel's), the patient's face and words, the
// manoeuvre's steps and switches, and the goniometer reading. The static and live layers are
// drawn in hands_on_draw.cpp.
#include "game/engine/action.hpp"
#include "game/engine/session.hpp"
#include "game/play/hands_on_model.hpp"
#include "game/ui/art/body_draw_sfml.hpp"
#include "game/ui/art/patient_figure.hpp"
#include "game/ui/core/scene.hpp"
#include "game/ui/kit/text.hpp"
#include "game/ui/scenes/coach_panel.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace rc::ui {

class HandsOnScene : public Scene {
  public:
    HandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                 const std::string& examId, rc::Side side,
                 std::function<void(const rc::Action&)> onRecord, std::optional<int> autoAngle);
    ~HandsOnScene() override;

    std::string name() const override { return "hands-on-" + model_.examId(); }
    SceneKind kind() const override { return SceneKind::HandsOn; }
    /// Live physics is redrawn only while the picture moves: a leg at rest costs no frames.
    bool animating() const override { return model_.ok() && moving_; }

    void layout(sf::Vector2f size) override;
    bool input(Input in) override;
    bool event(const sf::Event& e) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& t) override;
    void drawLive(sf::RenderTarget& t) override;
    void drawLiveLayer(sf::RenderTarget& t);

  private:
    CoachHits coach_; ///< the tutorial's coach panel, if drawn
    enum class Ctl { Neck, Ankle, Cancel, Record };
    struct Control {
        Ctl kind;
        sf::FloatRect rect;
    };

    void record();
    void cancel();
    void activate(Ctl c);
    int controlAt(sf::Vector2f p) const;
    int defaultFocus() const;
    void drawTopBar(const Painter& p);
    void drawCard(const Painter& p);
    void drawSide(const Painter& p);
    void drawUnavailable(const Painter& p);
    sf::FloatRect unavailableBox() const;
    void drawSwitch(const Painter& p, const sf::FloatRect& r, const std::string& label,
                    const std::string& key, bool on, int index);

    play::HandsOnModel model_;
    std::function<void(const rc::Action&)> onRecord_;
    FigureSpec figure_;
    std::string patientName_;
    play::ManoeuvreGuide guide_;
    bool done_ = false;
    bool keyUp_ = false, keyDown_ = false;
    int seenVersion_ = -1;
    bool moving_ = true;
    std::uint64_t liveKey_ = 0; ///< what the live layer shows, to a quarter pixel; see liveKey()
    std::uint64_t liveKey() const;
    /// What the live layer covered when last asked (liveDamage()).
    struct LiveFootprint {
        std::vector<BodyFootprint::Shape> shapes;
        sf::FloatRect pill;
        std::uint64_t styleKey = 0, readingKey = 0;
        bool valid = false;
    };
    LiveFootprint footprint() const;
    LiveFootprint lastFootprint_;
    std::vector<sf::FloatRect> liveDamage() override;
    bool flatUnder(const sf::FloatRect& r, sf::Color& c) const override;
    /// The goniometer's white pill around the angle label, kept inside the viewport.
    sf::FloatRect pillRect(sf::Vector2f anchor, const TextStyle& big,
                           const sf::String& label) const;
    TextStyle pillText() const;
    BodyStyle bodyStyle() const;
    void drawReading(const Painter& p, const BodyStyle& style);
    int focus_ = -1, hover_ = -1;
    std::vector<Control> controls_;
    // Layout (pixels).
    sf::FloatRect stage_, card_, portrait_, bubble_, viewport_, side_, reading_;
    sf::FloatRect plain_; ///< where the static layer is the bare panel colour (see layout())
    WorldToScreen map_;
    // --bench figures.
    double liveMs_ = 0, physicsMs_ = 0;
    long liveFrames_ = 0, physicsFrames_ = 0;
};

/// The hands-on examination of one manoeuvre (SLR, crossed SLR, slump, PKB, AKE, hip flexion, hip
/// IR). When the student records the finding, `onRecord` receives the action to apply, e.g. exam
/// slr right 45 (angle = rc::body::RecordedFinding::loggedAngle()), and the scene pops itself; Esc
/// cancels (no action). If `autoAngle` is set (autoplay), the scene drives the limb to that angle
/// by itself, pauses briefly, then records.
///
/// `side` is the leg examined, as in the action log (for the crossed SLR, the leg raised). The
/// session is read only while the scene is made (the case's finding at the current visit and the
/// patient's looks); it need not outlive the scene. If the exam is not hands-on, the scene shows
/// why and Esc or Enter closes it without an action.
std::unique_ptr<Scene> makeHandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                                        const std::string& examId, rc::Side side,
                                        std::function<void(const rc::Action&)> onRecord,
                                        std::optional<int> autoAngle = std::nullopt);

} // namespace rc::ui
