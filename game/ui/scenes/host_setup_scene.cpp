#include "game/ui/scenes/host_setup_scene.hpp"

#include "game/play/challenge_play.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/text_area.hpp"
#include "game/ui/scenes/host_board_scene.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

/// The parts of the screen Tab moves between.
enum Region { List, Roster, Retake, Go, kRegions };

class HostSetupScene : public Scene {
  public:
    using Scene::Scene;
    std::string name() const override { return "host-setup"; }
    SceneKind kind() const override { return SceneKind::HostSetup; }
    bool typing() const override { return region_ == Roster; }
    bool input(Input in) override {
        const int n = static_cast<int>(ctx_.content->challenges.size());
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Next:
        case Input::Prev:
            region_ =
                static_cast<Region>((region_ + (in == Input::Next ? 1 : kRegions - 1)) % kRegions);
            break;
        case Input::Up:
        case Input::Down: {
            const int d = in == Input::Down ? 1 : -1;
            if (region_ == List && !(d > 0 && selected_ >= n - 1) && !(d < 0 && selected_ == 0))
                selected_ = std::clamp(selected_ + d, 0, std::max(0, n - 1));
            else
                region_ = static_cast<Region>(std::clamp(region_ + d, 0, kRegions - 1));
            break;
        }
        case Input::Activate:
            if (region_ == Retake)
                retake_ = !retake_;
            else
                go();
            break;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        if (region_ == Roster &&
            (e.type == sf::Event::KeyPressed || e.type == sf::Event::TextEntered)) {
            if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Enter) {
                go();
                invalidate();
                return true;
            }
            const TextEdit::Result r = roster_.edit().handle(e);
            if (r == TextEdit::Result::Ignored) return false;
            if (r == TextEdit::Result::Edited) message_.clear();
            invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseMoved) {
            const Hit* h =
                hits_.at({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            const int key = h ? h->id * 100 + h->sub : -1;
            if (key != hover_) hover_ = key, invalidate();
            return true;
        }
        if (e.type != sf::Event::MouseButtonPressed) return false;
        const sf::Vector2f at(static_cast<float>(e.mouseButton.x),
                              static_cast<float>(e.mouseButton.y));
        const Hit* h = hits_.at(at);
        if (!h) return false;
        if (h->id == kHitList) {
            selected_ = h->sub, region_ = List;
        } else if (h->id == kHitRoster) {
            region_ = Roster;
            roster_.click(at, sf::Keyboard::isKeyPressed(sf::Keyboard::LShift));
        } else if (h->id == kHitRetake) {
            region_ = Retake, retake_ = !retake_;
        } else {
            go();
        }
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    static constexpr int kHitList = 1, kHitGo = 2, kHitRoster = 3, kHitRetake = 4;
    void go() {
        const auto& list = ctx_.content->challenges;
        if (list.empty()) {
            message_ = "There are no challenges in the content folder.";
            invalidate();
            return;
        }
        const rc::Challenge& ch = list[static_cast<std::size_t>(selected_)];
        HostClassOptions o;
        if (ctx_.settings.loopbackOnly) o.listen = "127.0.0.1:0"; // and so no announcing
        o.roster = trimSpaces(roster_.edit().str());
        o.allowRetake = retake_;
        if (!o.roster.empty() && !readClassList(o.roster, o.members, message_)) {
            region_ = Roster; // what to mend is the path typed
            invalidate();
            return;
        }
        message_ = startHosting(ctx_, stack_, ch, ch.file, o);
        invalidate();
    }
    int selected_ = 0, hover_ = -1;
    Region region_ = List;
    TextArea roster_{400, 4096, false}; ///< the class list's path as typed
    bool retake_ = false;
    std::string message_;
    HitMap hits_;
};

void HostSetupScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Host a class", nullptr);
    const float g = th.gap();
    const float w = std::min(size_.x - 2 * g, th.px(760));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + g, w, size_.y - th.topBar() - 2 * g);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Choose the challenge to host"), in.left, in.top + th.px(12));
    float y = in.top + th.px(30);
    y += drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
        utf8(
            "This machine plays every student's case against the full answer key and records every "
            "action. Students join from their own game with the code shown next."),
        {in.left, y, in.width, th.px(66)});
    y += th.px(10);
    const auto& list = ctx_.content->challenges;
    const float rowH = th.px(58);
    // Under the list: the class list's path and the retake switch, then the note and the button.
    const float optionsH = th.px(62 + 40);
    const float listBottom = in.top + in.height - th.px(96) - optionsH;
    for (std::size_t i = 0; i < list.size() && y + rowH <= listBottom; ++i) {
        const rc::Challenge& ch = list[i];
        const sf::FloatRect rr(in.left, y, in.width, rowH - th.px(6));
        const bool sel = static_cast<int>(i) == selected_;
        if (sel)
            roundedRect(t, rr, th.px(6), th.c.accentSoft);
        else if (hover_ == 100 + static_cast<int>(i))
            roundedRect(t, rr, th.px(6), th.c.panelMuted);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8(ch.title),
                 rr.left + th.px(14), rr.top + th.px(17), Align::Left, rr.width - th.px(28));
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                 utf8(play::casesWord(ch.cases.size()) + "  ·  " +
                      (ch.mode == "exam" ? "exam" : "practice") + "  ·  time limit " +
                      play::timeLimitsText(ch)),
                 rr.left + th.px(14), rr.top + th.px(38), Align::Left, rr.width - th.px(28));
        if (sel && region_ == List) focusRing(t, th, rr, th.px(6));
        hits_.add(rr, kHitList, static_cast<int>(i));
        y += rowH;
    }
    // Who may join: the class list exported from the LMS (optional), and retakes.
    y = listBottom + th.px(4);
    drawLine(t, p.text(TextSize::Caption, Weight::Medium, th.c.textSecondary),
             utf8("CLASS LIST (OPTIONAL): ONLY THE STUDENTS ON IT MAY JOIN"), in.left, y + th.px(8),
             Align::Left, in.width);
    const sf::FloatRect fr(in.left, y + th.px(18), in.width, th.px(38));
    const bool typingHere = region_ == Roster;
    roundedRect(t, fr, th.px(6), th.c.panel, typingHere ? th.c.accent : th.c.border,
                typingHere ? 2.0f : 1.0f);
    roster_.draw(p, {fr.left + th.px(12), fr.top, fr.width - th.px(24), fr.height},
                 p.text(TextSize::Body, Weight::Regular, th.c.text), typingHere,
                 "a CSV from the LMS (id, name, e-mail), e.g. ~/Downloads/class.csv");
    hits_.add(fr, kHitRoster);
    y += th.px(62);
    const sf::FloatRect tr(in.left, y, in.width, th.px(34));
    if (hover_ == kHitRetake * 100) roundedRect(t, tr, th.px(6), th.c.panelMuted);
    const float cy = tr.top + tr.height / 2;
    const float sw = toggleSwitch(p, tr.left + tr.width - th.px(10), cy, retake_);
    drawLine(t, p.text(TextSize::Body, Weight::Regular, th.c.text),
             utf8("Allow a retake: a student who finished may start again (every attempt is "
                  "kept, the board shows which counts)"),
             tr.left + th.px(10), cy, Align::Left, tr.width - sw - th.px(30));
    if (region_ == Retake) focusRing(t, th, tr, th.px(6));
    hits_.add(tr, kHitRetake);
    const std::string note = !message_.empty() ? message_
                                               : "Results go to " + rc::userDataDir() +
                                                     "/classes/<challenge>/results; hosting again "
                                                     "resumes a class you have not ended.";
    drawParagraph(t,
                  p.text(TextSize::Caption, Weight::Regular,
                         message_.empty() ? th.c.textSecondary : th.c.bad),
                  utf8(note), {in.left, in.top + in.height - th.px(90), in.width, th.px(40)});
    const std::string label = "Start hosting";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == kHitGo * 100, region_ == Go, !list.empty(), false}, true);
    hits_.add(br, kHitGo);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("↑↓ choose · Tab next · Enter host · Esc back"), in.left, br.top + br.height / 2,
             Align::Left, in.width - bw - th.px(16));
}

} // namespace

std::unique_ptr<Scene> makeHostSetupScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<HostSetupScene>(ctx, stack);
}

} // namespace rc::ui
