#include "game/engine/fnv1a.hpp"

namespace rc {

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = kFnv1aBasis;
    for (unsigned char ch : bytes) h = (h ^ ch) * kFnv1aPrime;
    return h;
}

} // namespace rc
