// rootcause: the game. Parses the command line, loads fonts, content and the player's profile,
// opens the window and runs the scene stack.
#include "game/cli/man_page.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/play/game.hpp"
#include "game/ui/core/context.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/core/scene_stack.hpp"
#include "game/ui/core/window_icon.hpp"
#include "game/ui/dev/bench.hpp"
#include "game/ui/dev/damage_check.hpp"
#include "game/ui/dev/gallery_scene.hpp"
#include "game/ui/dev/layout_check.hpp"
#include "game/ui/dev/monkey.hpp"
#include "game/ui/kit/sound_bank.hpp"
#include "game/ui/scenes/challenge_flow.hpp"
#include "game/ui/scenes/flow.hpp"
#include "game/ui/scenes/hands_on_launch.hpp"
#include "game/ui/scenes/help_scene.hpp"
#include "game/ui/scenes/host_board_scene.hpp"
#include "game/ui/scenes/join_scene.hpp"
#include "game/ui/scenes/library_scene.hpp"
#include "game/ui/scenes/title_scene.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace {

/// --resume --print-state: print the restored action log without opening a window.
int printState(rc::play::Game& game) {
    std::optional<rc::SavedGame> saved;
    rc::Diagnostics diags;
    std::string aside;
    const rc::LoadStatus st = rc::loadSavedGame(game.play.autosavePath(), saved, diags, &aside);
    if (st == rc::LoadStatus::Missing) {
        std::cerr << "rootcause: no saved game at " << game.play.autosavePath() << "\n";
        return 1;
    }
    if (st == rc::LoadStatus::Corrupt) {
        std::cerr << "rootcause: the saved game is corrupt; it was set aside as " << aside << "\n"
                  << diags.str();
        return 1;
    }
    std::string error;
    if (!game.play.restore(*saved, game.content, error)) {
        std::cerr << "rootcause: " << error << "\n";
        return 1;
    }
    std::cout << rc::formatActionLog(game.play.session().log())
              << rc::formatNoteLines(game.play.notes());
    return 0;
}

/// Whether this machine can make a sound: a sound card (/dev/snd) or a sound server's socket
/// (PulseAudio, PipeWire) for this user.
bool soundOutputLikely() {
    std::error_code ec;
    if (std::getenv("PULSE_SERVER") || std::filesystem::is_directory("/dev/snd", ec)) return true;
    const char* run = std::getenv("XDG_RUNTIME_DIR");
    if (!run || !*run) return false;
    const std::filesystem::path r(run);
    return std::filesystem::exists(r / "pulse" / "native", ec) ||
           std::filesystem::exists(r / "pipewire-0", ec);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Root Cause: diagnose and manage patients whose knee pain may come from the "
                 "lumbar spine, the knee or the hip."};
    rc::ui::Settings settings;
    bool gallery = false, version = false, resume = false, printStateFlag = false, library = false;
    float scale = 0;
    unsigned width = 1280, height = 720;
    long frames = 0;
    std::string caseArg, contentDir;
    rc::setExecutablePath(argv[0]);
    const rc::ContentLocation found = rc::locateContent();
    app.add_flag("--version", version, "Print the version and exit");
    app.add_option("--case", caseArg,
                   "Start this case: a case id or the path of a case file. Its briefing comes "
                   "first (Enter starts), except with --autoplay, --monkey or --watch, which go "
                   "straight into the case");
    app.add_option("--content", contentDir,
                   "Content folder (catalog/, cases/, challenges/); without it, the one found at "
                   "run time, below");
    app.add_option("--player", settings.player, "Player name shown and saved with results");
    app.add_option("--mode", settings.mode,
                   "practice (hints as you go) or exam (no feedback until the debrief)")
        ->check(CLI::IsMember({"practice", "exam"}));
    app.add_option("--autoplay", settings.autoplayFile,
                   "Drive the interface through an action log as if clicked");
    app.add_option("--autoplay-pace", settings.autoplayPace,
                   "Seconds per autoplayed action (default 0.6)")
        ->check(CLI::Range(0.0f, 10.0f));
    app.add_option("--screenshot-dir", settings.screenshotDir,
                   "Save a PNG of each scene when first shown");
    app.add_flag(
        "--exit-after-debrief", settings.exitAfterDebrief,
        "Exit (status 0) once the debrief is shown and photographed; prints 'debrief-total: N'; "
        "status 4 when an autosave or the profile could not be written and never was since");
    app.add_option("--what-if", settings.whatIf,
                   "Once the debrief shows (practice): branch it at the decision after the first N "
                   "actions with ALTERNATIVE (a word of its action, 'none' for an order left out, "
                   "or its number in the chooser), as N:ALTERNATIVE, e.g. 40:surgical");
    app.add_flag("--resume", resume,
                 "Resume the autosaved case directly (with --autoplay: play the rest of the log)");
    app.add_flag(
        "--print-state", printStateFlag,
        "With --resume: print the restored action log (and the notes, as #| lines) and exit "
        "(no window)");
    app.add_flag("--library", library, "Open the case library at start");
    bool noTutorial = false;
    app.add_flag("--no-tutorial", noTutorial,
                 "Start at the title even for a new player (a shared classroom machine, scripts); "
                 "otherwise a new player's first launch opens the tutorial's briefing");
    app.add_flag("--watch", settings.watch,
                 "For case authors: reload the --case file when it changes and show its lint "
                 "errors on screen");
    app.add_flag("--bench", settings.bench, "Print frame-time percentiles per scene on exit");
    bool layoutCheck = false;
    app.add_flag("--layout-check", layoutCheck,
                 "Visit every scene of every case at this --width, --height and --scale, print "
                 "each text cut with no way to read the rest, each pair of texts drawn over each "
                 "other and each text off the window, end with 'layout: N problems' and exit (1 "
                 "when N > 0); nothing is saved");
    const rc::ContentLocation sounds = rc::locateSounds();
    app.add_flag("--mute", settings.mute,
                 "No sound: the cues (a report arrived, a finding, a red flag, two minutes left, "
                 "the debrief) stay silent and no sound is opened; the title's Volume row sets "
                 "the volume and mute otherwise");
    app.add_flag(
        "--gallery", gallery,
        "Show the component gallery (with --screenshot-dir: photograph every page and exit)");
    app.add_option("--scale", scale, "UI scale, 0.75 to 2 (Ctrl+ / Ctrl- in the game)")
        ->check(CLI::Range(0.75f, 2.0f));
    app.add_option("--width", width, "Window width in pixels")->check(CLI::Range(640u, 3840u));
    app.add_option("--height", height, "Window height in pixels")->check(CLI::Range(480u, 2160u));
    app.add_option("--frames", frames, "Stop after this many frames (for benchmarks and scripts)");
    double monkeySeconds = 0; // --monkey: random input (reliability tests)
    unsigned monkeySeed = 1;
    app.add_option("--monkey", monkeySeconds,
                   "Inject random input for this many seconds, then print a summary and exit")
        ->check(CLI::Range(0.1, 86400.0));
    app.add_option("--seed", monkeySeed, "With --monkey: the random seed");
    // --hands-on: the hands-on examination straight away (screenshots, benchmarks, tests).
    std::string handsOn;
    int autoplayAngle = 0;
    app.add_option("--hands-on", handsOn,
                   "Open the hands-on exam CASE:EXAM:SIDE (e.g. knee-l3-disc:pkb:right) at the "
                   "case's first visit; prints the recorded action");
    CLI::Option* autoplayAngleOpt =
        app.add_option("--autoplay-angle", autoplayAngle,
                       "With --hands-on: move the leg to this angle by itself, then record");
    // Classroom challenges (README "For instructors"): the student's side.
    rc::play::ChallengeOptions challenge;
    app.add_option("--challenge", challenge.file,
                   "Play a classroom challenge: a challenge file (or a bundled challenge's id)");
    app.add_option("--student-id", challenge.studentId,
                   "With --challenge or --join: your student id (names the results file)");
    app.add_option("--email", challenge.email, "With --challenge: your e-mail (optional)");
    app.add_option(
        "--results-dir", challenge.resultsDir,
        "With --challenge: where the results file goes (default: the user data folder's results/)");
    app.add_option("--autoplay-dir", challenge.autoplayDir,
                   "With --challenge or --join: a folder of <case-id>.log action logs to autoplay, "
                   "one per case");
    app.add_flag("--exit-after-challenge", challenge.exitAfter,
                 "With --challenge or --join: exit at the summary; prints 'results-file: PATH' "
                 "(--join: 'results-host: ADDR') and 'challenge-total: N'; with --host-class: end "
                 "once every student finished; status 4 (and no 'results-file:' line) when the "
                 "results file, an autosave or the profile could not be written");
    app.add_option("--time-scale", challenge.timeScale, "Tests: challenge seconds per real second")
        ->check(CLI::Range(0.01, 1000.0))
        ->group("");
    // Live classes (README "Run a live class"): the student joins a host; the instructor hosts.
    rc::ui::JoinOptions join;
    rc::ui::HostClassOptions hostClass;
    app.add_option(
        "--join", join.endpoint,
        "Join a live class at the host's ADDR:PORT (with --code, --student-id, --player)");
    app.add_option(
        "--code", join.code,
        "With --join: the join code; with --host-class: the code to use (default random)");
    app.add_option("--host-class", hostClass.file,
                   "Host a live class: a challenge file (or a bundled challenge's id); shows the "
                   "projector view");
    app.add_option("--data", hostClass.dataDir,
                   "With --host-class: the class's journal and results (default: the user data "
                   "folder's classes/<id>)");
    app.add_option("--listen", hostClass.listen,
                   "With --host-class: ADDR:PORT to listen on (default 0.0.0.0 and a free port)");
    app.add_option("--roster", hostClass.roster,
                   "With --host-class: the class list (a CSV exported from the LMS: id, name, "
                   "e-mail); only students on it may join");
    app.add_flag("--allow-retake", hostClass.allowRetake,
                 "With --host-class: a student who finished may start the challenge again (every "
                 "attempt is kept; the board shows which counts)");
    app.footer("Content found: " + found.describe() + "\nSounds found: " +
               (sounds.dir.empty() ? std::string("none (the game plays silently; set "
                                                 "ROOTCAUSE_SOUNDS to a folder of the cues)")
                                   : sounds.dir + " (from " + sounds.how + ")") +
               "\n\nExit status: 0 done; 1 the case or challenge could not be played; 2 bad "
               "options, content or display; 4 a write failed (autosave, profile, results file): "
               "the game shows a banner, keeps the play in memory and retries, and says "
               "'save-error: ...' on stdout");
    rc::addManFlag(app, 6, rc::kVersion, true);
    CLI11_PARSE(app, argc, argv);
    if (version) {
        std::cout << "rootcause " << rc::kVersion << "\n";
        return 0;
    }
    if (printStateFlag && !resume) {
        std::cerr << "rootcause: --print-state needs --resume\n";
        return 2;
    }
    // OpenAL with no sound device or server floods stderr and plays nothing: there, its silent
    // driver. Where sound can be heard, the cues play (ALSOFT_DRIVERS, when set, decides).
    if (!std::getenv("ALSOFT_DRIVERS") && !soundOutputLikely()) setenv("ALSOFT_DRIVERS", "null", 0);
#ifdef __linux__
    // SFML opens an X display for the window and aborts with its own message when there is
    // none; say what is missing instead. (--print-state opens no window.)
    if (const char* display = std::getenv("DISPLAY");
        (!display || !*display) && !(resume && printStateFlag)) {
        std::cerr << "Root Cause needs a graphical display (no X display found)\n";
        return 2;
    }
#endif

    rc::play::Game game;
    game.play.setWriteHealth(&game.writes);
    game.play.setCues(&game.cues);
    // Content: errors are reported but the game goes on with the cases that loaded.
    if (!gallery) {
        if (contentDir.empty()) contentDir = found.dir;
        if (contentDir.empty()) {
            std::cerr << "rootcause: error: no content folder: " << found.describe() << "\n";
            return 2;
        }
        if (!std::filesystem::is_directory(contentDir + "/catalog")) {
            std::cerr << "rootcause: error: no content folder at '" << contentDir
                      << "' (it needs a catalog/ folder; see --content)\n";
            return 2;
        }
        rc::Diagnostics diags;
        game.content = rc::loadContent(contentDir, diags);
        if (diags.hasErrors()) {
            // The content's problems as rootcause-lint prints them, on stderr and (in full, on
            // request) on the title screen; the cases that loaded stay playable.
            std::cerr << diags.summary();
            game.contentProblems = diags.summary();
            game.notice = "Some content has errors and was left out (" +
                          std::to_string(diags.errorCount()) + " error" +
                          (diags.errorCount() == 1 ? "" : "s") + ").";
        }
        if (game.content.catalog.topics.empty()) {
            std::cerr << "rootcause: error: the catalogue in '" << contentDir
                      << "' could not be loaded\n";
            return 2;
        }
    }
    game.profilePath = layoutCheck ? std::string() : rc::play::profilePath();
    std::string profileMessage;
    game.profile = rc::play::loadProfile(game.profilePath, profileMessage);
    if (!profileMessage.empty()) {
        std::cerr << "rootcause: " << profileMessage << "\n";
        game.notice = profileMessage;
    }
    if (app.count("--player"))
        game.profile.name = settings.player;
    else
        settings.player = game.profile.name;
    if (resume && printStateFlag) return printState(game);

    // The case to start with, if any.
    std::optional<rc::Case> caseStorage;
    const rc::Case* startCase = nullptr;
    std::string caseFile;
    if (!caseArg.empty()) {
        rc::Diagnostics diags;
        startCase = rc::resolveCase(caseArg, game.content, caseStorage, diags);
        if (!startCase) {
            std::cerr << diags.str() << "rootcause: error: cannot start case '" << caseArg << "'\n";
            if (!settings.watch) return 1;
        }
        if (caseArg.find('/') != std::string::npos || caseArg.find(".xml") != std::string::npos)
            caseFile = caseArg, game.watchFile = caseArg;
    }
    if (!settings.autoplayFile.empty()) {
        std::string err;
        if (!game.autoplay.load(settings.autoplayFile, err)) {
            if (!err.empty() && err.back() != '\n') err += '\n'; // one message per line
            std::cerr << err << "rootcause: error: cannot autoplay '" << settings.autoplayFile
                      << "'\n";
            return 1;
        }
        game.autoplay.pace = settings.autoplayPace;
        game.autoplaying = true;
        // Tests: each step of the tutorial's coach as it shows.
        game.onCoachStep = [](const rc::play::Coach& c) {
            std::cout << "coach: step " << c.index() + 1 << "/" << c.count() << " "
                      << c.current()->title << std::endl;
        };
    }

    if (layoutCheck) { // a tour, not a play: no sound, no autosave, no profile written
        settings.mute = true;
        game.play.setAutosavePath("");
    }
    rc::ui::FontSet fonts;
    if (const std::string err = fonts.load(); !err.empty()) {
        std::cerr << "rootcause: error: " << err << "\n";
        return 2;
    }
    rc::ui::Theme theme;
    theme.setScale(scale > 0 ? scale : game.profile.scale);
    theme.reducedMotion = game.profile.reducedMotion;
    theme.setColourSafe(game.profile.colourSafe);
    rc::ui::Bindings bindings;
    // The top bar's "F1 Help" hint names the key the bindings give the help.
    const auto helpChords = bindings.chordsFor(rc::ui::Input::Help);
    theme.helpKey = helpChords.empty() ? "" : rc::ui::chordName(helpChords.front());
    // No multisampling on the window: the cached layer is antialiased when it is drawn, and a
    // multisampled window costs ~20 ms a frame under software OpenGL.
    const bool full = game.profile.fullscreen && !gallery && settings.screenshotDir.empty();
    sf::RenderWindow window(full ? sf::VideoMode::getDesktopMode() : sf::VideoMode(width, height),
                            "Root Cause", full ? sf::Style::Fullscreen : sf::Style::Default);
    window.setKeyRepeatEnabled(true);
    rc::ui::setWindowIcon(window);
    // The scale the player chose, held within what this window allows (Theme::fitWindow).
    theme.fitWindow(static_cast<float>(window.getSize().x), static_cast<float>(window.getSize().y));
    rc::ui::Context ctx{window, fonts, theme, bindings, settings};
    ctx.content = &game.content;
    ctx.game = &game;
    rc::ui::SceneStack stack;
    rc::ui::Runner runner(ctx, stack);
    ctx.runner = &runner;
    runner.setWindowState(full, {width, height});
    // F1 (or ?) opens the help overlay over any screen.
    runner.setHelp(
        [&ctx, &stack](rc::ui::SceneKind k) { return rc::ui::makeHelpScene(ctx, stack, k); });
    // The sound cues: none at all with --mute (no sound object is created), and none when the
    // folder is not found (said once); the files are read when first played.
    std::optional<rc::ui::SoundBank> soundBank;
    if (!settings.mute && !gallery) {
        if (sounds.dir.empty()) {
            std::cerr << "rootcause: no sounds folder found (set ROOTCAUSE_SOUNDS); playing "
                         "silently\n";
        } else {
            std::vector<std::string> files;
            for (int i = 0; i < rc::play::kCueCount; ++i)
                files.emplace_back(rc::play::cueFile(static_cast<rc::play::Cue>(i)));
            soundBank.emplace(sounds.dir, std::move(files), std::cerr);
            ctx.sounds = &*soundBank;
        }
    }
    runner.setFrameLimit(frames);
    // The test and measurement aids (game/ui/dev), in the order their summaries are printed.
    if (monkeySeconds > 0) {
        runner.addProbe(
            std::make_unique<rc::ui::Monkey>(ctx, stack, runner, monkeySeconds, monkeySeed));
        game.autoplaying = false;
    }
    if (rc::ui::DamageCheck::requested())
        runner.addProbe(std::make_unique<rc::ui::DamageCheck>(ctx, runner));
    if (settings.bench) runner.addProbe(std::make_unique<rc::ui::Bench>(ctx, runner));
    // Random input must not host or join a class beyond this machine.
    settings.loopbackOnly = monkeySeconds > 0 || std::getenv("ROOTCAUSE_LOOPBACK_ONLY");
    if (layoutCheck) return rc::ui::runLayoutCheck(ctx, stack, std::cout);
    if (gallery) {
        const bool tour = !settings.screenshotDir.empty();
        stack.push(std::make_unique<rc::ui::GalleryScene>(ctx, stack, tour));
        return runner.run();
    }
    if (!handsOn.empty()) { // --hands-on: only the hands-on scene; exits when it closes
        const std::string err = rc::ui::pushHandsOnFromCommandLine(
            ctx, stack, handsOn, game.content,
            autoplayAngleOpt->count() ? std::optional<int>(autoplayAngle) : std::nullopt);
        if (!err.empty()) {
            std::cerr << "rootcause: error: " << err << "\n";
            return 2;
        }
        return runner.run();
    }
    stack.push(rc::ui::makeTitleScene(ctx, stack));
    if (!join.endpoint.empty() || !hostClass.file.empty()) {
        std::string err;
        if (!join.endpoint.empty()) {
            join.challenge = challenge;
            err = rc::ui::startJoinFromCommandLine(ctx, stack, join);
        } else {
            hostClass.code = join.code;
            hostClass.exitAfter = challenge.exitAfter;
            err = rc::ui::startHostFromCommandLine(ctx, stack, hostClass);
        }
        if (!err.empty()) {
            std::cerr << "rootcause: error: " << err << "\n";
            return 2;
        }
    } else if (!challenge.file.empty()) {
        if (const std::string err = rc::ui::startChallengeFromCommandLine(ctx, stack, challenge);
            !err.empty()) {
            std::cerr << "rootcause: error: " << err << "\n";
            return 2;
        }
    } else if (resume) {
        if (!rc::ui::resumeSaved(ctx, stack) && settings.exitAfterDebrief) return 1;
    } else if (startCase) {
        // The briefing first, as from the library, except where a script or an author drives
        // the game: --autoplay (its timings stay as they were), --monkey and --watch.
        if (game.autoplaying || monkeySeconds > 0 || settings.watch)
            rc::ui::beginCase(ctx, stack, *startCase, caseFile);
        else
            rc::ui::briefCase(ctx, stack, *startCase, caseFile);
    } else if (library) {
        stack.push(rc::ui::makeLibraryScene(ctx, stack));
    } else if (game.autoplaying) {
        std::cerr << "rootcause: --autoplay needs --case (or --resume)\n";
        return 2;
    } else if (!noTutorial && monkeySeconds <= 0) {
        rc::ui::offerTutorial(ctx, stack);
    }
    const int status = runner.run();
    if (game.autoplaying) // tests: what sound there was
        std::cout << "sounds: "
                  << (settings.mute ? std::string("none (--mute)")
                      : ctx.sounds  ? std::to_string(soundBank->voices()) + " voices"
                                    : std::string("none (no sounds folder)"))
                  << "\n";
    return status;
}
