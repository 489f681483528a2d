#pragma once
// Row mapping shared by the PostgreSQL repositories: persons with their documents and
// visas, and the error translation of constraint violations.
#include <soci/soci.h>

#include <string>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/ports/audit_context.hpp"
#include "mws/core/result.hpp"

namespace mws::storage::rows {

void insertPersonRow(soci::session& sql, const core::Person& person, long long& id);
void updatePersonRow(soci::session& sql, const core::Person& person, long long& rows);
void replaceDocumentsAndVisas(soci::session& sql, const core::Person& person);
// The persons with these ids, documents and visas included, in the order of `ids` (ids
// with no person are left out): three queries whatever the number of persons.
std::vector<core::Person> loadPersons(soci::session& sql, const std::vector<long long>& ids);

std::string encodeVisaExtensions(const std::vector<core::VisaExtension>& extensions);
std::vector<core::VisaExtension> decodeVisaExtensions(const std::string& json);
// cases.finger_quality (migration 0013): [{"finger":…,"quality":…,"exception":…}, …]
std::string encodeFingerQuality(const std::vector<core::FingerQuality>& fingers);
std::vector<core::FingerQuality> decodeFingerQuality(const std::string& json);

// Appends the audit entry for `audit` about `entity`/`entityId`.
void audit(soci::session& sql, const core::AuditContext& audit, const std::string& entity,
           const std::string& entityId, const std::string& details = {});

std::string sqlStateOf(const std::exception& e);
long long microsOf(std::chrono::system_clock::time_point at);
std::chrono::system_clock::time_point fromMicros(long long micros);

}  // namespace mws::storage::rows
