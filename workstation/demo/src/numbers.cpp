#include "numbers.hpp"

#include "random.hpp"

namespace mws::demo {

std::uint64_t scramble(std::uint64_t value, std::uint64_t modulus, std::uint64_t salt) {
  // Odd and ending in 1: coprime to every modulus made of 2s and 5s.
  const std::uint64_t multiplier = 2654435761ull % modulus;
  return (multiplier * (value % modulus) + mix64(salt) % modulus) % modulus;
}

std::string digits(std::uint64_t value, int width) {
  std::string out(static_cast<std::size_t>(width), '0');
  for (int i = width - 1; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out;
}

std::string personalNumber(const core::CivilDate& birthDate, core::Sex sex, std::uint32_t serial) {
  const int century = birthDate.year() >= 2000 ? 5 : birthDate.year() >= 1900 ? 3 : 1;
  const int first = century + (sex == core::Sex::Male ? 0 : 1);
  std::string number =
      std::to_string(first) + digits(birthDate.day(), 2) + digits(birthDate.month(), 2) +
      digits(static_cast<std::uint64_t>(birthDate.year() % 100), 2) + digits(serial % 1000000u, 6);
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < number.size(); ++i) sum += (number[i] - '0') * kWeights[i % 3];
  return number + static_cast<char>('0' + sum % 10);
}

}  // namespace mws::demo
