#pragma once
// A small deterministic generator (SplitMix64) and helpers, so the demo data depends only on
// the seed and not on the standard library's distributions.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace mws::demo {

// One SplitMix64 step applied to `value`: a good 64-bit mixer.
inline std::uint64_t mix64(std::uint64_t value) {
  value += 0x9E3779B97F4A7C15ull;
  value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
  value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
  return value ^ (value >> 31);
}

inline std::uint64_t mix64(std::uint64_t a, std::uint64_t b) {
  return mix64(a ^ mix64(b));
}

class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(mix64(seed)) {}

  std::uint64_t next() {
    m_state += 0x9E3779B97F4A7C15ull;
    return mix64(m_state);
  }
  // Uniform in [lo, hi], both inclusive (lo <= hi).
  int between(int lo, int hi) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
    return lo + static_cast<int>(next() % span);
  }
  bool chance(int percent) { return between(0, 99) < percent; }
  std::size_t index(std::size_t size) { return static_cast<std::size_t>(next() % size); }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[index(items.size())];
  }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[index(items.size())];
  }
  // An index drawn with the given relative weights (not all zero).
  std::size_t weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int roll = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (roll < weights[i]) return i;
      roll -= weights[i];
    }
    return weights.size() - 1;
  }
  // Lower-case hexadecimal text of the given length.
  std::string hex(std::size_t length) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < length; ++i) {
      if (i % 16 == 0) bits = next();
      out += kDigits[bits & 15];
      bits >>= 4;
    }
    return out;
  }

 private:
  std::uint64_t m_state;
};

// A version-4 UUID (canonical lower-case form) from 128 pseudo-random bits.
inline std::string uuidFromBits(std::uint64_t high, std::uint64_t low) {
  high = (high & ~0xF000ull) | 0x4000ull;                       // version 4
  low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;  // RFC 4122 variant
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 32; ++i) {
    const std::uint64_t word = i < 16 ? high : low;
    out += kDigits[(word >> (60 - 4 * (i % 16))) & 15];
    if (i == 7 || i == 11 || i == 15 || i == 19) out += '-';
  }
  return out;
}

}  // namespace mws::demo
