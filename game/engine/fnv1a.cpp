#include "game/engine/fnv1a.hpp"

#include <algorithm>

namespace rc {

namespace {

/// Four chains keep the multiplier busy (one multiply starts per cycle, each takes about four).
constexpr std::size_t kLanes = 4;

/// Advances K hash chains by `steps` bytes each. Spelled out lane by lane so that every chain
/// stays in a register (a loop over the lanes went through memory, which costs more than the
/// multiply).
template <std::size_t K>
void advance(std::uint64_t* h, const unsigned char** p, std::size_t steps) {
    static_assert(K >= 1 && K <= kLanes);
    std::uint64_t a = h[0], b = K > 1 ? h[1] : 0, c = K > 2 ? h[2] : 0, d = K > 3 ? h[3] : 0;
    const unsigned char* pa = p[0];
    const unsigned char* pb = K > 1 ? p[1] : nullptr;
    const unsigned char* pc = K > 2 ? p[2] : nullptr;
    const unsigned char* pd = K > 3 ? p[3] : nullptr;
    for (std::size_t i = 0; i < steps; ++i) {
        a = (a ^ pa[i]) * kFnv1aPrime;
        if constexpr (K > 1) b = (b ^ pb[i]) * kFnv1aPrime;
        if constexpr (K > 2) c = (c ^ pc[i]) * kFnv1aPrime;
        if constexpr (K > 3) d = (d ^ pd[i]) * kFnv1aPrime;
    }
    const std::uint64_t out[kLanes] = {a, b, c, d};
    for (std::size_t k = 0; k < K; ++k) {
        h[k] = out[k];
        p[k] += steps;
    }
}

/// Hashes up to kLanes texts side by side; a lane leaves when its text ends.
void hashLanes(const std::string* const* texts, std::uint64_t* hashes, std::size_t n) {
    std::uint64_t h[kLanes];
    const unsigned char* p[kLanes];
    std::size_t left[kLanes], owner[kLanes];
    std::size_t lanes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        h[lanes] = kFnv1aBasis;
        p[lanes] = reinterpret_cast<const unsigned char*>(texts[i]->data());
        left[lanes] = texts[i]->size();
        owner[lanes++] = i;
    }
    while (lanes > 0) {
        const std::size_t steps = *std::min_element(left, left + lanes);
        switch (lanes) {
        case 4: advance<4>(h, p, steps); break;
        case 3: advance<3>(h, p, steps); break;
        case 2: advance<2>(h, p, steps); break;
        default: advance<1>(h, p, steps); break;
        }
        std::size_t kept = 0;
        for (std::size_t k = 0; k < lanes; ++k) {
            if (left[k] == steps) {
                hashes[owner[k]] = h[k];
                continue;
            }
            h[kept] = h[k];
            p[kept] = p[k];
            left[kept] = left[k] - steps;
            owner[kept++] = owner[k];
        }
        lanes = kept;
    }
}

} // namespace

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = kFnv1aBasis;
    for (unsigned char ch : bytes) h = (h ^ ch) * kFnv1aPrime;
    return h;
}

void fnv1aEach(const std::string* const* texts, std::uint64_t* hashes, std::size_t n) {
    for (std::size_t i = 0; i < n; i += kLanes)
        hashLanes(texts + i, hashes + i, std::min(kLanes, n - i));
}

} // namespace rc
