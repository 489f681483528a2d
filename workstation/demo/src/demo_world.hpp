#pragma once
// What the generators need to know about the database they write into: the demo's today,
// the reference data, the districts of each region and the staff of each demo unit.

#include <map>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/demo/demo_seeder.hpp"
#include "mws/storage/database.hpp"

namespace mws::demo {

struct UnitStaff {
  std::string unitCode;
  std::string regionCode;
  std::vector<core::User> officers;
  std::vector<core::User> supervisors;
};

struct DemoWorld {
  core::CivilDate today;
  core::ReferenceData reference;
  std::map<std::string, std::vector<std::string>> districtsByRegion;
  std::vector<UnitStaff> units;

  // The first day a case of `service` may be filed (SERVICE-1), never before a year ago.
  core::CivilDate earliestFiling(core::ServiceCode service) const;
};

// Makes (or reuses) the demo units and accounts and loads what the generators read.
// Throws on database errors; returns "demo.account_conflict" as a value.
core::Result<DemoWorld> prepareWorld(storage::Database& db, const core::CivilDate& today,
                                     const DemoProgress& progress);

}  // namespace mws::demo
