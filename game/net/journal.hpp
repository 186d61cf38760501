#pragma once
// The host's journal: one record a line, appended and forced to the disk (fsync) before the
// host acknowledges what it records, so a host killed at any moment loses nothing it said it
// had. Replaying the journal rebuilds the class exactly.
#include "game/engine/file_read.hpp"
#include "game/net/protocol.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace rc::net {

/// Largest journal the host reads back (a class of 300 playing 30 cases writes about 25 MB).
inline constexpr std::size_t kMaxJournalBytes = maxFileBytes(FileKind::Journal);

/// A record as one line: the type, then tab-separated key=value fields; %, tab, line feed and
/// carriage return in values are written as %25, %09, %0A, %0D.
std::string formatRecord(const Message& r);
/// Parses a line written by formatRecord; false on anything else.
bool parseRecord(const std::string& line, Message& r);

class Journal {
  public:
    Journal() = default;
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;
    ~Journal();

    /// Opens (creating) the journal at `path` and reads what it holds into `records`. A last
    /// line cut short by a crash is dropped (it was never acknowledged) and cut off the file.
    /// False with `error` when the file cannot be read, holds a line that is not a record,
    /// or cannot be opened for appending.
    bool open(const std::string& path, std::vector<Message>& records, std::string& error);
    /// Appends one record (written to the file, not yet forced to the disk).
    bool append(const Message& record, std::string& error);
    /// Waits until every record appended so far is on the disk (fsync). One sync covers
    /// everything appended before it: the server syncs once per batch of messages it handled,
    /// then sends their acknowledgements (group commit).
    bool sync(std::string& error);
    bool dirty() const { return dirty_; }
    const std::string& path() const { return path_; }

  private:
    std::FILE* f_ = nullptr;
    bool dirty_ = false;
    std::string path_;
};

} // namespace rc::net
