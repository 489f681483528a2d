#pragma once
// Identifiers of the demo records, derived from database ids so that they never repeat.

#include <cstdint>
#include <string>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/person.hpp"

namespace mws::demo {

// A bijection of [0, modulus) (modulus a product of powers of 2 and 5), so that numbers
// derived from consecutive ids do not look consecutive; `salt` tells the number series
// apart (a passport and a visa of one person do not share digits).
std::uint64_t scramble(std::uint64_t value, std::uint64_t modulus, std::uint64_t salt);

// `value` as exactly `width` decimal digits (leading zeros).
std::string digits(std::uint64_t value, int width);

// The 14-digit personal number (JShShIR): century and sex, DDMMYY, six serial digits, a
// check digit (weights 7, 3, 1). Agrees with core::checkPersonalNumberAgrees().
std::string personalNumber(const core::CivilDate& birthDate, core::Sex sex, std::uint32_t serial);

}  // namespace mws::demo
