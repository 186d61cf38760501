#pragma once
// The student's side of a live class as the challenge scenes use it: the link to the host, the
// challenge it sent, and a content folder in memory holding the game's catalogue and the case
// copies the host sends one at a time. No SFML: unit tests drive it against a loopback host.
#include "game/engine/challenge.hpp"
#include "game/engine/content.hpp"
#include "game/net/class_link.hpp"

#include <optional>
#include <string>

namespace rc::play {

class LivePlay {
  public:
    /// `secretDir`: where the host's secrets are kept (default userDataDir()/classes).
    explicit LivePlay(std::string secretDir);

    /// Joins the host and reads its challenge; the catalogue is the game's (case copies refer
    /// to it). False with a message for the player.
    bool join(const rc::net::JoinRequest& r, const rc::Catalog& catalog, std::string& error);
    const rc::Challenge& challenge() const { return *challenge_; }
    /// What the host's challenge and case copies are played from.
    const rc::Content& content() const { return content_; }
    /// "ADDR:PORT" of the host.
    const std::string& host() const { return host_; }
    /// Cases the host had recorded for this student when the game joined (a rejoin).
    int recordedBefore() const { return recordedBefore_; }
    bool finishedBefore() const { return finishedBefore_; }

    /// Asks the host for the current case and loads its copy. False with `error`, or with
    /// `done` when the host has every case of the attempt.
    bool nextCase(rc::net::CaseOffer& offer, const rc::Case*& kase, bool& done, std::string& error);
    /// Sends an action; true and the host's time when the host accepted it.
    bool act(const rc::Action& a, std::size_t playedBefore, double& time, std::string& error);

    rc::net::ClassLink& link() { return link_; }
    /// The result the host sent when the instructor ended the challenge.
    std::optional<double> endedTotal;
    bool endedPassed = false;

  private:
    rc::net::ClassLink link_;
    std::optional<rc::Challenge> challenge_;
    rc::Content content_;
    std::string host_;
    int recordedBefore_ = 0;
    bool finishedBefore_ = false;
};

} // namespace rc::play
