#include "demo_world.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <array>

#include "mws/core/auth/auth_service.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"

namespace mws::demo {

namespace {

using core::Role;

constexpr std::array<DemoUnit, 3> kUnits{{
    {"TK-CHI", "Toshkent shahri Chilonzor tumani migratsiya boʻlimi (demo)", "TK"},
    {"SA-SAS", "Samarqand shahri migratsiya boʻlimi (demo)", "SA"},
    {"BU-BUS", "Buxoro shahri migratsiya boʻlimi (demo)", "BU"},
}};

constexpr std::array<DemoAccount, 12> kAccounts{{
    {"tk-chi.officer1", Role::Officer, "TK-CHI", "Sardor Aliyev (demo)"},
    {"tk-chi.officer2", Role::Officer, "TK-CHI", "Madina Karimova (demo)"},
    {"tk-chi.officer3", Role::Officer, "TK-CHI", "Jamshid Usmonov (demo)"},
    {"tk-chi.supervisor1", Role::Supervisor, "TK-CHI", "Rustam Rahimov (demo)"},
    {"tk-chi.supervisor2", Role::Supervisor, "TK-CHI", "Nodira Yusupova (demo)"},
    {"sa-sas.officer1", Role::Officer, "SA-SAS", "Bekzod Qodirov (demo)"},
    {"sa-sas.officer2", Role::Officer, "SA-SAS", "Dilnoza Saidova (demo)"},
    {"sa-sas.supervisor1", Role::Supervisor, "SA-SAS", "Otabek Nazarov (demo)"},
    {"sa-sas.supervisor2", Role::Supervisor, "SA-SAS", "Zarina Sultonova (demo)"},
    {"bu-bus.officer1", Role::Officer, "BU-BUS", "Aziz Ergashev (demo)"},
    {"bu-bus.supervisor1", Role::Supervisor, "BU-BUS", "Feruza Hamidova (demo)"},
    {"bu-bus.supervisor2", Role::Supervisor, "BU-BUS", "Ulugʻbek Toshmatov (demo)"},
}};

core::Status ensureUnits(storage::Database& db) {
  storage::PgUnitRepository units(db);
  for (const DemoUnit& unit : kUnits) {
    auto found = units.find(std::string(unit.code));
    if (!found) return found.error();
    if (found->has_value()) continue;
    auto added = units.add({std::string(unit.code), std::string(unit.name)});
    if (!added) return added.error();
  }
  return core::success();
}

core::Result<core::User> ensureAccount(storage::PgUserRepository& users, core::AuthService& auth,
                                       const DemoAccount& account) {
  auto found = users.findByLogin(std::string(account.login));
  if (!found) return found.error();
  if (found->has_value()) {
    const core::User& user = **found;
    if (user.role != account.role || user.unitCode != account.unitCode || !user.active) {
      return core::makeError("demo.account_conflict").with("login", user.login);
    }
    return user;
  }
  return auth.addUser({std::string(account.login), std::string(account.displayName), account.role,
                       std::string(account.unitCode), std::string(kDemoPassword)});
}

core::Status ensureStaff(storage::Database& db, DemoWorld& world, const DemoProgress& progress) {
  storage::PgUserRepository users(db);
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(users, hasher);
  for (const DemoUnit& unit : kUnits) {
    world.units.push_back({std::string(unit.code), std::string(unit.regionCode), {}, {}});
  }
  std::int64_t done = 0;
  for (const DemoAccount& account : kAccounts) {
    auto user = ensureAccount(users, auth, account);
    if (!user) return user.error();
    auto unit = std::find_if(world.units.begin(), world.units.end(), [&](const UnitStaff& staff) {
      return staff.unitCode == account.unitCode;
    });
    (account.role == Role::Officer ? unit->officers : unit->supervisors).push_back(*user);
    if (progress) progress("accounts", ++done, static_cast<std::int64_t>(kAccounts.size()));
  }
  return core::success();
}

void loadDistricts(storage::Database& db, DemoWorld& world) {
  soci::rowset<soci::row> rows = db.session().prepare
                                 << "SELECT code, region_code FROM districts ORDER BY code";
  for (const auto& row : rows) {
    world.districtsByRegion[row.get<std::string>(1)].push_back(row.get<std::string>(0));
  }
}

}  // namespace

std::span<const DemoUnit> demoUnits() {
  return kUnits;
}
std::span<const DemoAccount> demoAccounts() {
  return kAccounts;
}

core::CivilDate DemoWorld::earliestFiling(core::ServiceCode service) const {
  const core::ServiceDefinition* def = reference.find(service);
  const core::CivilDate yearAgo = today.addDays(-365);
  if (!def) return today;
  return std::max(def->effectiveFrom, yearAgo);
}

core::Result<DemoWorld> prepareWorld(storage::Database& db, const core::CivilDate& today,
                                     const DemoProgress& progress) {
  DemoWorld world;
  world.today = today;
  auto reference = storage::PgReferenceDataRepository(db).load();
  if (!reference) return reference.error();
  world.reference = std::move(*reference);
  if (auto units = ensureUnits(db); !units) return units.error();
  if (auto staff = ensureStaff(db, world, progress); !staff) return staff.error();
  loadDistricts(db, world);
  for (const UnitStaff& unit : world.units) {
    if (world.districtsByRegion[unit.regionCode].empty()) {
      return core::makeError("demo.generator", "no districts for region " + unit.regionCode);
    }
  }
  return world;
}

}  // namespace mws::demo
