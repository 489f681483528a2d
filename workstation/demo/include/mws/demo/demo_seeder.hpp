#pragma once
// Realistic demo data for the workstation and the benchmarks (`mws db seed-demo`): persons
// with Latin and Cyrillic names from Uzbek, Russian, Kazakh, Tajik, Korean, Chinese, Turkish
// and Indian name pools, their documents and visas, and cases of all 11 services in every
// state with histories that respect four-eyes. All names are generated combinations.
//
// How it is written (see docs/benchmarks.md): persons, documents, visas, cases and events
// are bulk-loaded with COPY, one transaction per batch of persons and their cases. Every
// person passes validatePerson(), every payload passes checkCaseRules() on its filing date,
// every event comes from planTransition() and the database's four-eyes trigger sees each
// row. Deliberately NOT written for bulk rows: outbox rows (demo data is not a user action
// and must never sync to the centre as real data) and one audit entry per row; instead each
// seedDemo() call appends one "demo.seed" entry to the audit chain with the counts.
//
// Deterministic for a given seed on a given database: contents come from the seed, while
// identifiers (person ids, hence document, visa and personal numbers, and case UUIDs) are
// derived from the database's person ids, so seeding twice adds more data and never collides.
// Document and visa numbers stay unique while the persons table holds fewer than 10 million ids.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"

namespace mws::demo {

struct DemoOptions {
  std::int64_t persons = 1000;
  std::int64_t cases = 1000;  // cases belong to persons seeded by the same call
  std::uint64_t seed = 1;
  // The demo's "today": cases are filed before it, visas are valid on it. Empty: the
  // system's date (UTC). Give a date to get byte-identical data on a fresh database.
  std::optional<core::CivilDate> today;
};

// Called after each stage step: stage is "accounts", "persons" or "cases"; done <= total.
using DemoProgress =
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

// The demo units and accounts seedDemo() makes (or reuses when they exist). Every demo
// account has the password kDemoPassword.
struct DemoUnit {
  std::string_view code;
  std::string_view name;
  std::string_view regionCode;  // addresses of its cases lie in this region
};
struct DemoAccount {
  std::string_view login;
  core::Role role;
  std::string_view unitCode;
  std::string_view displayName;
};
inline constexpr std::string_view kDemoPassword = "demo-password-2026";
std::span<const DemoUnit> demoUnits();
std::span<const DemoAccount> demoAccounts();

// Seeds the database (already migrated and seeded with reference data). Errors:
//  "demo.invalid_options"  (params field) negative counts, or cases without persons
//  "demo.account_conflict" (params login) a demo login exists with another role or unit
//  "demo.generator"        a generated record broke a rule (a bug; detail names the code)
//  "db.query_failed"       the database refused a statement (detail says why)
core::Status seedDemo(
    storage::Database& db, const DemoOptions& options,
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)> progress);

}  // namespace mws::demo
