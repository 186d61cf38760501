#include "game/engine/file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace rc {

namespace {

/// What a stat mode is when it is not a regular file.
std::string describeMode(mode_t mode) {
    if (S_ISDIR(mode)) return "is a directory, not a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a file";
    if (S_ISCHR(mode)) return "is a character device, not a file";
    if (S_ISBLK(mode)) return "is a block device, not a file";
    if (S_ISSOCK(mode)) return "is a socket, not a file";
    return "is not a regular file";
}

std::string tooLarge(FileKind kind) {
    return "is larger than " + std::to_string(maxFileBytes(kind) / 1024) + " KiB, the limit for " +
           (kind == FileKind::ActionLog ? "an " : "a ") + fileKindName(kind);
}

bool fail(std::string& out, FileError& error, FileError::Kind kind, std::string why) {
    out.clear();
    error.kind = kind;
    error.message = std::move(why);
    return false;
}

bool failErrno(std::string& out, FileError& error, int e) {
    return fail(out, error,
                e == ENOENT || e == ENOTDIR ? FileError::Missing : FileError::Unreadable,
                std::string("cannot be read (") + std::strerror(e) + ")");
}

} // namespace

const char* FileError::code() const {
    switch (kind) {
    case Missing:
        return "missing-file";
    case NotAFile:
        return "not-a-file";
    case TooLarge:
        return "file-too-large";
    case Unreadable:
        return "unreadable-file";
    case None:
        break;
    }
    return "";
}

const char* fileKindName(FileKind kind) {
    switch (kind) {
    case FileKind::Content:
        return "content file";
    case FileKind::ActionLog:
        return "action log";
    case FileKind::Results:
        return "results file";
    case FileKind::Save:
        return "saved game";
    case FileKind::Profile:
        return "profile";
    case FileKind::Roster:
        return "roster";
    case FileKind::Config:
        return "settings file";
    case FileKind::Journal:
        return "host journal";
    case FileKind::Sound:
        return "sound file";
    }
    return "file";
}

bool readFile(const std::string& path, FileKind kind, std::string& out, FileError& error) {
    const std::size_t cap = maxFileBytes(kind);
    // Look before opening: opening a FIFO for reading waits for a writer, and opening a
    // device may do something.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return failErrno(out, error, errno);
    if (!S_ISREG(st.st_mode))
        return fail(out, error, FileError::NotAFile, describeMode(st.st_mode));
    if (static_cast<std::uintmax_t>(st.st_size) > cap)
        return fail(out, error, FileError::TooLarge, tooLarge(kind));
    // Replaced by a FIFO since? O_NONBLOCK opens it without waiting, and fstat tells.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return failErrno(out, error, errno);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(out, error, FileError::NotAFile, describeMode(st.st_mode));
    }
    // One read() past the size it claims: a file that holds more is seen, up to the cap.
    const auto claimed = static_cast<std::size_t>(st.st_size);
    out.resize(std::min(cap + 1, std::max<std::size_t>(claimed + 1, 4096)));
    std::size_t got = 0;
    for (;;) {
        if (got == out.size()) {
            if (got > cap) break;
            out.resize(std::min(cap + 1, out.size() * 2));
        }
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return failErrno(out, error, e);
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (got > cap) return fail(out, error, FileError::TooLarge, tooLarge(kind));
    out.resize(got);
    return true;
}

std::string notRegularFile(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return {};
    return describeMode(st.st_mode);
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

std::string clip(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    std::size_t end = max;
    // Back up over UTF-8 continuation bytes so no character is cut in half.
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end;
    return std::string(s.substr(0, end)) + "\xE2\x80\xA6";
}

} // namespace rc
