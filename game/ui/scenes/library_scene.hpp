#pragma once
// The case library: a card per case (patient, age, job, complaint, difficulty, minutes, best
// score or "not played"); never the diagnosis. Arrows move between cards, Enter starts a case.
#include "game/ui/core/scene.hpp"

#include <memory>

namespace rc::ui {

std::unique_ptr<Scene> makeLibraryScene(Context& ctx, SceneStack& stack);

} // namespace rc::ui
