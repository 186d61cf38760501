#include "game/play/profile.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/autosave.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace rc::play {

bool Profile::record(const std::string& caseId, double total, const std::string& mode) {
    history.push_back({caseId, total, mode});
    if (history.size() > 200) history.erase(history.begin());
    auto it = best.find(caseId);
    if (it != best.end() && it->second >= total) return false;
    best[caseId] = total;
    return true;
}

int stepVolume(int v) {
    const int c = std::clamp(v, 0, 100);
    return (c + kVolumeStep / 2) / kVolumeStep * kVolumeStep;
}

namespace {
// Names and ids are written on one line: strip line breaks so a name cannot break the format.
std::string oneLine(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    return s;
}
// A key a newer build may write: 1–32 of a-z, 0-9 and '-'.
bool plainKey(const std::string& k) {
    return !k.empty() && k.size() <= 32 &&
           k.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}
// A value kept without being understood: bounded, no control characters (a byte below 0x20 or
// DEL); UTF-8 is written back byte for byte.
bool plainValue(const std::string& v) {
    if (v.size() > kMaxUnknownProfileValue) return false;
    return std::none_of(v.begin(), v.end(), [](char ch) {
        const auto u = static_cast<unsigned char>(ch);
        return u < 0x20 || u == 0x7f;
    });
}
bool parseFlag(const std::string& v, bool& out) {
    if (v != "0" && v != "1") return false;
    out = v == "1";
    return true;
}
} // namespace

std::string formatProfile(const Profile& p) {
    std::ostringstream o;
    char num[32];
    o << "# rootcause profile\n";
    o << "name: " << oneLine(p.name) << "\n";
    std::snprintf(num, sizeof num, "%.2f", static_cast<double>(p.scale));
    o << "scale: " << num << "\n";
    o << "fullscreen: " << (p.fullscreen ? 1 : 0) << "\n";
    o << "reduced-motion: " << (p.reducedMotion ? 1 : 0) << "\n";
    o << "colour-safe: " << (p.colourSafe ? 1 : 0) << "\n";
    o << "volume: " << stepVolume(p.volume) << "\n";
    o << "mute: " << (p.mute ? 1 : 0) << "\n";
    o << "tutorial: " << (p.tutorialDone ? 1 : 0) << "\n";
    o << "ask-estimates: " << (p.askEstimates ? 1 : 0) << "\n";
    for (const auto& [id, total] : p.best) {
        o << "best: " << id << " " << rc::oneDecimal(total) << "\n";
    }
    for (const auto& h : p.history) {
        o << "played: " << h.caseId << " " << rc::oneDecimal(h.total) << " " << h.mode << "\n";
    }
    for (const auto& [key, value] : p.unknown)
        o << key << ": " << value << "\n";
    o << "# end\n";
    return o.str();
}

bool parseProfile(const std::string& text, Profile& out, std::string& error) {
    Profile p;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    bool header = false, ended = false;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (ended) return error = "line " + std::to_string(n) + ": text after '# end'", false;
        if (line == "# rootcause profile") {
            header = true;
            continue;
        }
        if (line == "# end") {
            ended = true;
            continue;
        }
        const auto colon = line.find(": ");
        if (!header || colon == std::string::npos)
            return error = "line " + std::to_string(n) + ": not a profile line", false;
        const std::string key = line.substr(0, colon), v = line.substr(colon + 2);
        bool ok = true;
        try {
            if (key == "name")
                p.name = v.empty() ? "Student" : v;
            else if (key == "scale")
                p.scale = std::clamp(std::stof(v), 0.75f, 2.0f);
            else if (key == "fullscreen")
                ok = parseFlag(v, p.fullscreen);
            else if (key == "reduced-motion")
                ok = parseFlag(v, p.reducedMotion);
            else if (key == "colour-safe")
                ok = parseFlag(v, p.colourSafe);
            else if (key == "volume") {
                // Whole percent only (a profile is hostile input): digits, then clamped.
                ok = !v.empty() && v.size() <= 3 &&
                     v.find_first_not_of("0123456789") == std::string::npos;
                if (ok) p.volume = stepVolume(std::stoi(v));
            } else if (key == "mute")
                ok = parseFlag(v, p.mute);
            else if (key == "best" || key == "played") {
                std::istringstream w(v);
                PlayedCase c;
                ok = static_cast<bool>(w >> c.caseId >> c.total);
                if (key == "played") ok = ok && static_cast<bool>(w >> c.mode);
                if (ok && key == "best") p.best[c.caseId] = c.total;
                if (ok && key == "played") p.history.push_back(c);
            } else if (key == "tutorial")
                ok = parseFlag(v, p.tutorialDone);
            else if (key == "ask-estimates")
                ok = parseFlag(v, p.askEstimates);
            else if (plainKey(key) && plainValue(v) && p.unknown.size() < kMaxUnknownProfileLines)
                p.unknown.emplace_back(key, v); // a newer build's setting: kept, not understood
            else
                ok = false;
        } catch (...) {
            ok = false;
        }
        if (!ok)
            return error = "line " + std::to_string(n) + ": bad value for '" + key + "'", false;
    }
    if (!header || !ended) return error = "the profile is incomplete (it was cut off)", false;
    out = p;
    return true;
}

std::string profilePath() {
    return rc::userDataDir() + "/profile.txt";
}

Profile loadProfile(const std::string& path, std::string& message) {
    message.clear();
    std::error_code ec;
    if (!fs::exists(path, ec)) return Profile{};
    std::string text, error;
    Profile p;
    rc::FileError why;
    if (!rc::readFile(path, rc::FileKind::Profile, text, why))
        error = "it " + why.message;
    else if (parseProfile(text, p, error))
        return p;
    std::string aside;
    for (int i = 1; i < 1000; ++i) {
        aside = path + ".corrupt-" + std::to_string(i);
        if (!fs::exists(aside, ec)) break;
    }
    fs::rename(path, aside, ec);
    message = "Your profile could not be read (" + error + "). A fresh profile was started; " +
              (ec ? "the old file could not be moved." : "the old file was kept as " + aside + ".");
    return Profile{};
}

bool saveProfile(const std::string& path, const Profile& p, std::string& error) {
    std::error_code ec;
    const fs::path dir = fs::path(path).parent_path();
    if (!dir.empty()) fs::create_directories(dir, ec);
    return rc::writeFileAtomically(path, formatProfile(p), error);
}

} // namespace rc::play
