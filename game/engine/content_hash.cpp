#include "game/engine/content_hash.hpp"

// xxHash from Debian's libxxhash-dev, compiled inline: the hash needs no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace rc {

std::uint64_t contentHash(std::string_view bytes) {
    return XXH3_64bits(bytes.data(), bytes.size());
}

} // namespace rc
