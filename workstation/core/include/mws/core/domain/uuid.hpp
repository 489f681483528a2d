#pragma once
// Client-generated case identifiers (DESIGN §5): random version-4 UUIDs in the canonical
// lower-case 8-4-4-4-12 form, so that the centre can apply cases idempotently.

#include <string>
#include <string_view>

namespace mws::core {

// A fresh v4 UUID from a per-thread std::mt19937_64 seeded by std::random_device.
std::string generateUuidV4();

// True for the canonical lower-case form with version 4 and RFC 4122 variant.
bool isUuidV4(std::string_view text);

}  // namespace mws::core
