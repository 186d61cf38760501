#include "game/ui/scenes/join_scene.hpp"

#include "game/engine/autosave.hpp"
#include "game/net/discovery.hpp"
#include "game/net/host_server.hpp"
#include "game/play/game.hpp"
#include "game/play/live_play.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/chrome.hpp"
#include "game/ui/kit/hit_map.hpp"
#include "game/ui/kit/icons.hpp"
#include "game/ui/scenes/challenge_flow.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

/// Joins the host and starts its challenge; "" or why not, in words for the student.
std::string joinLive(Context& ctx, SceneStack& stack, const std::string& endpoint,
                     const std::string& code, const std::string& player,
                     const play::ChallengeOptions& o) {
    rc::net::JoinRequest r;
    if (!rc::net::splitEndpoint(endpoint, r.address, r.port) || r.port == 0)
        return "The host's address is its IP address and port, such as 192.168.1.20:7420.";
    if (ctx.settings.loopbackOnly && r.address.rfind("127.", 0) != 0)
        return "This game may only join a class on this machine (127.x.x.x).";
    r.code = code;
    r.studentId = o.studentId;
    r.name = player;
    r.email = o.email;
    auto live = std::make_shared<play::LivePlay>(rc::userDataDir() + "/classes");
    std::string error;
    if (!live->join(r, ctx.game->content.catalog, error)) return "Could not join: " + error;
    startLiveChallenge(ctx, stack, live, player, o);
    return {};
}

class JoinScene : public Scene {
  public:
    enum Region { Hosts, Address, Code, Id, Name, Go, kRegions };
    JoinScene(Context& ctx, SceneStack& stack, const JoinOptions& prefill) : Scene(ctx, stack) {
        name_ = ctx.game->profile.name;
        if (name_ == "Student") name_.clear();
        address_ = prefill.endpoint;
        code_ = prefill.code;
        id_ = prefill.challenge.studentId;
        options_ = prefill.challenge;
        region_ = address_.empty() ? Address : code_.empty() ? Code : id_.empty() ? Id : Name;
        listening_ = ear_.start(rc::net::kDiscoveryPort, earError_,
                                ctx.settings.loopbackOnly ? "127.0.0.1" : "0.0.0.0");
    }
    void update(float dt) override {
        since_ += dt;
        if (!listening_ || since_ < 0.5f) return;
        since_ = 0;
        std::vector<rc::net::HostBeacon> heard = ear_.poll();
        auto key = [](const std::vector<rc::net::HostBeacon>& v) {
            std::string k;
            for (const auto& b : v)
                k += b.name + "|" + b.address + ":" + std::to_string(b.port) + "|" + b.title + "\n";
            return k;
        };
        if (key(heard) == key(hosts_)) return;
        hosts_ = std::move(heard);
        selected_ = std::clamp(selected_, 0, std::max(0, static_cast<int>(hosts_.size()) - 1));
        invalidate();
        if (!hosts_.empty() && ctx_.runner) ctx_.runner->screenshot("join-class-hosts");
    }
    std::string name() const override { return "join-class"; }
    SceneKind kind() const override { return SceneKind::JoinClass; }
    bool typing() const override {
        return region_ == Address || region_ == Code || region_ == Id || region_ == Name;
    }
    bool input(Input in) override {
        switch (in) {
        case Input::Back:
            stack_.pop();
            return true;
        case Input::Up:
        case Input::Down:
            if (region_ == Hosts && !hosts_.empty()) { // arrows move within the list
                const int d = in == Input::Down ? 1 : -1;
                selected_ = std::clamp(selected_ + d, 0, static_cast<int>(hosts_.size()) - 1);
                break;
            }
            region_ =
                static_cast<Region>((region_ + (in == Input::Down ? 1 : kRegions - 1)) % kRegions);
            break;
        case Input::Next:
            region_ = static_cast<Region>((region_ + 1) % kRegions);
            break;
        case Input::Prev:
            region_ = static_cast<Region>((region_ + kRegions - 1) % kRegions);
            break;
        case Input::Activate:
            if (region_ == Hosts)
                pick(selected_);
            else if (region_ == Go)
                go();
            else
                return false; // Space types a space; Enter is handled in event()
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
        else if (h->id == Hosts)
            pick(h->sub);
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
    /// A host heard on the network: its address goes in the field; the code is still typed.
    void pick(int i) {
        if (i < 0 || i >= static_cast<int>(hosts_.size())) return;
        selected_ = i;
        address_ = hosts_[static_cast<std::size_t>(i)].address + ":" +
                   std::to_string(hosts_[static_cast<std::size_t>(i)].port);
        region_ = Code;
        message_.clear();
    }
    void drawHosts(const Painter& p, const sf::FloatRect& r);
    void go() {
        address_ = trimSpaces(address_), code_ = trimSpaces(code_), id_ = trimSpaces(id_),
        name_ = trimSpaces(name_);
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
        play::Game& g = *ctx_.game;
        g.profile.name = ctx_.settings.player = name_;
        g.saveProfile();
        play::ChallengeOptions o = options_;
        o.studentId = id_;
        message_ = joinLive(ctx_, stack_, address_, code_, name_, o);
    }
    std::string address_, code_, id_, name_, message_;
    play::ChallengeOptions options_;
    rc::net::DiscoveryListener ear_;
    bool listening_ = false;
    std::string earError_;
    std::vector<rc::net::HostBeacon> hosts_;
    int selected_ = 0;
    float since_ = 1;
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
    // The classes heard on the network on the left (when the window is wide enough), the form
    // on the right.
    const float total = std::min(size_.x - 2 * g, th.px(1000));
    const bool withList = total >= th.px(700);
    const float listW = withList ? std::round((total - g) * 0.42f) : 0;
    const float w = withList ? total - g - listW : std::min(total, th.px(620));
    const float avail = size_.y - th.topBar() - 2 * g;
    const float fh = th.px(62);
    // The panel is as tall as its wrapped texts need (a narrow window wraps them more).
    const float textW = w - th.padding() * 3;
    const auto introSt = p.text(TextSize::Body, Weight::Regular, th.c.textSecondary);
    const auto noteSt = message_.empty()
                            ? p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary)
                            : p.text(TextSize::Body, Weight::Medium, th.c.text);
    const std::string intro = withList ? "Choose your class on the left, or type the address the "
                                         "projector shows. Then type the join code."
                                       : "Type the address and the join code the projector shows.";
    const std::string note =
        !message_.empty() ? message_
                          : "Your game plays the cases; the instructor's machine keeps the time "
                            "and records every action, so there is no file to hand in.";
    const float introH = rc::ui::layout(introSt, utf8(intro), textW).height();
    const float noteH =
        rc::ui::layout(noteSt, utf8(note), textW - (message_.empty() ? 0 : th.px(24))).height();
    const float h =
        std::min(avail, th.padding() * 3 + th.px(24 + 12 + 6 + 16 + 42) + introH + fh * 4 + noteH);
    const float left = (size_.x - (withList ? total : w)) / 2;
    const sf::FloatRect r(left + (withList ? listW + g : 0), th.topBar() + g + (avail - h) / 2, w,
                          h);
    if (withList) drawHosts(p, {left, r.top, listW, h});
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    float y = in.top;
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent), utf8("LIVE CLASS"),
             in.left, y + th.px(8));
    y += th.px(24);
    y += drawParagraph(t, introSt, utf8(intro), {in.left, y, in.width, introH + 1});
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
        drawParagraph(t, noteSt, utf8(note),
                      {in.left + th.px(24), y, in.width - th.px(24), noteH + 1});
    } else {
        drawParagraph(t, noteSt, utf8(note), {in.left, y, in.width, noteH + 1});
    }
    const std::string label = "Join";
    const float bw = std::max(buttonWidth(p, label, true), th.px(120));
    const sf::FloatRect br(in.left + in.width - bw, in.top + in.height - th.px(42), bw, th.px(42));
    button(p, br, label, ButtonKind::Primary,
           ControlState{hover_ == Go * 100, region_ == Go, true, false}, true);
    hits_.add(br, Go);
    drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
             utf8("Tab next field · Esc back"), in.left, br.top + br.height / 2, Align::Left,
             in.width - bw - th.px(16));
}

void JoinScene::drawHosts(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    sf::RenderTarget& t = p.target;
    panel(t, th, r);
    const sf::FloatRect in = inset(r, th.padding() * 1.5f);
    drawLine(t, p.text(TextSize::Caption, Weight::SemiBold, th.c.accent), utf8("ON THIS NETWORK"),
             in.left, in.top + th.px(8));
    float y = in.top + th.px(24);
    if (hosts_.empty()) {
        const std::string why =
            listening_ ? "Looking for classes… A host announces itself every two seconds; if none "
                         "shows here, type the address from the projector."
                       : "This game cannot listen for classes (" + earError_ +
                             "): type the address from the projector.";
        drawParagraph(t, p.text(TextSize::Body, Weight::Regular, th.c.textSecondary), utf8(why),
                      {in.left, y, in.width, th.px(120)});
        return;
    }
    const float rowH = th.px(64);
    for (std::size_t i = 0; i < hosts_.size() && y + rowH <= in.top + in.height; ++i) {
        const auto& b = hosts_[i];
        const sf::FloatRect rr(in.left, y, in.width, rowH - th.px(6));
        const bool sel = static_cast<int>(i) == selected_ && region_ == Hosts;
        const bool chosen = address_ == b.address + ":" + std::to_string(b.port);
        if (chosen || sel)
            roundedRect(t, rr, th.px(6), th.c.accentSoft);
        else if (hover_ == Hosts * 100 + static_cast<int>(i))
            roundedRect(t, rr, th.px(6), th.c.panelMuted);
        drawLine(t, p.text(TextSize::Body, Weight::SemiBold, th.c.text), utf8(b.name),
                 rr.left + th.px(12), rr.top + th.px(18), Align::Left, rr.width - th.px(24));
        const std::string meta = std::string(b.mode == "exam" ? "Exam" : "Practice") + "  ·  " +
                                 std::to_string(b.cases) + (b.cases == 1 ? " case" : " cases") +
                                 "  ·  " + b.address + ":" + std::to_string(b.port);
        drawLine(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary), utf8(meta),
                 rr.left + th.px(12), rr.top + th.px(41), Align::Left, rr.width - th.px(24));
        hits_.add(rr, Hosts, static_cast<int>(i));
        if (sel) focusRing(t, th, rr, th.px(6));
        y += rowH;
    }
    drawParagraph(t, p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary),
                  utf8("Click a class to use its address; the join code is on the projector."),
                  {in.left, in.top + in.height - th.px(36), in.width, th.px(36)});
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
