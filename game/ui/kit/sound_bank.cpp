#include "game/ui/kit/sound_bank.hpp"

#include "game/engine/file_read.hpp"

#include <SFML/System/Err.hpp>
#include <algorithm>

namespace rc::ui {

SoundBank::SoundBank(std::string dir, std::vector<std::string> files, std::ostream& log)
    : dir_(std::move(dir)), files_(std::move(files)), log_(log), buffers_(files_.size()),
      tried_(files_.size(), false) {}

const sf::SoundBuffer* SoundBank::buffer(std::size_t i) {
    if (i >= files_.size()) return nullptr;
    if (tried_[i]) return buffers_[i].get();
    tried_[i] = true;
    const std::string path = dir_ + "/" + files_[i];
    std::string bytes;
    rc::FileError why;
    if (!rc::readFile(path, rc::FileKind::Sound, bytes, why)) {
        log_ << "rootcause: sound " << path << " " << why.message << "; playing on without it\n";
        return nullptr;
    }
    auto b = std::make_unique<sf::SoundBuffer>();
    // SFML explains a bad file over several lines of its own: one line here says it instead.
    std::streambuf* was = sf::err().rdbuf(nullptr);
    const bool ok = b->loadFromMemory(bytes.data(), bytes.size()) && b->getSampleCount() > 0;
    sf::err().rdbuf(was);
    sf::err().clear();
    if (!ok) {
        log_ << "rootcause: sound " << path
             << " is not a sound file SFML can play; playing on without it\n";
        return nullptr;
    }
    buffers_[i] = std::move(b);
    return buffers_[i].get();
}

std::size_t SoundBank::loadAll() {
    std::size_t n = 0;
    for (std::size_t i = 0; i < files_.size(); ++i)
        n += buffer(i) ? 1 : 0;
    return n;
}

void SoundBank::play(std::size_t i, int volume) {
    if (volume <= 0) return;
    const sf::SoundBuffer* b = buffer(i);
    if (!b) return;
    // A free voice, else a new one, else the one that started first.
    sf::Sound* v = nullptr;
    for (auto& s : voices_)
        if (s->getStatus() != sf::Sound::Playing) {
            v = s.get();
            break;
        }
    if (!v && voices_.size() < kVoices) {
        voices_.push_back(std::make_unique<sf::Sound>());
        v = voices_.back().get();
    }
    if (!v) {
        v = voices_[next_].get();
        next_ = (next_ + 1) % voices_.size();
    }
    v->stop();
    v->setBuffer(*b);
    v->setVolume(static_cast<float>(std::clamp(volume, 0, 100)));
    v->play();
}

} // namespace rc::ui
