#pragma once
#include "game/engine/action.hpp"
#include "game/engine/session.hpp"
#include "game/ui/core/scene.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace rc::ui {

class SceneStack;

/// The hands-on examination of one manoeuvre (SLR, crossed SLR, slump, PKB, AKE, hip flexion, hip
/// IR). When the student records the finding, `onRecord` receives the action to apply, e.g. exam
/// slr right 45 (angle = rc::body::RecordedFinding::loggedAngle()), and the scene pops itself; Esc
/// cancels (no action). If `autoAngle` is set (autoplay), the scene drives the limb to that angle
/// by itself, pauses briefly, then records.
///
/// `side` is the leg examined, as in the action log (for the crossed SLR, the leg raised). The
/// session is read only while the scene is made (the case's finding at the current visit and the
/// patient's looks); it need not outlive the scene. If the exam is not hands-on, the scene shows
/// why and Esc or Enter closes it without an action.
std::unique_ptr<Scene> makeHandsOnScene(Context& ctx, SceneStack& stack, const rc::Session& session,
                                        const std::string& examId, rc::Side side,
                                        std::function<void(const rc::Action&)> onRecord,
                                        std::optional<int> autoAngle = std::nullopt);

} // namespace rc::ui
