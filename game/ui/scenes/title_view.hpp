#pragma once
// The title scene's class, shared by its two files: title_scene.cpp (making it) and
// title_draw.cpp (the settings panel and the menu). Private to game/ui/scenes: everything else
// reaches the title through title_scene.hpp.
#include "game/play/game.hpp"
#include "game/play/library_view.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/kit/text_area.hpp"
#include "game/ui/kit/widgets.hpp"
#include "game/ui/scenes/briefing_scene.hpp"
#include "game/ui/scenes/challenge_picker_scene.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/host_setup_scene.hpp"
#include "game/ui/scenes/join_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/message_scene.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <algorithm>
#include <filesystem>

namespace rc::ui::title {

enum Item {
    Name,
    Scale,
    Volume,
    Fullscreen,
    Motion,
    Colour,
    Estimates, ///< practice: ask for an estimate before each investigation (issue #19)
    Resume,
    Library,
    Tutorial,
    Challenge,
    Join,
    Host,
    Problems, ///< the content's lint errors, in full (only when there are some)
    kItems
};

class TitleScene : public Scene {
  public:
    TitleScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
        std::error_code ec;
        hasSave_ = std::filesystem::exists(ctx.game->play.autosavePath(), ec);
        // The button names the patient, the case and the visit; a save that cannot be read
        // keeps the plain label (resuming it explains and sets it aside).
        if (auto saved = play::peekSavedGame(ctx.game->play.autosavePath())) {
            resumeLabel_ = play::resumeLabel(*saved, ctx.game->content);
            resumeShort_ = play::resumeLabel(*saved, ctx.game->content, false);
        }
        tutorial_ = play::tutorialCase(ctx.game->content);
        // A new player is offered the tutorial first; a saved case comes before anything else.
        focus_ = hasSave_ ? Resume : tutorial_ && ctx.game->profile.isNew() ? Tutorial : Library;
    }
    void resumed() override {
        // Back from the tutorial's briefing, skipped: the library is the way on now.
        if (focus_ == Tutorial && !ctx_.game->profile.isNew()) focus_ = Library;
    }
    std::string name() const override { return "title"; }
    SceneKind kind() const override { return SceneKind::Title; }
    bool typing() const override { return focus_ == Name; }

    bool input(Input in) override {
        switch (in) {
        case Input::Up:
        case Input::Prev:
            move(-1);
            break;
        case Input::Down:
        case Input::Next:
            move(1);
            break;
        case Input::Left:
        case Input::Right:
            if (focus_ == Scale)
                setScale(ctx_.theme.chosenScale + (in == Input::Right ? 0.25f : -0.25f));
            else if (focus_ == Volume)
                setVolume(ctx_.game->profile.volume +
                          (in == Input::Right ? play::kVolumeStep : -play::kVolumeStep));
            else
                return false; // the name field moves its caret; other rows do not use it
            break;
        case Input::Activate:
            activate(focus_);
            break;
        case Input::Back:
            // Asked first: Esc again, or Stay, comes back here.
            if (ctx_.runner)
                stack_.push(makeConfirmScene(ctx_, stack_, "Quit Root Cause?",
                                             "Your profile and any case in progress are saved.",
                                             "Quit", "Stay", [this] { ctx_.runner->quit(); }));
            break;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        play::Profile& pr = ctx_.game->profile;
        if ((e.type == sf::Event::TextEntered || e.type == sf::Event::KeyPressed) &&
            focus_ == Name) {
            if (name_.edit().str() != pr.name) name_.edit().set(pr.name);
            const TextEdit::Result r = name_.edit().handle(e);
            if (r == TextEdit::Result::Ignored) return false;
            if (r == TextEdit::Result::Edited) {
                pr.name = name_.edit().str();
                ctx_.settings.player = pr.name;
                ctx_.game->saveProfile();
            }
            invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseMoved) {
            trackHover(hits_,
                       {static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)}, 10,
                       ctx_.theme.px(6), hover_, hoverRect_,
                       [this](const sf::FloatRect& r) { invalidate(r); });
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        focus_ = h->id;
        // Steppers: sub 1 is −, 2 is +, 3 the volume's mute switch; the row itself only focuses.
        if (h->id == Scale && h->sub)
            setScale(ctx_.theme.chosenScale + (h->sub == 2 ? 0.25f : -0.25f));
        else if (h->id == Volume && (h->sub == 1 || h->sub == 2))
            setVolume(ctx_.game->profile.volume +
                      (h->sub == 2 ? play::kVolumeStep : -play::kVolumeStep));
        else if (h->id == Volume && h->sub == 3)
            activate(Volume);
        else if (h->id != Scale && h->id != Volume)
            activate(h->id);
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    bool enabled(int i) const {
        if (i == Problems) return !ctx_.game->contentProblems.empty();
        if (i == Tutorial) return tutorial_ != nullptr;
        return i != Resume || hasSave_;
    }
    void move(int d) {
        for (int i = focus_ + d; i >= 0 && i < kItems; i += d)
            if (enabled(i)) {
                focus_ = i;
                return;
            }
    }
    void setScale(float s) {
        if (ctx_.theme.setScale(s)) stack_.relayout(size_);
        ctx_.game->profile.scale = ctx_.theme.chosenScale;
        ctx_.game->saveProfile();
    }
    /// The volume in steps of 10; a change unmutes and plays a cue at the new level to hear it.
    void setVolume(int v) {
        play::Profile& pr = ctx_.game->profile;
        pr.volume = play::stepVolume(v);
        pr.mute = false;
        ctx_.game->saveProfile();
        ctx_.game->cues.raise(play::Cue::FindingRecorded);
    }
    void activate(int i) {
        play::Profile& pr = ctx_.game->profile;
        switch (i) {
        case Volume:
            pr.mute = !pr.mute;
            if (!pr.mute) ctx_.game->cues.raise(play::Cue::FindingRecorded);
            break;
        case Fullscreen:
            if (ctx_.runner)
                ctx_.runner->setFullscreen(!ctx_.runner->fullscreen()); // saves the profile
            return;
        case Motion:
            pr.reducedMotion = ctx_.theme.reducedMotion = !ctx_.theme.reducedMotion;
            break;
        case Colour:
            ctx_.theme.setColourSafe(!ctx_.theme.colourSafe);
            pr.colourSafe = ctx_.theme.colourSafe;
            stack_.relayout(size_);
            break;
        case Estimates:
            pr.askEstimates = !pr.askEstimates;
            break;
        case Resume:
            if (hasSave_) resumeSaved(ctx_, stack_);
            return;
        case Library:
            stack_.push(makeLibraryScene(ctx_, stack_));
            return;
        case Tutorial: // its briefing, then the real scenes with the coach
            if (tutorial_) stack_.push(makeBriefingScene(ctx_, stack_, *tutorial_, ""));
            return;
        case Challenge:
            stack_.push(makeChallengePickerScene(ctx_, stack_));
            return;
        case Join:
            stack_.push(makeJoinScene(ctx_, stack_));
            return;
        case Host:
            stack_.push(makeHostSetupScene(ctx_, stack_));
            return;
        case Problems:
            if (enabled(Problems))
                stack_.push(makeMessageScene(ctx_, stack_, "Problems in the content",
                                             ctx_.game->contentProblems));
            return;
        default:
            return;
        }
        ctx_.game->saveProfile();
    }
    void row(const Painter& p, const sf::FloatRect& r, int item, const std::string& label,
             const std::string& value, bool toggle, bool on);
    /// − value + at the right of row `r` (hits: sub 1 −, 2 +); with `muted`, a speaker before
    /// the value, which is the mute switch (sub 3).
    void stepper(const Painter& p, const sf::FloatRect& r, int item, const std::string& value,
                 const bool* muted);

    int focus_ = Library;
    int hover_ = -1;
    sf::FloatRect hoverRect_;
    bool hasSave_ = false;
    std::string resumeLabel_ = "Resume the saved case";
    std::string resumeShort_ = resumeLabel_; ///< without the case's title, for a narrow button
    const rc::Case* tutorial_ = nullptr;     ///< the content's tutorial, if it has one
    HitMap hits_;
    TextArea name_{32, 128, false}; ///< the player's name as it is edited
};

} // namespace rc::ui::title
