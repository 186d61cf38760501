// libFuzzer target: the live-classroom message decoder (what a host reads from any student on
// the room's network), fed in uneven chunks, and a round trip of every message it accepts.
#include "game/net/protocol.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const char* bytes = reinterpret_cast<const char*>(data);
    rc::net::Decoder dec(rc::net::kMaxClientPayload);
    std::size_t at = 0, chunk = size > 0 ? (static_cast<std::size_t>(data[0]) % 7) + 1 : 1;
    for (;;) {
        rc::net::Message m;
        std::string error;
        rc::net::Decoder::Status st = dec.next(m, error);
        if (st == rc::net::Decoder::Status::Bad) break;
        if (st == rc::net::Decoder::Status::Ready) {
            // What was accepted must encode and decode again to the same message.
            std::string frame, why;
            if (!rc::net::encode(m, frame, why)) std::abort();
            rc::net::Decoder again(rc::net::kMaxClientPayload);
            again.feed(frame.data(), frame.size());
            rc::net::Message back;
            if (again.next(back, why) != rc::net::Decoder::Status::Ready) std::abort();
            if (back.type != m.type || back.fields != m.fields || back.body != m.body) std::abort();
            continue;
        }
        if (dec.buffered() > rc::net::kMaxClientPayload + 64) std::abort(); // bounded
        if (at >= size) break;
        std::size_t n = std::min(chunk, size - at);
        dec.feed(bytes + at, n);
        at += n;
        chunk = chunk * 2 + 1;
    }
    return 0;
}
