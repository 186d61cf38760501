#pragma once
// Opens a reference's address in the student's web browser with the desktop's opener
// (xdg-open on Linux and BSD, open on macOS). The one place the game starts another program.
#include <string>
#include <vector>

namespace rc::ui {

/// True for an address the game will hand to the opener: https:// (or http://), at most
/// 2048 bytes, printable ASCII only, no quotes, backslashes or spaces.
bool linkIsSafe(const std::string& url);

/// Starts the opener without a shell and without waiting for it; reaps the openers it started
/// (on the next call and when it dies). The command is $ROOTCAUSE_OPENER when set (tests point
/// it at a recorder), else the platform's opener.
class LinkOpener {
  public:
    LinkOpener() = default;
    LinkOpener(const LinkOpener&) = delete;
    LinkOpener& operator=(const LinkOpener&) = delete;
    ~LinkOpener();
    /// False with `error` set when the address is refused or the opener cannot start; the
    /// caller then shows the address for the student to copy.
    bool open(const std::string& url, std::string& error);
    /// Waits for the openers still running (tests; the destructor only reaps finished ones).
    void wait();

  private:
    void reap(bool block);
    std::vector<long> children_;
};

} // namespace rc::ui
