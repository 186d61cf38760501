#pragma once
// The player's profile: name, settings, best score per case and the played history. A small text
// file in rc::userDataDir(), written atomically; a corrupt file is set aside and a fresh profile
// starts. No SFML: tests use it without a display.
#include <map>
#include <string>
#include <vector>

namespace rc::play {

/// One finished case.
struct PlayedCase {
    std::string caseId;
    double total = 0;
    std::string mode = "practice";
};

/// What the player chose and achieved.
struct Profile {
    std::string name = "Student";
    float scale = 1.0f; ///< UI scale 0.75–2
    bool fullscreen = false;
    bool reducedMotion = false;
    bool colourSafe = false;
    int volume = 60;                    ///< sound cues' volume, 0–100 % in steps of 10
    bool mute = false;                  ///< no sound at all
    std::map<std::string, double> best; ///< best total per case id
    std::vector<PlayedCase> history;    ///< oldest first

    /// Record a finished case (updates the best score). Returns true if it is a new best.
    bool record(const std::string& caseId, double total, const std::string& mode);
    bool played(const std::string& caseId) const { return best.count(caseId) > 0; }
};

/// Steps of the volume setting (percent).
constexpr int kVolumeStep = 10;
/// `v` clamped to 0–100 and rounded to a step of 10.
int stepVolume(int v);

/// The profile as text.
std::string formatProfile(const Profile& p);
/// Parses a profile; false (and `error`) if the text is not a complete, valid profile.
bool parseProfile(const std::string& text, Profile& out, std::string& error);

/// The profile file: userDataDir()/profile.txt.
std::string profilePath();

/// Loads the profile at `path`. Missing → fresh profile, empty message. Corrupt → the file is moved
/// aside (`<path>.corrupt-<n>`), a fresh profile is returned and `message` says what happened.
Profile loadProfile(const std::string& path, std::string& message);
/// Saves atomically; false and `error` on failure.
bool saveProfile(const std::string& path, const Profile& p, std::string& error);

} // namespace rc::play
