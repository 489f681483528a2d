#pragma once
// The JSON form of a case's service payload and of its fee quote, as storage keeps them in
// jsonb columns. Shape (compact, members in this order when written):
//
//   {"v":1,"service":"EVISA_EXT","visa_number":"EV100","new_valid_to":"2026-06-20"}
//
// Member names are the struct members in snake_case; nested structs are nested objects,
// lists are arrays, dates "YYYY-MM-DD", enumerations their text form (toString), booleans
// true/false, integers numbers; a std::optional member is omitted when empty. Strings are
// always present, also when empty.

#include <string>
#include <string_view>

#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/fees.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

inline constexpr int kPayloadFormatVersion = 1;

std::string encodePayload(const CasePayload& payload);

// Reads what encodePayload wrote, and the same JSON as PostgreSQL's jsonb gives it back
// (members reordered, other whitespace, non-ASCII escaped or not). Strict: every member is
// required (optionals may be absent or null) and unknown members are refused. Errors:
//  "payload.malformed"       not JSON, or not an object, or beyond the reader's limits
//                            (1 MiB, nesting 32, int64 numbers); params position (byte
//                            offset), detail says what
//  "payload.unknown_service" (params service) the service code is not one we know
//  "payload.field_invalid"   (params field, e.g. "host.tax_id" or "invitees[1].birth_date")
//                            missing, wrong type, bad date or enum value, unknown member,
//                            or "v" not 1; detail says which
Result<CasePayload> decodePayload(std::string_view json);

// {"v":1,"variant":"standard","payer":"applicant","lines":[{"item":"base",...}],...}
std::string encodeFeeQuote(const FeeQuote& quote);
// Same strictness and codes as decodePayload (no service member).
Result<FeeQuote> decodeFeeQuote(std::string_view json);

}  // namespace mws::core
