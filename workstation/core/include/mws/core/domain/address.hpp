#pragma once
// Postal address inside Uzbekistan as the registers keep it. Region and district are codes
// from the reference tables (SOATO); the rest is free text.

#include <string>

#include "mws/core/result.hpp"

namespace mws::core {

struct Address {
  std::string region;    // region code, e.g. "1726" (Tashkent city)
  std::string district;  // district code inside the region
  std::string street;
  std::string house;
  std::string flat;      // empty for a private house

  friend bool operator==(const Address&, const Address&) = default;
};

// "address.field_missing" with params["field"] = region | district | street | house.
Status validateAddress(const Address& address);

}  // namespace mws::core
