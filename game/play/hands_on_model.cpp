#include "game/play/hands_on_model.hpp"

#include "game/body/case_spec.hpp"

#include <algorithm>
#include <cmath>

namespace rc::play {

using rc::body::Manoeuvre;

ManoeuvreGuide manoeuvreGuide(Manoeuvre m) {
    switch (m) {
    case Manoeuvre::slr:
        return {"Supine",
                "Hip flexion",
                {"Keep the knee straight and lift the leg from the heel.",
                 "Stop when the patient reports symptoms, or at the end of range.",
                 "Add ankle dorsiflexion: symptoms that change are neural."}};
    case Manoeuvre::crossedSlr:
        return {"Supine",
                "Hip flexion",
                {"Lift this leg from the heel, knee straight.",
                 "Ask about pain in the other leg; stop when it comes on or at the end of range.",
                 "Ankle dorsiflexion of the raised leg adds neural tension."}};
    case Manoeuvre::hipFlexion:
        return {"Supine",
                "Hip flexion",
                {"Hold under the knee and let the knee bend.",
                 "Flex the hip towards the chest until it stops firmly.",
                 "Note any groin or knee pain and where it comes on."}};
    case Manoeuvre::pkb:
        return {"Prone",
                "Knee flexion",
                {"Pelvis flat on the plinth; hold the lower leg.",
                 "Bend the knee, bringing the heel towards the buttock.",
                 "Stop when symptoms come on at the front of the thigh, or at the end of range."}};
    case Manoeuvre::ake:
        return {"Supine, 90/90",
                "Knee extension",
                {"Hip held at 90\u00B0 of flexion, knee bent to 90\u00B0.",
                 "Straighten the knee until a firm stretch behind the thigh.",
                 "Read the angle: the shortfall from straight is the hamstring deficit."}};
    case Manoeuvre::slump:
        return {"Sitting, slumped",
                "Knee extension",
                {"Patient slumps, hands behind the back, chin to chest (neck flexion on).",
                 "Straighten the knee; stop when symptoms come on or at the end of range.",
                 "Release the neck flexion: symptoms that ease are neural."}};
    case Manoeuvre::hipIr:
        return {"Sitting, hip and knee at 90\u00B0",
                "Internal rotation",
                {"Steady the thigh; hold the lower leg above the ankle.",
                 "Swing the foot outwards to rotate the hip inwards.",
                 "Stop at the firm end feel or when groin or knee pain comes on."}};
    }
    return {};
}

std::string readingLabel(Manoeuvre m, double angleDeg) {
    if (m == Manoeuvre::hipIr && angleDeg < -0.5) return "External rotation";
    return manoeuvreGuide(m).reading;
}

HandsOnModel::HandsOnModel(const rc::Session& session, const std::string& examId, rc::Side side,
                           std::optional<int> autoAngle)
    : examId_(examId), side_(side), autoAngle_(autoAngle) {
    const rc::Exam* exam = session.catalog().exam(examId);
    label_ = exam ? exam->label : examId;
    if (!exam) {
        error_ = "There is no examination called \u201C" + examId + "\u201D in the catalogue.";
        return;
    }
    if (exam->handsOn.empty()) {
        error_ = exam->label + " is not a hands-on manoeuvre: it is done with one click in the "
                               "Examination tab.";
        return;
    }
    if (side != rc::Side::Left && side != rc::Side::Right) {
        error_ = exam->label + " is done on one leg: choose the left or the right.";
        return;
    }
    std::optional<rc::body::ManoeuvreSpec> spec =
        rc::body::specFor(session, session.visitIndex(), examId, side);
    if (!spec) {
        error_ = exam->label + " has no hands-on simulation (\u201C" + exam->handsOn + "\u201D).";
        return;
    }
    sim_ = std::make_unique<rc::body::ExamSimulation>(*spec);
    if (autoAngle_) autoPhase_ = AutoPhase::settle;
}

bool HandsOnModel::supportsNeck() const {
    return ok() && sim_->spec().supportsNeckFlexion();
}

bool HandsOnModel::supportsAnkle() const {
    return ok() && sim_->spec().supportsAnkleDorsiflexion();
}

void HandsOnModel::toggleNeck() {
    if (!supportsNeck()) return;
    sim_->setNeckFlexion(!sim_->switches().neckFlexion);
    ++version_;
}

void HandsOnModel::toggleAnkle() {
    if (!supportsAnkle()) return;
    sim_->setAnkleDorsiflexion(!sim_->switches().ankleDorsiflexion);
    ++version_;
}

void HandsOnModel::setKeyDrive(int direction) {
    keyDrive_ = std::clamp(direction, -1, 1);
}

bool HandsOnModel::grab(rc::body::Vec2 world) {
    if (!ok() || autoplay()) return false;
    if (!sim_->grab(world)) return false;
    mouseHeld_ = true;
    dragTarget_ = world;
    return true;
}

void HandsOnModel::dragTo(rc::body::Vec2 world) {
    if (mouseHeld_) dragTarget_ = world;
}

void HandsOnModel::release() {
    if (!mouseHeld_) return;
    mouseHeld_ = false;
    if (ok()) sim_->release();
}

int HandsOnModel::advance(double seconds) {
    if (!ok()) return 0;
    const double speed = autoplay() ? autoplaySpeed_ : 1.0;
    const int maxSteps = static_cast<int>(kMaxStepsPerFrame * speed);
    accumulator_ += std::clamp(seconds, 0.0, 0.25) * speed;
    int n = 0;
    while (accumulator_ >= kStep && n < maxSteps) {
        stepOnce();
        accumulator_ -= kStep;
        ++n;
    }
    if (n == maxSteps) accumulator_ = std::min(accumulator_, kStep);
    return n;
}

void HandsOnModel::stepOnce() {
    if (!ok()) return;
    if (autoplay()) {
        autoplayStep();
    } else if (mouseHeld_) {
        sim_->dragTo(dragTarget_);
    } else if (keyDrive_ != 0) {
        sim_->push(keyDrive_);
    }
    sim_->step();
    time_ += kStep;
    handleReactions();
}

void HandsOnModel::autoplayStep() {
    phaseTime_ += kStep;
    const double angle = sim_->measuredAngleDeg();
    switch (autoPhase_) {
    case AutoPhase::off:
    case AutoPhase::done:
        return;
    case AutoPhase::settle: // let the patient settle into position first
        if (phaseTime_ >= 0.4) {
            autoPhase_ = AutoPhase::drive;
            phaseTime_ = 0;
            lastProgressAngle_ = angle;
            lastProgressTime_ = time_;
        }
        return;
    case AutoPhase::drive: {
        const double target = *autoAngle_;
        const bool arrived = std::abs(target - angle) < 0.5;
        if (std::abs(angle - lastProgressAngle_) > 0.2) {
            lastProgressAngle_ = angle;
            lastProgressTime_ = time_;
        }
        const bool stalled = time_ - lastProgressTime_ > 0.75;
        const bool pastEnd =
            target > angle && sim_->endOfRangeReached() && angle >= sim_->rangeDeg() - 1.0;
        if (arrived || stalled || pastEnd || phaseTime_ > 30.0) {
            autoPhase_ = AutoPhase::hold;
            phaseTime_ = 0;
            pauseStarted_ = true;
            sim_->push(0);
            return;
        }
        sim_->push(target > angle ? 1.0 : -1.0);
        return;
    }
    case AutoPhase::hold: // hold the limb still a moment so the student sees the reading
        sim_->push(0);
        if (phaseTime_ >= 1.2) autoPhase_ = AutoPhase::done;
        return;
    }
}

bool HandsOnModel::takeAutoplayPauseStarted() {
    const bool v = pauseStarted_;
    pauseStarted_ = false;
    return v;
}

void HandsOnModel::say(std::string words) {
    if (words != speech_) {
        speech_ = std::move(words);
        ++version_;
    }
}

void HandsOnModel::handleReactions() {
    for (const rc::body::Reaction& r : sim_->takeReactions()) {
        switch (r.kind) {
        case rc::body::ReactionKind::symptomsStart:
            painUntil_ = time_ + 1.6;
            onsetTime_ = time_;
            say("Ow \u2014 that\u2019s it, that\u2019s my pain.");
            if (!r.text.empty() && r.text != observation_) observation_ = r.text, ++version_;
            break;
        case rc::body::ReactionKind::symptomsEased:
            painUntil_ = -1;
            onsetTime_ = -1;
            say("That\u2019s easing off now.");
            break;
        case rc::body::ReactionKind::endOfRange:
            if (sim_->symptomsActive()) break;
            winceUntil_ = time_ + 1.2;
            say("That feels tight \u2014 it won\u2019t go any further.");
            // With no symptoms, the end of range is the finding: show what the case says.
            if (!sim_->symptomsTriggered() && observation_.empty() && !sim_->spec().symptom.empty())
                observation_ = sim_->spec().symptom, ++version_;
            break;
        }
    }
    // The face also changes as time passes (pain easing to a wince), without a reaction.
    const HandsOnFace now = face();
    if (now != lastFace_) lastFace_ = now, ++version_;
}

HandsOnFace HandsOnModel::face() const {
    if (!ok()) return HandsOnFace::Neutral;
    if (sim_->symptomsActive()) return time_ < painUntil_ ? HandsOnFace::Pain : HandsOnFace::Wince;
    if (time_ < winceUntil_) return HandsOnFace::Wince;
    return HandsOnFace::Neutral;
}

double HandsOnModel::symptomFlashAge() const {
    if (!ok() || !sim_->symptomsActive() || onsetTime_ < 0) return -1.0;
    return time_ - onsetTime_;
}

double HandsOnModel::resistance() const {
    if (!ok()) return 0.0;
    const double zone =
        std::min(rc::body::kEndFeelZoneDeg, sim_->rangeDeg() - sim_->scene().lowDeg);
    if (zone <= 0) return 0.0;
    const double into = (sim_->measuredAngleDeg() - (sim_->rangeDeg() - zone)) / zone;
    return std::clamp(into, 0.0, 1.0);
}

rc::Action HandsOnModel::action() const {
    rc::Action a;
    a.verb = rc::Verb::Exam;
    a.args = {examId_};
    a.side = side_;
    if (ok()) a.angle = sim_->loggedAngle();
    return a;
}

std::string HandsOnModel::summary() const {
    if (!ok()) return "";
    const rc::body::RecordedFinding f = sim_->recordedFinding();
    std::string s = f.summary();
    if (f.symptomsFound || f.angleDeg > 0.5 || f.endOfRange) return s;
    return "not tested yet";
}

} // namespace rc::play
