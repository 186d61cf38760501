#pragma once
// A report's schematic, enlarged over the encounter: the image as large as the window allows, its
// caption and the report beside or under it. Enter, Esc or a click closes it.
#include "game/ui/art/imaging.hpp"
#include "game/ui/core/scene.hpp"

#include <memory>
#include <optional>
#include <string>

namespace rc {
struct Investigation;
struct OrderedTest;
} // namespace rc

namespace rc::ui {

/// The schematic of an arrived report (none for an investigation without one, or a chart).
std::optional<ImageView> reportImage(const rc::Investigation& inv, const rc::OrderedTest& o);
/// The report as the encounter shows it: the text and each incidental finding.
std::string reportText(const rc::OrderedTest& o);

std::unique_ptr<Scene> makeImageViewerScene(Context& ctx, SceneStack& stack, ImageView v,
                                            std::string title, std::string report);

} // namespace rc::ui
