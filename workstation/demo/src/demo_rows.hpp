#pragma once
// The demo's persons and cases as rows of the schema of resources/migrations/0003_cases.sql,
// written with COPY in the caller's transaction.

#include <vector>

#include "mws/core/domain/case.hpp"
#include "person_factory.hpp"

namespace soci {
class session;
}

namespace mws::demo {

// Persons with their documents and visas, then cases with their events (the four-eyes
// trigger checks every event row). Throws on database errors.
void writeBatch(soci::session& sql, const std::vector<DemoPerson>& persons,
                const std::vector<core::Case>& cases);

}  // namespace mws::demo
