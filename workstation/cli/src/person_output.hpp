#pragma once
#include <iosfwd>
#include <string>

#include "mws/core/domain/person.hpp"

namespace mws::cli {

// "17  KARIMOV ALISHER / Каримов Алишер  1990-03-15  foreigner KAZ": one line per person.
std::string personLine(const core::Person& person);
// The whole record, documents and visas included, for `mws person show`.
void printPerson(std::ostream& out, const core::Person& person);
std::string personJson(const core::Person& person);

}  // namespace mws::cli
