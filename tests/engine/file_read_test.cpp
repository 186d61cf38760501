// The one way files are read (file_read.hpp): never blocks, refuses what is not a regular
// file by name, keeps to the cap of each kind of file even when the size lies.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <string>

#include "game/engine/atomic_file.hpp"
#include "game/engine/autosave.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/xml_reader.hpp"
#include "tests/engine/test_support.hpp"

using namespace rc;

namespace {

/// Runs `check` in a child process that is killed after `seconds`: a read that blocks fails
/// the test instead of hanging the suite. True when the child returned true in time.
bool passesWithin(unsigned seconds, const std::function<bool()>& check) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::alarm(seconds);
        ::_exit(check() ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string fifoIn(const rct::TempDir& t, const char* name) {
    std::string p = t.str() + "/" + name;
    REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
    return p;
}

} // namespace

TEST_CASE("file_read: a FIFO is refused at once and named as one") {
    rct::TempDir t;
    const std::string fifo = fifoIn(t, "case.xml");
    const bool refused = passesWithin(5, [&] {
        std::string out;
        FileError e;
        return !readFile(fifo, FileKind::Content, out, e) && e.kind == FileError::NotAFile &&
               e.message == "is a FIFO (named pipe), not a file";
    });
    CHECK(refused);
    const bool loaderRefuses = passesWithin(5, [&] {
        Diagnostics d;
        XmlFile x;
        return !x.load(fifo, d) && d.has("not-a-file") &&
               d.str().find("case.xml: error: this is a FIFO") != std::string::npos;
    });
    CHECK(loaderRefuses);
}

TEST_CASE("file_read: an autosave that is a FIFO is reported, not waited on") {
    rct::TempDir t;
    const std::string fifo = fifoIn(t, "autosave.txt");
    const bool reported = passesWithin(5, [&] {
        std::optional<SavedGame> g;
        Diagnostics d;
        return loadSavedGame(fifo, g, d, nullptr) == LoadStatus::Corrupt && !g &&
               d.str().find("is a FIFO") != std::string::npos;
    });
    CHECK(reported);
}

TEST_CASE("file_read: a folder and a device are named for what they are") {
    rct::TempDir t;
    std::string out = "old";
    FileError e;
    CHECK_FALSE(readFile(t.str(), FileKind::Results, out, e));
    CHECK(e.message == "is a directory, not a file");
    CHECK(std::string(e.code()) == "not-a-file");
    CHECK(out.empty());
    CHECK_FALSE(readFile("/dev/zero", FileKind::ActionLog, out, e));
    CHECK(e.message == "is a character device, not a file");
    CHECK_FALSE(readFile(t.str() + "/none", FileKind::Save, out, e));
    CHECK(e.kind == FileError::Missing);
    CHECK(e.message == "cannot be read (No such file or directory)");
}

TEST_CASE("file_read: a file over the cap of its kind is refused with the cap named") {
    rct::TempDir t;
    const std::string path =
        t.write("log.txt", std::string(maxFileBytes(FileKind::ActionLog) + 1, 'a'));
    std::string out;
    FileError e;
    CHECK_FALSE(readFile(path, FileKind::ActionLog, out, e));
    CHECK(e.kind == FileError::TooLarge);
    CHECK(e.message == "is larger than 1024 KiB, the limit for an action log");
    // The same bytes are within the cap of a content file.
    CHECK(readFile(path, FileKind::Content, out, e));
    CHECK(out.size() == maxFileBytes(FileKind::ActionLog) + 1);
    const std::string exact =
        t.write("exact.txt", std::string(maxFileBytes(FileKind::Config), 'b'));
    CHECK(readFile(exact, FileKind::Config, out, e));
    CHECK(out.size() == maxFileBytes(FileKind::Config));
}

TEST_CASE("file_read: a file whose size says 0 is still read, and bounded") {
    // /proc files are regular files of size 0 that hold text.
    std::string out;
    FileError e;
    REQUIRE(readFile("/proc/self/status", FileKind::Config, out, e));
    CHECK(out.find("Name:") != std::string::npos);
    // /proc/kallsyms also says 0 and holds megabytes: the read stops at the cap.
    std::error_code ec;
    REQUIRE(std::filesystem::exists("/proc/kallsyms", ec));
    CHECK_FALSE(readFile("/proc/kallsyms", FileKind::Config, out, e));
    CHECK(e.kind == FileError::TooLarge);
    CHECK(out.empty());
}

TEST_CASE("file_read: writing over a device or a folder is refused, not renamed over it") {
    rct::TempDir t;
    std::string err;
    CHECK_FALSE(writeFileAtomically("/dev/full", "x", err));
    CHECK(err == "/dev/full is a character device, not a file");
    struct stat st {};
    REQUIRE(::stat("/dev/full", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK_FALSE(writeFileAtomically(t.str(), "x", err));
    CHECK(err.find("is a directory") != std::string::npos);
    CHECK(writeFileAtomically(t.str() + "/new.txt", "x", err));
}

TEST_CASE("file_read: clip cuts long echoed input at a character boundary") {
    CHECK(clip("short") == "short");
    const std::string cut = clip(std::string(1000, 'x'));
    CHECK(cut == std::string(80, 'x') + "\xE2\x80\xA6");
    // "é" is two bytes; a cut inside it backs up to before it.
    const std::string accents = std::string(79, 'a') + "\xC3\xA9" + "zzz";
    CHECK(clip(accents) == std::string(79, 'a') + "\xE2\x80\xA6");
}
