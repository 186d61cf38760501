#pragma once
// The live-classroom protocol (version 1): framed text messages over TCP between the host
// (the instructor's machine, authoritative) and each student's game. No sockets here: the
// codec is pure so the fuzzer and the tests drive it directly.
//
//   frame   = type " " length "\n" payload       (length: payload bytes, decimal)
//   type    = 1..16 of [a-z-]
//   payload = *(key "=" value "\n") [ "\n" body ]
//   key     = 1..32 of [a-z0-9-]; value: plain text (valid UTF-8, no control characters)
//   body    = plain text (tab, line feed and carriage return allowed)
//
// A decoder refuses a frame whose header is malformed or whose length exceeds its limit before
// reading the payload, and a payload that is not plain text.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rc::net {

/// Protocol version a hello carries; the host refuses any other.
inline constexpr int kProtocolVersion = 1;
/// Largest payload a host accepts from a student (an action line, a hello).
inline constexpr std::size_t kMaxClientPayload = 16u * 1024u;
/// Largest payload a student accepts from the host (a case copy, a challenge, a resumed log).
inline constexpr std::size_t kMaxHostPayload = 8u * 1024u * 1024u;

/// One message: a type, ordered key=value fields and an optional body.
struct Message {
    std::string type;
    std::vector<std::pair<std::string, std::string>> fields;
    std::string body;

    Message() = default;
    explicit Message(std::string t) : type(std::move(t)) {}
    /// Adds (or replaces) a field; returns *this for chaining.
    Message& set(const std::string& key, std::string value);
    Message& set(const std::string& key, long long value);
    /// The field's value, or nullptr.
    const std::string* get(std::string_view key) const;
    /// The field's value, or `fallback`.
    std::string value(std::string_view key, std::string fallback = {}) const;
};

/// The frame of a message. False with `error` when a type, key, value or body breaks the
/// grammar above (the sender's bug: nothing is sent).
bool encode(const Message& m, std::string& frame, std::string& error);

/// Splits a byte stream into messages. Bounded: holds at most one frame of `maxPayload`.
class Decoder {
  public:
    explicit Decoder(std::size_t maxPayload) : max_(maxPayload) {}
    enum class Status { NeedMore, Ready, Bad };
    /// Appends received bytes.
    void feed(const char* data, std::size_t size);
    /// The next complete message. After Bad (with `error`), the stream cannot be trusted:
    /// close the connection.
    Status next(Message& out, std::string& error);
    /// Bytes held, waiting for the rest of a frame.
    std::size_t buffered() const { return buf_.size() - pos_; }

  private:
    std::string buf_;
    std::size_t pos_ = 0;
    std::size_t max_;
    bool bad_ = false;
};

/// Parses a payload into fields and body (used by the decoder; exposed for tests).
bool parsePayload(std::string_view payload, Message& m, std::string& error);

} // namespace rc::net
