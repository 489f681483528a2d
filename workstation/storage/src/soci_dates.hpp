#pragma once
// Dates cross the SOCI boundary as ISO text ("YYYY-MM-DD", PostgreSQL's date::text), which
// keeps time zones out of it; the core's CivilDate parses and prints that form.
#include <optional>
#include <stdexcept>
#include <string>

#include "mws/core/domain/civil_date.hpp"

namespace mws::storage {

inline core::CivilDate dateFromText(const std::string& text) {
  auto date = core::CivilDate::parse(text);
  if (!date) throw std::runtime_error("the database returned a date the core cannot read");
  return *date;
}

inline std::optional<core::CivilDate> optionalDate(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return dateFromText(text);
}

}  // namespace mws::storage
