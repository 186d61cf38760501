// "Join a class": the student types the host's address and the join code from the projector
// (or picks a host found on the network), their student id and name, and joins; the challenge
// then plays through the classroom challenge's scenes, fed by the host. Also `--join`.
#include "game/engine/autosave.hpp"
#include "game/net/host_server.hpp"
#include "game/ui/challenge_scenes.hpp"
#include "game/ui/chrome.hpp"
#include "game/ui/game.hpp"
#include "game/ui/hit_map.hpp"
#include "game/ui/icons.hpp"
#include "game/ui/live_play.hpp"
#include "game/ui/live_scenes.hpp"
#include "game/ui/scene_stack.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

std::string trim(std::string s) {
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    while (!s.empty() && s.front() == ' ')
        s.erase(s.begin());
    return s;
}

/// Joins the host and starts its challenge; "" or why not, in words for the student.
std::string joinLive(Context& ctx, SceneStack& stack, const std::string& endpoint,
                     const std::string& code, const std::string& player,
                     const ChallengeOptions& o) {
    rc::net::JoinRequest r;
    if (!rc::net::splitEndpoint(endpoint, r.address, r.port) || r.port == 0)
        return "The host's address is its IP address and port, such as 192.168.1.20:7420.";
    r.code = code;
    r.studentId = o.studentId;
    r.name = player;
    r.email = o.email;
    auto live = std::make_shared<LivePlay>(rc::userDataDir() + "/classes");
    std::string error;
    if (!live->join(r, ctx.game->content.catalog, error)) return "Could not join: " + error;
    startLiveChallenge(ctx, stack, live, player, o);
    return {};
}

class JoinScene : public Scene {
  public:
    enum Region { Address, Code, Id, Name, Go, kRegions };
    JoinScene(Context& ctx, SceneStack& stack, const JoinOptions& prefill) : Scene(ctx, stack) {
        name_ = ctx.game->profile.name;
        if (name_ == "Student") name_.clear();
        address_ = prefill.endpoint;
        code_ = prefill.code;
        id_ = prefill.challenge.studentId;
        options_ = prefill.challenge;
        region_ = address_.empty() ? Address : code_.empty() ? Code : id_.empty() ? Id : Name;
    }
    std::string name() const override { return "join-class"; }
    bool input(Input in) override {
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Next:
        case Input::Down:
            region_ = static_cast<Region>((region_ + 1) % kRegions);
            break;
        case Input::Prev:
        case Input::Up:
            region_ = static_cast<Region>((region_ + kRegions - 1) % kRegions);
            break;
        case Input::Activate:
            if (region_ != Go) return false; // Space types a space; Enter is handled in event()
            go();
            break;
        default:
            return false;
        }
        invalidate();
        return true;
    }
    bool event(const sf::Event& e) override {
        std::string* f = field(region_);
        if (e.type == sf::Event::KeyPressed && f && e.key.code == sf::Keyboard::Enter) {
            if (region_ == Name)
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
            } else if (c >= 32 && c != 127 && s.getSize() < 64)
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
        if (h->id == Go)
            go();
        else
            region_ = static_cast<Region>(h->id);
        invalidate();
        return true;
    }
    void draw(sf::RenderTarget& t) override;

  private:
    std::string* field(Region r) {
        return r == Address ? &address_
               : r == Code  ? &code_
               : r == Id    ? &id_
               : r == Name  ? &name_
                            : nullptr;
    }
    void go() {
        address_ = trim(address_), code_ = trim(code_), id_ = trim(id_), name_ = trim(name_);
        const struct {
            Region r;
            const std::string& v;
            const char* what;
        } need[4] = {{Address, address_, "the host's address"},
                     {Code, code_, "the join code"},
                     {Id, id_, "your student id"},
                     {Name, name_, "your name"}};
        for (const auto& n : need)
            if (n.v.empty()) {
                message_ = std::string("Enter ") + n.what + " to join.";
                region_ = n.r;
                return;
            }
        Game& g = *ctx_.game;
        g.profile.name = ctx_.settings.player = name_;
        g.saveProfile();
        ChallengeOptions o = options_;
        o.studentId = id_;
        message_ = joinLive(ctx_, stack_, address_, code_, name_, o);
    }
    std::string address_, code_, id_, name_, message_;
    ChallengeOptions options_;
    Region region_ = Address;
    int hover_ = -1;
    HitMap hits_;
};

void JoinScene::draw(sf::RenderTarget& t) {
    const Painter p = painter(t);
    const Theme& th = p.theme;
    hits_.clear();
    drawTopBar(p, size_.x, "Join a class", nullptr);
    const float g = th.gap();
    const float w = std::min(size_.x - 2 * g, th.px(620));
    const float avail = size_.y - th.topBar() - 2 * g;
    const float fh = th.px(62);
    const float h = std::min(avail, th.padding() * 2 + th.px(24 + 12 + 44 + 16) + fh * 4 +
                                        th.px(16 + 30 + 16 + 44));
    const sf::FloatRect r((size_.x - w) / 2, th.topBar() + g + (avail - h) / 2, w, h);
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    float y = in.top;
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent), utf8("LIVE CLASS"),
             in.left, y + th.px(8));
    y += th.px(24);
    y += drawParagraph(
        t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary),
        utf8("Type the address and the join code your instructor shows on the projector."),
        {in.left, y, in.width, th.px(44)});
    y += th.px(12);
    const struct {
        Region r;
        const char* label;
        const std::string* v;
        const char* ph;
    } fields[4] = {{Address, "HOST ADDRESS", &address_, "e.g. 192.168.1.20:7420"},
                   {Code, "JOIN CODE", &code_, "the code on the projector"},
                   {Id, "STUDENT ID", &id_, "e.g. S1234567"},
                   {Name, "NAME", &name_, "First and last name"}};
    for (const auto& f : fields) {
        const sf::FloatRect fr(in.left, y, in.width, fh - th.px(10));
        textField(p, fr, f.label, *f.v, f.ph, region_ == f.r);
        hits_.add(fr, f.r);
        y += fh;
    }
    y += th.px(6);
    if (!message_.empty()) {
        icon::caution(t, {in.left + th.px(8), y + th.px(10)}, th.px(14), th.c.caution, th.c.text);
        drawParagraph(t, p.text(TextSize::Body, Weight::Medium, th.c.text), utf8(message_),
                      {in.left + th.px(24), y, in.width - th.px(24), th.px(44)});
    } else {
        drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                      utf8("Your game plays the cases; the instructor's machine keeps the time and "
                           "records every "
                           "action, so there is no file to hand in."),
                      {in.left, y, in.width, th.px(44)});
    }
    const std::string label = "Join";
    const float bw = std::max(buttonWidth(p, label, true), th.px(120));
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == Go * 100, region_ == Go, true, false}, true);
    hits_.add(br, Go);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("Tab or ↑↓ move · Enter next · Esc back"), in.left, br.top + br.height / 2,
             Align::Left, in.width - bw - th.px(16));
}

} // namespace

std::unique_ptr<Scene> makeJoinScene(Context& ctx, SceneStack& stack, const JoinOptions& prefill) {
    return std::make_unique<JoinScene>(ctx, stack, prefill);
}

std::string startJoinFromCommandLine(Context& ctx, SceneStack& stack, const JoinOptions& o) {
    if (o.code.empty() ||
        o.challenge.studentId.empty()) { // the join screen, filled in with what was given
        stack.push(makeJoinScene(ctx, stack, o));
        return {};
    }
    return joinLive(ctx, stack, o.endpoint, o.code, ctx.settings.player, o.challenge);
}

} // namespace rc::ui
