#pragma once
// The abstract inputs the game's scenes answer to. Keys map to them through the UI's Bindings
// (game/ui/core/bindings.*, rebindable); the enum lives here, free of SFML, so the play layer
// (the help pages) can name them.

namespace rc::play {

/// Abstract inputs scenes respond to.
enum class Input {
    Up,
    Down,
    Left,
    Right, ///< arrows: move within a list or grid
    Next,
    Prev,     ///< Tab / Shift-Tab: move between regions
    Activate, ///< Enter / Space: choose
    Back,     ///< Esc
    Tab1,
    Tab2,
    Tab3,
    Tab4,
    Tab5, ///< 1–5: switch tabs
    ScaleUp,
    ScaleDown,
    ScaleReset, ///< Ctrl+= / Ctrl+- / Ctrl+0
    Screenshot, ///< F12
    Remove,     ///< Delete: withdraw the focused item (cancel a pending order)
    Fullscreen, ///< F11 or Alt+Enter: fullscreen on or off (never Enter's Activate)
    Help,       ///< F1 (and the typed character '?' outside text fields): the help overlay
    PageUp,
    PageDown, ///< PgUp / PgDn: a page up or down (long messages, the help overlay)
    Neck,     ///< N: the hands-on test's neck flexion on or off
    Ankle,    ///< D: the hands-on test's ankle dorsiflexion on or off
    Mode,     ///< M: the library's practice or exam for the next case
    WhatIf,   ///< W: the debrief's "What if…" (branch from a decision)
};

} // namespace rc::play
