#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace rc {

/// What a file holds; each kind has its own size cap (maxFileBytes).
enum class FileKind { Content, ActionLog, Results, Save, Profile, Roster, Config, Journal, Sound };

/// Largest file of `kind` that readFile accepts (bytes). Each is far above what a real file
/// of its kind holds (a case is some 20 KiB, an action log of a long play 4 KiB).
constexpr std::size_t maxFileBytes(FileKind kind) {
    switch (kind) {
    case FileKind::Content:
        return 4u << 20;
    case FileKind::ActionLog:
        return 1u << 20;
    case FileKind::Results:
        return 4u << 20;
    case FileKind::Save:
        return 2u << 20;
    case FileKind::Profile:
        return 1u << 20;
    case FileKind::Roster:
        return 4u << 20;
    case FileKind::Config:
        return 64u << 10;
    case FileKind::Journal: // a class of 300 playing 30 cases writes some 25 MB
        return 512u << 20;
    case FileKind::Sound: // a sound cue is some 20 KiB
        return 1u << 20;
    }
    return 0;
}

/// How a message names a file of `kind` ("content file", "action log").
const char* fileKindName(FileKind kind);

/// Why readFile failed: `message` says it without the path, `code()` names it for a diagnostic.
struct FileError {
    enum Kind { None, Missing, NotAFile, TooLarge, Unreadable } kind = None;
    std::string message; ///< "is a FIFO (named pipe), not a file"
    /// "missing-file", "not-a-file", "file-too-large" or "unreadable-file".
    const char* code() const;
};

/// The one way a loader, tool or the game reads a file: the whole of the regular file at
/// `path` into `out` (whose buffer is reused). Never blocks: what is not a regular file (a
/// FIFO, a folder, a device) is refused without being read, and a file is opened without
/// blocking. A file over the cap of its kind is refused before it is read (by its size) and
/// while it is read (a /proc file or a growing file may say less than it holds). On failure
/// returns false, empties `out` and sets `error`, whose message goes after a subject ("the
/// action log " + message): "cannot be read (No such file or directory)", "is a FIFO (named
/// pipe), not a file", "is larger than 4096 KiB, the limit for a content file".
bool readFile(const std::string& path, FileKind kind, std::string& out, FileError& error);

/// Empty when nothing is at `path` or it is a regular file (or a link to one); otherwise
/// what it is, as readFile says it ("is a directory, not a file"). For refusing an output
/// path that a write would replace.
std::string notRegularFile(const std::string& path);

/// True when `a` and `b` name the same existing file (same device and inode).
bool sameFile(const std::string& a, const std::string& b);

/// `s` cut to about `max` bytes, at a character boundary, with "…" added when it was longer:
/// for echoing input in a message.
std::string clip(std::string_view s, std::size_t max = 80);

} // namespace rc
