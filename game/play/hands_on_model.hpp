#pragma once
// The logic of the hands-on examination scene, free of SFML so tests run without a window:
// the simulation with fixed 1/60 s steps behind a real-time accumulator, keyboard and mouse
// drive, the autoplay examiner, the patient's reactions (face, speech) and the action recorded.
#include "game/body/exam_sim.hpp"
#include "game/engine/action.hpp"
#include "game/engine/session.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rc::play {

/// The patient's face during the manoeuvre.
enum class HandsOnFace { Neutral, Wince, Pain };

/// Short texts of one manoeuvre for the side panel.
struct ManoeuvreGuide {
    std::string position;           ///< "Supine", "Prone", "Sitting"
    std::string reading;            ///< name of the measured angle ("Hip flexion")
    std::vector<std::string> steps; ///< numbered instructions, shortest first
};

/// The guide for a manoeuvre.
ManoeuvreGuide manoeuvreGuide(rc::body::Manoeuvre m);

/// The reading's name for an angle: hip IR below 0 reads "External rotation".
std::string readingLabel(rc::body::Manoeuvre m, double angleDeg);

/// One hands-on examination in progress.
class HandsOnModel {
  public:
    static constexpr double kStep = rc::body::ExamSimulation::kTimeStep; ///< s per physics step
    static constexpr int kMaxStepsPerFrame = 8; ///< a slow frame never runs more (no spiral)

    /// Builds the simulation for `examId` on `side` (the leg examined, as in the action log; for
    /// the crossed SLR the leg raised) at the session's current visit. If the exam is not a
    /// hands-on manoeuvre, ok() is false and error() says why.
    HandsOnModel(const rc::Session& session, const std::string& examId, rc::Side side,
                 std::optional<int> autoAngle = std::nullopt);

    bool ok() const { return sim_ != nullptr; }
    const std::string& error() const { return error_; }
    /// The exam's label from the catalogue ("Straight leg raise").
    const std::string& examLabel() const { return label_; }
    const std::string& examId() const { return examId_; }
    rc::Side side() const { return side_; }
    /// The simulation (only when ok()).
    rc::body::ExamSimulation& sim() { return *sim_; }
    const rc::body::ExamSimulation& sim() const { return *sim_; }

    // ---- input ------------------------------------------------------------------------
    /// Keyboard drive while a key is held: +1 (Up), -1 (Down), 0 (none).
    void setKeyDrive(int direction);
    /// Mouse press at a world point (m): takes hold if near the moving limb.
    bool grab(rc::body::Vec2 world);
    /// Mouse moved while held: the hand pulls towards this world point.
    void dragTo(rc::body::Vec2 world);
    /// Autoplay only: simulated seconds per real second (1 = the examiner's real pace). The
    /// steps are the same fixed steps, only more of them per frame, so the reading is the same.
    void setAutoplaySpeed(double speed) { autoplaySpeed_ = std::clamp(speed, 1.0, 32.0); }
    /// Mouse released: the limb is let go.
    void release();
    bool mouseHeld() const { return mouseHeld_; }
    bool supportsNeck() const;
    bool supportsAnkle() const;
    void toggleNeck();
    void toggleAnkle();

    // ---- time -------------------------------------------------------------------------
    /// Adds real time (s) and runs whole physics steps for it; returns the steps run.
    int advance(double seconds);
    /// One physics step (tests).
    void stepOnce();
    /// Simulated time (s).
    double time() const { return time_; }

    // ---- what the scene shows ---------------------------------------------------------
    HandsOnFace face() const;
    /// What the patient says now (empty: nothing).
    const std::string& speech() const { return speech_; }
    /// What the examiner observes (the case's finding text), once revealed.
    const std::string& observation() const { return observation_; }
    /// Seconds since symptoms last started (negative if none are active).
    double symptomFlashAge() const;
    /// 0 outside the last part of the range, rising to 1 at its end: the felt resistance.
    double resistance() const;
    /// Counts changes of face, speech, observation or switches (the scene redraws its static
    /// layer when this changes).
    int version() const { return version_; }

    // ---- recording --------------------------------------------------------------------
    /// The action for what has been found so far: `exam <id> <side> <loggedAngle>`.
    rc::Action action() const;
    /// "symptoms at 42°" / "no symptoms to 30°".
    std::string summary() const;
    /// Autoplay only: the manoeuvre is done and the finding should be recorded now.
    bool autoplayDone() const { return autoPhase_ == AutoPhase::done; }
    bool autoplay() const { return autoAngle_.has_value(); }
    /// Autoplay: true once, during the pause before recording (the moment to photograph).
    bool takeAutoplayPauseStarted();

  private:
    enum class AutoPhase { off, settle, drive, hold, done };
    void autoplayStep();
    void handleReactions();
    void say(std::string words);

    std::unique_ptr<rc::body::ExamSimulation> sim_;
    std::string error_, label_, examId_;
    rc::Side side_ = rc::Side::None;
    std::optional<int> autoAngle_;
    AutoPhase autoPhase_ = AutoPhase::off;
    double phaseTime_ = 0, lastProgressAngle_ = 0, lastProgressTime_ = 0;
    bool pauseStarted_ = false;
    int keyDrive_ = 0;
    bool mouseHeld_ = false;
    rc::body::Vec2 dragTarget_{};
    double accumulator_ = 0, time_ = 0, autoplaySpeed_ = 1;
    double painUntil_ = -1, winceUntil_ = -1, onsetTime_ = -1;
    std::string speech_, observation_;
    HandsOnFace lastFace_ = HandsOnFace::Neutral;
    int version_ = 0;
};

} // namespace rc::play
