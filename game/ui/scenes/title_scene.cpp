#include "game/ui/scenes/title_scene.hpp"

#include "game/ui/scenes/title_view.hpp"

namespace rc::ui {

std::unique_ptr<Scene> makeTitleScene(Context& ctx, SceneStack& stack) {
    return std::make_unique<title::TitleScene>(ctx, stack);
}

} // namespace rc::ui
