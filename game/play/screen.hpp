#pragma once
// The kinds of screen the game shows, one per kind of scene. The play layer names them (each has
// a help page, play/help_pages) and the UI's scenes say which one they are (ui::SceneKind is this
// type), so there is one list to extend.

namespace rc::play {

/// A kind of screen. A new one does not build until play::helpPage() gives it a page (a switch
/// with no default) and play::screenName() a name.
enum class Screen {
    Title,
    Library,
    Briefing,
    Encounter,
    HandsOn,
    Decision,
    FollowUp,
    Debrief,
    Message,
    ChallengePicker,
    ChallengeIntro,
    ChallengeBetween,
    ChallengeSummary,
    JoinClass,
    HostSetup,
    HostBoard,
    Gallery,
    ImageViewer,
    WhatIf,
    Estimate, ///< the estimate asked before an investigation (practice)
    Help, ///< the help overlay itself; stays last (kScreenCount)
};
inline constexpr int kScreenCount = static_cast<int>(Screen::Help) + 1;

} // namespace rc::play
