#pragma once
// Classroom challenges, the student's side: the flow between the challenge's screens (the picker,
// challenge_picker_scene; the intro; the screen between cases; the summary) and the cases, played
// in order with the challenge's seed and a countdown in the top bar. The play itself runs through
// the normal encounter, decision, follow-up and debrief scenes; flow.cpp asks the hooks below at
// the end of a case.
#include "game/play/challenge_play.hpp"
#include "game/ui/core/scene.hpp"

#include <memory>
#include <string>

namespace rc::ui {

/// The challenge being played (null when none).
std::shared_ptr<play::ChallengePlay> challengeOf(Context& ctx);

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

/// The challenge's current case (a live class: the host's), or the summary when none is left.
void beginChallengeCase(Context& ctx, SceneStack& stack);
/// The summary over the title, with autoplay and the challenge clock stopped.
void showChallengeSummary(Context& ctx, SceneStack& stack);
/// Leaves the challenge: the normal autosave back, a live class left, the title (or the game
/// ends, with --exit-after-challenge).
void endChallenge(Context& ctx, SceneStack& stack);

} // namespace rc::ui
