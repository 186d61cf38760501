#pragma once
// The host board scene's class, shared by its two files: host_board_scene.cpp (input, the host's
// snapshot, hosting) and host_board_draw.cpp (the projector view). Private to game/ui/scenes:
// everything else reaches the board through host_board_scene.hpp.
#include "game/grading/class_highlights.hpp"
#include "game/net/hosted_class.hpp"
#include "game/play/board_pager.hpp"
#include "game/play/challenge_play.hpp"
#include "game/play/class_grading.hpp"
#include "game/play/game.hpp"
#include "game/play/sample_class.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/kit/widgets.hpp"
#include "game/ui/scenes/host_board_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace rc::ui::host_board {

/// A hosted class and the challenge it serves (which must outlive the host: declared first).
struct Hosting {
    rc::Challenge challenge;
    std::string challengeFile;
    rc::net::HostedClass host;
};

class HostBoardScene : public Scene {
  public:
    HostBoardScene(Context& ctx, SceneStack& stack, std::unique_ptr<Hosting> h, bool exitAfter)
        : Scene(ctx, stack), h_(std::move(h)),
          grading_([ch = &h_->challenge, content = &ctx.game->content,
                    dir = h_->host.resultsDir()] { return gradeClass(*ch, *content, dir); }),
          exitAfter_(exitAfter) {
        snap_ = h_->host.snapshot();
    }
    ~HostBoardScene() override { h_->host.stop(); }
    std::string name() const override { return "host-class"; }
    SceneKind kind() const override { return SceneKind::HostBoard; }
    bool input(Input in) override {
        if (in == Input::Activate)
            press(snap_.ended ? Leave : End);
        else if (in == Input::Back)
            press(Leave);
        else if (in == Input::Up || in == Input::Down)
            pager_.scroll(in == Input::Down ? 1 : -1), invalidate();
        else if (in == Input::PageUp || in == Input::PageDown)
            pager_.page(in == Input::PageDown ? 1 : -1), invalidate();
        else
            return false;
        return true;
    }
    bool event(const sf::Event& e) override {
        if (e.type == sf::Event::MouseWheelScrolled) {
            pager_.scroll(e.mouseWheelScroll.delta > 0 ? -2 : 2);
            invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseMoved) {
            const bool over = button_.contains(static_cast<float>(e.mouseMove.x),
                                               static_cast<float>(e.mouseMove.y));
            if (over != hover_) hover_ = over, invalidate();
            return true;
        }
        if (e.type == sf::Event::MouseButtonPressed &&
            button_.contains(static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y))) {
            press(snap_.ended ? Leave : End);
            return true;
        }
        return false;
    }
    void update(float dt) override {
        if (pager_.tick(dt)) invalidate(); // a projector left alone turns its pages
        if (grading_.poll()) showGrade();
        since_ += dt;
        if (since_ < 0.25f) return;
        since_ = 0;
        rc::net::ClassSnapshot s = h_->host.snapshot();
        if (!same(s, snap_)) {
            snap_ = std::move(s);
            invalidate();
        }
        // Ended, the results are written: what the class found hard, graded off this thread at
        // the end and again only when the results change.
        if (grading_.observe(snap_)) invalidate();
        const bool graded = snap_.ended && !grading_.busy() && grading_.latest();
        const bool allDone =
            !snap_.rows.empty() && std::all_of(snap_.rows.begin(), snap_.rows.end(),
                                               [](const auto& r) { return r.finished; });
        const bool anyDone = std::any_of(snap_.rows.begin(), snap_.rows.end(),
                                         [](const auto& r) { return r.finished; });
        // Screenshots: the board mid-class (when the first student finishes) and the leaderboard.
        if (anyDone && ctx_.runner) ctx_.runner->screenshot("host-class-board");
        if (graded && ctx_.runner) ctx_.runner->screenshot("host-class-leaderboard");
        if (exitAfter_ && allDone && !snap_.ended) h_->host.endChallenge();
        if (exitAfter_ && graded) {
            endedFor_ += 0.25f;
            if (endedFor_ >= 1.0f && ctx_.runner) {
                h_->host.stop();
                std::printf("results-dir: %s\n", h_->host.resultsDir().c_str());
                std::fflush(stdout);
                ctx_.runner->quit(0);
            }
        }
    }
    void draw(sf::RenderTarget& t) override;
    // The layout check: the board as the host has it, then a full room playing and ended.
    int tourStates() const override { return 3; }
    void tourState(int i) override {
        snap_ = i == 0 ? h_->host.snapshot()
                       : play::sampleClass(static_cast<int>(h_->challenge.cases.size()), i == 2);
        sample_ = i > 0;
        highlights_ = i == 2 ? play::sampleHighlights() : std::vector<std::string>{};
        highlightsNote_.clear();
        invalidate();
    }

  private:
    /// What the board shows of the host: the real one's, or the sample room's (the layout check
    /// and tools/screenshots, whose pictures must not depend on this machine's ports and paths).
    std::string address() const {
        return sample_ ? play::kSampleHostAddress : h_->host.joinAddress();
    }
    std::string resultsDir() const {
        return sample_ ? play::kSampleResultsDir : h_->host.resultsDir();
    }
    std::string challengeFile() const {
        return sample_ ? std::filesystem::path(h_->challengeFile).filename().string()
                       : h_->challengeFile;
    }
    enum Press { End, Leave };
    static bool same(const rc::net::ClassSnapshot& a, const rc::net::ClassSnapshot& b) {
        if (a.ended != b.ended || a.rows.size() != b.rows.size() || a.log != b.log ||
            a.error != b.error)
            return false;
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            const auto &x = a.rows[i], &y = b.rows[i];
            if (x.id != y.id || x.connected != y.connected || x.finished != y.finished ||
                x.caseIndex != y.caseIndex || x.attempt != y.attempt || x.total != y.total)
                return false;
        }
        return true;
    }
    /// Ending the challenge and leaving are for everyone in the room: asked twice.
    void press(Press what) {
        if (armed_ != static_cast<int>(what)) {
            armed_ = static_cast<int>(what);
            invalidate();
            return;
        }
        armed_ = -1;
        if (what == End) {
            h_->host.endChallenge();
        } else {
            stack_.clear();
            stack_.push(makeTitleScene(ctx_, stack_));
            return; // this scene (and the host) goes with the stack
        }
        invalidate();
    }
    /// Grades the host's results folder: its highlights, or why there are none. Runs on the
    /// grading's thread: reads only the challenge, the content and the folder.
    static play::ClassGrade gradeClass(const rc::Challenge& ch, const rc::Content& content,
                                       const std::string& resultsDir) {
        play::ClassGrade g;
        std::vector<rc::board::Highlight> hs;
        g.graded = rc::board::highlightsOfResults(ch, content, resultsDir, hs, g.note);
        if (!g.graded) return g;
        for (const auto& h : hs)
            g.lines.push_back(h.text);
        if (hs.empty())
            g.note = "Nothing stood out: no red flag missed and no wrong choice made by a quarter "
                     "of the students of a case.";
        return g;
    }
    /// A grade finished: shown, and printed on stdout ("highlight: ...", for tests and the
    /// instructor's terminal).
    void showGrade() {
        const play::ClassGrade& g = *grading_.latest();
        highlights_ = g.lines;
        highlightsNote_ = g.note;
        if (!g.graded) {
            std::printf("highlights: none (%s)\n", highlightsNote_.c_str());
        } else {
            std::printf("highlights: %zu\n", highlights_.size());
            for (const auto& h : highlights_)
                std::printf("highlight: %s\n", h.c_str());
        }
        std::fflush(stdout);
        invalidate();
    }
    void drawJoinPanel(const Painter& p, const sf::FloatRect& r);
    /// Once ended, in place of the join code: what the class found hard.
    void drawHighlights(const Painter& p, const sf::FloatRect& r, float top, float bottom);
    void drawBoard(const Painter& p, const sf::FloatRect& r);

    std::unique_ptr<Hosting> h_;
    play::ClassGrading grading_; ///< after h_: a grade still running ends before the host goes
    rc::net::ClassSnapshot snap_;
    play::BoardPager pager_;              ///< the students on screen when they do not all fit
    std::vector<std::string> highlights_; ///< once ended: the item analysis's highlights
    std::string highlightsNote_;          ///< why there are none (or "" )
    bool exitAfter_ = false, hover_ = false;
    bool sample_ = false; ///< a tour state shows the sample room (see address())
    int armed_ = -1; ///< the press waiting for its confirmation (-1: none)
    float since_ = 1, endedFor_ = 0;
    sf::FloatRect button_;
};

} // namespace rc::ui::host_board
