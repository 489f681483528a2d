// Seed reference data (defaultReferenceData). Storage writes it into its tables on a fresh
// database; afterwards the centre's tables sync down and replace it. Dates and limits follow
// DESIGN §2; fee amounts and the BCU value are placeholders until the centre's table arrives.
#include <sstream>

#include "mws/core/domain/reference_data.hpp"

namespace mws::core {

namespace {

// ISO 3166-1 alpha-3 (249 codes, as listed by Debian's iso-codes) and the ICAO 9303 codes
// for stateless persons (XXA), refugees (XXB, XXC), unspecified nationality (XXX) and
// Kosovo (RKS).
constexpr const char* kCountryCodes =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT "
    "AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL "
    "BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG "
    "COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM "
    "DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR "
    "GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY "
    "HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA "
    "JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY "
    "LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL "
    "MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM "
    "NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER "
    "PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU "
    "SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR "
    "SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON "
    "TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB "
    "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE "
    "XXA XXB XXC XXX RKS";

CivilDate date(int year, unsigned month, unsigned day) {
  return CivilDate::make(year, month, day).value();
}

std::set<std::string> countries() {
  std::set<std::string> codes;
  std::istringstream stream(kCountryCodes);
  for (std::string code; stream >> code;) {
    codes.insert(code);
  }
  return codes;
}

std::vector<ServiceDefinition> services() {
  const CivilDate established = date(2000, 1, 1);  // services that predate the decree
  const CivilDate decree = date(2026, 2, 1);
  const CivilDate may = date(2026, 5, 1);
  const CivilDate september = date(2026, 9, 1);
  using S = ServiceCode;
  return {
      {S::StayRegistration, established, std::nullopt, 0, 0, 365, 0, std::nullopt},
      {S::StayCancellation, established, september, 0, 0, 0, 0, std::nullopt},
      {S::ResidenceRegistration, established, std::nullopt, 0, 0, 0, 0, std::nullopt},
      {S::EVisaExtension, may, std::nullopt, 30, 1, 0, 0, std::nullopt},
      {S::VisaExtension, established, std::nullopt, 365, 0, 0, 0, std::nullopt},
      {S::WorkConfirmation, established, std::nullopt, 0, 0, 365, 0, std::nullopt},
      {S::StudentRegistration, september, std::nullopt, 0, 0, 365, 0, std::nullopt},
      {S::IdCard, established, std::nullopt, 0, 0, 0, 2, decree},
      {S::StatelessTravelDocument, established, september, 0, 0, 0, 2, std::nullopt},
      {S::CompatriotInvitation, established, september, 0, 0, 0, 0, std::nullopt},
      {S::PermanentResidence, established, std::nullopt, 0, 0, 0, 0, std::nullopt},
  };
}

std::vector<FeeEntry> fees() {
  const CivilDate from = date(2000, 1, 1);
  using S = ServiceCode;
  using V = FeeVariant;
  return {
      {S::StayRegistration, V::Standard, "base", 5, from},
      {S::StayCancellation, V::Standard, "base", 0, from},
      {S::ResidenceRegistration, V::Standard, "base", 10, from},
      {S::EVisaExtension, V::Standard, "base", 100, from},
      {S::VisaExtension, V::Standard, "base", 100, from},
      {S::VisaExtension, V::OnSite, "base", 100, from},
      {S::VisaExtension, V::OnSite, "on_site_service", 50, from},
      {S::WorkConfirmation, V::Standard, "base", 200, from},
      {S::StudentRegistration, V::Standard, "base", 0, from},
      {S::IdCard, V::Standard, "base", 40, from},
      {S::IdCard, V::Standard, "e_signature", 10, from},
      {S::IdCard, V::Urgent, "base", 100, from},
      {S::IdCard, V::Urgent, "e_signature", 10, from},
      {S::StatelessTravelDocument, V::Standard, "base", 100, from},
      {S::StatelessTravelDocument, V::Urgent, "base", 200, from},
      {S::CompatriotInvitation, V::Standard, "base", 0, from},
      {S::PermanentResidence, V::Standard, "base", 500, from},
  };
}

}  // namespace

ReferenceData defaultReferenceData() {
  ReferenceData data;
  data.services = services();
  data.fees = fees();
  data.bcuRates = {{date(2024, 6, 1), 375000}, {date(2025, 8, 1), 412000}};
  data.countries = countries();
  return data;
}

}  // namespace mws::core
