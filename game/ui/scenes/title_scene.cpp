#include "game/ui/scenes/title_scene.hpp"

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

namespace rc::ui {

namespace {

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

void TitleScene::row(const Painter& p, const sf::FloatRect& r, int item, const std::string& label,
                     const std::string& value, bool toggle, bool on) {
    const Theme& th = p.theme;
    if (hover_ / 10 == item) roundedRect(p.target, r, th.px(6), th.c.panelMuted);
    const float cy = r.top + r.height / 2;
    // A stepper row's label stops before the stepper (− value +, see stepper()); a toggle's
    // before its On / Off word and switch.
    const float toggleW = toggle ? toggleSwitch(p, r.left + r.width - th.px(10), cy, on) : 0;
    const float stepperW = item == Volume ? th.px(164) : item == Scale ? th.px(150) : 0;
    const float labelW = stepperW > 0 ? r.width - stepperW - th.px(16)
                         : toggle     ? r.width - toggleW - th.px(28)
                                      : r.width * 0.55f;
    drawLine(p.target, p.text(TextSize::Body, Weight::Regular, th.c.text), utf8(label),
             r.left + th.px(10), cy, Align::Left, labelW);
    if (!toggle && !value.empty())
        drawLine(p.target, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(value),
                 r.left + r.width - th.px(10), cy, Align::Right, r.width * 0.4f);
    hits_.add(r, item);
    if (focus_ == item) focusRing(p.target, th, r, th.px(6));
}

void TitleScene::stepper(const Painter& p, const sf::FloatRect& r, int item,
                         const std::string& value, const bool* muted) {
    const Theme& th = p.theme;
    const float bs = th.px(30), valueW = th.px(muted ? 84 : 70), rowH = r.height;
    const float plusX = r.left + r.width - th.px(10) - bs, minusX = plusX - valueW - bs;
    for (int k = 1; k <= 2; ++k) {
        const sf::FloatRect b(k == 2 ? plusX : minusX, r.top + (rowH - bs) / 2, bs, bs);
        symbolButton(p, b, k == 2 ? Symbol::Plus : Symbol::Minus, ButtonKind::Secondary,
                     ControlState{hover_ == item * 10 + k, false, true, false});
        hits_.add(b, item, k);
    }
    const float cx = minusX + bs + valueW / 2, cy = r.top + rowH / 2;
    const auto st = p.text(TextSize::Body, Weight::Medium, th.c.text);
    if (!muted) {
        drawLine(p.target, st, utf8(value), cx, cy, Align::Centre);
        return;
    }
    // The speaker and the value together are the mute switch.
    const sf::FloatRect sw(minusX + bs + th.px(4), r.top + (rowH - bs) / 2, valueW - th.px(8), bs);
    if (hover_ == item * 10 + 3) roundedRect(p.target, sw, th.px(6), th.c.accentSoft);
    const float icon = th.px(22);
    const float textW = measure(st, utf8(value));
    const float left = cx - (icon + th.px(6) + textW) / 2;
    icon::speaker(p.target, {left + icon / 2, cy}, icon, *muted ? th.c.textSecondary : th.c.accent,
                  *muted);
    drawLine(p.target, st, utf8(value), left + icon + th.px(6), cy, Align::Left);
    hits_.add(sw, item, 3);
}

void TitleScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    play::Profile& pr = ctx_.game->profile;
    // Left: the title and what the game is.
    const float left = std::max(th.gap(), size_.x * 0.07f), colW = size_.x * 0.42f;
    float y = size_.y * 0.2f;
    drawHelpHint(p, left + helpHintWidth(p), th.px(22)); // above the title, at every size
    drawLine(t, p.text(TextSize::Title, Weight::Bold, th.c.accent), utf8("Root Cause"), left, y);
    y += th.px(34);
    y += drawParagraph(t, p.text(TextSize::Heading, Weight::Medium, th.c.text),
                       utf8("Knee pain with a story behind it."), {left, y, colW, th.px(60)});
    y += th.px(12);
    const float descH = drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
        utf8("Interview, examine and investigate patients whose knee hurts. Is it the "
             "knee, the hip, or a "
             "lumbar nerve root? Decide, plan their care, see them again weeks later, "
             "and learn from an "
             "expert's debrief."),
        {left, y, colW, th.px(140)});
    if (tutorial_ && !hasSave_ && pr.isNew() && ctx_.game->notice.empty())
        drawParagraph(t, p.text(TextSize::Body, Weight::Medium, th.c.accent),
                      utf8("New here? Start with the Tutorial: one patient, about ten minutes, "
                           "with a coach at every step."),
                      {left, y + descH + th.px(24), colW, th.px(90)});
    if (!ctx_.game->notice.empty()) {
        const sf::FloatRect nr(left, size_.y * 0.62f, colW, size_.y * 0.3f);
        icon::caution(t, {nr.left + th.px(8), nr.top + th.px(10)}, th.px(16), th.c.caution,
                      th.c.text);
        const std::string& problems = ctx_.game->contentProblems;
        // The first problem as rootcause-lint prints it, then a button to read them all.
        const std::string first = problems.substr(0, problems.find('\n'));
        const std::string text =
            ctx_.game->notice + (problems.empty() ? std::string() : "\n" + first);
        const Paragraph para = rc::ui::layout(p.text(TextSize::Caption, Weight::Regular, th.c.text),
                                              utf8(text), nr.width - th.px(24), 6);
        const float used =
            drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.text), utf8(text),
                          {nr.left + th.px(24), nr.top, nr.width - th.px(24),
                           std::min(nr.height - th.px(48), para.height())});
        if (enabled(Problems)) {
            const std::string label = "Read all the problems";
            const sf::FloatRect br(nr.left + th.px(24), nr.top + used + th.px(8),
                                   buttonWidth(p, label) + th.px(24), th.px(36));
            button(p, br, label, ButtonKind::Secondary,
                   ControlState{hover_ / 10 == Problems, focus_ == Problems, true, false});
            hits_.add(br, Problems);
        }
    }
    // Right: profile, settings and the way in.
    const float pw = std::min(size_.x * 0.42f, th.px(480));
    // Eleven rows of 44 px, tighter (down to 30) when the window is too short for the whole
    // panel; shorter still (640x480), the keys line below them goes (the keys are the usual ones).
    const float avail = size_.y - 2 * th.gap();
    const float keysH = avail >= th.px(140) + 11 * th.px(34) ? th.px(40) : 0;
    const float fixedH = th.px(100) + keysH;
    const float rowH = std::clamp((avail - fixedH) / 11, th.px(30), th.px(44));
    const float ph = fixedH + rowH * 11;
    const sf::FloatRect pnl(size_.x - pw - std::max(th.gap(), size_.x * 0.06f),
                            std::max(th.gap(), (size_.y - ph) / 2), pw, ph);
    panel(t, th, pnl);
    const sf::FloatRect in = inset(pnl, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Player"), in.left,
             in.top + th.px(12));
    y = in.top + th.px(32);
    // Name field.
    const sf::FloatRect nameR(in.left, y, in.width, rowH);
    roundedRect(t, inset(nameR, th.px(3)), th.px(6), th.c.panel,
                focus_ == Name ? th.c.accent : th.c.border, focus_ == Name ? 2.0f : 1.0f);
    const auto nameSt = p.text(TextSize::Body, Weight::Medium, th.c.text);
    if (name_.edit().str() != pr.name) name_.edit().set(pr.name); // renamed elsewhere (join)
    name_.draw(p, {nameR.left + th.px(14), nameR.top, in.width * 0.6f, rowH}, nameSt,
               focus_ == Name, "");
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8(focus_ == Name ? "type your name" : "name"), nameR.left + nameR.width - th.px(14),
             nameR.top + rowH / 2, Align::Right);
    hits_.add(nameR, Name);
    y += rowH + th.px(4);
    // UI scale and volume with − / + buttons (drawn symbols), the value between them.
    const sf::FloatRect sr(in.left, y, in.width, rowH);
    // The player's choice; when the window holds it lower, the label says what is drawn.
    const auto percent = [](float s) { return std::to_string(std::lround(s * 100)) + " %"; };
    row(p, sr, Scale,
        th.scaleLimited() ? "UI scale (" + percent(th.scale) + " fits)" : "UI scale (Ctrl + / −)",
        "", false, false);
    stepper(p, sr, Scale, percent(th.chosenScale), nullptr);
    y += rowH;
    const sf::FloatRect vr(in.left, y, in.width, rowH);
    row(p, vr, Volume, ctx_.settings.mute ? "Volume (--mute: off)" : "Volume", "", false, false);
    const bool muted = pr.mute || ctx_.settings.mute;
    stepper(p, vr, Volume, muted ? "Off" : std::to_string(pr.volume) + " %", &muted);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Fullscreen, "Fullscreen (F11)", "", true,
        ctx_.runner ? ctx_.runner->fullscreen() : pr.fullscreen);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Motion, "Reduced motion", "", true, th.reducedMotion);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Colour, "Colour-blind-safe palette", "", true,
        th.colourSafe);
    y += rowH;
    row(p, {in.left, y, in.width, rowH}, Estimates, "Ask for my estimate before each investigation",
        "", true, pr.askEstimates);
    y += rowH + th.px(16);
    sectionHeading(p, {in.left, y, in.width, th.px(18)}, "PLAY");
    y += th.px(28);
    // The patient, the case and the visit; without the case's title where that does not fit.
    const std::string resumeLabel = !hasSave_ ? "Resume (no saved case)"
                                    : buttonWidth(p, resumeLabel_, true) <= in.width ? resumeLabel_
                                                                                     : resumeShort_;
    const bool newPlayer = tutorial_ && !hasSave_ && pr.isNew();
    const struct {
        int item;
        std::string label;
        ButtonKind kind;
    } btns[6] = {{Resume, resumeLabel, hasSave_ ? ButtonKind::Primary : ButtonKind::Secondary},
                 {Library, "Case library",
                  hasSave_ || newPlayer ? ButtonKind::Secondary : ButtonKind::Primary},
                 {Tutorial, "Tutorial", newPlayer ? ButtonKind::Primary : ButtonKind::Secondary},
                 {Challenge, "Classroom challenge", ButtonKind::Secondary},
                 {Join, "Join a class", ButtonKind::Secondary},
                 {Host, "Host a class", ButtonKind::Secondary}};
    for (const auto& b : btns) {
        // Two buttons side by side: the library and the tutorial; a live class, joined or hosted.
        const bool second = b.item == Tutorial || b.item == Host;
        const bool half = second || b.item == Library || b.item == Join;
        const float bw = half ? (in.width - th.px(8)) / 2 : in.width;
        const sf::FloatRect br(second ? in.left + bw + th.px(8) : in.left, y, bw, rowH - th.px(6));
        ControlState cs{hover_ / 10 == b.item, focus_ == b.item, enabled(b.item), false};
        button(p, br, b.label, b.kind, cs, enabled(b.item) && !half);
        if (enabled(b.item)) hits_.add(br, b.item);
        if (!half || second) y += rowH;
    }
    if (keysH > 0)
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8("Keys: ↑↓ move · Enter choose · ←→ change · Esc quit"),
                 in.left + in.width / 2, in.top + in.height - th.px(6), Align::Centre, in.width);
}

} // namespace

std::unique_ptr<Scene> makeTitleScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<TitleScene>(ctx, stack);
}

} // namespace rc::ui
