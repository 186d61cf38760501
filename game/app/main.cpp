// rootcause: the game. Parses the command line, loads fonts (and content), opens the window
// and runs the scene stack.
#include "game/ui/context.hpp"
#include "game/ui/gallery_scene.hpp"
#include "game/ui/runner.hpp"
#include "game/ui/scene_stack.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"Root Cause: diagnose and manage patients whose knee pain may come from the "
                 "lumbar spine, the knee or the hip."};
    rc::ui::Settings settings;
    bool gallery = false, version = false;
    float scale = 1.0f;
    unsigned width = 1280, height = 720;
    long frames = 0;
    app.add_flag("--version", version, "Print the version and exit");
    app.add_option("--player", settings.player, "Player name shown and saved with results");
    app.add_option("--mode", settings.mode, "practice (feedback as you go) or exam")
        ->check(CLI::IsMember({"practice", "exam"}));
    app.add_option("--screenshot-dir", settings.screenshotDir, "Save a PNG of each scene when first shown");
    app.add_flag("--bench", settings.bench, "Print frame-time statistics on exit");
    app.add_flag("--gallery", gallery, "Show the component gallery (with --screenshot-dir: photograph every page and exit)");
    app.add_option("--scale", scale, "UI scale, 0.75 to 2 (Ctrl+ / Ctrl- in the game)")->check(CLI::Range(0.75f, 2.0f));
    app.add_option("--width", width, "Window width in pixels")->check(CLI::Range(640u, 3840u));
    app.add_option("--height", height, "Window height in pixels")->check(CLI::Range(480u, 2160u));
    app.add_option("--frames", frames, "Stop after this many frames (for benchmarks and scripts)");
    CLI11_PARSE(app, argc, argv);
    if (version) {
        std::cout << "rootcause " << rc::kVersion << "\n";
        return 0;
    }
    if (!std::getenv("ALSOFT_DRIVERS")) setenv("ALSOFT_DRIVERS", "null", 0);

    rc::ui::FontSet fonts;
    if (const std::string err = fonts.load(); !err.empty()) {
        std::cerr << "rootcause: error: " << err << "\n";
        return 2;
    }
    rc::ui::Theme theme;
    theme.setScale(scale);
    rc::ui::Bindings bindings;
    // No multisampling on the window: the cached layer is antialiased when it is drawn, and a
    // multisampled window costs ~20 ms a frame under software OpenGL.
    sf::RenderWindow window(sf::VideoMode(width, height), "Root Cause", sf::Style::Default);
    window.setKeyRepeatEnabled(true);
    rc::ui::Context ctx{window, fonts, theme, bindings, settings};
    rc::ui::SceneStack stack;
    rc::ui::Runner runner(ctx, stack);
    ctx.runner = &runner;
    runner.setFrameLimit(frames);
    const bool tour = gallery && !settings.screenshotDir.empty();
    stack.push(std::make_unique<rc::ui::GalleryScene>(ctx, stack, tour));
    return runner.run();
}
