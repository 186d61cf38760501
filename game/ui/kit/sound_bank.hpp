#pragma once
// Short sounds played by index (the game's cues, play/cues.hpp), through SFML's audio module.
// Files are read on first use, so a muted game never opens the audio device. A missing or
// corrupt file is reported in one line and that sound stays silent: never a crash.
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace rc::ui {

class SoundBank {
  public:
    /// The sounds `files` (names in `dir`, played by their index). `log` gets the one-line
    /// messages about files that cannot be played; it must outlive the bank.
    SoundBank(std::string dir, std::vector<std::string> files, std::ostream& log);
    SoundBank(const SoundBank&) = delete;
    SoundBank& operator=(const SoundBank&) = delete;

    /// Plays sound `i` at `volume` percent (0–100); at 0 nothing is loaded or created.
    void play(std::size_t i, int volume);
    /// Reads every file now (play() does it on first use); returns how many can be played.
    std::size_t loadAll();
    /// Voices (sf::Sound) created so far: none until something is played at a volume above 0.
    std::size_t voices() const { return voices_.size(); }

    /// At most this many cues sound at once; a new one takes the voice that started first.
    static constexpr std::size_t kVoices = 4;

  private:
    /// The buffer of sound `i`, loading it the first time; null when it cannot be played.
    const sf::SoundBuffer* buffer(std::size_t i);

    std::string dir_;
    std::vector<std::string> files_;
    std::ostream& log_;
    std::vector<std::unique_ptr<sf::SoundBuffer>> buffers_; ///< null: not loaded or unplayable
    std::vector<bool> tried_;
    std::vector<std::unique_ptr<sf::Sound>> voices_;
    std::size_t next_ = 0; ///< the voice the next cue takes when all are busy
};

} // namespace rc::ui
