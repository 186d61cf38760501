// The scene stack: queued changes applied between frames, and a scene told when it is on top
// again (a visit ended in the scenes above it), before its next frame is drawn. Under Xvfb with
// the text checks: the Context's window, though never opened, makes a GL context.
#include "game/ui/core/scene_stack.hpp"

#include <doctest/doctest.h>
#include <memory>
#include <string>
#include <vector>

using namespace rc::ui;

namespace {
struct Harness {
    sf::RenderWindow window; // never opened
    FontSet fonts;
    Theme theme;
    Bindings bindings;
    Settings settings;
    Context ctx{window, fonts, theme, bindings, settings};
    SceneStack stack;
    std::vector<std::string> said; // "resumed NAME", in order
};

class Probe : public Scene {
  public:
    Probe(Harness& h, std::string name) : Scene(h.ctx, h.stack), h_(h), name_(std::move(name)) {}
    std::string name() const override { return name_; }
    SceneKind kind() const override { return SceneKind::Message; }
    void draw(sf::RenderTarget&) override {}
    void resumed() override { h_.said.push_back("resumed " + name_); }

  private:
    Harness& h_;
    std::string name_;
};

std::unique_ptr<Scene> probe(Harness& h, const char* name) {
    return std::make_unique<Probe>(h, name);
}
} // namespace

TEST_CASE("scene stack: the scene under a popped one is told it is on top again") {
    Harness h;
    const sf::Vector2f size(1280, 720);
    h.stack.push(probe(h, "encounter"));
    h.stack.apply(size);
    CHECK(h.said.empty()); // pushed: laid out, not resumed
    h.stack.push(probe(h, "hands-on"));
    h.stack.apply(size);
    CHECK(h.said.empty());
    h.stack.pop();
    CHECK(h.stack.top()->name() == "hands-on"); // queued until applied
    h.stack.apply(size);
    REQUIRE(h.said.size() == 1u);
    CHECK(h.said[0] == "resumed encounter");
    CHECK(h.stack.top()->name() == "encounter");
}

TEST_CASE("scene stack: a scene pushed in the same frame is new, not resumed") {
    Harness h;
    const sf::Vector2f size(1280, 720);
    h.stack.push(probe(h, "title"));
    h.stack.apply(size);
    h.stack.replace(probe(h, "library")); // pop then push
    h.stack.apply(size);
    h.stack.push(probe(h, "briefing"));
    h.stack.push(probe(h, "encounter"));
    h.stack.pop(); // the briefing is on top, but it was pushed in this same apply
    h.stack.apply(size);
    CHECK(h.stack.top()->name() == "briefing");
    CHECK(h.said.empty());
    h.stack.apply(size); // nothing queued: nothing happens
    CHECK(h.said.empty());
    h.stack.pop();
    h.stack.apply(size);
    REQUIRE(h.said.size() == 1u);
    CHECK(h.said[0] == "resumed library");
}
