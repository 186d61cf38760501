#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace rc {

/// 64-bit FNV-1a: start from the basis, then for each byte `h = (h ^ byte) * prime`.
inline constexpr std::uint64_t kFnv1aBasis = 14695981039346656037ull;
inline constexpr std::uint64_t kFnv1aPrime = 1099511628211ull;

/// 64-bit FNV-1a hash of some bytes (content hashes of cases and challenges).
std::uint64_t fnv1a(const std::string& bytes);

/// fnv1a() of each of `n` texts into `hashes`, faster than one by one: each hash is a chain of
/// multiplies that must wait for one another, so the CPU sits mostly idle on a single text;
/// running a few texts side by side fills it.
void fnv1aEach(const std::string* const* texts, std::uint64_t* hashes, std::size_t n);

} // namespace rc
