#pragma once
// Classroom challenges, the student's side: the picker (title menu), the intro, the cases played
// in order with the challenge's seed and a countdown, the screen between cases and the summary
// with the results file to hand in. The play itself runs through the normal encounter, decision,
// follow-up and debrief scenes; flow.cpp asks the hooks below at the end of a case.
#include "game/play/challenge_play.hpp"
#include "game/ui/core/scene.hpp"

#include <memory>
#include <string>

namespace rc::ui {

/// The title menu's "Classroom challenge": the bundled challenges, the player's name and id.
std::unique_ptr<Scene> makeChallengePickerScene(Context& ctx, SceneStack& stack);

/// Start `ch` for this student (shows the intro). The results folder defaults to
/// userDataDir()/results.
void startChallenge(Context& ctx, SceneStack& stack, const rc::Challenge& ch,
                    const std::string& player, const play::ChallengeOptions& o);
/// Start the live class `live` has joined (shows the intro); the host feeds the cases.
void startLiveChallenge(Context& ctx, SceneStack& stack,
                        const std::shared_ptr<play::LivePlay>& live, const std::string& player,
                        const play::ChallengeOptions& o);
/// `rootcause --challenge FILE`: load and check the file, then start. Returns an error message
/// (empty when the challenge started).
std::string startChallengeFromCommandLine(Context& ctx, SceneStack& stack,
                                          const play::ChallengeOptions& o);

/// flow.cpp, afterAdvance: the case just ended in a challenge. Records it and writes the results
/// file; in exam mode shows "case recorded" instead of the outcome. True if it took over.
bool challengeAfterAdvance(Context& ctx, SceneStack& stack);
/// flow.cpp, toLibrary: in a challenge, leaving a debrief goes on to the next case (or back to
/// the summary), and leaving a case in progress is refused with a message. True if it took over.
bool challengeLeave(Context& ctx, SceneStack& stack);

} // namespace rc::ui
