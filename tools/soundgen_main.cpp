// rootcause-soundgen: synthesises the game's sound cues (assets/sounds/*.wav). Deterministic:
// the same build writes the same bytes, and a test regenerates the files and compares them with
// the committed ones, so every sound the game plays is provably made by the project.
//
// Each cue is a few soft bell notes: a sine with two quiet overtones, a raised-cosine attack
// (no click at the start), an exponential decay and a short fade to exact silence at the end.
// 16-bit mono PCM at 22 050 Hz, peaks well below full scale (they are meant to be quiet).
#include "game/cli/man_page.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr int kRate = 22050;   ///< samples per second
constexpr double kPeak = 0.30; ///< loudest sample, of full scale
constexpr double kPi = 3.14159265358979323846;

/// One note of a cue: when it starts, its pitch, how long it rings and how loud it is.
struct Note {
    double start;  ///< seconds from the cue's start
    double freq;   ///< Hz
    double length; ///< seconds it sounds (its envelope reaches silence at the end)
    double gain;   ///< 0..1 of kPeak
    double decay;  ///< exponential decay rate, 1/s
};

/// A cue: its file name, total length and notes.
struct Cue {
    const char* file;
    double length; ///< seconds
    std::vector<Note> notes;
};

const std::vector<Cue>& cues() {
    static const std::vector<Cue> list = {
        // A report arrived: two rising notes, E5 then A5.
        {"report.wav", 0.34, {{0.0, 659.26, 0.20, 0.8, 14}, {0.11, 880.0, 0.23, 0.9, 12}}},
        // A finding recorded: one short high bell, C6.
        {"finding.wav", 0.16, {{0.0, 1046.5, 0.16, 0.7, 22}}},
        // A red flag answered positive: two falling notes, lower and a little firmer.
        {"red-flag.wav", 0.38, {{0.0, 523.25, 0.18, 1.0, 10}, {0.14, 415.30, 0.24, 1.0, 9}}},
        // Two minutes left: three soft pulses on D5.
        {"timer.wav",
         0.40,
         {{0.0, 587.33, 0.10, 0.8, 20},
          {0.14, 587.33, 0.10, 0.8, 20},
          {0.28, 587.33, 0.12, 0.9, 16}}},
        // The debrief: a rising major arpeggio, C5 E5 G5.
        {"debrief.wav",
         0.40,
         {{0.0, 523.25, 0.16, 0.7, 12},
          {0.08, 659.26, 0.16, 0.7, 12},
          {0.16, 783.99, 0.24, 0.8, 9}}},
    };
    return list;
}

/// The envelope of a note at `t` seconds into it: raised-cosine attack over 8 ms, exponential
/// decay, and a raised-cosine fade over the last 20 ms to exact silence.
double envelope(double t, const Note& n) {
    if (t < 0 || t >= n.length) return 0;
    constexpr double attack = 0.008, release = 0.020;
    double e = std::exp(-n.decay * t);
    if (t < attack) e *= 0.5 - 0.5 * std::cos(kPi * t / attack);
    const double left = n.length - t;
    if (left < release) e *= 0.5 - 0.5 * std::cos(kPi * left / release);
    return e;
}

std::vector<std::int16_t> render(const Cue& c) {
    const int count = static_cast<int>(std::lround(c.length * kRate));
    std::vector<std::int16_t> out(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / kRate;
        double v = 0;
        for (const Note& n : c.notes) {
            const double e = envelope(t - n.start, n);
            if (e == 0) continue;
            const double ph = 2 * kPi * n.freq * (t - n.start);
            // A bell-like tone: the fundamental with two soft overtones.
            v += n.gain * e * (std::sin(ph) + 0.25 * std::sin(2 * ph) + 0.08 * std::sin(3 * ph)) /
                 1.33;
        }
        v = std::fmax(-1.0, std::fmin(1.0, v * kPeak));
        out[static_cast<std::size_t>(i)] = static_cast<std::int16_t>(std::lround(v * 32767));
    }
    return out;
}

void put16(std::string& b, unsigned v) {
    b += static_cast<char>(v & 0xff);
    b += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& b, unsigned long v) {
    for (int i = 0; i < 4; ++i)
        b += static_cast<char>((v >> (8 * i)) & 0xff);
}

/// A canonical 44-byte-header RIFF/WAVE file: PCM, mono, 16-bit, little-endian.
std::string wav(const std::vector<std::int16_t>& samples) {
    const unsigned long data = samples.size() * 2;
    std::string b;
    b += "RIFF";
    put32(b, 36 + data);
    b += "WAVEfmt ";
    put32(b, 16);
    put16(b, 1); // PCM
    put16(b, 1); // mono
    put32(b, kRate);
    put32(b, kRate * 2ul); // bytes per second
    put16(b, 2);           // bytes per frame
    put16(b, 16);          // bits per sample
    b += "data";
    put32(b, data);
    for (std::int16_t s : samples)
        put16(b, static_cast<std::uint16_t>(s));
    return b;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Synthesise the game's sound cues as 16-bit mono WAV files (deterministic)."};
    std::string out;
    app.add_option("--out", out, "Folder to write the WAV files into (it must exist)")->required();
    app.footer("Writes report.wav, finding.wav, red-flag.wav, timer.wav and debrief.wav. The "
               "committed assets/sounds/ are this tool's output; a test regenerates them and "
               "compares the bytes.");
    rc::addManFlag(app, 1, rc::kVersion, false);
    CLI11_PARSE(app, argc, argv);
    for (const Cue& c : cues()) {
        const std::string path = out + "/" + c.file;
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        const std::string bytes = wav(render(c));
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!f) {
            std::cerr << "rootcause-soundgen: cannot write " << path << "\n";
            return 1;
        }
        std::cout << path << " (" << bytes.size() << " bytes)\n";
    }
    return 0;
}
