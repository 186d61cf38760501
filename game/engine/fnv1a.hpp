#pragma once
#include <cstdint>
#include <string>

namespace rc {

/// 64-bit FNV-1a: start from the basis, then for each byte `h = (h ^ byte) * prime`.
inline constexpr std::uint64_t kFnv1aBasis = 14695981039346656037ull;
inline constexpr std::uint64_t kFnv1aPrime = 1099511628211ull;

/// FNV-1a over a sequence of integers, each mixed whole: a cheap key for "has this changed"
/// (the hands-on scene's frame footprints).
struct Fnv1aMix {
    std::uint64_t h = kFnv1aBasis;
    void operator()(long v) { h = (h ^ static_cast<std::uint64_t>(v)) * kFnv1aPrime; }
};

/// 64-bit FNV-1a hash of a short string: picks the seeded variant of a patient's answer, so
/// that a replayed session hears the same words. (File contents use contentHash().)
std::uint64_t fnv1a(const std::string& bytes);

} // namespace rc
