#pragma once
// Hostile or broken input stopped at the service, before it reaches the database: text that
// is not UTF-8, holds a NUL or is oversize, names made of something other than letters,
// numbers that are not numbers, dates no person or document can have. The errors name the
// field, never its value (it may be personal data).

#include <cstddef>
#include <string>
#include <string_view>

#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

inline constexpr std::size_t kMaxFieldBytes = 200;        // a document's authority, ...
inline constexpr std::size_t kMaxPayloadBytes = 64 * 1024;

// "input.invalid_utf8", "input.nul" or "input.too_long" (params field, max) .
Status checkText(std::string_view text, const std::string& field, std::size_t maxBytes);

// A person record about to be stored: checkPersonFields() of person_checks.hpp (the rules
// live there, with validatePerson; this is the entry for services without reference data).
Status checkPersonInput(const Person& person);

// A case payload about to be stored: its JSON form is valid UTF-8 without a NUL and at most
// 64 KiB ("input.*" with field "payload").
Status checkPayloadInput(const CasePayload& payload);

}  // namespace mws::core
