#pragma once
// Reference data (DESIGN §2: "fees, deadlines, document lists and effective dates are data").
// It syncs down from the centre into tables; rules read every limit and date from here.
// defaultReferenceData() is the seed storage writes into those tables on a fresh database.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/service.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class FeeVariant { Standard, Urgent, OnSite };
std::string_view toString(FeeVariant variant);
std::optional<FeeVariant> parseFeeVariant(std::string_view text);

// One row of the service catalogue. Zero in a limit means "no limit".
struct ServiceDefinition {
  ServiceCode service = ServiceCode::StayRegistration;
  CivilDate effectiveFrom;                  // cases filed earlier are refused (SERVICE-1)
  std::optional<CivilDate> portalFrom;      // filing via the portal allowed from (SERVICE-2)
  int maxExtensionDays = 0;                 // EVISA_EXT, VISA_EXT
  int maxExtensions = 0;                    // EVISA_EXT: 1 (once only)
  int maxPeriodDays = 0;                    // STAY_REG, WORK_CONFIRM, STUDENT_REG
  int minFingerprints = 0;                  // ID_CARD, STATELESS_TRAVEL_DOC
  std::optional<CivilDate> freeESignatureFrom;  // ID_CARD: free certificate at first issuance
};

// One row of the fee table; amounts in hundredths of a base calculation unit (BCU).
struct FeeEntry {
  ServiceCode service = ServiceCode::StayRegistration;
  FeeVariant variant = FeeVariant::Standard;
  std::string item;             // "base", "e_signature"
  std::int64_t bcuHundredths = 0;
  CivilDate effectiveFrom;      // the latest row not after the case date applies
};

// The value of one BCU in so'm from a date on.
struct BcuRate {
  CivilDate effectiveFrom;
  std::int64_t som = 0;
};

struct ReferenceData {
  std::vector<ServiceDefinition> services;
  std::vector<FeeEntry> fees;
  std::vector<BcuRate> bcuRates;
  std::set<std::string> countries;  // ISO 3166 alpha-3 plus ICAO codes (XXA, XXB, ...)

  const ServiceDefinition* find(ServiceCode service) const;
  std::optional<std::int64_t> bcuValueOn(const CivilDate& date) const;
  bool knowsCountry(const std::string& alpha3) const { return countries.contains(alpha3); }
};

// The seed: decree dates (2026-02-01, 2026-05-01, 2026-09-01) and limits of DESIGN §2; fee
// amounts are placeholders until the centre's table syncs down.
ReferenceData defaultReferenceData();

// SERVICE-1 and SERVICE-2: "service.not_in_catalogue", "service.not_yet_effective"
// (params service, effective_from, filed_on), "service.channel_not_available"
// (params service, channel, available_from — empty when never).
Status checkServiceAvailable(const ReferenceData& data, ServiceCode service, Channel channel,
                             const CivilDate& filedOn);

}  // namespace mws::core
