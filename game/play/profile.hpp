#pragma once
// The player's profile: name, settings, best score per case and the played history. A small text
// file in rc::userDataDir(), written atomically; a corrupt file is set aside and a fresh profile
// starts. No SFML: tests use it without a display.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
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
    bool tutorialDone = false;          ///< the tutorial was played to its debrief, or skipped
    /// Practice: ask for the student's probability estimates before each investigation.
    bool askEstimates = false;
    std::map<std::string, double> best; ///< best total per case id
    std::vector<PlayedCase> history;    ///< oldest first
    /// `key: value` lines this build does not know (a newer build wrote them), kept in order and
    /// written back unchanged; at most kMaxUnknownProfileLines.
    std::vector<std::pair<std::string, std::string>> unknown;

    /// Record a finished case (updates the best score). Returns true if it is a new best.
    bool record(const std::string& caseId, double total, const std::string& mode);
    bool played(const std::string& caseId) const { return best.count(caseId) > 0; }
    /// A new player: nothing played, the tutorial neither played nor skipped (offered first).
    bool isNew() const { return history.empty() && best.empty() && !tutorialDone; }
};

/// Unknown profile lines kept at most (more: the profile is refused as not a profile).
constexpr std::size_t kMaxUnknownProfileLines = 64;
/// Longest value of an unknown profile line, in bytes.
constexpr std::size_t kMaxUnknownProfileValue = 1024;

/// Steps of the volume setting (percent).
constexpr int kVolumeStep = 10;
/// `v` clamped to 0–100 and rounded to a step of 10.
int stepVolume(int v);

/// The profile as text.
std::string formatProfile(const Profile& p);
/// Parses a profile; false (and `error`) if the text is not a complete, valid profile. A line
/// `key: value` with a key this build does not know (a key of 1–32 characters `a-z`, `0-9`, `-`
/// and a value of plain text up to kMaxUnknownProfileValue bytes) is kept in `unknown`, not an
/// error, so an older build reads a newer profile; a known key with a bad value, a line that is not
/// `key: value`, or too many unknown lines is an error.
bool parseProfile(const std::string& text, Profile& out, std::string& error);

/// The profile file: userDataDir()/profile.txt.
std::string profilePath();

/// Loads the profile at `path`. Missing → fresh profile, empty message. Corrupt → the file is moved
/// aside (`<path>.corrupt-<n>`), a fresh profile is returned and `message` says what happened.
Profile loadProfile(const std::string& path, std::string& message);
/// Saves atomically; false and `error` on failure.
bool saveProfile(const std::string& path, const Profile& p, std::string& error);

} // namespace rc::play
