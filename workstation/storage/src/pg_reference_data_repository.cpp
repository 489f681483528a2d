#include "mws/storage/pg_reference_data_repository.hpp"

#include <soci/soci.h>

#include "mws/storage/migrator.hpp"
#include "soci_dates.hpp"

namespace mws::storage {
namespace {

void loadServices(soci::session& sql, core::ReferenceData& data) {
  soci::rowset<soci::row> rows = sql.prepare
      << "SELECT service, effective_from::text, coalesce(portal_from::text, ''),"
         " max_extension_days, max_extensions, max_period_days, min_fingerprints,"
         " coalesce(free_e_signature_from::text, '') FROM service_catalogue ORDER BY service";
  for (const auto& r : rows) {
    auto service = core::parseServiceCode(r.get<std::string>(0));
    if (!service) continue;  // a service this version does not know yet
    core::ServiceDefinition def;
    def.service = *service;
    def.effectiveFrom = dateFromText(r.get<std::string>(1));
    def.portalFrom = optionalDate(r.get<std::string>(2));
    def.maxExtensionDays = r.get<int>(3);
    def.maxExtensions = r.get<int>(4);
    def.maxPeriodDays = r.get<int>(5);
    def.minFingerprints = r.get<int>(6);
    def.freeESignatureFrom = optionalDate(r.get<std::string>(7));
    data.services.push_back(def);
  }
}

void loadFees(soci::session& sql, core::ReferenceData& data) {
  soci::rowset<soci::row> rows = sql.prepare
      << "SELECT service, variant, item, bcu_hundredths, effective_from::text FROM fee_table";
  for (const auto& r : rows) {
    auto service = core::parseServiceCode(r.get<std::string>(0));
    auto variant = core::parseFeeVariant(r.get<std::string>(1));
    if (!service || !variant) continue;
    data.fees.push_back({*service, *variant, r.get<std::string>(2), r.get<long long>(3),
                         dateFromText(r.get<std::string>(4))});
  }
  soci::rowset<soci::row> rates = sql.prepare << "SELECT effective_from::text, som FROM bcu_rates";
  for (const auto& r : rates) data.bcuRates.push_back({dateFromText(r.get<std::string>(0)), r.get<long long>(1)});
  soci::rowset<std::string> countries = sql.prepare << "SELECT alpha3 FROM countries";
  for (const auto& code : countries) data.countries.insert(code);
}

std::string textOrNull(const std::optional<core::CivilDate>& date) {
  return date ? date->toString() : std::string();
}

}  // namespace

core::Result<core::ReferenceData> PgReferenceDataRepository::load() {
  try {
    core::ReferenceData data;
    loadServices(m_db.session(), data);
    loadFees(m_db.session(), data);
    return data;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgReferenceDataRepository::seed(const core::ReferenceData& data) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    for (const auto& s : data.services) {
      std::string code(core::toString(s.service)), from = s.effectiveFrom.toString();
      std::string portal = textOrNull(s.portalFrom), free = textOrNull(s.freeESignatureFrom);
      sql << "INSERT INTO service_catalogue VALUES (:s, :f::date, nullif(:p, '')::date, :e, :x,"
             " :m, :fp, nullif(:free, '')::date) ON CONFLICT (service) DO NOTHING",
          soci::use(code), soci::use(from), soci::use(portal), soci::use(s.maxExtensionDays),
          soci::use(s.maxExtensions), soci::use(s.maxPeriodDays), soci::use(s.minFingerprints),
          soci::use(free);
    }
    for (const auto& f : data.fees) {
      std::string code(core::toString(f.service)), variant(core::toString(f.variant));
      std::string from = f.effectiveFrom.toString();
      long long amount = f.bcuHundredths;
      sql << "INSERT INTO fee_table VALUES (:s, :v, :i, :a, :f::date) ON CONFLICT DO NOTHING",
          soci::use(code), soci::use(variant), soci::use(f.item), soci::use(amount), soci::use(from);
    }
    for (const auto& rate : data.bcuRates) {
      std::string from = rate.effectiveFrom.toString();
      long long som = rate.som;
      sql << "INSERT INTO bcu_rates VALUES (:f::date, :s) ON CONFLICT DO NOTHING", soci::use(from),
          soci::use(som);
    }
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.seed_failed", e);
  }
}

core::Result<std::vector<int>> migrateAndSeed(Database& db) {
  Migrator migrator(db);
  auto applied = migrator.migrate();
  if (!applied) return applied.error();
  PgReferenceDataRepository reference(db);
  if (auto seeded = reference.seed(core::defaultReferenceData()); !seeded) return seeded.error();
  return applied;
}

}  // namespace mws::storage
