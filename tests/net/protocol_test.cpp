// The live-classroom codec: what a host reads from any machine on the room's network.
#include "game/net/protocol.hpp"

#include <doctest/doctest.h>

using rc::net::Decoder;
using rc::net::Message;

namespace {

std::string frameOf(const Message& m) {
    std::string f, e;
    REQUIRE(rc::net::encode(m, f, e));
    return f;
}

Decoder::Status decodeAll(const std::string& bytes, Message& out, std::string& error,
                          std::size_t max = rc::net::kMaxClientPayload) {
    Decoder d(max);
    d.feed(bytes.data(), bytes.size());
    return d.next(out, error);
}

} // namespace

TEST_CASE("protocol: a message survives encoding and decoding, fed a byte at a time") {
    Message m("act");
    m.set("seq", 7).set("name", "Siân Ó Súilleabháin");
    m.body = "exam slr left @60\nsecond line\twith a tab";
    std::string frame = frameOf(m);
    CHECK(frame.rfind("act ", 0) == 0);
    Decoder d(rc::net::kMaxClientPayload);
    Message out;
    std::string error;
    for (std::size_t i = 0; i + 1 < frame.size(); ++i) {
        d.feed(&frame[i], 1);
        CHECK(d.next(out, error) == Decoder::Status::NeedMore);
    }
    d.feed(&frame.back(), 1);
    REQUIRE(d.next(out, error) == Decoder::Status::Ready);
    CHECK(out.type == "act");
    CHECK(out.value("seq") == "7");
    CHECK(out.value("name") == "Siân Ó Súilleabháin");
    CHECK(out.body == m.body);
    CHECK(d.buffered() == 0);
}

TEST_CASE("protocol: two frames in one read come out as two messages") {
    std::string bytes = frameOf(Message("next")) + frameOf(Message("stop"));
    Decoder d(1024);
    d.feed(bytes.data(), bytes.size());
    Message a, b;
    std::string e;
    REQUIRE(d.next(a, e) == Decoder::Status::Ready);
    REQUIRE(d.next(b, e) == Decoder::Status::Ready);
    CHECK(a.type == "next");
    CHECK(b.type == "stop");
    CHECK(d.next(a, e) == Decoder::Status::NeedMore);
}

TEST_CASE("protocol: an oversized frame is refused from its header, before its payload arrives") {
    Message out;
    std::string error;
    CHECK(decodeAll("act 99999999\n", out, error, 16 * 1024) == Decoder::Status::Bad);
    CHECK(error.find("over the limit") != std::string::npos);
    // A header that never ends is refused once it is longer than any header can be.
    CHECK(decodeAll(std::string(100, 'a'), out, error) == Decoder::Status::Bad);
    CHECK(error.find("header") != std::string::npos);
}

TEST_CASE("protocol: malformed frames and payloads are refused, and the stream stays refused") {
    Message out;
    std::string error;
    const char* bad[] = {
        "ACT 0\n",             // upper case type
        "act\n",               // no length
        "act -1\n",            // not a number
        "act 3\nxyz",          // field line without '='
        "act 3\nk=v",          // field line without a line end
        "act 7\nk=\x1b[2J\n",  // a control character in a value
        "act 5\nk=\xff\xfe\n", // not UTF-8
        "act 9\nk=\xe2\x80\xae"
        "abc\n",           // a right-to-left override
        "act 4\n\nab\x07", // a bell in the body
    };
    for (const char* b : bad) {
        Decoder d(1024);
        d.feed(b, std::char_traits<char>::length(b));
        Decoder::Status st = d.next(out, error);
        CHECK_MESSAGE(st == Decoder::Status::Bad, b);
        // Good bytes after a bad frame do not revive the stream.
        std::string good = frameOf(Message("next"));
        d.feed(good.data(), good.size());
        CHECK(d.next(out, error) == Decoder::Status::Bad);
    }
}

TEST_CASE("protocol: the sender refuses what the grammar forbids") {
    std::string f, e;
    Message m("act");
    m.set("k", "line\nbreak");
    CHECK_FALSE(rc::net::encode(m, f, e));
    CHECK_FALSE(rc::net::encode(Message("Bad Type"), f, e));
    Message b("act");
    b.body = "esc \x1b";
    CHECK_FALSE(rc::net::encode(b, f, e));
}
