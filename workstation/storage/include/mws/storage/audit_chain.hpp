#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// One action, as the audit log keeps it. `details` holds ids and codes, no personal data.
struct AuditEntry {
  std::chrono::system_clock::time_point at;
  core::User actor;
  std::string action;    // "case.submit", "person.add", "auth.sign_in", ...
  std::string entity;    // "case", "person", "user"
  std::string entityId;
  std::string details;
};

struct AuditVerification {
  std::int64_t entries = 0;
  std::optional<std::int64_t> firstBroken;  // the first entry whose hash does not hold
  std::string problem;                      // "hash", "link", "gap", "head"
};

// The hash-chained audit log: each entry carries the SHA-256 of its fields and of the entry
// before it, so editing, deleting or inserting a row breaks the chain from there on.
class AuditChain {
public:
  // Appends inside the caller's open transaction (the change and its audit entry commit
  // together). Throws on database errors, for the caller's boundary to convert.
  static void append(soci::session& sql, const AuditEntry& entry);
  // Walks the whole chain in order and recomputes every hash.
  static core::Result<AuditVerification> verify(Database& db);
  // The SHA-256 (hex) over an entry's canonical text; exposed for tests and the centre.
  static std::string hashOf(const std::string& previousHash, std::int64_t seq,
                            const std::string& at, const std::string& fields);
};

// This machine's name as the audit log records it: the host name, followed by the counter's
// configured name ([counter] name) when the program set one: "laptop-17/Counter 3".
std::string machineName();
// Names the counter this process works at (empty: the host name alone). Called when a program
// opens its database.
void setAuditCounter(const std::string& counter);

// "2026-11-21T17:20:12.123456Z": microseconds, as PostgreSQL keeps them.
std::string isoMicros(std::chrono::system_clock::time_point at);

}  // namespace mws::storage
