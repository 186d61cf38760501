// The sound bank: the committed cues load; a missing or corrupt file is reported in one line, once,
// and the game plays on silently; at volume 0 (muted) no sound is even created. Runs with no
// display (tests set ALSOFT_DRIVERS=null: OpenAL's silent device).
#include "game/ui/kit/sound_bank.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using rc::ui::SoundBank;

namespace {
const std::vector<std::string> kCueFiles = {"report.wav", "finding.wav", "red-flag.wav",
                                            "timer.wav", "debrief.wav"};
std::string committedSounds() {
    return (fs::path(ROOTCAUSE_TEST_CONTENT) / ".." / "assets" / "sounds").string();
}
long lines(const std::string& s) {
    return std::count(s.begin(), s.end(), '\n');
}
} // namespace

TEST_CASE("the committed sound cues load and play at a volume") {
    std::ostringstream log;
    SoundBank bank(committedSounds(), kCueFiles, log);
    CHECK(bank.voices() == 0);
    CHECK(bank.loadAll() == kCueFiles.size());
    CHECK(log.str().empty());
    bank.play(0, 0); // muted: nothing created
    CHECK(bank.voices() == 0);
    bank.play(0, 60);
    CHECK(bank.voices() == 1);
    for (int i = 0; i < 10; ++i)
        bank.play(static_cast<std::size_t>(i % 5), 60);
    CHECK(bank.voices() <= SoundBank::kVoices);
}

TEST_CASE("a missing or corrupt sound file is reported in one line and the rest play on") {
    const fs::path dir = fs::temp_directory_path() / "rc-sound-bank-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(fs::path(committedSounds()) / "report.wav", dir / "report.wav");
    std::ofstream(dir / "finding.wav") << "RIFF, but not really a sound";
    fs::create_directories(dir / "timer.wav"); // a folder where a file should be
    std::ostringstream log;
    SoundBank bank(dir.string(), kCueFiles, log);
    for (int round = 0; round < 3; ++round) // asked again and again: reported once
        for (std::size_t i = 0; i < kCueFiles.size() + 1; ++i)
            bank.play(i, 50);
    const std::string said = log.str();
    CHECK(lines(said) == 4); // finding (corrupt), red-flag (missing), timer (folder), debrief
    CHECK(said.find("finding.wav is not a sound file") != std::string::npos);
    CHECK(said.find("red-flag.wav") != std::string::npos);
    CHECK(said.find("timer.wav") != std::string::npos);
    CHECK(said.find("report.wav") == std::string::npos);
    CHECK(bank.voices() >= 1); // report.wav played
    CHECK(bank.loadAll() == 1);
    CHECK(lines(log.str()) == 4);
    fs::remove_all(dir);
}

TEST_CASE("a sound bank whose folder is not there stays silent") {
    std::ostringstream log;
    SoundBank bank("/nonexistent/rootcause-sounds", kCueFiles, log);
    bank.play(2, 100);
    CHECK(bank.voices() == 0);
    CHECK(lines(log.str()) == 1);
    CHECK(log.str().rfind("rootcause: sound ", 0) == 0);
}
