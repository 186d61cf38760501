// The layout check's classroom screens: the challenge picker; each bundled challenge played by its
// cases' expert paths from its intro through the screens between cases to its summary (a
// practice challenge shows each debrief, an exam "case recorded"); and the host's board on
// loopback, empty, with a full room and ended. What they write (results, the host's journal)
// goes to a temporary folder, removed at the end.
#include "game/engine/action.hpp"
#include "game/engine/content.hpp"
#include "game/play/challenge_play.hpp"
#include "game/ui/dev/layout_tour.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/challenge_picker_scene.hpp"
#include "game/ui/scenes/host_board_scene.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

namespace rc::ui::layout_tour {

namespace {
namespace fs = std::filesystem;

/// A fresh folder under the system's temporary folder, removed with this object.
class ScratchDir {
  public:
    ScratchDir() {
        std::random_device rd;
        std::error_code ec;
        for (int i = 0; i < 100 && path_.empty(); ++i) {
            const fs::path p =
                fs::temp_directory_path(ec) / ("rootcause-layout-" + std::to_string(rd()));
            if (!ec && fs::create_directory(p, ec) && !ec) path_ = p;
        }
    }
    ~ScratchDir() {
        std::error_code ec;
        if (!path_.empty()) fs::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    bool ok() const { return !path_.empty(); }
    std::string sub(const std::string& name) const {
        std::error_code ec;
        fs::create_directories(path_ / name, ec);
        return (path_ / name).string();
    }

  private:
    fs::path path_;
};

bool isChallengeScreen(SceneKind k) {
    return k == SceneKind::ChallengeIntro || k == SceneKind::ChallengeBetween ||
           k == SceneKind::ChallengeSummary;
}
} // namespace

void Tour::playChallenge(const std::string& id) {
    play::Game& g = *ctx_.game;
    const std::string where = "challenge " + id;
    std::string error;
    const std::optional<rc::Challenge> ch = play::resolveChallenge(id, g.content, error);
    if (!ch) {
        problem("challenge", where, "the bundled challenge does not load: " + error);
        return;
    }
    ScratchDir scratch;
    if (!scratch.ok()) {
        problem("challenge", where, "no temporary folder for the challenge's results");
        return;
    }
    // Each case's expert path, as --autoplay-dir reads them.
    const std::string logs = scratch.sub("logs");
    for (const auto& ref : ch->cases)
        if (const rc::Case* c = g.content.findCase(ref.ref)) {
            rc::ActionLog log;
            log.header["case"] = c->id;
            log.actions = c->expert;
            std::ofstream(logs + "/" + c->id + ".log") << rc::formatActionLog(log);
        }
    play::ChallengeOptions o;
    o.resultsDir = scratch.sub("results");
    o.autoplayDir = logs;
    o.studentId = "S1020007";
    const float pace = ctx_.settings.autoplayPace;
    ctx_.settings.autoplayPace = kPace;
    startChallenge(ctx_, stack_, *ch, "Alexandra Fitzgerald-Okonkwo", o);
    apply();
    const Scene* last = nullptr;
    bool summary = false;
    for (int i = 0; i < kMaxSteps * static_cast<int>(ch->cases.size() + 1); ++i) {
        Scene* top = stack_.top();
        if (!top) break;
        // The cases' own scenes were looked at case by case: here the challenge's screens.
        if (isChallengeScreen(top->kind()) && (top != last || top->dirty())) {
            look(where);
            if (top->kind() == SceneKind::ChallengeSummary) {
                tourTop(where);
                summary = true;
                break;
            }
        }
        last = top;
        step();
    }
    if (!summary) problem("challenge", where, "the tour did not reach the challenge's summary");
    ctx_.settings.autoplayPace = pace;
    g.autoplaying = false;
    g.autoplay.set({});
    endChallenge(ctx_, stack_);
    stack_.clear();
    apply();
}

void Tour::hostBoard() {
    play::Game& g = *ctx_.game;
    const rc::Challenge* first = nullptr;
    for (const auto& ch : g.content.challenges)
        if (!first || ch.id < first->id) first = &ch;
    if (!first) return;
    ScratchDir scratch;
    if (!scratch.ok()) {
        problem("host-class", "host", "no temporary folder for the host's journal");
        return;
    }
    HostClassOptions o;
    o.dataDir = scratch.sub("class");
    o.listen = "127.0.0.1:0";
    o.code = "482913";
    stack_.clear();
    apply();
    const std::string error = startHosting(ctx_, stack_, *first, first->file, o);
    if (!error.empty()) {
        problem("host-class", "host", "hosting on loopback failed: " + error);
        return;
    }
    apply();
    look("host");
    tourTop("host");
    stack_.clear(); // the board's scene owns the host: it stops here
    apply();
}

void Tour::classroom() {
    visit(makeChallengePickerScene(ctx_, stack_), "menus");
    std::vector<std::string> ids;
    for (const auto& ch : ctx_.game->content.challenges)
        ids.push_back(ch.id);
    std::sort(ids.begin(), ids.end());
    for (const std::string& id : ids)
        playChallenge(id);
    hostBoard();
}

} // namespace rc::ui::layout_tour
