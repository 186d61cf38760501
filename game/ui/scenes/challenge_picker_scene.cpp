#include "game/ui/scenes/challenge_picker_scene.hpp"

#include "game/play/game.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/challenge_flow.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

class PickerScene : public Scene {
  public:
    enum Region { List, Name, Id, Email, Go, kRegions };
    PickerScene(Context& ctx, SceneStack& stack) : Scene(ctx, stack) {
        name_ = ctx.game->profile.name;
        if (name_ == "Student") name_.clear();
        region_ = ctx.content->challenges.empty() ? Name : List;
    }
    std::string name() const override { return "challenge-picker"; }
    SceneKind kind() const override { return SceneKind::ChallengePicker; }
    bool typing() const override { return region_ == Name || region_ == Id || region_ == Email; }
    bool input(Input in) override {
        const bool field = region_ == Name || region_ == Id || region_ == Email;
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Next:
            region_ = static_cast<Region>((region_ + 1) % kRegions);
            break;
        case Input::Prev:
            region_ = static_cast<Region>((region_ + kRegions - 1) % kRegions);
            break;
        case Input::Up:
        case Input::Down: {
            const int d = in == Input::Down ? 1 : -1;
            const int n = static_cast<int>(ctx_.content->challenges.size());
            if (region_ == List && n > 0)
                selected_ = std::clamp(selected_ + d, 0, n - 1);
            else
                region_ = static_cast<Region>(std::clamp(region_ + d, 0, kRegions - 1));
            break;
        }
        case Input::Activate:
            if (field) return false; // Space types a space; Enter is handled in event()
            if (region_ == List)
                region_ = Name;
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
        std::string* f = region_ == Name    ? &name_
                         : region_ == Id    ? &id_
                         : region_ == Email ? &email_
                                            : nullptr;
        if (e.type == sf::Event::KeyPressed && f && e.key.code == sf::Keyboard::Enter) {
            if (region_ == Email ||
                (region_ == Id && email_.empty() && !name_.empty() && !id_.empty()))
                go();
            else
                region_ = static_cast<Region>(region_ + 1);
            invalidate();
            return true;
        }
        if (e.type == sf::Event::TextEntered && f) {
            const sf::Uint32 c = e.text.unicode;
            sf::String s = utf8(*f);
            if (c == 8) {
                if (!s.isEmpty()) s.erase(s.getSize() - 1);
            } else if (c >= 32 && c != 127 && s.getSize() < 48)
                s += c;
            else
                return false;
            const auto bytes = s.toUtf8();
            f->assign(bytes.begin(), bytes.end());
            message_.clear();
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
        const Hit* h =
            hits_.at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
        if (!h) return false;
        if (h->id == List)
            selected_ = h->sub, region_ = List;
        else if (h->id == Go)
            go();
        else if (h->id == 99)
            stack_.pop();
        else
            region_ = static_cast<Region>(h->id);
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    void go() {
        const auto& list = ctx_.content->challenges;
        if (list.empty()) {
            message_ = "There are no challenges in the content folder.";
            return;
        }
        name_ = trimSpaces(name_), id_ = trimSpaces(id_), email_ = trimSpaces(email_);
        if (name_.empty()) {
            message_ = "Enter your name to continue.";
            region_ = Name;
            return;
        }
        if (id_.empty()) {
            message_ = "Enter your student id to continue.";
            region_ = Id;
            return;
        }
        play::Game& g = *ctx_.game;
        g.profile.name = ctx_.settings.player = name_;
        g.saveProfile();
        const rc::Challenge& ch = list[static_cast<std::size_t>(selected_)];
        if (std::string why = play::packRefusal(ch, g.content); !why.empty()) {
            message_ = why;
            return;
        }
        play::ChallengeOptions o;
        o.studentId = id_;
        o.email = email_;
        startChallenge(ctx_, stack_, ch, name_, o);
    }
    std::string name_, id_, email_, message_;
    int selected_ = 0;
    Region region_ = List;
    int hover_ = -1;
    HitMap hits_;
};

void PickerScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Classroom challenge", nullptr);
    const float g = th.gap(), top = th.topBar() + g, bottom = size_.y - th.bottomBar() - g;
    const float leftW = std::round((size_.x - 3 * g) * 0.56f);
    const sf::FloatRect lp(g, top, leftW, bottom - top),
        rp(2 * g + leftW, top, size_.x - leftW - 3 * g, bottom - top);
    panel(t, th, lp);
    panel(t, th, rp);
    // Left: the challenges.
    sf::FloatRect in = inset(lp, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text),
             utf8("Choose your challenge"), in.left, in.top + th.px(12));
    float y = in.top + th.px(36);
    const auto& list = ctx_.content->challenges;
    if (list.empty())
        drawParagraph(
            t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
            utf8("No challenges were found in the content folder's challenges/ directory. Your "
                 "instructor can give you a challenge file to open with --challenge FILE."),
            {in.left, y, in.width, th.px(120)});
    const float rowH = th.px(64);
    for (std::size_t i = 0; i < list.size() && y + rowH <= in.top + in.height; ++i) {
        const rc::Challenge& ch = list[i];
        const sf::FloatRect r(in.left, y, in.width, rowH - th.px(6));
        const bool sel = static_cast<int>(i) == selected_;
        if (sel)
            roundedRect(t, r, th.px(6), th.c.accentSoft);
        else if (hover_ == static_cast<int>(List * 100 + i))
            roundedRect(t, r, th.px(6), th.c.panelMuted);
        if (sel)
            roundedRect(t, {r.left, r.top + th.px(8), th.px(3), r.height - th.px(16)}, th.px(1.5f),
                        th.c.accent);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8(ch.title),
                 r.left + th.px(14), r.top + th.px(19), Align::Left, r.width - th.px(28));
        const std::string meta =
            play::casesWord(ch.cases.size()) + "  ·  " + play::modeWord(ch) + " (" +
            play::modeExplained(ch) + ")  ·  time limit: " + play::timeLimitsText(ch) +
            "  ·  pass mark " + std::to_string(static_cast<int>(std::lround(ch.mastery)));
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary), utf8(meta),
                 r.left + th.px(14), r.top + th.px(41), Align::Left, r.width - th.px(28));
        hits_.add(r, List, static_cast<int>(i));
        if (sel && region_ == List) focusRing(t, th, r, th.px(6));
        y += rowH;
    }
    // Right: who is playing.
    in = inset(rp, th.padding());
    drawLine(t, p.text(TextSize::Heading, Weight::SemiBold, th.c.text), utf8("Your details"),
             in.left, in.top + th.px(12));
    y = in.top + th.px(36);
    const float fh = th.px(62);
    const struct {
        Region r;
        const char* label;
        const std::string* v;
        const char* ph;
    } fields[3] = {{Name, "NAME", &name_, "First and last name"},
                   {Id, "STUDENT ID", &id_, "e.g. S1234567"},
                   {Email, "E-MAIL (OPTIONAL)", &email_, "name@university.ac.uk"}};
    for (const auto& f : fields) {
        const sf::FloatRect fr(in.left, y, in.width, fh - th.px(10));
        textField(p, fr, f.label, *f.v, f.ph, region_ == f.r);
        hits_.add(fr, f.r);
        y += fh;
    }
    y += th.px(4);
    const std::string label = "Continue";
    const float bw = buttonWidth(p, label, true);
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    // What is wrong with the details comes first; where the results go, in the room left above
    // the buttons (the intro says it again, whole).
    if (!message_.empty()) {
        icon::caution(t, {in.left + th.px(8), y + th.px(9)}, th.px(14), th.c.caution, th.c.text);
        drawLine(t, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(message_),
                 in.left + th.px(24), y + th.px(9), Align::Left, in.width - th.px(24));
        y += th.px(28);
    }
    const std::string dir = rc::userDataDir() + "/results";
    const auto noteSt = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const float noteRoom = std::min(th.px(60), br.top - th.px(8) - y);
    if (noteRoom >= Theme::lineHeight(noteSt.size))
        drawParagraph(t, noteSt,
                      utf8("Your results are saved after every case in " + dir +
                           ". At the end you hand in that file."),
                      {in.left, y, in.width, noteRoom});
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == Go * 100, region_ == Go, true, false}, true);
    hits_.add(br, Go);
    const float backW = buttonWidth(p, "Back");
    const sf::FloatRect back(br.left - backW - th.px(8), br.top, backW, br.height);
    button(p, back, "Back", ButtonKind::Quiet, ControlState{hover_ == 9900, false, true, false});
    hits_.add(back, 99);
    const sf::FloatRect bar = drawBottomBar(p, size_);
    drawShortcuts(p, bar.left + bar.width - th.padding(), bar.top + bar.height / 2,
                  "Keys: Tab next field · ↑↓ choose · Enter continue · Esc back",
                  bar.width - 2 * th.padding());
}

} // namespace

std::unique_ptr<Scene> makeChallengePickerScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<PickerScene>(ctx, stack);
}

} // namespace rc::ui
